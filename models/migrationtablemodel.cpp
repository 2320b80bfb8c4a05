#include "migrationtablemodel.h"
#include "statecolors.h"

#include "core/migration/migrationmanager.h"

#include <QColor>

#include <cmath>

namespace Vigil::Models {

using Migration::MigrationState;

MigrationTableModel::MigrationTableModel(Migration::MigrationManager *manager, QObject *parent)
    : QAbstractTableModel(parent)
{
    const QList<Migration::MigrationStatus> jobs = manager->jobs();
    for (auto it = jobs.crbegin(); it != jobs.crend(); ++it)
        m_rows.append(*it);
    connect(manager, &Migration::MigrationManager::jobChanged, this, &MigrationTableModel::onChanged);
}

void MigrationTableModel::onChanged(const Migration::MigrationStatus &status)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).request.id == status.request.id) {
            m_rows[row] = status;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(status);
    endInsertRows();
}

int MigrationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MigrationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Migration::MigrationStatus &s = m_rows.at(index.row());
    if (role == IdRole)
        return s.request.id;
    if (role == PercentRole) {
        if (s.state == MigrationState::Completed)
            return 100.0;
        const int percent = s.progress.percent();
        return s.state == MigrationState::Running && percent >= 0 ? double(percent) : std::nan("");
    }
    if (role == Qt::ForegroundRole && index.column() == State) {
        if (s.state == MigrationState::Failed)
            return stateColor(StateColor::Bad);
        if (s.state == MigrationState::Completed)
            return stateColor(StateColor::Good);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return s.message;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Guest: return s.request.guest;
    case From:  return s.request.source.name;
    case To:    return s.request.target.name;
    case Kind:  return s.request.options.live ? tr("live") : tr("offline");
    case State: return Migration::migrationStateName(s.state);
    case Progress: {
        if (s.state == MigrationState::Completed)
            return tr("100 %");
        const int percent = s.progress.percent();
        if (s.state != MigrationState::Running)
            return QString();
        return percent < 0 ? tr("starting") : tr("%1 %").arg(percent);
    }
    case Speed: {
        if (s.state != MigrationState::Running || s.progress.bytesPerSecond < 0)
            return QString();
        const qint64 eta = s.progress.etaSeconds();
        return tr("%1 MiB/s, %2").arg(s.progress.bytesPerSecond / 1048576.0, 0, 'f', 1)
            .arg(eta < 0 ? tr("ETA unknown") : tr("%1 s left").arg(eta));
    }
    case Duration:
        if (!s.startedAt.isValid())
            return QString();
        return tr("%1 s").arg(s.startedAt.msecsTo(s.finishedAt.isValid() ? s.finishedAt : QDateTime::currentDateTimeUtc())
                                  / 1000.0, 0, 'f', 1);
    case Downtime:
        return s.downtimeMs >= 0 ? tr("%1 ms").arg(s.downtimeMs) : QString();
    case Message:
        return s.message;
    }
    return {};
}

QVariant MigrationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Guest:    return tr("Guest");
    case From:     return tr("From");
    case To:       return tr("To");
    case Kind:     return tr("Kind");
    case State:    return tr("State");
    case Progress: return tr("Progress");
    case Speed:    return tr("Speed");
    case Duration: return tr("Duration");
    case Downtime: return tr("Downtime");
    case Message:  return tr("Result");
    }
    return {};
}

} // namespace Vigil::Models
