// The failover planner on hand-built cluster snapshots: every rule that can
// keep a guest from restarting is exercised, with the reason checked.
#include "common/testsupport.h"
#include "core/ha/planner.h"

using namespace Qt::StringLiterals;

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
    shared.name = u"shared"_s;
    shared.type = u"netfs"_s;
    shared.targetPath = u"/srv/shared"_s;
    shared.active = true;
    StoragePoolInfo local;
    local.name = u"images"_s;
    local.type = u"dir"_s;
    local.targetPath = u"/var/lib/libvirt/images"_s;
    local.active = true;
    h.details.pools = {shared, local};
    NetworkInfo net;
    net.name = u"default"_s;
    net.active = true;
    h.details.networks = {net};
    return h;
}

DomainInfo guest(const QString &name, quint64 memGiB = 2, int vcpus = 2, const QString &pool = u"shared"_s,
                 DomainState state = DomainState::Running)
{
    DomainInfo d;
    d.name = name;
    d.uuid = u"uuid-"_s + name;
    d.state = state;
    d.memoryKiB = memGiB * GiB;
    d.vcpus = vcpus;
    DiskInfo disk;
    disk.device = u"disk"_s;
    disk.source = (pool == u"shared" ? u"/srv/shared/"_s : u"/var/lib/libvirt/images/"_s) + name + u".qcow2"_s;
    d.disks = {disk};
    InterfaceInfo nic;
    nic.network = u"default"_s;
    d.interfaces = {nic};
    return d;
}

Policy policy(const QList<GuestRule> &rules)
{
    Policy p;
    p.name = u"p"_s;
    p.guests = rules;
    p.restartWithoutFencing = true;
    return p;
}

