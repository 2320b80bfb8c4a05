#include "domaintablemodel.h"

#include "roles.h"
#include "statusicons.h"

#include "core/cluster/clustermanager.h"

#include <QFont>

namespace Vigil::Models {
namespace {

QString formatUptime(const QDateTime &since)
{
    if (!since.isValid())
        return {};
    qint64 seconds = since.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 0)
        seconds = 0;
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    if (days > 0)
        return DomainTableModel::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return DomainTableModel::tr("%1 h %2 min").arg(hours).arg(minutes);
    return DomainTableModel::tr("%1 min").arg(minutes);
}

} // namespace

DomainTableModel::DomainTableModel(ClusterManager *cluster, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cluster(cluster)
{
    connect(cluster, &ClusterManager::domainsLoaded, this, &DomainTableModel::loadHost);
    connect(cluster, &ClusterManager::domainUpdated, this, &DomainTableModel::updateDomain);
    connect(cluster, &ClusterManager::domainRemoved, this, &DomainTableModel::removeDomain);
    connect(cluster, &ClusterManager::hostRemoved, this, &DomainTableModel::removeHost);
    connect(cluster, &ClusterManager::hostAdded, this,
            [this](const HostConfig &c) { m_hostNames.insert(c.id, c.name); });
    connect(cluster, &ClusterManager::hostChanged, this, [this](const HostConfig &c) {
        m_hostNames.insert(c.id, c.name);
        refreshHostRows(c.id);
    });
    connect(cluster, &ClusterManager::statusChanged, this, [this](HostId id, const HostStatus &status) {
        const bool reachabilityChanged = m_hostStatus.value(id).state != status.state;
        m_hostStatus.insert(id, status);
        if (reachabilityChanged)
            refreshHostRows(id);
    });
    for (const HostConfig &config : cluster->hosts()) {
        m_hostNames.insert(config.id, config.name);
        m_hostStatus.insert(config.id, cluster->status(config.id));
        appendRows(config.id, cluster->domains(config.id));
    }
    // Uptime text changes with the clock; refresh that one column each minute.
    m_uptimeTimer.setInterval(60 * 1000);
    connect(&m_uptimeTimer, &QTimer::timeout, this, &DomainTableModel::tickUptimes);
    m_uptimeTimer.start();
}

int DomainTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex DomainTableModel::indexFor(HostId host, const QString &uuid) const
{
    const auto it = m_index.constFind(Key(host, uuid));
    return it == m_index.cend() ? QModelIndex() : index(*it, 0);
}

void DomainTableModel::setPolicies(const QList<Ha::Policy> &policies)
{
    m_policies = Ha::PolicyIndex(policies);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, ProtectedColumn), index(int(m_rows.size()) - 1, ProtectedColumn));
}

void DomainTableModel::loadHost(HostId host, const QList<DomainInfo> &domains)
{
    QSet<QString> present;
    QList<DomainInfo> added;
    for (const DomainInfo &domain : domains) {
        present.insert(domain.uuid);
        const auto it = m_index.constFind(Key(host, domain.uuid));
        if (it == m_index.cend()) {
            added.append(domain);
            continue;
        }
        Row &row = m_rows[*it];
        const DomainInfo before = row.info;
        row.info = domain;
        emitChangedCells(*it, before, domain);
    }
    QList<int> gone;
    for (const QString &uuid : m_hostUuids.value(host))
        if (!present.contains(uuid))
            gone.append(m_index.value(Key(host, uuid)));
    removeRows(gone);
    appendRows(host, added);
}

void DomainTableModel::updateDomain(HostId host, const DomainInfo &domain)
{
    const auto it = m_index.constFind(Key(host, domain.uuid));
    if (it == m_index.cend()) {
        appendRows(host, {domain});
        return;
    }
    Row &row = m_rows[*it];
    const DomainInfo before = row.info;
    row.info = domain;
    emitChangedCells(*it, before, domain);
}

void DomainTableModel::removeDomain(HostId host, const QString &uuid)
{
    const auto it = m_index.constFind(Key(host, uuid));
    if (it != m_index.cend())
        removeRows({*it});
}

void DomainTableModel::removeHost(HostId host)
{
    QList<int> rows;
    for (const QString &uuid : m_hostUuids.value(host))
        rows.append(m_index.value(Key(host, uuid)));
    removeRows(rows);
    m_hostUuids.remove(host);
    m_hostStatus.remove(host);
    m_hostNames.remove(host);
}

void DomainTableModel::removeRows(QList<int> rows)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    // Remove contiguous runs from the end so earlier indices stay valid.
    int end = int(rows.size()) - 1;
    while (end >= 0) {
        int start = end;
        while (start > 0 && rows.at(start - 1) == rows.at(start) - 1)
            --start;
        const int first = rows.at(start);
        const int last = rows.at(end);
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r) {
            const Row &gone = m_rows.at(r);
            m_index.remove(Key(gone.host, gone.info.uuid));
            m_hostUuids[gone.host].remove(gone.info.uuid);
        }
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        end = start - 1;
    }
    reindexFrom(rows.first());
}

