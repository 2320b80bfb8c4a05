#include "preflight.h"

#include "../ha/policyindex.h"

#include <QCoreApplication>

namespace Vigil::Migration {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Migration)
};

const Ha::ClusterSnapshot::Host *hostById(const Ha::ClusterSnapshot &snapshot, HostId id)
{
    for (const Ha::ClusterSnapshot::Host &h : snapshot.hosts)
        if (h.id == id)
            return &h;
    return nullptr;
}

Check make(const QString &name, Check::Result result, const QString &reason)
{
    return Check{name, result, reason};
}

} // namespace

QString resultName(Check::Result result)
{
    switch (result) {
    case Check::Result::Pass: return Text::tr("pass");
    case Check::Result::Warning: return Text::tr("warning");
    case Check::Result::Fail: return Text::tr("fail");
    case Check::Result::Unknown: return Text::tr("could not be checked");
    }
    return {};
}

bool blocks(const QList<Check> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.result == Check::Result::Fail; });
}

Check architectureCheck(const Ha::ClusterSnapshot::Host &target, const DomainInfo &guest)
{
    using R = Check::Result;
    if (target.details.host.hypervisor == u"TEST")
        return make(Text::tr("Architecture"), R::Unknown, Text::tr("the test driver reports a fixed host architecture"));
    if (guest.arch.isEmpty() || target.details.host.arch.isEmpty())
        return make(Text::tr("Architecture"), R::Unknown, Text::tr("the architecture is not reported"));
    if (guest.arch != target.details.host.arch)
        return make(Text::tr("Architecture"), R::Fail,
                    Text::tr("the guest is %1, %2 is %3").arg(guest.arch, target.name, target.details.host.arch));
    return make(Text::tr("Architecture"), R::Pass, guest.arch);
}

Check memoryCheck(const Ha::ClusterSnapshot::Host &target, const DomainInfo &guest)
{
    using R = Check::Result;
    // Free memory as the host reports it; else its memory minus what its
    // running guests were given.
    qint64 used = 0;
    for (const DomainInfo &d : target.domains)
        if (d.isActive() && d.uuid != guest.uuid)
            used += qint64(d.memoryKiB);
    const qint64 free = target.details.host.freeMemoryKnown ? qint64(target.details.host.freeMemoryKiB)
                                                            : qint64(target.details.host.memoryKiB) - used;
    if (qint64(guest.memoryKiB) > free)
        return make(Text::tr("Memory"), R::Fail, Text::tr("%1 has %2 free, the guest needs %3")
                                               .arg(target.name, formatMemoryKiB(quint64(std::max<qint64>(0, free))),
                                                    formatMemoryKiB(guest.memoryKiB)));
    return make(Text::tr("Memory"), R::Pass, Text::tr("%1 free on %2, %3 needed")
                                           .arg(formatMemoryKiB(quint64(free)), target.name,
                                                formatMemoryKiB(guest.memoryKiB)));
}

