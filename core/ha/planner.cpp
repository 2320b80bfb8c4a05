#include "planner.h"

#include "../cluster/clustermanager.h"

#include <QCoreApplication>
#include <QSet>

#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ha::Planner)
};

// Pool types whose volumes other hosts can reach; everything else (dir, fs,
// logical, disk, zfs) lives on one host and dies with it.
bool isSharedPoolType(const QString &type)
{
    static const QSet<QString> shared{u"netfs"_s, u"gluster"_s, u"rbd"_s, u"iscsi"_s, u"iscsi-direct"_s,
                                      u"scsi"_s, u"mpath"_s, u"sheepdog"_s, u"vstorage"_s};
    return shared.contains(type);
}

// Per-target state the plan updates as it places guests.
struct Target {
    const ClusterSnapshot::Host *host = nullptr;
    qint64 freeMemoryKiB = 0;
    int vcpusUsed = 0;
    QSet<QString> guestNames;    // active or planned here
    QSet<QString> definedNames;  // any state, with their UUIDs below
    QHash<QString, QString> uuidByName;
    QSet<QString> activeUuids;
    QSet<QString> activeNetworks;
    QHash<QString, QString> poolPathByName;   // active pools
};

Target makeTarget(const ClusterSnapshot::Host &host)
{
    Target t;
    t.host = &host;
    qint64 used = 0;
    for (const DomainInfo &d : host.domains) {
        t.uuidByName.insert(d.name, d.uuid);
        if (!d.isActive())
            continue;
        used += qint64(d.memoryKiB);
        t.vcpusUsed += d.vcpus;
        t.guestNames.insert(d.name);
        t.activeUuids.insert(d.uuid);
    }
    t.freeMemoryKiB = qint64(host.details.host.memoryKiB) - used;
    for (const NetworkInfo &n : host.details.networks)
        if (n.active)
            t.activeNetworks.insert(n.name);
    for (const StoragePoolInfo &p : host.details.pools)
        if (p.active)
            t.poolPathByName.insert(p.name, p.targetPath);
    return t;
}

// The pool (on the failed host) holding a disk, or nullptr.
const StoragePoolInfo *poolOf(const ClusterSnapshot::Host &host, const DiskInfo &disk)
{
    for (const StoragePoolInfo &p : host.details.pools) {
        if (!disk.sourcePool.isEmpty() ? disk.sourcePool == p.name
                                       : (!p.targetPath.isEmpty() && disk.source.startsWith(p.targetPath + u'/')))
            return &p;
    }
    return nullptr;
}

// Why the guest's disks cannot be used from elsewhere, or empty.
QString storageProblem(const ClusterSnapshot::Host &failed, const DomainInfo &guest, const QStringList &sharedPools)
{
    for (const DiskInfo &disk : guest.disks) {
        if (disk.device == u"cdrom" || disk.device == u"floppy" || disk.source.isEmpty())
            continue;
        if (disk.source.contains(u"://"))
            continue;   // network disk (rbd://, iscsi://…): reachable from any host
        const StoragePoolInfo *pool = poolOf(failed, disk);
        if (!pool)
            return Text::tr("disk %1 is not in a storage pool of %2, so no other host is known to reach it")
                .arg(disk.source, failed.name);
        if (!isSharedPoolType(pool->type) && !sharedPools.contains(pool->name))
            return Text::tr("disk %1 is on %2's local pool \"%3\" (%4), which other hosts cannot reach (if it is an NFS "
                      "or cluster filesystem mounted on every host, list it among the policy's shared pools)")
                .arg(disk.source, failed.name, pool->name, pool->type);
    }
    return {};
}