QStringList placed(const FailoverPlan &plan)
{
    QStringList out;
    for (const Placement &p : plan.placements)
        out << p.guest + u"->"_s + p.targetName;
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
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"app"_s), guest(u"db"_s), guest(u"cache"_s), guest(u"batch"_s)};
        const PolicyIndex index({policy({{u"app"_s, 2, u"cache"_s}, {u"db"_s, 1, {}}, {u"cache"_s, 2, {}},
                                         {u"batch"_s, 5, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QCOMPARE(placed(plan), QStringList({u"db->b"_s, u"cache->b"_s, u"app->b"_s, u"batch->b"_s}));
        QVERIFY(plan.unplaced.isEmpty());
        QCOMPARE(plan.failedHostName, u"a"_s);
    }

    void onlyActiveProtectedGuestsAreConsidered()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"on"_s), guest(u"off"_s, 2, 2, u"shared"_s, DomainState::Shutoff),
                              guest(u"paused"_s, 2, 2, u"shared"_s, DomainState::Paused), guest(u"free"_s)};
        const PolicyIndex index({policy({{u"on"_s, 3, {}}, {u"off"_s, 3, {}}, {u"paused"_s, 3, {}}})});
        QCOMPARE(placed(planFailover(s, 1, index)), QStringList({u"on->b"_s, u"paused->b"_s}));
    }

    void capacityRunsOutLowestPriorityFirst()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s, 8)};
        s.hosts[1].domains = {guest(u"resident"_s, 2)};
        s.hosts[0].domains = {guest(u"big"_s, 4), guest(u"small"_s, 1), guest(u"extra"_s, 2)};
        const PolicyIndex index({policy({{u"big"_s, 1, {}}, {u"small"_s, 2, {}}, {u"extra"_s, 4, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QCOMPARE(placed(plan), QStringList({u"big->b"_s, u"small->b"_s}));
        QVERIFY2(reasonFor(plan, u"extra"_s).contains(u"free"_s), qPrintable(reasonFor(plan, u"extra"_s)));
    }

    void vcpuOvercommitIsALimit()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s, 512, 2)};
        s.hosts[0].domains = {guest(u"wide"_s, 1, 9)};
        Policy p = policy({{u"wide"_s, 1, {}}});
        p.vcpuOvercommit = 4.0;   // 2 CPUs × 4 = 8 vCPUs
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"wide"_s).contains(u"vCPUs"_s), qPrintable(reasonFor(plan, u"wide"_s)));
    }

    void antiAffinityKeepsGuestsApart()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s), host(3, u"c"_s)};
        s.hosts[0].domains = {guest(u"web1"_s), guest(u"web2"_s)};
        s.hosts[1].domains = {guest(u"web3"_s)};
        Policy p = policy({{u"web1"_s, 3, {}}, {u"web2"_s, 3, {}}, {u"web3"_s, 3, {}}});
        p.antiAffinityGroups = {{u"web1"_s, u"web2"_s, u"web3"_s}};
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"web1->c"_s}));
        QVERIFY2(reasonFor(plan, u"web2"_s).contains(u"kept apart"_s), qPrintable(reasonFor(plan, u"web2"_s)));
    }

    void affinityAndPreferenceChooseTheTarget()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s), host(3, u"c"_s, 256)};
        s.hosts[1].domains = {guest(u"db"_s)};
        s.hosts[0].domains = {guest(u"app"_s), guest(u"other"_s)};
        Policy p = policy({{u"app"_s, 1, {}}, {u"other"_s, 2, {}}});
        p.affinityGroups = {{u"app"_s, u"db"_s}};
        // Without preference or affinity, the host with most free memory (c) wins.
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"app->b"_s, u"other->c"_s}));
        p.preferredHosts = {u"b"_s};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"app->b"_s, u"other->b"_s}));
    }

    void forbiddenAllowedMaintenanceAndDownHosts()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s), host(3, u"c"_s), host(4, u"d"_s), host(5, u"e"_s)};
        s.hosts[0].domains = {guest(u"g"_s)};
        s.hosts[2].maintenance = true;
        s.hosts[3].up = false;
        Policy p = policy({{u"g"_s, 1, {}}});
        p.forbiddenHosts = {u"b"_s};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"g->e"_s}));
        p.allowedHosts = {u"b"_s, u"c"_s, u"d"_s};
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(plan.placements.isEmpty());
        const QString reason = reasonFor(plan, u"g"_s);
        QVERIFY2(reason.contains(u"forbidden"_s) && reason.contains(u"maintenance"_s) && reason.contains(u"not up"_s),
                 qPrintable(reason));
    }

    void storageAndNetworkMustBeReachable()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"local"_s, 2, 2, u"images"_s), guest(u"nonet"_s), guest(u"nopool"_s)};
        s.hosts[0].domains[1].interfaces[0].network = u"storage-net"_s;
        s.hosts[0].domains[2].disks[0].source = u"/mnt/random/disk.img"_s;
        const PolicyIndex index({policy({{u"local"_s, 1, {}}, {u"nonet"_s, 1, {}}, {u"nopool"_s, 1, {}}})});
        const FailoverPlan plan = planFailover(s, 1, index);
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"local"_s).contains(u"local pool"_s), qPrintable(reasonFor(plan, u"local"_s)));
        QVERIFY2(reasonFor(plan, u"nonet"_s).contains(u"storage-net"_s), qPrintable(reasonFor(plan, u"nonet"_s)));
        QVERIFY2(reasonFor(plan, u"nopool"_s).contains(u"not in a storage pool"_s),
                 qPrintable(reasonFor(plan, u"nopool"_s)));
        // The shared pool inactive on the target blocks too.
        s.hosts[1].details.pools[0].active = false;
        s.hosts[0].domains = {guest(u"shared"_s)};
        const FailoverPlan blocked = planFailover(s, 1, PolicyIndex({policy({{u"shared"_s, 1, {}}})}));
        QVERIFY2(reasonFor(blocked, u"shared"_s).contains(u"not active on b"_s),
                 qPrintable(reasonFor(blocked, u"shared"_s)));
    }

    // A dir pool an admin declares shared (NFS mounted by the OS) is shared;
    // the target must still have it active at the same path.
    void declaredSharedPoolsAreShared()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"local"_s, 2, 2, u"images"_s)};
        Policy p = policy({{u"local"_s, 1, {}}});
        QVERIFY(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_s).contains(u"shared pools"_s));
        p.sharedPools = {u"images"_s};
        QCOMPARE(placed(planFailover(s, 1, PolicyIndex({p}))), QStringList({u"local->b"_s}));
        s.hosts[1].details.pools[1].targetPath = u"/elsewhere"_s;
        QVERIFY2(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_s).contains(u"not active on b"_s),
                 qPrintable(reasonFor(planFailover(s, 1, PolicyIndex({p})), u"local"_s)));
    }

    // Readiness warns for running protected guests on hosts that declare no
    // disk lock manager, naming those hosts; silent once every one has it.
    void protectedGuestsWithoutALockManagerAreWarnedAbout()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s), host(3, u"c"_s)};
        s.hosts[0].domains = {guest(u"x"_s), guest(u"y"_s)};
        s.hosts[1].domains = {guest(u"z"_s), guest(u"unprotected"_s)};
        s.hosts[2].domains = {guest(u"stopped"_s, 2, 2, u"shared"_s, DomainState::Shutoff)};
        const PolicyIndex index({policy({{u"x"_s, 1, {}}, {u"y"_s, 1, {}}, {u"z"_s, 1, {}}, {u"stopped"_s, 1, {}}})});
        const QString warning = lockManagerWarning(s, index);
        QVERIFY2(warning.startsWith(u"3 protected guest(s) run on hosts without a disk lock manager (a, b)"_s),
                 qPrintable(warning));
        s.hosts[0].lockManager = true;
        QVERIFY2(lockManagerWarning(s, index).contains(u"(b)"_s), qPrintable(lockManagerWarning(s, index)));
        s.hosts[1].lockManager = true;
        QVERIFY(lockManagerWarning(s, index).isEmpty());
    }

    void fencingRequiredUnlessWaived()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"g"_s)};
        Policy p = policy({{u"g"_s, 1, {}}});
        p.restartWithoutFencing = false;
        FailoverPlan plan = planFailover(s, 1, PolicyIndex({p}));
        QVERIFY(reasonFor(plan, u"g"_s).contains(u"no fence action for a"_s));
        p.fencing.insert(u"a"_s, FenceAction{{u"/bin/true"_s}, 5});
        plan = planFailover(s, 1, PolicyIndex({p}));
        QCOMPARE(placed(plan), QStringList({u"g->b"_s}));
    }

    void neverPlansAGuestThatAlreadyRunsElsewhere()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"g"_s)};
        s.hosts[1].domains = {guest(u"g"_s)};   // same UUID already running on b (e.g. restarted before)
        const FailoverPlan plan = planFailover(s, 1, PolicyIndex({policy({{u"g"_s, 1, {}}})}));
        QVERIFY(plan.placements.isEmpty());
        QVERIFY2(reasonFor(plan, u"g"_s).contains(u"already runs on b"_s), qPrintable(reasonFor(plan, u"g"_s)));
    }

    void dryRunCoversEveryUpHost()
    {
        ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s), host(3, u"c"_s)};
        s.hosts[2].up = false;
        s.hosts[0].domains = {guest(u"x"_s)};
        s.hosts[1].domains = {guest(u"y"_s)};
        const QList<FailoverPlan> plans = planAllHosts(s, PolicyIndex({policy({{u"x"_s, 1, {}}, {u"y"_s, 1, {}}})}));
        QCOMPARE(plans.size(), 2);
        QCOMPARE(placed(plans[0]), QStringList({u"x->b"_s}));
        QCOMPARE(placed(plans[1]), QStringList({u"y->a"_s}));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"
