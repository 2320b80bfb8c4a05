#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/metrics/ratecalculator.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Metrics;

namespace {

constexpr qint64 kSecond = 1000000000;

HostCounters tick(qint64 seconds, quint64 busyNs, quint64 totalNs)
{
    HostCounters c;
    c.host = 1;
    c.hostName = u"h"_s;
    c.monotonicNs = seconds * kSecond;
    c.time = QDateTime::fromSecsSinceEpoch(1700000000 + seconds, Qt::UTC);
    c.cpuBusyNs = busyNs;
    c.cpuTotalNs = totalNs;
    c.memoryTotalKiB = 1000;
    c.memoryFreeKiB = 250;
    return c;
}

GuestCounters guest(quint64 cpuNs, quint64 rx, quint64 rdReqs)
{
    GuestCounters g;
    g.uuid = u"u1"_s;
    g.name = u"g1"_s;
    g.state = DomainState::Running;
    g.vcpus = 2;
    g.cpuTimeNs = cpuNs;
    g.netRxBytes = rx;
    g.netTxBytes = 0;
    g.diskReadReqs = rdReqs;
    return g;
}

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ratesFromConsecutiveTicks()
    {
        RateCalculator rates;
        HostCounters first = tick(0, 0, 0);
        first.guests = {guest(0, 0, 0)};
        const HostSample s0 = rates.derive(first);
        // The first tick has nothing to compare with: rates are not reported, levels are.
        QVERIFY(!isReported(s0.values[Metric::Cpu]));
        QVERIFY(!isReported(s0.guests[0].values[Metric::NetRx]));
        QCOMPARE(s0.values[Metric::MemoryUsed], 750.0);

        HostCounters second = tick(5, 2 * kSecond, 10 * kSecond);
        second.guests = {guest(5 * kSecond, 5000, 50)};   // one of two vCPUs busy for 5 s
        const HostSample s1 = rates.derive(second);
        QCOMPARE(s1.values[Metric::Cpu], 20.0);
        QCOMPARE(s1.guests[0].values[Metric::Cpu], 50.0);
        QCOMPARE(s1.guests[0].values[Metric::NetRx], 1000.0);
        QCOMPARE(s1.guests[0].values[Metric::NetTx], 0.0);
        QCOMPARE(s1.guests[0].values[Metric::DiskReadIops], 10.0);
        // Block bytes were never reported: not zero, not reported.
        QVERIFY(!isReported(s1.guests[0].values[Metric::DiskRead]));
        // Host traffic is the sum over guests.
        QCOMPARE(s1.values[Metric::NetRx], 1000.0);
        QVERIFY(!isReported(s1.values[Metric::DiskWrite]));
    }

    void counterResetGivesNoRateNotASpike()
    {
        RateCalculator rates;
        HostCounters a = tick(0, 0, 0);
        a.guests = {guest(100 * kSecond, 1000000, 500)};
        rates.derive(a);
        // The guest restarted: its counters start again from small values.
        HostCounters b = tick(5, kSecond, 10 * kSecond);
        b.guests = {guest(kSecond, 100, 3)};
        const HostSample s = rates.derive(b);
        QVERIFY(!isReported(s.guests[0].values[Metric::Cpu]));
        QVERIFY(!isReported(s.guests[0].values[Metric::NetRx]));
        QVERIFY(!isReported(s.guests[0].values[Metric::DiskReadIops]));
        // And the next tick has rates again.
        HostCounters c = tick(10, 2 * kSecond, 20 * kSecond);
        c.guests = {guest(2 * kSecond, 600, 8)};
        const HostSample next = rates.derive(c);
        QCOMPARE(next.guests[0].values[Metric::NetRx], 100.0);
        QCOMPARE(next.guests[0].values[Metric::Cpu], 10.0);
    }

    void guestSeenFirstTimeHasNoRate()
    {
        RateCalculator rates;
        rates.derive(tick(0, 0, 0));
        HostCounters b = tick(5, 0, 10);
        b.guests = {guest(kSecond, 10, 1)};
        const HostSample s = rates.derive(b);
        QVERIFY(!isReported(s.guests[0].values[Metric::Cpu]));
    }

    void sampleClockNeverGoesBackwards()
    {
        SampleClock clock;
        const QDateTime t0 = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        QCOMPARE(clock.stamp(t0, 0), t0);
        // The wall clock is stepped back an hour; 5 s of steady time passed.
        const QDateTime stepped = clock.stamp(t0.addSecs(-3600), 5 * kSecond);
        QCOMPARE(stepped, t0.addSecs(5));
        QCOMPARE(clock.stamp(t0.addSecs(-3595), 10 * kSecond), t0.addSecs(10));
        // Forward steps are followed.
        QCOMPARE(clock.stamp(t0.addSecs(100), 15 * kSecond), t0.addSecs(100));
    }

    void testDriverReportsStatesAndSaysWhatItCannot()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(200);
        QSignalSpy samples(&cluster, &ClusterManager::statsSampled);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY_WITH_TIMEOUT(samples.count() >= 3, 10000);
        const HostSample s = samples.last().first().value<HostSample>();
        QCOMPARE(s.host, HostId(1));
        QCOMPARE(s.guests.size(), 3);
        // The test driver's node CPU counters never move: no load can be
        // derived from them, so none is shown. Memory size is reported.
        QVERIFY(!isReported(s.values[Metric::Cpu]));
        QVERIFY(isReported(s.values[Metric::MemoryTotal]));
        for (const GuestSample &g : s.guests) {
            // ...but only the state group per guest: no CPU, traffic or I/O.
            QVERIFY2(!isReported(g.values[Metric::Cpu]), qPrintable(g.name));
            QVERIFY(!isReported(g.values[Metric::NetRx]));
            QVERIFY(!isReported(g.values[Metric::DiskWrite]));
        }
        QVERIFY(cluster.latestSample(1).isValid());
        QVERIFY(samples.at(0).first().value<HostSample>().time
                < samples.last().first().value<HostSample>().time);
    }

    void sinkReceivesSamplesOnTheWorkerThread()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(100);
        QAtomicInt count = 0;
        QAtomicInt onMainThread = 0;
        QThread *main = QThread::currentThread();
        cluster.setSampleSink([&](const HostSample &) {
            ++count;
            if (QThread::currentThread() == main)
                ++onMainThread;
        });
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY(count.loadRelaxed() >= 2);
        cluster.shutdown();
        QCOMPARE(onMainThread.loadRelaxed(), 0);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
