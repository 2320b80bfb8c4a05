#include "incidentmodel.h"

#include "statusicons.h"

#include <QHash>
#include <QLocale>

namespace Vigil::Models {

using Entry = Ha::FailoverJournal::Entry;
using JournalState = Ha::FailoverJournal::State;

IncidentModel::IncidentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentModel::setEntries(const QList<Entry> &entries)
{
    QHash<qint64, int> rowOf;
    for (int row = 0; row < m_rows.size(); ++row)
        rowOf.insert(m_rows.at(row).id, row);
    QList<Entry> added;
    for (const Entry &entry : entries) {
        const auto known = rowOf.constFind(entry.id);
        if (known == rowOf.cend()) {
            added.prepend(entry);   // newest first
            continue;
        }
        Entry &row = m_rows[*known];
        if (row.state == entry.state && row.detail == entry.detail && row.targetHost == entry.targetHost
            && row.phases.running == entry.phases.running)
            continue;
        row = entry;
        Q_EMIT dataChanged(index(*known, 0), index(*known, ColumnCount - 1));
    }
    if (added.isEmpty())
        return;
    beginInsertRows({}, 0, int(added.size()) - 1);
    m_rows = added + m_rows;
    endInsertRows();
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentModel::incidentText(const QString &incident)
{
    const qsizetype at = incident.lastIndexOf(u'@');
    if (at < 0)
        return incident;
    const QDateTime when = QDateTime::fromString(incident.mid(at + 1), Qt::ISODateWithMs);
    if (!when.isValid())
        return incident;
    return tr("%1, %2").arg(incident.left(at), QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

QString IncidentModel::stateText(JournalState state)
{
    switch (state) {
    case JournalState::AwaitingFence: return tr("waiting for the fence");
    case JournalState::Planned: return tr("planned");
    case JournalState::Starting: return tr("starting");
    case JournalState::Done: return tr("running");
    case JournalState::Failed: return tr("restart failed");
    case JournalState::Skipped: return tr("not restarted");
    case JournalState::FenceIneffective: return tr("not restarted: fence did not work");
    }
    return {};
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Entry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Incident: return incidentText(e.incident);
        case Guest: return e.guestName;
        case Target: return e.targetHost;
        case State: return stateText(e.state);
        case Rto:
            if (e.phases.rtoMs() < 0)
                return {};
            return role == Qt::ToolTipRole ? e.phases.summary().toString()
                                           : tr("%1 s").arg(QLocale().toString(double(e.phases.rtoMs()) / 1000, 'f', 1));
        case Detail: return e.detail.toString();
        }
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (e.state) {
        case JournalState::Done: return badgeIcon(hostStateColor(HostState::Up));
        case JournalState::Failed:
        case JournalState::Skipped:
        case JournalState::FenceIneffective: return badgeIcon(hostStateColor(HostState::Unreachable));
        case JournalState::AwaitingFence:
        case JournalState::Planned:
        case JournalState::Starting: return badgeIcon(hostStateColor(HostState::Connecting));
        }
    }
    return {};
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Incident: return tr("Host failed");
    case Guest: return tr("Guest");
    case Target: return tr("Restarted on");
    case State: return tr("State");
    case Rto: return tr("Recovery time");
    case Detail: return tr("Detail");
    }
    return {};
}

} // namespace Vigil::Models
