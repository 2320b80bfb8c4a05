#pragma once

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>

#include "core/backup/backupjob.h"
#include "core/backup/backuprecord.h"
#include "core/backup/backupstatus.h"

namespace Vigil::Store {
class BackupStore;
}

namespace Vigil::Models {

// The backup jobs: what, when (next run), where, how the last run went, and
// whether their guests meet the job's RPO and pass its restore drills.
class BackupJobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Guests, Schedule, NextRun, LastRun, Rpo, Drills, Target, Retention, ColumnCount };
    static constexpr int JobIdRole = Qt::UserRole + 70;

    explicit BackupJobModel(Store::BackupStore *store, QObject *parent = nullptr);

    // Re-reads jobs and their last runs (a few small queries).
    void reload();
    void setRunning(const QSet<qint64> &jobIds);
    // Every job's guests as last checked (Session::backupStatus).
    void setStatus(const QList<Backup::GuestBackupStatus> &status);
    Backup::BackupJob jobAt(int row) const { return m_rows.value(row).job; }
    int rowOf(qint64 jobId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        Backup::BackupJob job;
        std::optional<Backup::RunRecord> lastRun;
    };
    Store::BackupStore *m_store;
    QList<Row> m_rows;
    QSet<qint64> m_running;
    QHash<qint64, Backup::BackupCompliance> m_compliance;   // by job id, from setStatus()
};

QString selectionText(const Backup::GuestSelection &selection);
// Badge colour of a run's result (green, orange, red).
QColor runStateColor(Backup::RunRecord::State state);

} // namespace Vigil::Models
