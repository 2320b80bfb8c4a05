#include "eventlogmodel.h"
#include "statecolors.h"

#include "roles.h"

#include "core/health/healthcheck.h"

#include <QColor>

namespace Vigil::Models {

EventLogModel::EventLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(std::max(1, capacity))
{
}

void EventLogModel::append(const EventRecord &record)
{
    appendMany({record});
}

void EventLogModel::appendMany(const QList<EventRecord> &records)
{
    if (records.isEmpty())
        return;
    const QList<EventRecord> incoming = records.size() > m_capacity ? records.mid(records.size() - m_capacity)
                                                                     : records;
    const qsizetype overflow = m_records.size() + incoming.size() - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_records.remove(0, overflow);
        endRemoveRows();
    }
    const int first = int(m_records.size());
    beginInsertRows({}, first, first + int(incoming.size()) - 1);
    m_records.append(incoming);
    endInsertRows();
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case HostColumn: return tr("Host");
    case GuestColumn: return tr("Guest");
    case KindColumn: return tr("Kind");
    case MessageColumn: return tr("Message");
    case ResultColumn: return tr("Result");
    case UserColumn: return tr("By");
    }
    return {};
}

QString EventLogModel::kindText(EventRecord::Kind kind)
{
    switch (kind) {
    case EventRecord::Kind::Connection: return tr("connection");
    case EventRecord::Kind::Lifecycle: return tr("lifecycle");
    case EventRecord::Kind::Action: return tr("action");
    case EventRecord::Kind::Configuration: return tr("configuration");
    case EventRecord::Kind::Failover: return tr("failover");
    case EventRecord::Kind::Health: return tr("health");
    }
    return {};
}

QString EventLogModel::resultText(EventRecord::Result result)
{
    switch (result) {
    case EventRecord::Result::None:      return {};
    case EventRecord::Result::Ok:        return tr("ok");
    case EventRecord::Result::Failed:    return tr("failed");
    case EventRecord::Result::Cancelled: return tr("cancelled");
    case EventRecord::Result::Cleared:   return tr("cleared");
    // An alert raised: its severity.
    case EventRecord::Result::Info:      return Health::severityLabel(Health::Severity::Info);
    case EventRecord::Result::Warning:   return Health::severityLabel(Health::Severity::Warning);
    case EventRecord::Result::Critical:  return Health::severityLabel(Health::Severity::Critical);
    }
    return {};
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const EventRecord &r = m_records.at(index.row());
    if (role == SortRole && index.column() == TimeColumn)
        return r.time;
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && r.result == EventRecord::Result::Failed)
        return stateColor(StateColor::Bad);
    if (role == Qt::ToolTipRole && index.column() == MessageColumn)
        return r.message.toString();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn: return r.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
    case HostColumn: return r.host;
    case GuestColumn: return r.guest;
    case KindColumn: return kindText(r.kind);
    case MessageColumn: return r.message.toString();
    case ResultColumn: return resultText(r.result);
    case UserColumn: return r.user;
    }
    return {};
}

} // namespace Vigil::Models
