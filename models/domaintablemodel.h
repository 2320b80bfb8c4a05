#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QTimer>

#include "core/hostconfig.h"
#include "core/hoststate.h"
#include "core/inventory.h"
#include "core/ha/policyindex.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Models {

// Every guest of every host in one table. Refreshes are merged: new guests
// are inserted, vanished ones removed, and only changed cells get
// dataChanged — never a reset — so selection and scrolling survive.
class DomainTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        HostColumn,
        StateColumn,
        VcpuColumn,
        MemoryColumn,
        UptimeColumn,
        ProtectedColumn,
        ColumnCount
    };

    explicit DomainTableModel(ClusterManager *cluster, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexFor(HostId host, const QString &uuid) const;
    // Fills the HA column: which guests an enabled failover policy protects.
    void setPolicies(const QList<Ha::Policy> &policies);
    DomainInfo domainAt(int row) const { return m_rows.at(row).info; }
    HostId hostAt(int row) const { return m_rows.at(row).host; }

private:
    struct Row {
        HostId host;
        DomainInfo info;
    };
    using Key = QPair<HostId, QString>;

    void loadHost(HostId host, const QList<DomainInfo> &domains);
    void updateDomain(HostId host, const DomainInfo &domain);
    void removeDomain(HostId host, const QString &uuid);
    void removeHost(HostId host);
    void removeRows(QList<int> rows);
    void appendRows(HostId host, const QList<DomainInfo> &domains);
    void emitChangedCells(int row, const DomainInfo &before, const DomainInfo &after);
    void reindexFrom(int row);
    void refreshHostRows(HostId host);
    void tickUptimes();

    ClusterManager *m_cluster;
    QList<Row> m_rows;
    QHash<Key, int> m_index;
    QHash<HostId, QSet<QString>> m_hostUuids;   // which guests each host has rows for
    QHash<HostId, HostStatus> m_hostStatus;
    QHash<HostId, QString> m_hostNames;
    QTimer m_uptimeTimer;
    Ha::PolicyIndex m_policies;
};

} // namespace Vigil::Models
