#include "common/testsupport.h"
#include "core/store/database.h"
#include "core/store/historyreader.h"
#include "core/store/metricstore.h"
#include "core/store/metricwriter.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Metrics;
using namespace Vigil::Store;

namespace {

// Hour-aligned and recent, so that the writer's pruning keeps it.
const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const QDateTime kStart = QDateTime::fromSecsSinceEpoch(kNow - kNow % 3600 - 3 * 3600, Qt::UTC);

bool writeNew(MetricStore &store, const QList<HostSample> &batch, QString *error)
{
    bool rolledUp = false;
    return store.write(batch, rolledUp, error);
}

HostSample sampleAt(qint64 offsetSeconds, double hostCpu, double guestCpu)
{
    HostSample s;
    s.host = 7;
    s.hostName = u"h7"_s;
    s.time = kStart.addSecs(offsetSeconds);
    s.values[Metric::Cpu] = hostCpu;
    s.values[Metric::MemoryTotal] = 1024;
    GuestSample g;
    g.uuid = u"guest-1"_s;
    g.name = u"g1"_s;
    g.values[Metric::Cpu] = guestCpu;
    s.guests.append(g);
    return s;
}

int rowCount(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM "_s + table);
    q.next();
    return q.value(0).toInt();
}

} // namespace

class TestMetricStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const auto opened = Database::open(m_dir.filePath(u"m.sqlite"_s), u"metrics-test"_s);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_db = opened.db;
        QSqlQuery(m_db).exec(u"DELETE FROM samples_raw"_s);
        QSqlQuery(m_db).exec(u"DELETE FROM samples_1m"_s);
        QSqlQuery(m_db).exec(u"DELETE FROM samples_1h"_s);
    }
    void cleanup()
    {
        m_db = {};
        Database::close(u"metrics-test"_s);
    }

    void rawSamplesRoundTripWithNotReportedKept()
    {
        MetricStore store(m_db);
        QString error;
        QVERIFY2(writeNew(store, {sampleAt(0, 12.34, 50), sampleAt(5, 20, 60)}, &error), qPrintable(error));
        const SeriesData cpu = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(10), Resolution::Raw);
        QCOMPARE(cpu.time.size(), 2);
        QCOMPARE(cpu.avg[0], 12.34);
        QCOMPARE(cpu.time[1], double(kStart.addSecs(5).toSecsSinceEpoch()));
        // Never reported stays "not reported", not zero.
        const SeriesData rx = store.query({7, {}}, Metric::NetRx, kStart, kStart.addSecs(10), Resolution::Raw);
        QCOMPARE(rx.avg.size(), 2);
        QVERIFY(std::isnan(rx.avg[0]));
        const SeriesData guest = store.query({7, u"guest-1"_s}, Metric::Cpu, kStart, kStart.addSecs(10), Resolution::Raw);
        QCOMPARE(guest.avg, QVector<double>({50, 60}));
        // The same second written again (a reconnect) is ignored, not duplicated.
        QVERIFY(writeNew(store, {sampleAt(5, 99, 99)}, &error));
        QCOMPARE(store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(10), Resolution::Raw).avg[1], 20.0);
    }

    void rollupsAverageAndMaxPerBucket()
    {
        MetricStore store(m_db);
        QString error;
        QList<HostSample> batch;
        for (int i = 0; i < 12; ++i)   // one minute of 5-s ticks: cpu 0, 10, ..., 110 -> avg 55, max 110
            batch.append(sampleAt(i * 5, i * 10, 1));
        batch.append(sampleAt(60, 500, 1));   // opens the next minute: the first one closes
        QVERIFY(writeNew(store, batch, &error));
        SeriesData minute = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(3600), Resolution::Minute);
        QCOMPARE(minute.time.size(), 1);
        QCOMPARE(minute.avg[0], 55.0);
        QCOMPARE(minute.max[0], 110.0);
        // At exit the open buckets are written; a later part of the same
        // bucket merges with the count-weighted average.
        QVERIFY(store.flushRollups(&error));
        MetricStore restarted(m_db);
        QVERIFY(writeNew(restarted, {sampleAt(65, 100, 1), sampleAt(125, 0, 1)}, &error));
        minute = restarted.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(3600), Resolution::Minute);
        QCOMPARE(minute.time.size(), 2);
        QCOMPARE(minute.avg[1], 300.0);
        QCOMPARE(minute.max[1], 500.0);
        QVERIFY(restarted.flushRollups(&error));
        const SeriesData hour = restarted.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(7200), Resolution::Hour);
        QCOMPARE(hour.time.size(), 1);
        QCOMPARE(hour.max[0], 500.0);
        QCOMPARE(hour.avg[0], (660.0 + 500 + 100 + 0) / 15);
    }

    void resolutionFollowsSpanAndRetention()
    {
        MetricStore store(m_db);
        const QDateTime now = kStart;
        QCOMPARE(store.resolutionFor(now.addSecs(-900), now, now), Resolution::Raw);
        QCOMPARE(store.resolutionFor(now.addSecs(-3600), now, now), Resolution::Raw);
        QCOMPARE(store.resolutionFor(now.addSecs(-86400), now, now), Resolution::Minute);
        QCOMPARE(store.resolutionFor(now.addDays(-7), now, now), Resolution::Minute);
        QCOMPARE(store.resolutionFor(now.addDays(-30), now, now), Resolution::Hour);
        // An hour that is older than the raw retention comes from the roll-ups.
        QCOMPARE(store.resolutionFor(now.addDays(-3), now.addDays(-3).addSecs(3600), now), Resolution::Minute);
    }

    void pruneKeepsEachResolutionForItsRetention()
    {
        MetricRetention retention;
        retention.rawSeconds = 600;
        retention.minuteSeconds = 7200;
        MetricStore store(m_db, retention);
        QString error;
        QList<HostSample> batch;
        for (int i = 0; i < 3 * 3600; i += 60)
            batch.append(sampleAt(i, 1, 1));
        QVERIFY(writeNew(store, batch, &error));
        QVERIFY(store.flushRollups(&error));
        QVERIFY(store.prune(kStart.addSecs(3 * 3600), &error));
        const SeriesData raw = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(4 * 3600), Resolution::Raw);
        QCOMPARE(raw.time.size(), 10);
        QVERIFY(raw.time.first() >= kStart.addSecs(3 * 3600 - 600).toSecsSinceEpoch());
        const SeriesData minute = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(4 * 3600), Resolution::Minute);
        QCOMPARE(minute.time.size(), 120);
        const SeriesData hour = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(4 * 3600), Resolution::Hour);
        QCOMPARE(hour.time.size(), 3);
    }

    void fullDiskFailsCleanlyAndTheRetryCountsOnce()
    {
        MetricStore store(m_db);
        QString error;
        QVERIFY(writeNew(store, {sampleAt(0, 10, 1)}, &error));
        // Make the database "full": it cannot grow by another page.
        QSqlQuery pages(m_db);
        QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
        const int used = pages.value(0).toInt();
        QSqlQuery(m_db).exec(u"PRAGMA max_page_count = %1"_s.arg(used));
        QList<HostSample> big;
        for (int i = 1; i < 400; ++i) {
            HostSample s = sampleAt(i * 5, 10, 1);
            for (int g = 0; g < 20; ++g) {
                GuestSample extra;
                extra.uuid = u"extra-%1"_s.arg(g);
                extra.name = extra.uuid;
                extra.values[Metric::Cpu] = g;
                s.guests.append(extra);
            }
            big.append(s);
        }
        bool rolledUp = false;
        QVERIFY(!store.write(big, rolledUp, &error));
        QVERIFY2(error.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(error));
        // What was stored before is still there, nothing of the batch is.
        QCOMPARE(rowCount(m_db, u"samples_raw"_s), 2);
        // Space comes back: the same batch goes in, counted once in the roll-ups.
        QSqlQuery(m_db).exec(u"PRAGMA max_page_count = 1073741823"_s);
        QVERIFY2(store.write(big, rolledUp, &error), qPrintable(error));
        QVERIFY(store.flushRollups(&error));
        QCOMPARE(rowCount(m_db, u"samples_raw"_s), 2 + 399 * 22);
        const SeriesData hour = store.query({7, {}}, Metric::Cpu, kStart, kStart.addSecs(7200), Resolution::Hour);
        QCOMPARE(hour.time.size(), 1);
        QSqlQuery n(m_db);
        QVERIFY(n.exec(u"SELECT n FROM samples_1h h JOIN metric_series s ON s.id = h.series "
                       "WHERE s.host_id = 7 AND s.guest_uuid = ''"_s) && n.next());
        QCOMPARE(n.value(0).toInt(), 400);
    }

    void writerQueuesThroughAnOutageAndResumes()
    {
        // The database's folder cannot be created (a file is in the way):
        // writes fail, samples stay queued, then the way is cleared.
        const QString blocker = m_dir.filePath(u"blocked"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        {
            MetricWriter writer(blocker + u"/history.sqlite"_s, {}, 50);
            QSignalSpy failed(&writer, &MetricWriter::writeFailed);
            QSignalSpy recovered(&writer, &MetricWriter::writeRecovered);
            writer.enqueue(sampleAt(0, 1, 1));
            QTRY_COMPARE(failed.count(), 1);
            writer.enqueue(sampleAt(5, 2, 2));
            QTest::qWait(200);
            QCOMPARE(failed.count(), 1);   // one message per outage
            QVERIFY(QFile::remove(blocker));
            QTRY_COMPARE(recovered.count(), 1);
            QCOMPARE(recovered.first().first().value<qsizetype>(), qsizetype(4));
        }
        const auto opened = Database::open(blocker + u"/history.sqlite"_s, u"check"_s);
        QVERIFY(opened.ok);
        QCOMPARE(rowCount(opened.db, u"samples_raw"_s), 4);
        // The writer wrote its open roll-ups at exit.
        QCOMPARE(rowCount(opened.db, u"samples_1m"_s), 2);
        Database::close(u"check"_s);
    }

    void pausedWriterWritesNothing()
    {
        const QString path = m_dir.filePath(u"paused.sqlite"_s);
        {
            MetricWriter writer(path, {}, 50);
            writer.setPaused(true);
            QVERIFY(writer.isPaused());
            writer.enqueue(sampleAt(0, 1, 1));
            writer.flush();
            writer.setPaused(false);
            writer.enqueue(sampleAt(5, 2, 2));
            writer.flush();
        }
        const auto opened = Database::open(path, u"paused"_s);
        QVERIFY(opened.ok);
        QCOMPARE(rowCount(opened.db, u"samples_raw"_s), 2);   // the second tick only: host + guest
        Database::close(u"paused"_s);
    }

    void readerAnswersOffTheCallingThread()
    {
        MetricStore store(m_db);
        QString error;
        QVERIFY(writeNew(store, {sampleAt(0, 5, 1), sampleAt(5, 6, 2)}, &error));
        HistoryReader reader(m_db.databaseName());
        QSignalSpy ready(&reader, &HistoryReader::seriesReady);
        const quint64 id = reader.request({{{7, {}}, Metric::Cpu}, {{7, u"guest-1"_s}, Metric::Cpu}},
                                          kStart, kStart.addSecs(60));
        QTRY_COMPARE(ready.count(), 1);
        QCOMPARE(ready.first().at(0).value<quint64>(), id);
        const auto series = ready.first().at(1).value<QList<SeriesData>>();
        QCOMPARE(series.size(), 2);
        QCOMPARE(series[0].avg, QVector<double>({5, 6}));
        QCOMPARE(series[1].avg, QVector<double>({1, 2}));
    }

private:
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

VIGIL_TEST_GUILESS_MAIN(TestMetricStore)
#include "tst_metricstore.moc"
