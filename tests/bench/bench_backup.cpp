// bench_backup: the costs of backups that do not need a running guest.
// `bench_backup [verifyMiB=1024] [jobs=1000]`:
//  - verify: an artifact with a qcow2 disk holding `verifyMiB` of random
//    data, re-read and checked (SHA-256 of every file, qemu-img check);
//  - the scheduler: `jobs` jobs in the database, one schedule check (what
//    the console and the agent do every 30 s) when none is due, and the
//    pure due-computation per job.
// Full-backup throughput against qemu-img convert and incremental size
// against changed data need real QEMU: the lab test lab_backup_figures
// prints them.
#include "core/backup/artifactfiles.h"
#include "core/backup/backupmanager.h"
#include "core/backup/manifest.h"
#include "core/backup/qemuimg.h"
#include "core/backup/schedule.h"
#include "core/cluster/clustermanager.h"
#include "core/store/database.h"
#include "core/virt/eventloop.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Backup;

namespace {

QString makeArtifact(const QString &root, int mib)
{
    const QString dir = QDir(root).filePath(u"guest/artifact"_s);
    QDir().mkpath(dir);
    const QString raw = QDir(root).filePath(u"data.raw"_s);
    QFile file(raw);
    file.open(QIODevice::WriteOnly);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < mib; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        file.write(block);
    }
    file.close();
    if (!runQemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s, raw, dir + u"/vda.qcow2"_s}).ok)
        return {};
    QFile::remove(raw);
    QFile xml(dir + u"/domain.xml"_s);
    xml.open(QIODevice::WriteOnly);
    xml.write("<domain/>");
    xml.close();
    Manifest m;
    m.guestName = u"guest"_s;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.disks = {{u"vda"_s, u"/dev/null"_s, u"vda.qcow2"_s, u"qcow2"_s, qint64(mib) << 20}};
    QString error;
    describeFiles(dir, {u"domain.xml"_s, u"vda.qcow2"_s}, &m.files, &error);
    QFile out(dir + u"/manifest.json"_s);
    out.open(QIODevice::WriteOnly);
    out.write(manifestToJson(m));
    return dir;
}

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int mib = args.size() > 1 ? args.at(1).toInt() : 1024;
    const int jobs = args.size() > 2 ? args.at(2).toInt() : 1000;
    QTemporaryDir dir(QDir::currentPath() + u"/bench-backup-XXXXXX"_s);

    const QString artifact = makeArtifact(dir.path(), mib);
    if (artifact.isEmpty()) {
        std::fprintf(stderr, "cannot build the test artifact (qemu-img missing?)\n");
        return 1;
    }
    // Twice: the first read may come from the disk, the second from the page cache.
    for (const char *pass : {"first", "second"}) {
        QElapsedTimer clock;
        clock.start();
        const FileCheck check = verifyArtifact(artifact, QByteArray());
        const double seconds = clock.nsecsElapsed() / 1e9;
        std::printf("verify %d MiB (%s pass): %.2f s, %.0f MiB/s, %s\n", mib, pass, seconds,
                    double(check.bytes) / 1048576.0 / seconds, check.ok ? "ok" : qPrintable(check.message));
        if (!check.ok)
            return 1;
    }

    ClusterManager cluster;
    {
        auto opened = Store::Database::open(dir.filePath(u"bench.sqlite"_s), u"bench"_s);
        BackupManager manager(&cluster, opened.db);
        QSqlDatabase db = opened.db;
        db.transaction();
        for (int i = 0; i < jobs; ++i) {
            BackupJob job;
            job.name = u"job-%1"_s.arg(i);
            job.selection.patterns = {u"vm-%1-*"_s.arg(i)};
            job.schedule.kind = i % 3 == 0 ? Schedule::Kind::EveryHours : i % 3 == 1 ? Schedule::Kind::Daily
                                                                                   : Schedule::Kind::Weekly;
            job.schedule.everyHours = 1 + i % 12;
            job.schedule.weekdays = {1 + i % 7};
            job.targetDirectory = u"/srv/backup"_s;
            QString error;
            manager.store()->saveJob(job, &error);
        }
        db.commit();
        // No job is due one second after creation. The first check parses
        // every document; later ones only read the rows.
        QElapsedTimer clock;
        clock.start();
        manager.checkSchedules(QDateTime::currentDateTime().addSecs(1));
        std::printf("first schedule check, %d jobs (parses every job): %.2f ms\n", jobs, clock.nsecsElapsed() / 1e6);
        clock.restart();
        const int rounds = 10;
        for (int r = 0; r < rounds; ++r)
            manager.checkSchedules(QDateTime::currentDateTime().addSecs(1));
        std::printf("schedule check, %d jobs, none due: %.2f ms per check (every 30 s: %.4f %% of one core)\n", jobs,
                    clock.nsecsElapsed() / 1e6 / rounds, clock.nsecsElapsed() / 1e6 / rounds / 30000.0 * 100.0);
        const QList<BackupJob> all = manager.store()->jobs();
        const QDateTime now = QDateTime::currentDateTime();
        clock.restart();
        int due = 0;
        for (int r = 0; r < 100; ++r)
            for (const BackupJob &job : all)
                due += isDue(job.schedule, now.addDays(-1), now) ? 1 : 0;
        std::printf("due computation: %.2f µs per job (%d of %d due after a missed day)\n",
                    clock.nsecsElapsed() / 1e3 / (100.0 * all.size()), due / 100, int(all.size()));
    }
    Store::Database::close(u"bench"_s);
    return 0;
}