void DomainTableModel::appendRows(HostId host, const QList<DomainInfo> &domains)
{
    if (domains.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(domains.size()) - 1);
    for (const DomainInfo &domain : domains) {
        m_index.insert(Key(host, domain.uuid), int(m_rows.size()));
        m_hostUuids[host].insert(domain.uuid);
        m_rows.append(Row{host, domain});
    }
    endInsertRows();
}

void DomainTableModel::reindexFrom(int row)
{
    for (int i = row; i < m_rows.size(); ++i)
        m_index.insert(Key(m_rows.at(i).host, m_rows.at(i).info.uuid), i);
}

void DomainTableModel::emitChangedCells(int row, const DomainInfo &a, const DomainInfo &b)
{
    if (a == b)
        return;
    const bool changed[ColumnCount] = {
        a.name != b.name,
        false,
        a.state != b.state || a.stateReason != b.stateReason,
        a.vcpus != b.vcpus,
        a.memoryKiB != b.memoryKiB || a.maxMemoryKiB != b.maxMemoryKiB,
        a.runningSince != b.runningSince || a.state != b.state,
        false,
    };
    int first = -1, last = -1;
    for (int c = 0; c < ColumnCount; ++c) {
        if (changed[c]) {
            if (first < 0)
                first = c;
            last = c;
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(row, first), index(row, last));
}

void DomainTableModel::refreshHostRows(HostId host)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).host == host)
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void DomainTableModel::tickUptimes()
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).info.runningSince.isValid())
            Q_EMIT dataChanged(index(i, UptimeColumn), index(i, UptimeColumn));
}

QVariant DomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == UptimeColumn)
        return tr("Time since Vigil saw the guest start. libvirt does not report start times, "
                  "so guests already running when Vigil connected show no uptime.");
    if (role == Qt::ToolTipRole && section == ProtectedColumn)
        return tr("Whether a failover policy restarts this guest when its host fails.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case HostColumn: return tr("Host");
    case StateColumn: return tr("State");
    case VcpuColumn: return tr("vCPUs");
    case MemoryColumn: return tr("Memory");
    case UptimeColumn: return tr("Uptime");
    case ProtectedColumn: return tr("HA");
    }
    return {};
}

QVariant DomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const DomainInfo &d = row.info;
    const HostStatus status = m_hostStatus.value(row.host);
    const bool stale = status.state != HostState::Up;

    switch (role) {
    case HostIdRole: return row.host;
    case UuidRole: return d.uuid;
    case DomainStateRole: return int(d.state);
    case SortRole:
        switch (index.column()) {
        case VcpuColumn: return d.vcpus;
        case MemoryColumn: return d.memoryKiB;
        case UptimeColumn:
            return d.runningSince.isValid() ? d.runningSince.secsTo(QDateTime::currentDateTimeUtc()) : -1;
        case HostColumn:   // host, then guest name
            return QString(m_hostNames.value(row.host) + QChar(0x1f) + d.name);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn ? QVariant(badgeIcon(domainStateColor(d.state))) : QVariant();
    case Qt::ForegroundRole:
        return stale ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (stale) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == VcpuColumn || index.column() == MemoryColumn || index.column() == UptimeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (stale)
            return tr("Last known state: the host %1 is %2 (%3)")
                .arg(m_hostNames.value(row.host), hostStateName(status.state), status.reason);
        if (index.column() == StateColumn && !d.stateReasonText.isEmpty())
            return d.stateReasonText;
        if (index.column() == MemoryColumn)
            return tr("%1 of at most %2").arg(formatMemoryKiB(d.memoryKiB), formatMemoryKiB(d.maxMemoryKiB));
        if (index.column() == UptimeColumn && d.isActive() && !d.runningSince.isValid())
            return tr("Already running when Vigil connected; libvirt does not report the start time.");
        if (index.column() == ProtectedColumn) {
            const auto member = m_policies.lookup(d.name);
            return member ? tr("Restarted by policy %1 at priority %2 (1 = first) if %3 fails")
                                .arg(member.policy->name).arg(member.priority).arg(m_hostNames.value(row.host))
                          : tr("No enabled failover policy covers this guest.");
        }
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return d.name;
        case HostColumn: return m_hostNames.value(row.host);
        case StateColumn: {
            const QString state = domainStateName(d.state);
            return stale ? tr("%1 (last known)").arg(state) : state;
        }
        case VcpuColumn: return d.vcpus;
        case MemoryColumn: return formatMemoryKiB(d.memoryKiB);
        case UptimeColumn:
            if (!d.isActive())
                return QString();
            return d.runningSince.isValid() ? formatUptime(d.runningSince) : QStringLiteral("—");
        case ProtectedColumn: {
            const auto member = m_policies.lookup(d.name);
            return member ? tr("yes (P%1)").arg(member.priority) : tr("no");
        }
        }
    }
    return {};
}

} // namespace Vigil::Models
