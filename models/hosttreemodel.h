#pragma once

#include <QAbstractItemModel>

#include "core/hostconfig.h"
#include "core/hoststate.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Models {

// The navigator: groups → hosts, with a state badge, guest counts and the
// reason a host is unreachable. Updated in place from ClusterManager signals.
class HostTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, GuestsColumn, ColumnCount };

    explicit HostTreeModel(ClusterManager *cluster, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    QModelIndex indexForHost(HostId id) const;

private:
    struct HostRow {
        HostConfig config;
        HostStatus status;
    };
    struct Group {
        QString name;
        QList<HostRow> hosts;
    };

    void addHost(const HostConfig &config);
    void removeHost(HostId id);
    void changeHost(const HostConfig &config);
    void hostDataChanged(HostId id, int firstColumn, int lastColumn);
    bool locate(HostId id, int *groupRow, int *hostRow) const;
    QVariant groupData(const Group &group, int column, int role) const;
    QVariant hostData(const HostRow &host, int column, int role) const;

    ClusterManager *m_cluster;
    QList<Group> m_groups;   // sorted by name; hosts sorted by name
};

} // namespace Vigil::Models