// Why `target` cannot take `guest`, or empty when it can.
QString targetProblem(const Target &target, const ClusterSnapshot::Host &failed, const DomainInfo &guest,
                      const Policy &policy, const QStringList &keepApartFrom)
{
    const ClusterSnapshot::Host &host = *target.host;
    if (!host.up)
        return Text::tr("%1 is not up").arg(host.name);
    if (host.maintenance)
        return Text::tr("%1 is in maintenance").arg(host.name);
    if (policy.forbiddenHosts.contains(host.name))
        return Text::tr("%1 is forbidden by the policy").arg(host.name);
    if (!policy.allowedHosts.isEmpty() && !policy.allowedHosts.contains(host.name))
        return Text::tr("%1 is not among the allowed hosts").arg(host.name);
    if (target.activeUuids.contains(guest.uuid))
        return Text::tr("it already runs on %1").arg(host.name);
    const auto clash = target.uuidByName.constFind(guest.name);
    if (clash != target.uuidByName.cend() && *clash != guest.uuid)
        return Text::tr("%1 has another guest named %2").arg(host.name, guest.name);
    for (const InterfaceInfo &nic : guest.interfaces)
        if (!nic.network.isEmpty() && !target.activeNetworks.contains(nic.network))
            return Text::tr("network %1 is not active on %2").arg(nic.network, host.name);
    for (const DiskInfo &disk : guest.disks) {
        if (disk.device == u"cdrom" || disk.source.isEmpty() || disk.source.contains(u"://"))
            continue;
        const StoragePoolInfo *pool = poolOf(failed, disk);
        if (pool && target.poolPathByName.value(pool->name) != pool->targetPath)
            return Text::tr("storage pool %1 (%2) is not active on %3").arg(pool->name, pool->targetPath, host.name);
    }
    if (qint64(guest.memoryKiB) > target.freeMemoryKiB)
        return Text::tr("%1 has %2 free, %3 needed")
            .arg(host.name, formatMemoryKiB(quint64(std::max<qint64>(0, target.freeMemoryKiB))),
                 formatMemoryKiB(guest.memoryKiB));
    const int vcpuLimit = int(double(host.details.host.cpus) * policy.vcpuOvercommit);
    if (target.vcpusUsed + guest.vcpus > vcpuLimit)
        return Text::tr("%1 would exceed %2 vCPUs (%3 CPUs × %4 overcommit)")
            .arg(host.name).arg(vcpuLimit).arg(host.details.host.cpus).arg(policy.vcpuOvercommit);
    for (const QString &other : keepApartFrom)
        if (target.guestNames.contains(other))
            return Text::tr("%1 runs %2, which must be kept apart from %3").arg(host.name, other, guest.name);
    return {};
}

struct Candidate {
    DomainInfo guest;
    PolicyIndex::Membership membership;
};

// Priority first; within a priority, a guest comes after the one it waits for.
QList<Candidate> startOrder(QList<Candidate> candidates)
{
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.membership.priority != b.membership.priority)
            return a.membership.priority < b.membership.priority;
        return a.guest.name < b.guest.name;
    });
    QList<Candidate> ordered;
    QSet<QString> waitingFor;   // names not yet ordered
    for (const Candidate &c : std::as_const(candidates))
        waitingFor.insert(c.guest.name);
    while (!candidates.isEmpty()) {
        qsizetype pick = 0;   // a cycle of start_after: the first in order breaks it
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const QString &after = candidates.at(i).membership.startAfter;
            if (after.isEmpty() || after == candidates.at(i).guest.name || !waitingFor.contains(after)) {
                pick = i;
                break;
            }
        }
        waitingFor.remove(candidates.at(pick).guest.name);
        ordered.append(candidates.takeAt(pick));
    }
    return ordered;
}

} // namespace

