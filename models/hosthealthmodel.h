#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

#include "core/health/healthcheck.h"
#include "core/hostconfig.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Models {

// One row per host: state, health score with its reasons, CPU and memory
// use, guests. Changes are gathered and applied every 250 ms, so a
// cluster whose hosts all tick at once costs one dataChanged per row.
class HostHealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, Score, Cpu, Memory, Guests, Reasons, ColumnCount };
    // Cpu and Memory columns answer this role with a 0–100 fraction (NaN: unknown).
    static constexpr int PercentRole = Qt::UserRole + 40;

    explicit HostHealthModel(ClusterManager *cluster, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    HostId hostAt(int row) const;
    Health::HostHealth health(HostId id) const { return m_rows.value(m_index.value(id, -1)).health; }
    // Applies pending changes now (tests, screenshots).
    void flush();

private:
    struct Row {
        HostId id = 0;
        Health::HostHealth health;
        double cpu = 0;
        double memoryPercent = 0;
        double memoryUsedKiB = 0;
        double memoryTotalKiB = 0;
        int guests = 0;
        int running = 0;
    };
    void markDirty(HostId id);
    void rebuild();
    Row computeRow(HostId id) const;

    ClusterManager *m_cluster;
    QList<Row> m_rows;
    QHash<HostId, int> m_index;
    QSet<HostId> m_dirty;
    QTimer m_flush;
};

} // namespace Vigil::Models
