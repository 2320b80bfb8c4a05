// bench_metrics: statistics history ingest, size and queries.
//   bench_metrics [hosts=1000] [guests=50] [ticks=6] [dayGuests=50]
// 1. Ingest: `ticks` ticks of hosts × guests written as the writer does
//    (one transaction per tick); samples/s counts metric values.
// 2. Size: 24 h of 5-s ticks for one host with `dayGuests` guests, pruned
//    and rolled up as in production; bytes per guest per day.
// 3. Queries: a 24 h and a 30 d series of one guest (with 30 days of
//    roll-ups in place), median of 21 runs.
#include "core/store/database.h"
#include "core/store/metricstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Vigil;
using namespace Vigil::Metrics;
using namespace Vigil::Store;

namespace {

HostSample makeSample(int host, int guests, const QDateTime &time, int tick)
{
    HostSample s;
    s.host = host + 1;
    s.hostName = QStringLiteral("host-%1").arg(host);
    s.time = time;
    s.values[Metric::Cpu] = (host * 7 + tick) % 100;
    s.values[Metric::MemoryTotal] = 512.0 * 1024 * 1024;
    s.values[Metric::MemoryUsed] = 300.0 * 1024 * 1024 + tick;
    s.guests.reserve(guests);
    for (int g = 0; g < guests; ++g) {
        GuestSample gs;
        gs.uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(host * 1000 + g, 12, 10, QLatin1Char('0'));
        gs.name = QStringLiteral("h%1-vm%2").arg(host).arg(g);
        gs.state = DomainState::Running;
        const double phase = (g * 13 + tick) % 97;
        gs.values[Metric::Cpu] = phase;
        gs.values[Metric::MemoryTotal] = 4096.0 * 1024;
        gs.values[Metric::MemoryUsed] = 2048.0 * 1024 + phase * 1024;
        gs.values[Metric::NetRx] = phase * 1500;
        gs.values[Metric::NetTx] = phase * 900;
        gs.values[Metric::DiskRead] = phase * 4096;
        gs.values[Metric::DiskWrite] = phase * 8192;
        gs.values[Metric::DiskReadIops] = phase;
        gs.values[Metric::DiskWriteIops] = phase * 2;
        s.guests.append(gs);
    }
    return s;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

qint64 tableBytes(QSqlDatabase db, const char *table)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name = '%1'").arg(QLatin1String(table)))
        && q.next())
        return q.value(0).toLongLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;
    const int ticks = args.size() > 3 ? args.at(3).toInt() : 6;
    const int dayGuests = args.size() > 4 ? args.at(4).toInt() : 50;
    QTemporaryDir dir;
    QString error;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // 1. Ingest.
    {
        const auto opened = Database::open(dir.filePath(QStringLiteral("ingest.sqlite")), QStringLiteral("ingest"));
        if (!opened.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error));
            return 1;
        }
        MetricStore store(opened.db);
        double seconds = 0;
        qint64 rows = 0;
        for (int t = 0; t < ticks; ++t) {
            QList<HostSample> batch;
            batch.reserve(hosts);
            const QDateTime time = now.addSecs(-ticks * 5 + t * 5);
            for (int h = 0; h < hosts; ++h)
                batch.append(makeSample(h, guests, time, t));
            QElapsedTimer timer;
            timer.start();
            bool rolledUp = false;
            if (!store.write(batch, rolledUp, &error)) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
                return 1;
            }
            seconds += timer.nsecsElapsed() / 1e9;
            rows += qint64(hosts) * (guests + 1);
        }
        std::printf("ingest: %d ticks x %d hosts x %d guests: %lld rows in %.2f s = %.0f rows/s, "
                    "%.0f samples/s (%d metrics per row), %.0f ms per tick\n",
                    ticks, hosts, guests, rows, seconds, rows / seconds, rows * kMetricCount / seconds,
                    kMetricCount, seconds / ticks * 1000);
    }
    Database::close(QStringLiteral("ingest"));

    // 2. One simulated day of one host.
    const QString dayPath = dir.filePath(QStringLiteral("day.sqlite"));
    {
    QSqlDatabase db;
    {
        const auto opened = Database::open(dayPath, QStringLiteral("day"));
        if (!opened.ok)
            return 1;
        db = opened.db;
    }
    {
        MetricStore store(db);
        const int dayTicks = 24 * 3600 / 5;
        const QDateTime start = now.addSecs(-24 * 3600);
        QElapsedTimer timer;
        timer.start();
        for (int t = 0; t < dayTicks; t += 12) {   // one transaction per simulated minute
            QList<HostSample> batch;
            for (int i = t; i < std::min(dayTicks, t + 12); ++i)
                batch.append(makeSample(0, dayGuests, start.addSecs(i * 5), i));
            bool rolledUp = false;
            if (!store.write(batch, rolledUp, &error)) {
                std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
                return 1;
            }
        }
        store.flushRollups(&error);
        store.prune(now, &error);
        const double perDay = double(dayGuests + 1);
        const qint64 raw = tableBytes(db, "samples_raw");
        const qint64 minute = tableBytes(db, "samples_1m");
        const qint64 hour = tableBytes(db, "samples_1h");
        std::printf("24 h of 5-s ticks, 1 host x %d guests written in %.1f s: raw %.2f MiB, 1m %.2f MiB, "
                    "1h %.3f MiB, file %.2f MiB\n", dayGuests, timer.elapsed() / 1000.0, raw / 1048576.0,
                    minute / 1048576.0, hour / 1048576.0, QFileInfo(dayPath).size() / 1048576.0);
        const double rawPerSeriesDay = raw / perDay;
        const double minutePerSeriesDay = minute / perDay;
        const double hourPerSeriesDay = hour / perDay;
        std::printf("bytes per guest per day: raw %.0f, 1m %.0f, 1h %.0f\n", rawPerSeriesDay,
                    minutePerSeriesDay, hourPerSeriesDay);
        // Steady state with the default retention: 1 day raw, 30 days of
        // 1-minute, 365 days of 1-hour roll-ups.
        const double steadyPerGuest = rawPerSeriesDay + 30 * minutePerSeriesDay + 365 * hourPerSeriesDay;
        std::printf("steady-state history per guest (24 h raw + 30 d 1m + 365 d 1h): %.1f MiB; "
                    "for %d x %d guests: %.1f GiB\n", steadyPerGuest / 1048576.0, hosts, guests,
                    steadyPerGuest * hosts * (guests + 1) / 1073741824.0);
    }

    // 3. Queries, with 30 days of roll-ups for the first guest.
    {
        QSqlQuery series(db);
        series.exec(QStringLiteral("SELECT id FROM metric_series WHERE guest_uuid != '' ORDER BY id LIMIT 1"));
        series.next();
        const qint64 id = series.value(0).toLongLong();
        db.transaction();
        QSqlQuery fill(db);
        fill.prepare(QStringLiteral("INSERT OR IGNORE INTO samples_1m (series, t, n, cpu, cpu_max) VALUES (?, ?, 12, ?, ?)"));
        const qint64 nowSecs = now.toSecsSinceEpoch();
        for (qint64 t = nowSecs - 30 * 86400; t < nowSecs - 86400; t += 60) {
            fill.addBindValue(id); fill.addBindValue(t - t % 60); fill.addBindValue(t % 10000); fill.addBindValue(t % 10000);
            fill.exec();
        }
        fill.prepare(QStringLiteral("INSERT OR IGNORE INTO samples_1h (series, t, n, cpu, cpu_max) VALUES (?, ?, 720, ?, ?)"));
        for (qint64 t = nowSecs - 30 * 86400; t < nowSecs; t += 3600) {
            fill.addBindValue(id); fill.addBindValue(t - t % 3600); fill.addBindValue(t % 10000); fill.addBindValue(t % 10000);
            fill.exec();
        }
        db.commit();
        MetricStore store(db);
        const QString uuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(0, 12, 10, QLatin1Char('0'));
        const auto measure = [&](qint64 spanSeconds) {
            QList<double> times;
            qsizetype points = 0;
            Resolution resolution = Resolution::Raw;
            for (int i = 0; i < 21; ++i) {
                QElapsedTimer timer;
                timer.start();
                const SeriesData data = store.query({1, uuid}, Metric::Cpu, now.addSecs(-spanSeconds), now, now);
                times.append(timer.nsecsElapsed() / 1e6);
                points = data.time.size();
                resolution = data.resolution;
            }
            std::printf("query %s: %lld points (%s), median %.2f ms\n",
                        spanSeconds > 86400 ? "30 d" : "24 h", qlonglong(points),
                        qPrintable(resolutionName(resolution)), median(times));
        };
        measure(86400);
        measure(30 * 86400);
        QList<double> rawTimes;
        qsizetype rawPoints = 0;
        for (int i = 0; i < 21; ++i) {
            QElapsedTimer timer;
            timer.start();
            rawPoints = store.query({1, uuid}, Metric::Cpu, now.addSecs(-86400), now, Resolution::Raw).time.size();
            rawTimes.append(timer.nsecsElapsed() / 1e6);
        }
        std::printf("query 24 h at raw resolution: %lld points, median %.2f ms\n", qlonglong(rawPoints),
                    median(rawTimes));
    }
    }
    Database::close(QStringLiteral("day"));
    return 0;
}
