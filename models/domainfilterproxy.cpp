#include "domainfilterproxy.h"

#include "domaintablemodel.h"
#include "roles.h"

#include "core/inventory.h"

namespace Vigil::Models {

DomainFilterProxy::DomainFilterProxy(QObject *parent)
    : NaturalSortProxy(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void DomainFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void DomainFilterProxy::setStateFilter(StateFilter filter)
{
    m_state = filter;
    invalidateRowsFilter();
}

void DomainFilterProxy::setHosts(const QSet<HostId> &hosts)
{
    m_hosts = hosts;
    invalidateRowsFilter();
}

bool DomainFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex name = model->index(sourceRow, DomainTableModel::NameColumn, sourceParent);
    if (!m_hosts.isEmpty() && !m_hosts.contains(name.data(HostIdRole).toLongLong()))
        return false;
    const auto state = static_cast<DomainState>(name.data(DomainStateRole).toInt());
    switch (m_state) {
    case StateFilter::All: break;
    case StateFilter::Running:
        if (state != DomainState::Running && state != DomainState::Blocked)
            return false;
        break;
    case StateFilter::Paused:
        if (state != DomainState::Paused && state != DomainState::PmSuspended)
            return false;
        break;
    case StateFilter::Stopped:
        if (state != DomainState::Shutoff)
            return false;
        break;
    case StateFilter::Problem:
        if (state != DomainState::Crashed && state != DomainState::NoState)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const QString host = model->index(sourceRow, DomainTableModel::HostColumn, sourceParent).data().toString();
    return name.data().toString().contains(m_text, Qt::CaseInsensitive)
           || host.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Vigil::Models