QString placementBlocker(const ClusterSnapshot::Host &home, const ClusterSnapshot::Host &other, const DomainInfo &guest,
                         const QStringList &sharedPools)
{
    if (const QString problem = storageProblem(home, guest, sharedPools); !problem.isEmpty())
        return problem;
    const Target target = makeTarget(other);
    for (const InterfaceInfo &nic : guest.interfaces)
        if (!nic.network.isEmpty() && !target.activeNetworks.contains(nic.network))
            return Text::tr("network %1 is not active on %2").arg(nic.network, other.name);
    for (const DiskInfo &disk : guest.disks) {
        if (disk.device == u"cdrom" || disk.source.isEmpty() || disk.source.contains(u"://"))
            continue;
        const StoragePoolInfo *pool = poolOf(home, disk);
        if (pool && target.poolPathByName.value(pool->name) != pool->targetPath)
            return Text::tr("storage pool %1 (%2) is not active on %3").arg(pool->name, pool->targetPath, other.name);
    }
    return {};
}

ClusterSnapshot ClusterSnapshot::capture(const ClusterManager &cluster)
{
    ClusterSnapshot snapshot;
    for (const HostConfig &config : cluster.hosts()) {
        Host host;
        host.id = config.id;
        host.name = config.name;
        host.up = cluster.status(config.id).state == HostState::Up;
        host.maintenance = config.maintenance;
        host.lockManager = config.lockManager;
        host.details = cluster.details(config.id);
        host.domains = cluster.domains(config.id);
        snapshot.hosts.append(host);
    }
    return snapshot;
}