QList<Check> preflight(const Ha::ClusterSnapshot &snapshot, HostId sourceId, HostId targetId, const QString &guestUuid,
                       const QList<Ha::Policy> &policies, const CpuComparison &cpu, bool coldRelocation)
{
    using R = Check::Result;
    QList<Check> checks;
    const auto *source = hostById(snapshot, sourceId);
    const auto *target = hostById(snapshot, targetId);
    const DomainInfo *guest = nullptr;
    if (source)
        for (const DomainInfo &d : source->domains)
            if (d.uuid == guestUuid)
                guest = &d;
    if (!source || !guest) {
        checks.append(make(Text::tr("Guest"), R::Fail, Text::tr("the guest is not known on the source host")));
        return checks;
    }

    // Target.
    if (!target)
        checks.append(make(Text::tr("Target"), R::Fail, Text::tr("the target host is not configured")));
    else if (target->id == source->id)
        checks.append(make(Text::tr("Target"), R::Fail, Text::tr("the target is the guest's own host")));
    else if (!target->up)
        checks.append(make(Text::tr("Target"), R::Fail, Text::tr("%1 is not reachable").arg(target->name)));
    else if (target->maintenance)
        checks.append(make(Text::tr("Target"), R::Fail, Text::tr("%1 is in maintenance").arg(target->name)));
    else
        checks.append(make(Text::tr("Target"), R::Pass, Text::tr("%1 is up").arg(target->name)));
    if (!target || target->id == source->id || !target->up)
        return checks;

    // Whether these hosts' drivers can move guests at all.
    const bool testDriver = !driverCanMigrate(source->details.host) || !driverCanMigrate(target->details.host);
    if (testDriver && coldRelocation)
        checks.append(make(Text::tr("Hypervisor"), R::Warning,
                           Text::tr("libvirt's test driver cannot migrate guests: cold relocation instead (shut down, "
                              "define on %1, start there)").arg(target->name)));
    else if (testDriver)
        checks.append(make(Text::tr("Hypervisor"), R::Fail,
                           Text::tr("libvirt's test driver cannot migrate guests")));
    else
        checks.append(make(Text::tr("Hypervisor"), R::Pass,
                           Text::tr("%1 to %2").arg(source->details.host.hypervisor, target->details.host.hypervisor)));

    // CPU and architecture.
    checks.append(architectureCheck(*target, *guest));
    if (guest->cpuMode == u"host-passthrough")
        checks.append(make(Text::tr("CPU"), R::Warning,
                           Text::tr("host-passthrough: safe only between hosts with identical CPUs (%1 reports %2)")
                               .arg(target->name, target->details.host.cpuModel)));
    else if (cpu.verdict == CpuComparison::Verdict::Compatible)
        checks.append(make(Text::tr("CPU"), R::Pass, cpu.message));
    else if (cpu.verdict == CpuComparison::Verdict::Incompatible)
        checks.append(make(Text::tr("CPU"), R::Fail, cpu.message));
    else
        checks.append(make(Text::tr("CPU"), R::Unknown, cpu.message));

    // Networks: each one the guest uses must be active on the target.
    QStringList missing;
    for (const InterfaceInfo &nic : guest->interfaces) {
        if (nic.network.isEmpty())
            continue;
        const bool active = std::any_of(target->details.networks.cbegin(), target->details.networks.cend(),
                                        [&](const NetworkInfo &n) { return n.name == nic.network && n.active; });
        if (!active && !missing.contains(nic.network))
            missing.append(nic.network);
    }
    if (!missing.isEmpty())
        checks.append(make(Text::tr("Networks"), R::Fail, Text::tr("not active on %1: %2").arg(target->name,
                                                                                               missing.join(u", "))));
    else
        checks.append(make(Text::tr("Networks"), R::Pass,
                           guest->interfaces.isEmpty()
                               ? Text::tr("the guest has no network interface")
                               : Text::tr("every network is active on %1").arg(target->name)));
    // Storage, with the planner's rules (networks left out: checked above).
    DomainInfo disksOnly = *guest;
    disksOnly.interfaces.clear();
    // Pools an admin declared shared in any policy are shared storage for every guest.
    QStringList sharedPools;
    for (const Ha::Policy &policy : policies)
        sharedPools += policy.sharedPools;
    const QString storage = Ha::placementBlocker(*source, *target, disksOnly, sharedPools);
    if (!storage.isEmpty())
        checks.append(make(Text::tr("Storage"), R::Fail, storage + Text::tr(" — choose a storage copy (non-shared migration)")));
    else
        checks.append(make(Text::tr("Storage"), R::Pass,
                           guest->disks.isEmpty()
                               ? Text::tr("the guest has no disk")
                               : Text::tr("every disk is on storage %1 can reach").arg(target->name)));

    // Memory and vCPUs on the target.
    int vcpus = 0;
    bool nameClash = false, definedThere = false;
    for (const DomainInfo &d : target->domains) {
        if (d.isActive())
            vcpus += d.vcpus;
        nameClash = nameClash || (d.name == guest->name && d.uuid != guest->uuid);
        definedThere = definedThere || d.uuid == guest->uuid;
    }
    checks.append(memoryCheck(*target, *guest));
    if (vcpus + guest->vcpus > target->details.host.cpus * 4)
        checks.append(make(Text::tr("vCPUs"), R::Warning, Text::tr("%1 would run %2 vCPUs on %3 CPUs")
                                                        .arg(target->name).arg(vcpus + guest->vcpus).arg(target->details.host.cpus)));

    // Clashes and blockers libvirt would refuse.
    if (nameClash)
        checks.append(make(Text::tr("Name"), R::Fail,
                           Text::tr("%1 already has another guest named %2").arg(target->name, guest->name)));
    else if (definedThere)
        checks.append(make(Text::tr("Name"), R::Warning,
                           Text::tr("%1 already has a definition of this guest; it will be replaced").arg(target->name)));
    else
        checks.append(make(Text::tr("Name"), R::Pass, Text::tr("no guest of that name or UUID on %1").arg(target->name)));
    if (guest->snapshotCount < 0)
        checks.append(make(Text::tr("Snapshots"), R::Unknown, Text::tr("the source driver does not report snapshots")));
    else if (guest->snapshotCount > 0)
        checks.append(make(Text::tr("Snapshots"), R::Fail,
                           QCoreApplication::translate("Vigil::Migration", "the guest has %n snapshot(s); libvirt refuses "
                                                       "to migrate it", nullptr, guest->snapshotCount)));
    else
        checks.append(make(Text::tr("Snapshots"), R::Pass, Text::tr("no snapshots")));

    // Failover policies: a move that breaks anti-affinity is allowed but flagged.
    const Ha::PolicyIndex index(policies);
    QStringList peers;
    if (const auto member = index.lookup(guest->name))
        for (const QStringList &group : member.policy->antiAffinityGroups)
            if (group.contains(guest->name))
                for (const QString &peer : group)
                    for (const DomainInfo &d : target->domains)
                        if (peer != guest->name && d.name == peer && d.isActive())
                            peers.append(peer);
    checks.append(peers.isEmpty() ? make(Text::tr("Affinity"), R::Pass, Text::tr("no failover policy rule is broken"))
                                  : make(Text::tr("Affinity"), R::Warning,
                                         Text::tr("%1 runs %2, which a failover policy keeps apart from %3")
                                                                         .arg(target->name, peers.join(u", "), guest->name)));
    return checks;
}

