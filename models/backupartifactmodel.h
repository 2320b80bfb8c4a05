#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "core/backup/backuprecord.h"

namespace Vigil::Store {
class BackupStore;
}

namespace Vigil::Models {

// One run's per-guest results: kind, size, duration, consistency, verify and
// mirror state — and a progress bar while the guest's backup runs.
class BackupArtifactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Guest, Host, Kind, State, Progress, Size, Duration, Consistency, Verified, Mirror, Message, ColumnCount };
    static constexpr int ArtifactIdRole = Qt::UserRole + 72;
    static constexpr int PercentRole = Qt::UserRole + 73;   // 0–100, NaN when unknown

    explicit BackupArtifactModel(Store::BackupStore *store, QObject *parent = nullptr);

    void showRun(qint64 runId);
    void reload();
    void update(const Backup::ArtifactRecord &artifact);
    void setProgress(qint64 artifactId, qint64 processed, qint64 total, qint64 elapsedMs);
    Backup::ArtifactRecord artifactAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Store::BackupStore *m_store;
    qint64 m_runId = -1;
    QList<Backup::ArtifactRecord> m_rows;
    struct LiveProgress {
        qint64 processed = -1;
        qint64 total = -1;
        qint64 elapsedMs = 0;
    };
    QHash<qint64, LiveProgress> m_progress;
};

} // namespace Vigil::Models
