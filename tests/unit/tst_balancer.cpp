#include "common/testsupport.h"
#include "core/balance/balancer.h"
#include "core/ha/policyjson.h"

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Balance;

namespace {

Ha::ClusterSnapshot::Host host(HostId id, const QString &name, int guests, int firstGuest)
{
    Ha::ClusterSnapshot::Host h;
    h.id = id;
    h.name = name;
    h.up = true;
    h.details.host.cpus = 8;
    h.details.host.memoryKiB = 64ull * 1024 * 1024;
    h.details.host.hypervisor = u"QEMU"_s;
    h.details.host.arch = u"x86_64"_s;
    h.details.networks = {NetworkInfo{{}, u"default"_s, u"virbr0"_s, u"nat"_s, true, true}};
    for (int g = 0; g < guests; ++g) {
        DomainInfo d;
        d.name = QStringLiteral("vm%1").arg(firstGuest + g);
        d.uuid = QStringLiteral("uuid-%1").arg(firstGuest + g);
        d.state = DomainState::Running;
        d.vcpus = 2;
        d.memoryKiB = 4ull * 1024 * 1024;
        d.arch = u"x86_64"_s;
        d.snapshotCount = 0;
        h.domains.append(d);
    }
    return h;
}

} // namespace

class TestBalancer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skewedClusterGetsMovesThatLowerTheImbalance()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"busy"_s, 10, 0), host(2, u"idle-a"_s, 1, 100), host(3, u"idle-b"_s, 1, 200)};
        QHash<QString, double> cpu;
        for (int g = 0; g < 10; ++g)
            cpu.insert(QStringLiteral("uuid-%1").arg(g), 80);
        const BalanceResult r = recommend(s, cpu, {});
        QVERIFY(r.cpuKnown);
        QVERIFY(r.imbalance > 0.2);
        QVERIFY(!r.recommendations.isEmpty());
        QVERIFY(r.imbalanceAfter < r.imbalance / 2);
        double previous = r.imbalance;
        QSet<QString> targets;
        for (const Recommendation &rec : r.recommendations) {
            QCOMPARE(rec.fromName, u"busy"_s);
            QVERIFY(rec.imbalanceAfter < rec.imbalanceBefore);
            QCOMPARE(rec.imbalanceBefore, previous);
            previous = rec.imbalanceAfter;
            targets.insert(rec.toName);
        }
        QCOMPARE(targets.size(), 2);   // spread over both idle hosts
        // Conservative recommends fewer (bigger) moves than aggressive.
        BalanceSettings conservative;
        conservative.aggressiveness = Aggressiveness::Conservative;
        BalanceSettings aggressive;
        aggressive.aggressiveness = Aggressiveness::Aggressive;
        QVERIFY(recommend(s, cpu, {}, conservative).recommendations.size() <= 3);
        QVERIFY(recommend(s, cpu, {}, aggressive).recommendations.size()
                >= recommend(s, cpu, {}, conservative).recommendations.size());
    }

    void balancedClusterGetsNothing()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"a"_s, 4, 0), host(2, u"b"_s, 4, 100)};
        QVERIFY(recommend(s, {}, {}).recommendations.isEmpty());
    }

    void maintenanceAntiAffinityAndMemoryOnly()
    {
        Ha::ClusterSnapshot s;
        s.hosts = {host(1, u"busy"_s, 8, 0), host(2, u"maint"_s, 0, 100), host(3, u"peer"_s, 1, 200)};
        s.hosts[1].maintenance = true;
        s.hosts[2].domains.first().name = u"peer-vm"_s;
        // vm0..vm7 must all stay apart from peer-vm: nothing may go to "peer".
        QByteArray json = R"({"vigil_policy": 1, "name": "apart", "members": {"name_pattern": "*"},
            "placement": {"anti_affinity": [["peer-vm", "vm0", "vm1", "vm2", "vm3", "vm4", "vm5", "vm6", "vm7"]]},
            "fencing": {"restart_without_fencing": true}})";
        const Ha::PolicyParse parsed = Ha::policyFromJson(json);
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u"; ")));
        const BalanceResult r = recommend(s, {}, {parsed.policy});
        QVERIFY(!r.cpuKnown);
        QVERIFY(r.note.contains(u"memory only"_s));
        QVERIFY(r.recommendations.isEmpty());   // the maintenance host is not a target, the other breaks the rule
        QCOMPARE(r.hosts.size(), 2);            // and the maintenance host is not scored
        // Without the rule, memory alone moves guests to "peer".
        const BalanceResult free = recommend(s, {}, {});
        QVERIFY(!free.recommendations.isEmpty());
        for (const Recommendation &rec : free.recommendations)
            QCOMPARE(rec.toName, u"peer"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestBalancer)
#include "tst_balancer.moc"
