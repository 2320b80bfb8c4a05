#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/metricstore.h"
#include "models/alerttablemodel.h"
#include "models/hosthealthmodel.h"
#include "ui/alertspanel.h"
#include "ui/charts/metricchart.h"
#include "ui/charts/metricspanel.h"
#include "ui/overviewpage.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Metrics;

namespace {

// Writes `minutes` of 5-s ticks ending now for host 1 (CPU 0..99 %).
QString writeHistory(const QTemporaryDir &dir, int minutes)
{
    const QString path = dir.filePath(u"history.sqlite"_s);
    {
        const auto opened = Store::Database::open(path, u"seed"_s);
        Store::MetricStore store(opened.db);
        QList<HostSample> batch;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int i = minutes * 12; i > 0; --i) {
            HostSample s;
            s.host = 1;
            s.hostName = u"a"_s;
            s.time = now.addSecs(-i * 5);
            s.values[Metric::Cpu] = i % 100;
            batch.append(s);
        }
        bool rolledUp = false;
        QString error;
        store.write(batch, rolledUp, &error);
    }
    Store::Database::close(u"seed"_s);
    return path;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void overviewCountsStatesAndScoresHosts()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(0);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        cluster.addHost(Test::hostConfig(2, u"down"_s, u"test+tcp://127.0.0.253:1/default"_s));
        Ui::OverviewPage page(&cluster, nullptr);
        QTRY_VERIFY(cluster.allSettled());
        page.refresh();
        page.hostHealth()->flush();
        const QList<QLabel *> tiles = page.findChildren<QLabel *>();
        QString text;
        for (QLabel *tile : tiles)
            text += tile->text();
        QVERIFY2(text.contains(u"1 up"_s) && text.contains(u"1 unreachable"_s), qPrintable(text));
        // The test driver reports no load: the tile says so instead of 0 %.
        QVERIFY(text.contains(u"not reported by these hosts"_s));
        Models::HostHealthModel *health = page.hostHealth();
        QCOMPARE(health->rowCount(), 2);
        QCOMPARE(health->health(2).score, 0);
        QCOMPARE(health->health(1).score, 100);
        const int downRow = health->hostAt(0) == 2 ? 0 : 1;
        QVERIFY(health->index(downRow, Models::HostHealthModel::Reasons).data().toString().contains(u"unreachable"_s));
        cluster.removeHost(2);
        QCOMPARE(health->rowCount(), 1);
    }

    // At start the tiles have nothing to judge yet: CPU is a rate and needs
    // two ticks. They say they wait, not that the hosts never report.
    void overviewWaitsForTheFirstSamples()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(3600 * 1000);   // one tick at connect, the next in an hour
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        Ui::OverviewPage page(&cluster, nullptr);
        QTRY_VERIFY(cluster.allSettled());
        QTRY_VERIFY(cluster.latestSample(1).isValid());
        QVERIFY(cluster.latestSample(1).ratesPending);
        page.refresh();
        QString text;
        for (QLabel *tile : page.findChildren<QLabel *>())
            text += tile->text();
        QVERIFY2(text.contains(u"waiting for the first samples"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"CPUs that report load"_s) && !text.contains(u"<div>not reported by these hosts</div>"_s),
                 qPrintable(text));
    }

    void chartsLoadHistoryThenAppendLiveTicks()
    {
        QTemporaryDir dir;
        const QString path = writeHistory(dir, 30);
        Store::HistoryReader history(path);
        ClusterManager cluster;
        cluster.setStatsInterval(200);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        Ui::MetricsPanel panel(&cluster, &history);
        panel.resize(1000, 500);
        panel.show();
        QSignalSpy loaded(&panel, &Ui::MetricsPanel::loaded);
        panel.setSubject({1, {}}, u"a"_s);
        QTRY_COMPARE(loaded.count(), 1);
        Ui::MetricChart *cpu = panel.charts().at(0);
        // 30 minutes of 5-s ticks in a 1-h range come back raw (plus any
        // live tick that arrived meanwhile).
        QVERIFY2(cpu->graph(0)->dataCount() >= 360 && cpu->graph(0)->dataCount() <= 365,
                 qPrintable(QString::number(cpu->graph(0)->dataCount())));
        QVERIFY(cpu->hasData());
        // Live ticks from the test driver add memory points.
        Ui::MetricChart *memory = panel.charts().at(1);
        QTRY_VERIFY(memory->graph(1)->dataCount() >= 2);
        // A 30-day range asks again and gets hourly roll-ups (none written yet).
        panel.setRangeSeconds(30 * 86400);
        QTRY_COMPARE(loaded.count(), 2);
        QVERIFY(cpu->graph(0)->dataCount() <= 2);
        // Export writes a real PNG.
        const QString png = dir.filePath(u"charts.png"_s);
        QVERIFY(panel.exportPng(png));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 900);
    }

    void guestChartsSayNotReported()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(200);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        Ui::MetricsPanel panel(&cluster, nullptr);
        panel.show();
        panel.setSubject({1, u"00000000-0000-4000-8000-000000000001"_s}, u"web"_s);
        QTRY_VERIFY(panel.charts().at(1)->graph(1)->dataCount() >= 2);   // allocation is known
        QVERIFY(!panel.charts().at(0)->hasData());                        // CPU is not
        const QList<QCPAbstractItem *> items = panel.charts().at(0)->selectedItems() + [&] {
            QList<QCPAbstractItem *> all;
            for (int i = 0; i < panel.charts().at(0)->itemCount(); ++i)
                all.append(panel.charts().at(0)->item(i));
            return all;
        }();
        bool saysNotReported = false;
        for (QCPAbstractItem *item : items)
            if (auto *text = qobject_cast<QCPItemText *>(item))
                saysNotReported = saysNotReported || (text->visible() && text->text().contains(u"not reported"_s));
        QVERIFY(saysNotReported);
    }

    void readingHistoryNeverBlocksTheGuiThread()
    {
        QTemporaryDir dir;
        const QString path = writeHistory(dir, 60);
        // Another program holds the database locked for a second.
        const auto locker = Store::Database::open(path, u"locker"_s);
        QSqlDatabase lockDb = locker.db;
        QVERIFY(QSqlQuery(lockDb).exec(u"BEGIN EXCLUSIVE"_s));
        QSqlQuery(lockDb).exec(u"UPDATE samples_raw SET cpu = cpu"_s);
        Store::HistoryReader history(path);
        QSignalSpy ready(&history, &Store::HistoryReader::seriesReady);
        QElapsedTimer clock;
        clock.start();
        history.request({{{1, {}}, Metric::Cpu}}, QDateTime::currentDateTimeUtc().addSecs(-3600),
                        QDateTime::currentDateTimeUtc());
        QVERIFY(clock.elapsed() < 50);   // request() itself returns at once
        // The GUI loop keeps turning while the reader waits for the lock.
        qint64 worstGap = 0, last = clock.elapsed();
        QTimer tick;
        QObject::connect(&tick, &QTimer::timeout, [&]() {
            worstGap = std::max(worstGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        tick.start(5);
        QTest::qWait(800);
        QVERIFY2(worstGap < 100, qPrintable(QString::number(worstGap)));
        QSqlQuery(lockDb).exec(u"COMMIT"_s);
        QTRY_COMPARE(ready.count(), 1);
        lockDb = {};
        Store::Database::close(u"locker"_s);
    }

    void alertsPanelAcknowledges()
    {
        QTemporaryDir dir;
        Session::Options options;
        options.databasePath = dir.filePath(u"s.sqlite"_s);
        options.recordHistory = true;
        QString error;
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        Health::AlertEngine *engine = session->alertEngine();
        QVERIFY(engine);
        Models::AlertTableModel model(engine);
        Ui::AlertsPanel panel(session.get(), &model);
        panel.show();
        engine->setSystemCondition(u"history_write_failed"_s, true, u"disk full"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.openCount(Health::Severity::Critical), 1);
        panel.view()->selectRow(0);
        QPushButton *ack = nullptr;
        for (QPushButton *b : panel.findChildren<QPushButton *>())
            if (b->text().contains(u"Acknowledge"_s))
                ack = b;
        QVERIFY(ack && ack->isEnabled());
        QTest::mouseClick(ack, Qt::LeftButton);
        QVERIFY(model.index(0, Models::AlertTableModel::Status).data().toString().startsWith(u"acknowledged by"_s));
        QVERIFY(!ack->isEnabled());
        // Cleared alerts leave the list unless asked for.
        engine->setSystemCondition(u"history_write_failed"_s, false, {});
        QCOMPARE(model.rowCount(), 0);
        model.setShowCleared(true);
        QCOMPARE(model.rowCount(), 1);
    }
};

VIGIL_TEST_GUI_MAIN(TestDashboard)
#include "tst_dashboard.moc"
