#include "hosttreemodel.h"

#include "roles.h"
#include "statusicons.h"

#include "core/cluster/clustermanager.h"
#include "core/naturalorder.h"

namespace Vigil::Models {
namespace {
// internalId: 0 for group rows, group row + 1 for host rows.
constexpr quintptr kGroupId = 0;

QString groupLabel(const QString &name)
{
    return name.isEmpty() ? HostTreeModel::tr("Ungrouped") : name;
}
} // namespace

HostTreeModel::HostTreeModel(ClusterManager *cluster, QObject *parent)
    : QAbstractItemModel(parent)
    , m_cluster(cluster)
{
    connect(cluster, &ClusterManager::hostAdded, this, &HostTreeModel::addHost);
    connect(cluster, &ClusterManager::hostRemoved, this, &HostTreeModel::removeHost);
    connect(cluster, &ClusterManager::hostChanged, this, &HostTreeModel::changeHost);
    connect(cluster, &ClusterManager::statusChanged, this, [this](HostId id, const HostStatus &status) {
        int g = 0, h = 0;
        if (!locate(id, &g, &h))
            return;
        m_groups[g].hosts[h].status = status;
        hostDataChanged(id, NameColumn, StateColumn);
    });
    const auto guestsChanged = [this](HostId id) { hostDataChanged(id, GuestsColumn, GuestsColumn); };
    connect(cluster, &ClusterManager::domainsLoaded, this, guestsChanged);
    connect(cluster, &ClusterManager::domainUpdated, this, guestsChanged);
    connect(cluster, &ClusterManager::domainRemoved, this, guestsChanged);
    for (const HostConfig &config : cluster->hosts())
        addHost(config);
}

bool HostTreeModel::locate(HostId id, int *groupRow, int *hostRow) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const auto &hosts = m_groups.at(g).hosts;
        for (int h = 0; h < hosts.size(); ++h) {
            if (hosts.at(h).config.id == id) {
                *groupRow = g;
                *hostRow = h;
                return true;
            }
        }
    }
    return false;
}

void HostTreeModel::addHost(const HostConfig &config)
{
    auto groupIt = std::lower_bound(m_groups.begin(), m_groups.end(), config.group,
                                    [](const Group &g, const QString &name) { return naturalLess(g.name, name); });
    int g = int(groupIt - m_groups.begin());
    if (groupIt == m_groups.end() || groupIt->name != config.group) {
        beginInsertRows({}, g, g);
        m_groups.insert(g, Group{config.group, {}});
        endInsertRows();
    }
    auto &hosts = m_groups[g].hosts;
    const auto hostIt = std::lower_bound(hosts.begin(), hosts.end(), config.name,
                                         [](const HostRow &r, const QString &name) {
                                             return naturalLess(r.config.name, name);
                                         });
    const int h = int(hostIt - hosts.begin());
    beginInsertRows(index(g, 0), h, h);
    hosts.insert(h, HostRow{config, m_cluster->status(config.id)});
    endInsertRows();
}

void HostTreeModel::removeHost(HostId id)
{
    int g = 0, h = 0;
    if (!locate(id, &g, &h))
        return;
    if (m_groups.at(g).hosts.size() == 1) {
        beginRemoveRows({}, g, g);
        m_groups.removeAt(g);
        endRemoveRows();
        return;
    }
    beginRemoveRows(index(g, 0), h, h);
    m_groups[g].hosts.removeAt(h);
    endRemoveRows();
}

void HostTreeModel::changeHost(const HostConfig &config)
{
    int g = 0, h = 0;
    if (!locate(config.id, &g, &h))
        return;
    const HostRow &row = m_groups.at(g).hosts.at(h);
    if (row.config.group != config.group || row.config.name != config.name) {
        // Moves between groups or re-sorts: remove and insert keeps it simple and correct.
        const HostStatus status = row.status;
        removeHost(config.id);
        addHost(config);
        if (locate(config.id, &g, &h))
            m_groups[g].hosts[h].status = status;
        return;
    }
    m_groups[g].hosts[h].config = config;
    hostDataChanged(config.id, NameColumn, GuestsColumn);
}

void HostTreeModel::hostDataChanged(HostId id, int firstColumn, int lastColumn)
{
    int g = 0, h = 0;
    if (!locate(id, &g, &h))
        return;
    const QModelIndex parentIndex = index(g, 0);
    Q_EMIT dataChanged(index(h, firstColumn, parentIndex), index(h, lastColumn, parentIndex));
    // Group rows summarise their hosts.
    Q_EMIT dataChanged(index(g, 0), index(g, ColumnCount - 1));
}

QModelIndex HostTreeModel::indexForHost(HostId id) const
{
    int g = 0, h = 0;
    if (!locate(id, &g, &h))
        return {};
    return index(h, 0, index(g, 0));
}

QModelIndex HostTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kGroupId) : QModelIndex();
    if (parent.internalId() != kGroupId || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).hosts.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex HostTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kGroupId);
}

int HostTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    return int(m_groups.at(parent.row()).hosts.size());
}

int HostTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant HostTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Host");
    case StateColumn: return tr("State");
    case GuestsColumn: return tr("Guests");
    }
    return {};
}

QVariant HostTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kGroupId)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return hostData(m_groups.at(int(index.internalId() - 1)).hosts.at(index.row()), index.column(), role);
}

QVariant HostTreeModel::groupData(const Group &group, int column, int role) const
{
    if (role == IsGroupRole)
        return true;
    if (role == GroupNameRole)
        return group.name;
    if (role != Qt::DisplayRole)
        return {};
    const auto up = std::count_if(group.hosts.cbegin(), group.hosts.cend(),
                                  [](const HostRow &r) { return r.status.state == HostState::Up; });
    switch (column) {
    case NameColumn: return groupLabel(group.name);
    case StateColumn: return tr("%1 of %2 up").arg(up).arg(group.hosts.size());
    case GuestsColumn: {
        int guests = 0;
        for (const HostRow &r : group.hosts)
            guests += m_cluster->domainCount(r.config.id);
        return QString::number(guests);
    }
    }
    return {};
}

QVariant HostTreeModel::hostData(const HostRow &host, int column, int role) const
{
    switch (role) {
    case HostIdRole: return host.config.id;
    case HostStateRole: return int(host.status.state);
    case IsGroupRole: return false;
    case GroupNameRole: return host.config.group;
    case Qt::DecorationRole:
        return column == NameColumn ? QVariant(badgeIcon(hostStateColor(host.status.state))) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = host.config.uri + QLatin1Char('\n') + hostStateName(host.status.state);
        if (host.config.maintenance)
            tip += tr(" — in maintenance: new guests and failover restarts avoid it");
        if (!host.status.reason.isEmpty())
            tip += QStringLiteral(": ") + host.status.reason;
        if (host.status.nextRetry.isValid())
            tip += QLatin1Char('\n')
                   + tr("next attempt at %1").arg(host.status.nextRetry.toLocalTime().toString(u"HH:mm:ss"));
        return tip;
    }
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return host.config.name;
        case StateColumn:
            return host.config.maintenance ? tr("maintenance (%1)").arg(hostStateName(host.status.state))
                                           : hostStateName(host.status.state);
        case GuestsColumn: {
            if (host.status.state == HostState::Connecting)
                return QString();
            return tr("%1/%2").arg(m_cluster->activeDomainCount(host.config.id))
                .arg(m_cluster->domainCount(host.config.id));
        }
        }
    }
    return {};
}

} // namespace Vigil::Models