namespace {

// `baseTargets` holds every host of the snapshot, in order; the failed one is skipped.
// Built once per snapshot and shared by every plan of a dry run.
struct PlanningBase {
    QList<Target> targets;                 // one per snapshot host, same order
    QHash<QString, int> activeGuestHost;   // guest name → index of the host it runs on
    QHash<QString, int> restartRank;       // guest name → position in restartOrder()
};

// Host indices by free memory, most first; kept sorted as placements use memory.
class MemoryRanking
{
public:
    explicit MemoryRanking(const QList<Target> &targets) : m_targets(targets)
    {
        m_order.resize(targets.size());
        std::iota(m_order.begin(), m_order.end(), 0);
        std::stable_sort(m_order.begin(), m_order.end(), [this](int a, int b) { return before(a, b); });
    }
    const std::vector<int> &order() const { return m_order; }
    void update(int index)
    {
        m_order.erase(std::find(m_order.begin(), m_order.end(), index));
        m_order.insert(std::lower_bound(m_order.begin(), m_order.end(), index,
                                        [this](int a, int b) { return before(a, b); }),
                       index);
    }

private:
    bool before(int a, int b) const
    {
        const qint64 fa = m_targets.at(a).freeMemoryKiB, fb = m_targets.at(b).freeMemoryKiB;
        return fa != fb ? fa > fb : a < b;
    }
    const QList<Target> &m_targets;
    std::vector<int> m_order;
};

FailoverPlan buildPlan(const ClusterSnapshot &snapshot, const PlanningBase &base, HostId failedHost,
                       const PolicyIndex &policies)
{
    FailoverPlan plan;
    plan.failedHost = failedHost;
    int failedIndex = -1;
    for (int i = 0; i < snapshot.hosts.size() && failedIndex < 0; ++i)
        if (snapshot.hosts.at(i).id == failedHost)
            failedIndex = i;
    if (failedIndex < 0)
        return plan;
    const ClusterSnapshot::Host *failed = &snapshot.hosts.at(failedIndex);
    plan.failedHostName = failed->name;

    QList<Candidate> candidates;
    for (const DomainInfo &guest : failed->domains) {
        if (!guest.isActive())
            continue;   // a stopped guest stays stopped
        if (const auto membership = policies.lookup(guest.name))
            candidates.append({guest, membership});
    }
    if (candidates.isEmpty())
        return plan;

    QList<Target> targets = base.targets;   // copies share their containers until a placement changes one
    MemoryRanking ranking(targets);
    QHash<QString, int> plannedHost;        // guest name → host index, for this plan's placements
    std::vector<int> triedFor(targets.size(), -1);
    int guestNumber = 0;

    std::sort(candidates.begin(), candidates.end(), [&base](const Candidate &a, const Candidate &b) {
        return base.restartRank.value(a.guest.name) < base.restartRank.value(b.guest.name);
    });
    for (const Candidate &c : std::as_const(candidates)) {
        const Policy &policy = *c.membership.policy;
        const DomainInfo &guest = c.guest;
        Unplaced unplaced{guest.name, guest.uuid, c.membership.priority, policy.name, {}};
        if (!policy.restartWithoutFencing && !policy.fencing.contains(failed->name)) {
            unplaced.reason = Text::tr("no fence action for %1 and restart without fencing is off").arg(failed->name);
            plan.unplaced.append(unplaced);
            continue;
        }
        if (const QString problem = storageProblem(*failed, guest, policy.sharedPools); !problem.isEmpty()) {
            unplaced.reason = problem;
            plan.unplaced.append(unplaced);
            continue;
        }
        // The guest's own peers, looked up once rather than per target.
        QStringList keepApartFrom;
        QHash<int, int> affinityHosts;   // host index → peers there
        for (const QStringList &group : policy.antiAffinityGroups)
            if (group.contains(guest.name))
                for (const QString &peer : group)
                    if (peer != guest.name)
                        keepApartFrom.append(peer);
        for (const QStringList &group : policy.affinityGroups)
            if (group.contains(guest.name))
                for (const QString &peer : group) {
                    const int where = plannedHost.value(peer, base.activeGuestHost.value(peer, -1));
                    if (peer != guest.name && where >= 0 && where != failedIndex)
                        ++affinityHosts[where];
                }

        // Targets are tried best first — hosts with the most affinity peers,
        // then the preferred hosts in order, then by free memory — and the
        // first that passes every check wins.
        ++guestNumber;
        QStringList refusals;
        int chosen = -1;
        QString why;
        const auto tryTarget = [&](int index, const QString &reason) {
            if (chosen >= 0 || index == failedIndex || triedFor[size_t(index)] == guestNumber)
                return;
            triedFor[size_t(index)] = guestNumber;
            const QString problem = targetProblem(targets.at(index), *failed, guest, policy, keepApartFrom);
            if (problem.isEmpty()) {
                chosen = index;
                why = reason;
            } else if (refusals.size() < 3) {
                refusals.append(problem);
            }
        };
        QList<int> peerHosts = affinityHosts.keys();
        std::sort(peerHosts.begin(), peerHosts.end(), [&](int a, int b) {
            return affinityHosts.value(a) != affinityHosts.value(b) ? affinityHosts.value(a) > affinityHosts.value(b)
                                                                    : a < b;
        });
        for (int index : std::as_const(peerHosts))
            tryTarget(index, Text::tr("keeps it with its affinity group"));
        for (const QString &preferred : policy.preferredHosts)
            for (int i = 0; i < targets.size(); ++i)
                if (targets.at(i).host->name == preferred)
                    tryTarget(i, Text::tr("preferred host"));
        for (int index : ranking.order()) {
            if (chosen >= 0)
                break;
            tryTarget(index, Text::tr("most free memory"));
        }
        if (chosen < 0) {
            unplaced.reason = refusals.isEmpty() ? Text::tr("no other host")
                                                 : Text::tr("no host can take it: %1").arg(refusals.join(u"; "));
            plan.unplaced.append(unplaced);
            continue;
        }
        Target &best = targets[chosen];
        plan.placements.append(Placement{guest.name, guest.uuid, c.membership.priority, policy.name, best.host->id,
                                         best.host->name, why, guest.memoryKiB, guest.vcpus});
        best.freeMemoryKiB -= qint64(guest.memoryKiB);
        best.vcpusUsed += guest.vcpus;
        best.guestNames.insert(guest.name);
        best.activeUuids.insert(guest.uuid);
        plannedHost.insert(guest.name, chosen);
        ranking.update(chosen);
    }
    return plan;
}

PlanningBase planningBase(const ClusterSnapshot &snapshot, const PolicyIndex &policies)
{
    PlanningBase base;
    const QStringList order = restartOrder(snapshot, policies);
    for (int i = 0; i < order.size(); ++i)
        base.restartRank.insert(order.at(i), i);
    base.targets.reserve(snapshot.hosts.size());
    for (int i = 0; i < snapshot.hosts.size(); ++i) {
        const ClusterSnapshot::Host &host = snapshot.hosts.at(i);
        base.targets.append(makeTarget(host));
        for (const DomainInfo &d : host.domains)
            if (d.isActive())
                base.activeGuestHost.insert(d.name, i);
    }
    return base;
}

} // namespace

