#include "hosthealthmodel.h"
#include "statecolors.h"

#include "statusicons.h"
#include "core/cluster/clustermanager.h"

#include <cmath>

namespace Vigil::Models {

HostHealthModel::HostHealthModel(ClusterManager *cluster, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cluster(cluster)
{
    m_flush.setInterval(250);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &HostHealthModel::flush);
    // Rows are added and removed one at a time: a reset per host would make
    // loading a 1,000-host cluster quadratic.
    connect(cluster, &ClusterManager::hostAdded, this, [this](const HostConfig &config) {
        if (m_index.contains(config.id))
            return;
        const int row = int(m_rows.size());
        beginInsertRows({}, row, row);
        m_index.insert(config.id, row);
        m_rows.append(computeRow(config.id));
        endInsertRows();
    });
    connect(cluster, &ClusterManager::hostRemoved, this, [this](HostId id) {
        const int row = m_index.value(id, -1);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_index.remove(id);
        for (int r = row; r < m_rows.size(); ++r)
            m_index[m_rows.at(r).id] = r;
        m_dirty.remove(id);
        endRemoveRows();
    });
    connect(cluster, &ClusterManager::hostChanged, this, [this](const HostConfig &c) { markDirty(c.id); });
    connect(cluster, &ClusterManager::statusChanged, this, [this](HostId id) { markDirty(id); });
    connect(cluster, &ClusterManager::detailsUpdated, this, [this](HostId id) { markDirty(id); });
    connect(cluster, &ClusterManager::domainsLoaded, this, [this](HostId id) { markDirty(id); });
    connect(cluster, &ClusterManager::domainUpdated, this, [this](HostId id) { markDirty(id); });
    connect(cluster, &ClusterManager::domainRemoved, this, [this](HostId id) { markDirty(id); });
    connect(cluster, &ClusterManager::statsSampled, this,
            [this](const Metrics::HostSample &s) { markDirty(s.host); });
    rebuild();
}

int HostHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HostHealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

HostId HostHealthModel::hostAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

HostHealthModel::Row HostHealthModel::computeRow(HostId id) const
{
    Row row;
    row.id = id;
    const Metrics::HostSample sample = m_cluster->latestSample(id);
    QList<DomainInfo> troubled;
    m_cluster->forEachDomain(id, [&](const DomainInfo &d) {
        ++row.guests;
        if (d.isActive())
            ++row.running;
        if (d.state == DomainState::Crashed || d.state == DomainState::Paused)
            troubled.append(d);
    });
    row.health = Health::assessHost(m_cluster->status(id), m_cluster->details(id), troubled, sample);
    row.cpu = sample.values[Metrics::Metric::Cpu];
    row.memoryUsedKiB = sample.values[Metrics::Metric::MemoryUsed];
    row.memoryTotalKiB = sample.values[Metrics::Metric::MemoryTotal];
    row.memoryPercent = Metrics::isReported(row.memoryUsedKiB) && row.memoryTotalKiB > 0
                            ? 100.0 * row.memoryUsedKiB / row.memoryTotalKiB
                            : Metrics::kNotReported;
    if (m_cluster->status(id).state != HostState::Up) {
        row.cpu = Metrics::kNotReported;
        row.memoryPercent = Metrics::kNotReported;
    }
    return row;
}

void HostHealthModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    for (const HostConfig &config : m_cluster->hosts()) {
        m_index.insert(config.id, int(m_rows.size()));
        m_rows.append(computeRow(config.id));
    }
    m_dirty.clear();
    endResetModel();
}

void HostHealthModel::markDirty(HostId id)
{
    m_dirty.insert(id);
    if (!m_flush.isActive())
        m_flush.start();
}

void HostHealthModel::flush()
{
    const QSet<HostId> dirty = std::exchange(m_dirty, {});
    for (HostId id : dirty) {
        const int row = m_index.value(id, -1);
        if (row < 0)
            continue;
        m_rows[row] = computeRow(id);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

QVariant HostHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const HostStatus status = m_cluster->status(row.id);
    if (role == PercentRole) {
        if (index.column() == Cpu)
            return row.cpu;
        if (index.column() == Memory)
            return row.memoryPercent;
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return badgeIcon(hostStateColor(status.state));
    if (role == Qt::ForegroundRole && index.column() == Score) {
        if (row.health.score < 50)
            return stateColor(StateColor::Bad);
        if (row.health.score < 85)
            return stateColor(StateColor::Warning);
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Score || index.column() == Reasons)) {
        QStringList lines;
        for (const Health::Finding &f : row.health.findings)
            lines << Health::severityLabel(f.severity) + QStringLiteral(": ") + f.message;
        return lines.isEmpty() ? tr("No problems found") : lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Score || index.column() == Guests))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Name:
        return m_cluster->host(row.id).name;
    case State:
        return hostStateName(status.state);
    case Score:
        return row.health.score;
    case Cpu:
        return Metrics::isReported(row.cpu) ? tr("%1 %").arg(row.cpu, 0, 'f', 0) : tr("not reported");
    case Memory:
        if (!Metrics::isReported(row.memoryPercent))
            return tr("not reported");
        return tr("%1 of %2 (%3 %)")
            .arg(formatMemoryKiB(quint64(row.memoryUsedKiB)), formatMemoryKiB(quint64(row.memoryTotalKiB)))
            .arg(row.memoryPercent, 0, 'f', 0);
    case Guests:
        // What an unreachable host last said is no evidence that anything runs there now.
        if (status.state != HostState::Up)
            return tr("%n guest(s), state unknown", nullptr, row.guests);
        return tr("%1 / %2").arg(row.running).arg(row.guests);
    case Reasons: {
        QStringList reasons;
        for (const Health::Finding &f : row.health.findings)
            reasons << f.message;
        return reasons.isEmpty() ? tr("healthy") : reasons.join(QStringLiteral("; "));
    }
    }
    return {};
}

QVariant HostHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:    return tr("Host");
    case State:   return tr("State");
    case Score:   return tr("Health");
    case Cpu:     return tr("CPU");
    case Memory:  return tr("Memory used");
    case Guests:  return tr("Running");
    case Reasons: return tr("Findings");
    }
    return {};
}

} // namespace Vigil::Models
