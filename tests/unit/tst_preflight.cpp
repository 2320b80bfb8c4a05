// Migration pre-flight on hand-built snapshots: every check can fail with
// its reason, and what the driver cannot answer is "could not be checked".
#include "common/testsupport.h"
#include "core/migration/preflight.h"

using namespace Vigil;
using namespace Vigil::Migration;
using R = Check::Result;

namespace {

constexpr quint64 GiB = 1024 * 1024;

Ha::ClusterSnapshot::Host host(HostId id, const QString &name, const QStringList &networks = {u"default"_qs})
{
    Ha::ClusterSnapshot::Host h;
    h.id = id;
    h.name = name;
    h.up = true;
    h.details.host.memoryKiB = 64 * GiB;
    h.details.host.cpus = 16;
    h.details.host.arch = u"x86_64"_qs;
    h.details.host.hypervisor = u"QEMU"_qs;
    StoragePoolInfo shared{{}, u"shared"_qs, u"netfs"_qs, u"/srv/shared"_qs, true, true, 0, 0, 0};
    h.details.pools = {shared};
    for (const QString &n : networks)
        h.details.networks.append(NetworkInfo{{}, n, {}, u"nat"_qs, true, true});
    return h;
}

DomainInfo guest(const QString &name, quint64 memGiB = 2)
{
    DomainInfo d;
    d.name = name;
    d.uuid = u"uuid-"_qs + name;
    d.state = DomainState::Running;
    d.memoryKiB = memGiB * GiB;
    d.vcpus = 2;
    d.arch = u"x86_64"_qs;
    d.cpuMode = u"custom"_qs;
    d.snapshotCount = 0;
    d.disks = {DiskInfo{u"vda"_qs, u"virtio"_qs, u"disk"_qs, u"/srv/shared/"_qs + name, {}}};
    d.interfaces = {InterfaceInfo{u"network"_qs, u"default"_qs, {}, {}, {}}};
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

const CpuAnswer compatible{1, u"b's CPU provides the guest's CPU"_qs};

} // namespace

class TestPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanMoveHasNoFailure()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"web"_qs)};
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web"_qs, {}, compatible);
        QVERIFY(!blocks(checks));
        for (const Check &c : checks)
            QVERIFY2(c.result == R::Pass, qPrintable(c.name + u": "_qs + c.reason));
    }

    void eachCheckCanFail()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs, {u"default"_qs, u"storage-net"_qs}), host(2, u"b"_qs, {u"default"_qs})};
        DomainInfo g = guest(u"db"_qs, 80);   // more memory than b has
        g.interfaces.append(InterfaceInfo{u"network"_qs, u"storage-net"_qs, {}, {}, {}});
        g.disks[0].source = u"/var/lib/libvirt/images/db.qcow2"_qs;
        s.hosts[0].details.pools.append(StoragePoolInfo{{}, u"images"_qs, u"dir"_qs, u"/var/lib/libvirt/images"_qs, true, true, 0, 0, 0});
        g.snapshotCount = 2;
        s.hosts[0].domains = {g};
        s.hosts[1].domains = {guest(u"db"_qs)};   // same name, other UUID
        s.hosts[1].domains[0].uuid = u"other"_qs;
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-db"_qs, {}, CpuAnswer{0, u"b's CPU lacks features"_qs});
        QVERIFY(blocks(checks));
        QCOMPARE(resultOf(checks, u"CPU"_qs), R::Fail);
        QCOMPARE(resultOf(checks, u"Networks"_qs), R::Fail);
        QVERIFY(reasonOf(checks, u"Networks"_qs).contains(u"storage-net"_qs));
        QCOMPARE(resultOf(checks, u"Storage"_qs), R::Fail);
        QVERIFY(reasonOf(checks, u"Storage"_qs).contains(u"local pool"_qs));
        QCOMPARE(resultOf(checks, u"Memory"_qs), R::Fail);
        QCOMPARE(resultOf(checks, u"Name"_qs), R::Fail);
        QCOMPARE(resultOf(checks, u"Snapshots"_qs), R::Fail);
        QVERIFY(reasonOf(checks, u"Snapshots"_qs).contains(u"2 snapshot"_qs));
    }

    void targetProblemsStopEarly()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        s.hosts[0].domains = {guest(u"web"_qs)};
        QCOMPARE(resultOf(preflight(s, 1, 1, u"uuid-web"_qs, {}, compatible), u"Target"_qs), R::Fail);
        s.hosts[1].up = false;
        const QList<Check> down = preflight(s, 1, 2, u"uuid-web"_qs, {}, compatible);
        QCOMPARE(down.size(), 1);
        QVERIFY(down.first().reason.contains(u"not reachable"_qs));
        QCOMPARE(resultOf(preflight(s, 1, 2, u"uuid-nobody"_qs, {}, compatible), u"Guest"_qs), R::Fail);
    }

    void unanswerableChecksAreNotPasses()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        DomainInfo g = guest(u"web"_qs);
        g.snapshotCount = -1;
        s.hosts[0].domains = {g};
        s.hosts[1].details.host.hypervisor = u"TEST"_qs;
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web"_qs, {},
                                              CpuAnswer{-1, u"this function is not supported by the connection driver"_qs});
        QCOMPARE(resultOf(checks, u"CPU"_qs), R::Unknown);
        QCOMPARE(resultOf(checks, u"Architecture"_qs), R::Unknown);
        QCOMPARE(resultOf(checks, u"Snapshots"_qs), R::Unknown);
        QCOMPARE(resultName(R::Unknown), u"could not be checked"_qs);
        // ...and the test driver cannot migrate at all: that one is a failure.
        QCOMPARE(resultOf(checks, u"Hypervisor"_qs), R::Fail);
        QVERIFY(blocks(checks));
        s.hosts[1].details.host.hypervisor = u"QEMU"_qs;
        QVERIFY(!blocks(preflight(s, 1, 2, u"uuid-web"_qs, {}, CpuAnswer{-1, {}})));
    }

    void passthroughAndAntiAffinityWarn()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_qs), host(2, u"b"_qs)};
        DomainInfo g = guest(u"web-1"_qs);
        g.cpuMode = u"host-passthrough"_qs;
        s.hosts[0].domains = {g};
        s.hosts[1].domains = {guest(u"web-2"_qs)};
        Ha::Policy p;
        p.name = u"web"_qs;
        p.namePattern = u"web-*"_qs;
        p.restartWithoutFencing = true;
        p.antiAffinityGroups = {{u"web-1"_qs, u"web-2"_qs}};
        const QList<Check> checks = preflight(s, 1, 2, u"uuid-web-1"_qs, {p}, compatible);
        QCOMPARE(resultOf(checks, u"CPU"_qs), R::Warning);
        QCOMPARE(resultOf(checks, u"Affinity"_qs), R::Warning);
        QVERIFY(reasonOf(checks, u"Affinity"_qs).contains(u"web-2"_qs));
        QVERIFY(!blocks(checks));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPreflight)
#include "tst_preflight.moc"
