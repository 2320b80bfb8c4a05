// bench_changefeed: what following the shared database costs and how fast a
// change made by another process becomes visible.
// `bench_changefeed [idleSeconds=60] [changes=200] [hosts=1000] [database]`
// (database: an empty PostgreSQL database as postgresql://user@host:port/db;
// default a SQLite file in a temporary folder):
//  - idle: a ChangeFeed at the console's interval (250 ms) on a database
//    with `hosts` hosts and nothing changing: CPU time per minute of this
//    process and wake-ups per second (each one query on SQLite; on
//    PostgreSQL a query only when notified, or the 5-s safety read);
//  - latency: a child process (this program with --writer) changes one
//    host's group `changes` times, 50 ms apart, each in its own
//    transaction, and prints the commit time; this process records when
//    the changed host list arrived: p50/p99/max in ms.
#include "core/store/changefeed.h"
#include "core/store/database.h"
#include "core/store/hostrepository.h"
#include "core/store/sqldialect.h"
#include "core/virt/eventloop.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

double cpuSeconds()
{
    rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

int runWriter(const QString &path, int changes)
{
    const auto opened = Store::Database::open(path, u"writer"_s);
    if (!opened.ok)
        return 2;
    Store::HostRepository hosts(opened.db);
    HostConfig host = *hosts.findByName(u"host-0"_s);
    for (int i = 0; i < changes; ++i) {
        host.group = QStringLiteral("w%1").arg(i);
        QString error;
        if (!hosts.update(host, &error))
            return 3;
        std::printf("%d %lld\n", i, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        QThread::msleep(50);
    }
    return 0;
}

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return double(values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))));
}

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == u"--writer")
        return runWriter(args.value(2), args.value(3).toInt());
    const int idleSeconds = args.value(1, u"60"_s).toInt();
    const int changes = args.value(2, u"200"_s).toInt();
    const int hostCount = args.value(3, u"1000"_s).toInt();

    QTemporaryDir dir;
    const QString path = args.value(4, dir.filePath(u"feed.sqlite"_s));
    {
        auto opened = Store::Database::open(path, u"seed"_s);
        Store::HostRepository hosts(opened.db);
        opened.db.transaction();
        for (int i = 0; i < hostCount; ++i) {
            HostConfig h;
            h.name = QStringLiteral("host-%1").arg(i);
            h.uri = QStringLiteral("qemu+ssh://root@10.0.%1.%2/system").arg(i / 250).arg(i % 250 + 1);
            QString error;
            hosts.add(h, &error);
        }
        opened.db.commit();
    }
    Store::Database::close(u"seed"_s);

    Store::ChangeFeed feed(path, u"bench"_s, u"bench"_s);
    feed.follow(250);
    QHash<int, qint64> arrived;   // change number → when the host list with it arrived
    QObject::connect(&feed, &Store::ChangeFeed::changed, &app, [&](const Store::ChangeSet &changeSet) {
        if (!changeSet.hosts)
            return;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const HostConfig &h : *changeSet.hosts)
            if (h.name == u"host-0" && h.group.startsWith(u'w'))
                arrived.insert(h.group.mid(1).toInt(), now);
    });
    feed.start();

    // Idle: nothing changes.
    QTimer::singleShot(1000, &app, &QCoreApplication::quit);   // let the first poll settle
    app.exec();
    const double cpuBefore = cpuSeconds();
    const qint64 pollsBefore = feed.polls();
    QTimer::singleShot(idleSeconds * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const double cpu = cpuSeconds() - cpuBefore;
    const double polls = double(feed.polls() - pollsBefore);
    const char *backend = Store::isPostgresUrl(path) ? "PostgreSQL" : "SQLite";
    std::printf("change feed idle (%s, %d hosts, 250 ms interval, %d s): %.1f ms CPU per minute, %.2f polls/s\n",
                backend, hostCount, idleSeconds, cpu * 1000.0 * 60.0 / idleSeconds, polls / idleSeconds);

    // Latency: another process writes.
    QProcess writer;
    QHash<int, qint64> committed;
    QObject::connect(&writer, &QProcess::readyReadStandardOutput, &app, [&]() {
        while (writer.canReadLine()) {
            const QList<QByteArray> parts = writer.readLine().trimmed().split(' ');
            if (parts.size() == 2)
                committed.insert(parts.at(0).toInt(), parts.at(1).toLongLong());
        }
    });
    QObject::connect(&writer, &QProcess::finished, &app, [&]() {
        QTimer::singleShot(1000, &app, &QCoreApplication::quit);   // the last change arrives
    });
    writer.start(args.first(), {u"--writer"_s, path, QString::number(changes)});
    app.exec();
    // Changes are coalesced when several land within one poll; each counts
    // as visible when the host list that contains it (or a later one) arrived.
    QList<qint64> latencies;
    QList<int> seen = arrived.keys();
    std::sort(seen.begin(), seen.end());
    for (auto it = committed.cbegin(); it != committed.cend(); ++it) {
        const auto next = std::lower_bound(seen.cbegin(), seen.cend(), it.key());
        if (next != seen.cend())
            latencies.append(arrived.value(*next) - it.value());
    }
    std::printf("change to visible in another process (%s, %lld of %d changes): p50 %.0f ms, p99 %.0f ms, "
                "max %.0f ms\n", backend, qint64(latencies.size()), changes, percentile(latencies, 0.5), percentile(latencies, 0.99),
                percentile(latencies, 1.0));
    return latencies.size() == committed.size() && !latencies.isEmpty() ? 0 : 1;
}
