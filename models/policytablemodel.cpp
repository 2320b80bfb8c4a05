#include "policytablemodel.h"
#include "core/naturalorder.h"

namespace Vigil::Models {

PolicyTableModel::PolicyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PolicyTableModel::setPolicies(const QList<Ha::Policy> &policies)
{
    beginResetModel();
    m_policies = policies;
    endResetModel();
}

int PolicyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_policies.size());
}

int PolicyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Policy");
    case EnabledColumn: return tr("Enabled");
    case MembersColumn: return tr("Members");
    case FencingColumn: return tr("Fencing");
    }
    return {};
}

QVariant PolicyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Ha::Policy &p = m_policies.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == FencingColumn && p.restartWithoutFencing)
        return tr("Guests may be restarted although their host was not fenced: if the host was only cut off, "
                  "the same guest could run twice (split brain).");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return p.name;
    case EnabledColumn: return p.enabled ? tr("yes") : tr("no");
    case MembersColumn: {
        QStringList parts;
        if (!p.guests.isEmpty())
            parts << tr("%n guest(s)", nullptr, int(p.guests.size()));
        if (!p.namePattern.isEmpty())
            parts << tr("pattern %1").arg(p.namePattern);
        return parts.join(QStringLiteral(", "));
    }
    case FencingColumn: {
        QStringList hosts = p.fencing.keys();
        naturalSort(hosts);
        QString text = hosts.isEmpty() ? tr("none") : hosts.join(QStringLiteral(", "));
        if (p.restartWithoutFencing)
            text += tr(" (restarts without fencing: split-brain risk)");
        return text;
    }
    }
    return {};
}

} // namespace Vigil::Models
