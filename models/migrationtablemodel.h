#pragma once

#include <QAbstractTableModel>

#include "core/migration/migration.h"

namespace Vigil::Migration {
class MigrationManager;
}

namespace Vigil::Models {

// Every move of this run, newest first: state, progress, speed and ETA
// while it runs; duration, downtime and the result when it is done.
class MigrationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Guest, From, To, Kind, State, Progress, Speed, Duration, Downtime, Message, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 60;
    static constexpr int PercentRole = Qt::UserRole + 61;   // 0–100, NaN when unknown

    explicit MigrationTableModel(Migration::MigrationManager *manager, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Migration::MigrationStatus statusAt(int row) const { return m_rows.value(row); }

private:
    void onChanged(const Migration::MigrationStatus &status);
    QList<Migration::MigrationStatus> m_rows;
};

} // namespace Vigil::Models