QStringList restartOrder(const ClusterSnapshot &snapshot, const PolicyIndex &policies)
{
    QList<Candidate> members;
    QSet<QString> seen;
    for (const ClusterSnapshot::Host &host : snapshot.hosts)
        for (const DomainInfo &guest : host.domains)
            if (const auto membership = policies.lookup(guest.name); membership && !seen.contains(guest.name)) {
                seen.insert(guest.name);
                members.append({guest, membership});
            }
    QStringList order;
    for (const Candidate &c : startOrder(members))
        order.append(c.guest.name);
    return order;
}

FailoverPlan planFailover(const ClusterSnapshot &snapshot, HostId failedHost, const PolicyIndex &policies)
{
    return buildPlan(snapshot, planningBase(snapshot, policies), failedHost, policies);
}

QList<FailoverPlan> planAllHosts(const ClusterSnapshot &snapshot, const PolicyIndex &policies)
{
    const PlanningBase base = planningBase(snapshot, policies);
    QList<FailoverPlan> plans;
    for (const ClusterSnapshot::Host &host : snapshot.hosts)
        if (host.up)
            plans.append(buildPlan(snapshot, base, host.id, policies));
    return plans;
}

QString dryRunVerdict(const QList<FailoverPlan> &plans, const PolicyIndex &policies)
{
    if (policies.policies().isEmpty())
        return Text::tr("No failover policy is enabled: no guest is protected, and nothing would be restarted if a "
                  "host died.");
    qsizetype placed = 0;
    qsizetype unplaced = 0;
    for (const FailoverPlan &plan : plans) {
        placed += plan.placements.size();
        unplaced += plan.unplaced.size();
    }
    if (placed + unplaced == 0)
        return Text::tr("No protected guest is running: the enabled policies match no running guest, so nothing "
                  "would be restarted if a host died.");
    if (unplaced == 0)
        return QCoreApplication::translate("Vigil::Ha::Planner",
                                           "Every protected guest can be placed if any one host dies now "
                                           "(%n restart(s) planned).",
                                           nullptr, int(placed));
    return QCoreApplication::translate("Vigil::Ha::Planner",
                                       "Not HA-ready: %n protected guest placement(s) would fail if their host "
                                       "died now.",
                                       nullptr, int(unplaced));
}

QString lockManagerWarning(const ClusterSnapshot &snapshot, const PolicyIndex &policies)
{
    int guests = 0;
    QStringList hosts;
    for (const ClusterSnapshot::Host &host : snapshot.hosts) {
        if (host.lockManager)
            continue;
        const int before = guests;
        for (const DomainInfo &d : host.domains)
            guests += d.isActive() && policies.lookup(d.name);
        if (guests > before)
            hosts.append(host.name);
    }
    if (guests == 0)
        return {};
    return QCoreApplication::translate("Vigil::Ha::Planner",
                                       "%n protected guest(s) run on hosts without a disk lock manager (%1): if a "
                                       "fence reports success without powering the host off, nothing stops a "
                                       "second copy. Run virtlockd or sanlock there and tick it in the host's "
                                       "settings.",
                                       nullptr, guests)
        .arg(hosts.join(u", "_s));
}

} // namespace Vigil::Ha
