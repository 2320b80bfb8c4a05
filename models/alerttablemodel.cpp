#include "alerttablemodel.h"
#include "statecolors.h"

#include "core/health/alertengine.h"

#include <QColor>

namespace Vigil::Models {

AlertTableModel::AlertTableModel(Health::AlertEngine *engine, QObject *parent)
    : QAbstractTableModel(parent)
    , m_engine(engine)
{
    connect(engine, &Health::AlertEngine::alertChanged, this, &AlertTableModel::onChanged);
    connect(engine, &Health::AlertEngine::alertSynced, this, &AlertTableModel::onChanged);
    reload();
}

void AlertTableModel::setShowCleared(bool show)
{
    if (show == m_showCleared)
        return;
    m_showCleared = show;
    reload();
}

void AlertTableModel::reload()
{
    beginResetModel();
    m_alerts.clear();
    const QList<Health::Alert> all = m_engine->alerts();
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        if (m_showCleared || it->isOpen())
            m_alerts.append(*it);
    endResetModel();
}

void AlertTableModel::onChanged(const Health::Alert &alert)
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).key != alert.key)
            continue;
        if (!alert.isOpen() && !m_showCleared) {
            beginRemoveRows({}, row, row);
            m_alerts.removeAt(row);
            endRemoveRows();
        } else {
            m_alerts[row] = alert;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    if (!alert.isOpen() && !m_showCleared)
        return;
    beginInsertRows({}, 0, 0);
    m_alerts.prepend(alert);
    endInsertRows();
}

int AlertTableModel::openCount(Health::Severity severity) const
{
    return int(std::count_if(m_alerts.cbegin(), m_alerts.cend(), [severity](const Health::Alert &a) {
        return a.isOpen() && a.severity == severity;
    }));
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Health::Alert &a = m_alerts.at(index.row());
    if (role == KeyRole)
        return a.key;
    if (role == Qt::ForegroundRole && index.column() == Severity) {
        if (a.severity == Health::Severity::Critical)
            return stateColor(StateColor::Bad);
        if (a.severity == Health::Severity::Warning)
            return stateColor(StateColor::Warning);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Message)
        return a.message.toString();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Severity: return Health::severityLabel(a.severity);
    case Raised:   return a.raisedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss");
    case Host:     return a.host;
    case Subject:  return a.subject;
    case Message:  return a.message.toString();
    case Status:
        if (!a.isOpen())
            return tr("cleared %1").arg(a.clearedAt.toLocalTime().toString(u"HH:mm:ss"));
        if (a.isAcknowledged())
            return tr("acknowledged by %1").arg(a.acknowledgedBy);
        return tr("open");
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Severity: return tr("Severity");
    case Raised:   return tr("Raised");
    case Host:     return tr("Host");
    case Subject:  return tr("Subject");
    case Message:  return tr("Alert");
    case Status:   return tr("Status");
    }
    return {};
}

} // namespace Vigil::Models
