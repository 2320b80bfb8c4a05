// Migration pre-flight on hand-built snapshots: every check can fail with
// its reason, and what the driver cannot answer is "could not be checked".
#include "common/testsupport.h"
#include "core/migration/migration.h"
#include "core/migration/preflight.h"

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Migration;
using R = Check::Result;

namespace {

constexpr quint64 GiB = 1024 * 1024;

Ha::ClusterSnapshot::Host host(HostId id, const QString &name, const QStringList &networks = {u"default"_s})
{
    Ha::ClusterSnapshot::Host h;
    h.id = id;
    h.name = name;
    h.up = true;
    h.details.host.memoryKiB = 64 * GiB;
    h.details.host.cpus = 16;
    h.details.host.arch = u"x86_64"_s;
    h.details.host.hypervisor = u"QEMU"_s;
    StoragePoolInfo shared{{}, u"shared"_s, u"netfs"_s, u"/srv/shared"_s, true, true, 0, 0, 0};
    h.details.pools = {shared};
    for (const QString &n : networks)
        h.details.networks.append(NetworkInfo{{}, n, {}, u"nat"_s, true, true});
    return h;
}

DomainInfo guest(const QString &name, quint64 memGiB = 2)
{
    DomainInfo d;
    d.name = name;
    d.uuid = u"uuid-"_s + name;
    d.state = DomainState::Running;
    d.memoryKiB = memGiB * GiB;
    d.vcpus = 2;
    d.arch = u"x86_64"_s;
    d.cpuMode = u"custom"_s;
    d.snapshotCount = 0;
    d.disks = {DiskInfo{u"vda"_s, u"virtio"_s, u"disk"_s, u"/srv/shared/"_s + name, {}}};
    d.interfaces = {InterfaceInfo{u"network"_s, u"default"_s, {}, {}, {}}};
    return d;
}

R resultOf(const QList<Check> &checks, const QString &name)
{
    for (const Check &c : checks)
        if (c.name == name)
            return c.result;
    return R::Unknown;
}

QString reasonOf(const QList<Check> &checks, const QString &name)
{
    for (const Check &c : checks)
        if (c.name == name)
            return c.reason;
    return {};
}

const CpuComparison compatible{CpuComparison::Verdict::Compatible, u"b's CPU provides the guest's CPU"_s};

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // `vigilctl migrate` printed "? %  0.0 MiB of 0.0 MiB left  ?/s  ETA ?"
    // until the hypervisor's first figures came.
    void progressSaysOnlyWhatWasReported()
    {
        Migration::MigrationProgress p;
        QCOMPARE(p.summary(), u"no progress reported yet"_s);
        p.dataTotal = 2LL << 30;
        p.dataProcessed = 1LL << 30;
        p.dataRemaining = 1LL << 30;
        QCOMPARE(p.summary(), u"50 %  1.0 GiB of 2.0 GiB left"_s);   // no speed yet: no ETA either
        p.bytesPerSecond = 100LL << 20;
        QCOMPARE(p.summary(), u"50 %  1.0 GiB of 2.0 GiB left  100.0 MiB/s  ETA 10 s"_s);
        QVERIFY(!p.summary().contains(u'?'));
    }

