// Lab: statistics from a real QEMU guest on a real libvirt daemon, through
// the collector, the rates and the history store.
#include "common/testsupport.h"
#include "labcluster.h"

#include "core/cluster/clustermanager.h"
#include "core/store/database.h"
#include "core/store/metricstore.h"
#include "core/store/metricwriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Metrics;
using Test::LabCluster;

namespace {

QList<double> guestSeries(const QList<HostSample> &samples, const QString &guest, Metric metric)
{
    QList<double> values;
    for (const HostSample &s : samples)
        for (const GuestSample &g : s.guests)
            if (g.name == guest)
                values.append(g.values[metric]);
    return values;
}

QList<double> reported(const QList<double> &values)
{
    QList<double> out;
    for (double v : values)
        if (isReported(v))
            out.append(v);
    return out;
}

} // namespace

class TestLabMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void qemuGuestStatisticsArePlausibleAndChange()
    {
        VIGIL_SKIP_WITHOUT_LAB();
        LabCluster lab;
        QString error;
        QVERIFY2(lab.start(1, &error), qPrintable(error));
        QVERIFY(lab.defineBusyGuest(1, u"lab-busy"_s));
        bool ok = false;
        lab.virsh(1, {u"start"_s, u"lab-busy"_s}, &ok);
        QVERIFY(ok);

        QTemporaryDir dir;
        const QString dbPath = dir.filePath(u"history.sqlite"_s);
        auto writer = std::make_unique<Store::MetricWriter>(dbPath, Store::MetricRetention(), 500);
        ClusterManager cluster;
        cluster.setStatsInterval(1000);
        Store::MetricWriter *sink = writer.get();
        cluster.setSampleSink([sink](const HostSample &s) { sink->enqueue(s); });
        QSignalSpy spy(&cluster, &ClusterManager::statsSampled);
        cluster.addHost(Test::hostConfig(1, u"lab1"_s, lab.qemuUri(1)));
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 4, 20000);
        // A hardware reset makes the firmware read the boot sector again.
        lab.virsh(1, {u"reset"_s, u"lab-busy"_s}, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 10, 30000);

        QList<HostSample> samples;
        for (const QList<QVariant> &args : std::as_const(spy))
            samples.append(args.first().value<HostSample>());
        const QList<double> cpu = reported(guestSeries(samples, u"lab-busy"_s, Metric::Cpu));
        QVERIFY2(cpu.size() >= 5, qPrintable(QString::number(cpu.size())));
        for (double v : cpu)
            QVERIFY(v >= 0 && v <= 100);
        // The firmware spins in its PXE loop: the vCPU is busy.
        QVERIFY2(*std::max_element(cpu.cbegin(), cpu.cend()) > 20, qPrintable(QString::number(cpu.last())));
        const QList<double> memTotal = reported(guestSeries(samples, u"lab-busy"_s, Metric::MemoryTotal));
        QVERIFY(!memTotal.isEmpty());
        QCOMPARE(memTotal.last(), 65536.0);
        const QList<double> memUsed = reported(guestSeries(samples, u"lab-busy"_s, Metric::MemoryUsed));
        QVERIFY(!memUsed.isEmpty());
        QVERIFY(memUsed.last() > 1024 && memUsed.last() < 4 * 65536.0);
        const QList<double> tx = reported(guestSeries(samples, u"lab-busy"_s, Metric::NetTx));
        QVERIFY(!tx.isEmpty());
        QVERIFY2(*std::max_element(tx.cbegin(), tx.cend()) > 0, "DHCP requests are traffic");
        QVERIFY(std::adjacent_find(tx.cbegin(), tx.cend(), std::not_equal_to<>()) != tx.cend());   // it changes
        const QList<double> reads = reported(guestSeries(samples, u"lab-busy"_s, Metric::DiskRead));
        QVERIFY(!reads.isEmpty());
        // 512 bytes read in one tick of about a second: a rate of a few hundred B/s.
        const double peakRead = *std::max_element(reads.cbegin(), reads.cend());
        QVERIFY2(peakRead > 100 && peakRead < 1e9, qPrintable(u"the boot sector was read after the reset: "_s
                                                              + QString::number(peakRead) + u" B/s"_s));
        const QList<double> iops = reported(guestSeries(samples, u"lab-busy"_s, Metric::DiskReadIops));
        QVERIFY(*std::max_element(iops.cbegin(), iops.cend()) > 0);
        // The host's own figures come from the real node.
        const HostSample last = samples.last();
        QVERIFY(isReported(last.values[Metric::Cpu]));
        QVERIFY(last.values[Metric::Cpu] >= 0 && last.values[Metric::Cpu] <= 100);
        QVERIFY(last.values[Metric::MemoryTotal] > 0);
        QVERIFY(last.values[Metric::MemoryUsed] > 0 && last.values[Metric::MemoryUsed] < last.values[Metric::MemoryTotal]);
        Test::report("guest CPU while its firmware spins", cpu.last(), "%");
        Test::report("guest network sent (DHCP)", *std::max_element(tx.cbegin(), tx.cend()), "B/s");

        // The host dies mid-collection: no more samples, and never zeros.
        const qsizetype before = spy.count();
        QVERIFY(lab.kill(1));
        QTRY_COMPARE_WITH_TIMEOUT(cluster.status(1).state, HostState::Unreachable, 10000);
        QTest::qWait(3000);
        QVERIFY2(spy.count() <= before + 1, qPrintable(QString::number(spy.count() - before)));
        cluster.shutdown();

        // What was collected is in the history, with the same values.
        writer.reset();
        const auto opened = Store::Database::open(dbPath, u"check"_s);
        QVERIFY(opened.ok);
        {
            Store::MetricStore store(opened.db);
            QString uuid;
            for (const GuestSample &g : last.guests)
                if (g.name == u"lab-busy")
                    uuid = g.uuid;
            const Store::SeriesData stored = store.query({1, uuid}, Metric::Cpu, samples.first().time.addSecs(-1),
                                                         last.time.addSecs(1), Store::Resolution::Raw);
            QVERIFY2(stored.time.size() >= 8, qPrintable(QString::number(stored.time.size())));
            QVERIFY(std::abs(stored.avg.last() - cpu.last()) < 0.01);
            QVERIFY(!store.query({1, uuid}, Metric::Cpu, samples.first().time.addSecs(-3600), last.time.addSecs(60),
                                 Store::Resolution::Minute).isEmpty());
        }
        Store::Database::close(u"check"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestLabMetrics)
#include "tst_lab_metrics.moc"
