#pragma once

#include <QAbstractTableModel>

#include "core/backup/backuprecord.h"

namespace Vigil::Store {
class BackupStore;
}

namespace Vigil::Models {

// The run history of one job (or of all jobs), newest first.
class BackupRunModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Trigger, State, Duration, Size, Message, ColumnCount };
    static constexpr int RunIdRole = Qt::UserRole + 71;

    explicit BackupRunModel(Store::BackupStore *store, QObject *parent = nullptr);

    void showJob(qint64 jobId);
    void reload();
    Backup::RunRecord runAt(int row) const { return m_rows.value(row); }
    int rowOf(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Store::BackupStore *m_store;
    qint64 m_jobId = -1;   // -1: nothing shown
    QList<Backup::RunRecord> m_rows;
};

} // namespace Vigil::Models
