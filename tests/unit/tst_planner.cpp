// The failover planner on hand-built cluster snapshots: every rule that can
// keep a guest from restarting is exercised, with the reason checked.
#include "common/testsupport.h"
#include "core/ha/planner.h"

using namespace Vigil;
using namespace Vigil::Ha;

namespace {

constexpr quint64 GiB = 1024 * 1024;   // in KiB

ClusterSnapshot::Host host(HostId id, const QString &name, quint64 memGiB = 64, int cpus = 16)
{
    ClusterSnapshot::Host h;
    h.id = id;
    h.name = name;
    h.up = true;
    h.details.host.memoryKiB = memGiB * GiB;
    h.details.host.cpus = cpus;
    StoragePoolInfo shared;
    shared.name = u"shared"_qs;
    shared.type = u"netfs"_qs;
    shared.targetPath = u"/srv/shared"_qs;
    shared.active = true;
    StoragePoolInfo local;
    local.name = u"images"_qs;
    local.type = u"dir"_qs;
    local.targetPath = u"/var/lib/libvirt/images"_qs;
    local.active = true;
    h.details.pools = {shared, local};
    NetworkInfo net;
    net.name = u"default"_qs;
    net.active = true;
    h.details.networks = {net};
    return h;
}

DomainInfo guest(const QString &name, quint64 memGiB = 2, int vcpus = 2, const QString &pool = u"shared"_qs,
                 DomainState state = DomainState::Running)
{
    DomainInfo d;
    d.name = name;
    d.uuid = u"uuid-"_qs + name;
    d.state = state;
    d.memoryKiB = memGiB * GiB;
    d.vcpus = vcpus;
    DiskInfo disk;
    disk.device = u"disk"_qs;
    disk.source = (pool == u"shared" ? u"/srv/shared/"_qs : u"/var/lib/libvirt/images/"_qs) + name + u".qcow2"_qs;
    d.disks = {disk};
    InterfaceInfo nic;
    nic.network = u"default"_qs;
    d.interfaces = {nic};
    return d;
}

Policy policy(const QList<GuestRule> &rules)
{
    Policy p;
    p.name = u"p"_qs;
    p.guests = rules;
    p.restartWithoutFencing = true;
    return p;
}

QStringList placed(const FailoverPlan &plan)
{
    QStringList out;
    for (const Placement &p : plan.placements)
        out << p.guest + u"->"_qs + p.targetName;
    return out;
}

QString reasonFor(const FailoverPlan &plan, const QString &guestName)
{
    for (const Unplaced &u : plan.unplaced)
        if (u.guest == guestName)
            return u.reason;
    return {};
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void priorityOrderAndStartAfter()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"app"_qs), guest(u"db"_qs), guest(u"cache"_qs), guest(u"batch"_qs)};
        const PolicyIndex index({policy({{u"app"_qs, 2, u"cache"_qs}, {u"db"_qs, 1, {}}, {u"cache"_qs, 2, {}},
                                         {u"batch"_qs, 5, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QCOMPARE(placed(plan), QStringList({u"db->b"_qs, u"cache->b"_qs, u"app->b"_qs, u"batch->b"_qs}));
        QVERIFY(plan.unplaced.isEmpty());
        QCOMPARE(plan.failedHostName, u"a"_qs);
    }

    void onlyActiveProtectedGuestsAreConsidered()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"on"_qs), guest(u"off"_qs, 2, 2, u"shared"_qs, DomainState::Shutoff),
                              guest(u"paused"_qs, 2, 2, u"shared"_qs, DomainState::Paused), guest(u"free"_qs)};
        const PolicyIndex index({policy({{u"on"_qs, 3, {}}, {u"off"_qs, 3, {}}, {u"paused"_qs, 3, {}}})});
        QCOMPARE(placed(planFailover(s, 1, index)), QStringList({u"on->b"_qs, u"paused->b"_qs}));
    }

    void capacityRunsOutLowestPriorityFirst()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs, 8)};
        s.hosts[1].domains = {guest(u"resident"_qs, 2)};
        s.hosts[0].domains = {guest(u"big"_qs, 4), guest(u"small"_qs, 1), guest(u"extra"_qs, 2)};
        const PolicyIndex index({policy({{u"big"_qs, 1, {}}, {u"small"_qs, 2, {}}, {u"extra"_qs, 4, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QCOMPARE(placed(plan), QStringList({u"big->b"_qs, u"small->b"_qs}));
        QVERIFY2(reasonFor(plan, u"extra"_qs).contains(u"free"_qs), qPrintable(reasonFor(plan, u"extra"_qs)));
    }

    void vcpuOvercommitIsALimit()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs, 512, 2)};
        s.hosts[0].domains = {guest(u"wide"_qs, 1, 9)};
        Policy p = policy({{u"wide"_qs, 1, {}}});
        p.vcpuOvercommit = 4.0;   // 2 CPUs × 4 = 8 vCPUs
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"wide"_qs).contains(u"vCPUs"_qs), qPrintable(reasonFor(plan, u"wide"_qs)));
    }

    void antiAffinityKeepsGuestsApart()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs), host(3, u"c"_qs)};
        s.hosts[0].domains = {guest(u"web1"_qs), guest(u"web2"_qs)};
        s.hosts[1].domains = {guest(u"web3"_qs)};
        Policy p = policy({{u"web1"_qs, 3, {}}, {u"web2"_qs, 3, {}}, {u"web3"_qs, 3, {}}});
        p.antiAffinityGroups = {{u"web1"_qs, u"web2"_qs, u"web3"_qs}};
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"web1->c"_qs}));
        QVERIFY2(reasonFor(plan, u"web2"_qs).contains(u"kept apart"_qs), qPrintable(reasonFor(plan, u"web2"_qs)));
    }

    void affinityAndPreferenceChooseTheTarget()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs), host(3, u"c"_qs, 256)};
        s.hosts[1].domains = {guest(u"db"_qs)};
        s.hosts[0].domains = {guest(u"app"_qs), guest(u"other"_qs)};
        Policy p = policy({{u"app"_qs, 1, {}}, {u"other"_qs, 2, {}}});
        p.affinityGroups = {{u"app"_qs, u"db"_qs}};
        // Without preference or affinity, the host with most free memory (c) wins.
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"app->b"_qs, u"other->c"_qs}));
        p.preferredHosts = {u"b"_qs};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"app->b"_qs, u"other->b"_qs}));
    }

    void forbiddenAllowedMaintenanceAndDownHosts()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs), host(3, u"c"_qs), host(4, u"d"_qs), host(5, u"e"_qs)};
        s.hosts[0].domains = {guest(u"g"_qs)};
        s.hosts[2].maintenance = true;
        s.hosts[3].up = false;
        Policy p = policy({{u"g"_qs, 1, {}}});
        p.forbiddenHosts = {u"b"_qs};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"g->e"_qs}));
        p.allowedHosts = {u"b"_qs, u"c"_qs, u"d"_qs};
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(plan.placements.isEmpty());
        const QString reason = reasonFor(plan, u"g"_qs);
        QVERIFY2(reason.contains(u"forbidden"_qs) && reason.contains(u"maintenance"_qs) && reason.contains(u"not up"_qs),
                 qPrintable(reason));
    }

    void storageAndNetworkMustBeReachable()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"local"_qs, 2, 2, u"images"_qs), guest(u"nonet"_qs), guest(u"nopool"_qs)};
        s.hosts[0].domains[1].interfaces[0].network = u"storage-net"_qs;
        s.hosts[0].domains[2].disks[0].source = u"/mnt/random/disk.img"_qs;
        const PolicyIndex index({policy({{u"local"_qs, 1, {}}, {u"nonet"_qs, 1, {}}, {u"nopool"_qs, 1, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"local"_qs).contains(u"local pool"_qs), qPrintable(reasonFor(plan, u"local"_qs)));
        QVERIFY2(reasonFor(plan, u"nonet"_qs).contains(u"storage-net"_qs), qPrintable(reasonFor(plan, u"nonet"_qs)));
        QVERIFY2(reasonFor(plan, u"nopool"_qs).contains(u"not in a storage pool"_qs),
                 qPrintable(reasonFor(plan, u"nopool"_qs)));
        // The shared pool inactive on the target blocks too.
        s.hosts[1].details.pools[0].active = false;
        s.hosts[0].domains = {guest(u"shared"_qs)};
        const FailoverPlan blocked = planFailover(s, 1, PolicyIndex({policy({{u"shared"_qs, 1, {}}})}));
        QVERIFY2(reasonFor(blocked, u"shared"_qs).contains(u"not active on b"_qs),
                 qPrintable(reasonFor(blocked, u"shared"_qs)));
    }

    // A dir pool an admin declares shared (NFS mounted by the OS) is shared;
    // the target must still have it active at the same path.
    void declaredSharedPoolsAreShared()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"local"_qs, 2, 2, u"images"_qs)};
        Policy p = policy({{u"local"_qs, 1, {}}});
        QVERIFY(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_qs).contains(u"shared pools"_qs));
        p.sharedPools = {u"images"_qs};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"local->b"_qs}));
        s.hosts[1].details.pools[1].targetPath = u"/elsewhere"_qs;
        QVERIFY2(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_qs).contains(u"not active on b"_qs),
                 qPrintable(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_qs)));
    }

    // Readiness warns for running protected guests on hosts that declare no
    // disk lock manager, naming those hosts; silent once every one has it.
    void protectedGuestsWithoutALockManagerAreWarnedAbout()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs), host(3, u"c"_qs)};
        s.hosts[0].domains = {guest(u"x"_qs), guest(u"y"_qs)};
        s.hosts[1].domains = {guest(u"z"_qs), guest(u"unprotected"_qs)};
        s.hosts[2].domains = {guest(u"stopped"_qs, 2, 2, u"shared"_qs, DomainState::Shutoff)};
        const PolicyIndex index({policy({{u"x"_qs, 1, {}}, {u"y"_qs, 1, {}}, {u"z"_qs, 1, {}}, {u"stopped"_qs, 1, {}}})});
        const QString warning = lockManagerWarning(s, index);
        QVERIFY2(warning.startsWith(u"3 protected guest(s) run on hosts without a disk lock manager (a, b)"_qs),
                 qPrintable(warning));
        s.hosts[0].lockManager = true;
        QVERIFY2(lockManagerWarning(s, index).contains(u"(b)"_qs), qPrintable(lockManagerWarning(s, index)));
        s.hosts[1].lockManager = true;
        QVERIFY(lockManagerWarning(s, index).isEmpty());
    }

    void fencingRequiredUnlessWaived()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"g"_qs)};
        Policy p = policy({{u"g"_qs, 1, {}}});
        p.restartWithoutFencing = false;
        FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(reasonFor(plan, u"g"_qs).contains(u"no fence action for a"_qs));
        p.fencing.insert(u"a"_qs, FenceAction{{u"/bin/true"_qs}, 5});
        plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"g->b"_qs}));
    }

    void neverPlansAGuestThatAlreadyRunsElsewhere()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"g"_qs)};
        s.hosts[1].domains = {guest(u"g"_qs)};   // same UUID already running on b (e.g. restarted before)
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({policy({{u"g"_qs, 1, {}}})}));
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"g"_qs).contains(u"already runs on b"_qs), qPrintable(reasonFor(plan, u"g"_qs)));
    }

    void dryRunCoversEveryUpHost()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs), host(3, u"c"_qs)};
        s.hosts[2].up = false;
        s.hosts[0].domains = {guest(u"x"_qs)};
        s.hosts[1].domains = {guest(u"y"_qs)};
        const QList<FailoverPlan> plans = planAllHosts(s, PolicyIndex({policy({{u"x"_qs, 1, {}}, {u"y"_qs, 1, {}}})}));
        QCOMPARE(plans.size(), 2);
        QCOMPARE(placed(plans[0]), QStringList({u"x->b"_qs}));
        QCOMPARE(placed(plans[1]), QStringList({u"y->a"_qs}));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