bool breaksAntiAffinity(const QList<Check> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const Check &c) {
        return c.name == Text::tr("Affinity") && c.result == Check::Result::Warning;
    });
}

bool driverCanMigrate(const HostInfo &host)
{
    return host.hypervisor != u"TEST";
}

bool needsColdRelocation(const Ha::ClusterSnapshot &snapshot, HostId source, HostId target)
{
    for (const Ha::ClusterSnapshot::Host &h : snapshot.hosts)
        if ((h.id == source || h.id == target) && !driverCanMigrate(h.details.host))
            return true;
    return false;
}

HostId bestTarget(const Ha::ClusterSnapshot &snapshot, HostId source, const QString &guestUuid,
                  const QList<Ha::Policy> &policies, const QHash<HostId, qint64> &reservedKiB, bool coldRelocation)
{
    HostId best = 0;
    qint64 bestFree = 0;
    for (const Ha::ClusterSnapshot::Host &host : snapshot.hosts) {
        if (host.id == source || !host.up || host.maintenance)
            continue;
        const QList<Check> checks =
            preflight(snapshot, source, host.id, guestUuid, policies, CpuComparison{}, coldRelocation);
        if (std::any_of(checks.cbegin(), checks.cend(), [](const Check &c) { return c.result == Check::Result::Fail; }))
            continue;
        qint64 used = reservedKiB.value(host.id);
        for (const DomainInfo &d : host.domains)
            if (d.isActive())
                used += qint64(d.memoryKiB);
        const qint64 free = qint64(host.details.host.memoryKiB) - used;
        if (!best || free > bestFree) {
            best = host.id;
            bestFree = free;
        }
    }
    return best;
}

} // namespace Vigil::Migration