    void cleanMoveHasNoFailure()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"web"_s)};
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web"_s, {}, compatible);
        QVERIFY(!blocks(checks));
        for (const Check &c : checks)
            QVERIFY2(c.result == R::Pass, qPrintable(c.name + u": "_s + c.reason));
    }

    void eachCheckCanFail()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s, {u"default"_s, u"storage-net"_s}), host(2, u"b"_s, {u"default"_s})};
        DomainInfo g = guest(u"db"_s, 80);   // more memory than b has
        g.interfaces.append(InterfaceInfo{u"network"_s, u"storage-net"_s, {}, {}, {}});
        g.disks[0].source = u"/var/lib/libvirt/images/db.qcow2"_s;
        s.hosts[0].details.pools.append(StoragePoolInfo{{}, u"images"_s, u"dir"_s, u"/var/lib/libvirt/images"_s, true, true, 0, 0, 0});
        g.snapshotCount = 2;
        s.hosts[0].domains = {g};
        s.hosts[1].domains = {guest(u"db"_s)};   // same name, other UUID
        s.hosts[1].domains[0].uuid = u"other"_s;
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-db"_s, {},
                                              CpuComparison{CpuComparison::Verdict::Incompatible, u"b's CPU lacks features"_s});
        QVERIFY(blocks(checks));
        QCOMPARE(resultOf(checks, u"CPU"_s), R::Fail);
        QCOMPARE(resultOf(checks, u"Networks"_s), R::Fail);
        QVERIFY(reasonOf(checks, u"Networks"_s).contains(u"storage-net"_s));
        QCOMPARE(resultOf(checks, u"Storage"_s), R::Fail);
        QVERIFY(reasonOf(checks, u"Storage"_s).contains(u"local pool"_s));
        QCOMPARE(resultOf(checks, u"Memory"_s), R::Fail);
        QCOMPARE(resultOf(checks, u"Name"_s), R::Fail);
        QCOMPARE(resultOf(checks, u"Snapshots"_s), R::Fail);
        QVERIFY(reasonOf(checks, u"Snapshots"_s).contains(u"2 snapshot"_s));
    }

    void targetProblemsStopEarly()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        s.hosts[0].domains = {guest(u"web"_s)};
        QCOMPARE(resultOf(preflight(s, 1, 1, u"uuid-web"_s, {}, compatible), u"Target"_s), R::Fail);
        s.hosts[1].up = false;
        const QList<Check> down = preflight(s, 1, 2, u"uuid-web"_s, {}, compatible);
        QCOMPARE(down.size(), 1);
        QVERIFY(down.first().reason.contains(u"not reachable"_s));
        QCOMPARE(resultOf(preflight(s, 1, 2, u"uuid-nobody"_s, {}, compatible), u"Guest"_s), R::Fail);
    }

    void unanswerableChecksAreNotPasses()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        DomainInfo g = guest(u"web"_s);
        g.snapshotCount = -1;
        s.hosts[0].domains = {g};
        s.hosts[1].details.host.hypervisor = u"TEST"_s;
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web"_s, {},
                                              CpuComparison{CpuComparison::Verdict::Unknown,
                                                            u"this function is not supported by the connection driver"_s});
        QCOMPARE(resultOf(checks, u"CPU"_s), R::Unknown);
        QCOMPARE(resultOf(checks, u"Architecture"_s), R::Unknown);
        QCOMPARE(resultOf(checks, u"Snapshots"_s), R::Unknown);
        QCOMPARE(resultName(R::Unknown), u"could not be checked"_s);
        // ...and the test driver cannot migrate at all: that one is a failure.
        QCOMPARE(resultOf(checks, u"Hypervisor"_s), R::Fail);
        QVERIFY(blocks(checks));
        s.hosts[1].details.host.hypervisor = u"QEMU"_s;
        QVERIFY(!blocks(preflight(s, 1, 2, u"uuid-web"_s, {}, CpuComparison{CpuComparison::Verdict::Unknown, {}})));
    }

    void passthroughAndAntiAffinityWarn()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s), host(2, u"b"_s)};
        DomainInfo g = guest(u"web-1"_s);
        g.cpuMode = u"host-passthrough"_s;
        s.hosts[0].domains = {g};
        s.hosts[1].domains = {guest(u"web-2"_s)};
        Ha::Policy p;
        p.name = u"web"_s;
        p.namePattern = u"web-*"_s;
        p.restartWithoutFencing = true;
        p.antiAffinityGroups = {{u"web-1"_s, u"web-2"_s}};
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web-1"_s, {p}, compatible);
        QCOMPARE(resultOf(checks, u"CPU"_s), R::Warning);
        QCOMPARE(resultOf(checks, u"Affinity"_s), R::Warning);
        QVERIFY(reasonOf(checks, u"Affinity"_s).contains(u"web-2"_s));
        QVERIFY(!blocks(checks));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
