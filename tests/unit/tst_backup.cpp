// Backup jobs, schedules, manifests, verification and the restore rewrite
// of a definition — everything of core/backup that needs no libvirt host.
#include "common/testsupport.h"

#include "core/backup/artifactfiles.h"
#include "core/backup/backupjob.h"
#include "core/backup/sshmirror.h"
#include "core/backup/backupmanager.h"
#include "core/backup/backupstatus.h"
#include "core/cluster/clustermanager.h"
#include "core/backup/domainrewrite.h"
#include "core/backup/manifest.h"
#include "core/backup/qemuimg.h"
#include "core/backup/restorecheck.h"
#include "core/backup/schedule.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"

#include <QDir>
#include <QSignalSpy>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Backup;

class TestBackup : public QObject
{
    Q_OBJECT

    // A finished artifact: a small qcow2 with data, a definition, a manifest.
    static QString makeArtifact(const QString &root, const QString &name = u"20260101T010000-r1"_s)
    {
        const QString dir = QDir(root).filePath(u"web-1/"_s + name);
        QDir().mkpath(dir);
        const QString disk = QDir(dir).filePath(u"vda.qcow2"_s);
        if (!runQemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"4M"_s}).ok)
            return {};
        QFile xml(QDir(dir).filePath(u"domain.xml"_s));
        xml.open(QIODevice::WriteOnly);
        xml.write("<domain type='qemu'><name>web-1</name></domain>");
        xml.close();
        Manifest m;
        m.guestName = u"web-1"_s;
        m.guestUuid = u"11111111-2222-3333-4444-555555555555"_s;
        m.createdAt = QDateTime(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC);
        m.disks = {{u"vda"_s, u"/var/lib/libvirt/images/web-1.qcow2"_s, u"vda.qcow2"_s, u"qcow2"_s, 4 << 20}};
        QString error;
        if (!describeFiles(dir, {u"domain.xml"_s, u"vda.qcow2"_s}, &m.files, &error))
            return {};
        QFile out(QDir(dir).filePath(QLatin1String(kManifestFileName)));
        out.open(QIODevice::WriteOnly);
        out.write(manifestToJson(m));
        return dir;
    }

private Q_SLOTS:
    void jobRoundTripsThroughJson()
    {
        BackupJob job = Test::backupJob();
        job.schedule.kind = Schedule::Kind::Weekly;
        job.schedule.weekdays = {1, 3, 5};
        job.schedule.at = QTime(23, 30);
        job.mirror = u"/mnt/offsite"_s;
        job.retention = {5, 10, 3, 12};
        job.mode = BackupMode::Full;
        job.concurrency = 3;
        job.rpoHours = 26;
        const JobParse parsed = jobFromJson(jobToJson(job));
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.job, job);
        // A pool as the target instead of a directory.
        job.targetDirectory.clear();
        job.targetPoolHost = u"host-1"_s;
        job.targetPool = u"backups"_s;
        const JobParse pooled = jobFromJson(jobToJson(job));
        QVERIFY2(pooled.ok, qPrintable(pooled.errors.join(u'\n')));
        QCOMPARE(pooled.job, job);
        QCOMPARE(targetText(job), u"pool backups on host-1"_s);
        job.targetDirectory = u"/srv/backup"_s;
        QVERIFY(validateJob(job).join(u' ').contains(u"choose one"_s));
        job.targetDirectory.clear();
        job.targetPoolHost.clear();
        QVERIFY(validateJob(job).join(u' ').contains(u"host and its name"_s));
    }

    void invalidJobsAreExplained()
    {
        BackupJob job = Test::backupJob();
        job.selection = {};
        job.targetDirectory = u"relative/dir"_s;
        job.mirror = u"relative/dir"_s;
        job.schedule.kind = Schedule::Kind::Weekly;
        job.concurrency = 0;
        const QStringList problems = validateJob(job);
        QCOMPARE(problems.size(), 5);
        QVERIFY(problems.join(u' ').contains(u"absolute"_s));
        QVERIFY(!jobFromJson("{\"format\":\"vigil-backup-job/9\"}").ok);
        QVERIFY(!jobFromJson("not json").ok);
    }

    // A mirror on another server: an ssh:// address with a pinned host key;
    // what is missing or malformed is said, and a good one round-trips.
    void sshMirrorNeedsAnAddressAndAPinnedKey()
    {
        BackupJob job = Test::backupJob();
        job.mirror = u"ssh://backup@vault.example:2222/srv/vigil"_s;
        QVERIFY2(validateJob(job).join(u' ').contains(u"ssh-keyscan -p 2222 vault.example"_s),
                 qPrintable(validateJob(job).join(u' ')));
        job.mirrorHostKey = u"ssh-ed25519 not-base64!"_s;
        QVERIFY(validateJob(job).join(u' ').contains(u"not an OpenSSH public key"_s));
        job.mirrorHostKey = u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl"_s;
        job.mirrorIdentity = u"/root/.ssh/vault"_s;
        job.mirrorKeepLast = 30;
        QVERIFY2(validateJob(job).isEmpty(), qPrintable(validateJob(job).join(u' ')));
        const JobParse parsed = jobFromJson(jobToJson(job));
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.job, job);
        QString error;
        const std::optional<SshMirror> server = sshMirrorOf(job, &error);
        QVERIFY2(server, qPrintable(error));
        QCOMPARE(server->user, u"backup"_s);
        QCOMPARE(server->port, 2222);
        QCOMPARE(server->directory, u"/srv/vigil"_s);
        QCOMPARE(server->url(u"web-1/20260101T010000-r1"_s), u"ssh://backup@vault.example:2222/srv/vigil/web-1/20260101T010000-r1"_s);
        // Deleting is confined to the mirror's directory.
        QVERIFY(!removeCopyOverSsh(*server, u"ssh://backup@vault.example:2222/srv/vigil/../etc"_s, &error));
        QVERIFY(error.contains(u"left alone"_s));
        for (const QString &bad : {u"ssh://vault.example"_s, u"ssh://vault.example/"_s, u"ssh:///srv/x"_s,
                                   u"ssh://u:secret@vault.example/srv"_s, u"ssh://vault.example/srv?x=1"_s}) {
            job.mirror = bad;
            QVERIFY2(!validateJob(job).isEmpty(), qPrintable(bad));
        }
        job.mirror = u"ssh://vault.example/srv"_s;
        job.mirrorIdentity = u"relative/key"_s;
        QVERIFY(validateJob(job).join(u' ').contains(u"absolute"_s));
    }

    // Auto pulls from hosts on other machines and lets QEMU write for this
    // machine's own; an explicit choice wins; a pool target is always push.
    void transferIsChosenByWhereTheHostIs()
    {
        BackupJob job = Test::backupJob();
        QCOMPARE(job.transfer, Transfer::Auto);
        QVERIFY(pullsFrom(job, u"qemu+ssh://root@hv1.example.net/system"_s));
        QVERIFY(pullsFrom(job, u"qemu+tls://10.0.0.5/system"_s));
        QVERIFY(pullsFrom(job, u"qemu+tcp://[2001:db8::5]/system"_s));
        QVERIFY(!pullsFrom(job, u"qemu:///system"_s));
        QVERIFY(!pullsFrom(job, u"qemu+tcp://127.0.0.21/system"_s));
        QVERIFY(!pullsFrom(job, u"qemu+ssh://root@localhost/system"_s));
        QVERIFY(!pullsFrom(job, u"qemu+tcp://[::1]/system"_s));
        job.transfer = Transfer::Push;
        QVERIFY(!pullsFrom(job, u"qemu+ssh://root@hv1.example.net/system"_s));
        job.transfer = Transfer::Pull;
        QVERIFY(pullsFrom(job, u"qemu:///system"_s));
        const JobParse parsed = jobFromJson(jobToJson(job));
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        QCOMPARE(parsed.job.transfer, Transfer::Pull);
        job.targetDirectory.clear();
        job.targetPoolHost = u"host-1"_s;
        job.targetPool = u"backups"_s;
        QVERIFY(validateJob(job).join(u' ').contains(u"pool target is written by the pool's host"_s));
        job.transfer = Transfer::Auto;
        QVERIFY(!pullsFrom(job, u"qemu+ssh://root@hv1.example.net/system"_s));
        // A job saved before pull mode existed keeps pushing after an upgrade.
        QByteArray json = jobToJson(Test::backupJob());
        QByteArray old = json;
        old.replace("\"transfer\":\"auto\",", "");
        QVERIFY(!old.contains("transfer"));
        QCOMPARE(jobFromJson(old).job.transfer, Transfer::Push);
        json.replace("\"transfer\":\"auto\"", "\"transfer\":\"sideways\"");
        const JobParse bad = jobFromJson(json);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.errors.join(u' ').contains(u"$.transfer: unknown transfer \"sideways\""_s),
                 qPrintable(bad.errors.join(u' ')));
    }

    void selectionMatchesNamesAndAnchoredPatterns()
    {
        const GuestSelection s = Test::backupJob().selection;
        QVERIFY(s.matchesName(u"db-1"_s));
        QVERIFY(s.matchesName(u"web-17"_s));
        QVERIFY(!s.matchesName(u"old-web-1"_s));
        QVERIFY(!s.matchesName(u"db-10"_s));
    }

    void schedulesComputeTheNextRun()
    {
        const QDateTime t(QDate(2026, 11, 25), QTime(10, 15));   // a Wednesday
        Schedule daily;
        daily.at = QTime(1, 0);
        QCOMPARE(nextRunAfter(daily, t), QDateTime(QDate(2026, 11, 26), QTime(1, 0)));
        Schedule hours;
        hours.kind = Schedule::Kind::EveryHours;
        hours.everyHours = 6;
        QCOMPARE(nextRunAfter(hours, t), QDateTime(QDate(2026, 11, 25), QTime(12, 0)));
        Schedule weekly;
        weekly.kind = Schedule::Kind::Weekly;
        weekly.weekdays = {1, 5};   // Monday, Friday
        weekly.at = QTime(2, 0);
        QCOMPARE(nextRunAfter(weekly, t), QDateTime(QDate(2026, 11, 27), QTime(2, 0)));
        Schedule manual;
        manual.kind = Schedule::Kind::Manual;
        QVERIFY(!nextRunAfter(manual, t).isValid());
    }

    void missedRunsAreCaughtUpOnce()
    {
        Schedule daily;
        daily.at = QTime(1, 0);
        // Last ran five days ago, nothing ran since: due now, once.
        const QDateTime now(QDate(2026, 11, 25), QTime(9, 0));
        QVERIFY(isDue(daily, now.addDays(-5), now));
        QVERIFY2(!isDue(daily, now, now.addSecs(3600)), "after the catch-up run the next is tomorrow");
        QVERIFY(isDue(daily, now, QDateTime(QDate(2026, 11, 26), QTime(1, 0))));
    }

    void manifestRoundTripsAndRejectsPathsOutsideItsDirectory()
    {
        Manifest m;
        m.guestName = u"db-1"_s;
        m.guestUuid = u"u"_s;
        m.createdAt = QDateTime::currentDateTimeUtc();
        m.incremental = true;
        m.parentDirectory = u"20260101T010000-r1"_s;
        m.checkpoint = u"vigil-j1-r2"_s;
        m.consistency = Consistency::Application;
        m.files = {{u"vda.qcow2"_s, 42, u"ab"_s}};
        Manifest back;
        QString error;
        QVERIFY(manifestFromJson(manifestToJson(m), &back, &error));
        QCOMPARE(back, m);
        QByteArray evil = manifestToJson(m).replace("vda.qcow2", "../../etc/passwd");
        QVERIFY(!manifestFromJson(evil, &back, &error));
        QVERIFY(error.contains(u"outside"_s));
    }

    void verifyDetectsAFlippedByte()
    {
        QTemporaryDir root;
        const QString dir = makeArtifact(root.path());
        QVERIFY(!dir.isEmpty());
        FileCheck check = verifyArtifact(dir, QByteArray());
        QVERIFY2(check.ok, qPrintable(check.message));
        QVERIFY(check.bytes > 0);
        // Flip one byte in the middle of the disk image.
        QFile disk(QDir(dir).filePath(u"vda.qcow2"_s));
        QVERIFY(disk.open(QIODevice::ReadWrite));
        const qint64 at = disk.size() / 2;
        disk.seek(at);
        char byte = 0;
        disk.getChar(&byte);
        disk.seek(at);
        disk.putChar(char(byte ^ 0x01));
        disk.close();
        check = verifyArtifact(dir, QByteArray());
        QVERIFY(!check.ok);
        QVERIFY2(check.message.contains(u"vda.qcow2"_s) && check.message.contains(u"SHA-256"_s),
                 qPrintable(check.message));
    }

    void verifyDetectsAReplacedManifest()
    {
        QTemporaryDir root;
        const QString dir = makeArtifact(root.path());
        QFile f(QDir(dir).filePath(QLatin1String(kManifestFileName)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray recorded = f.readAll();
        f.close();
        recorded.replace("web-1", "web-2");
        const FileCheck check = verifyArtifact(dir, recorded);
        QVERIFY(!check.ok);
        QVERIFY(check.message.contains(u"differs"_s));
    }

    void mirrorCopiesAndVerifiesThere()
    {
        QTemporaryDir root, mirror;
        const QString dir = makeArtifact(root.path());
        QString copy;
        const FileCheck check = mirrorArtifact(dir, mirror.path(), &copy);
        QVERIFY2(check.ok, qPrintable(check.message));
        QCOMPARE(copy, QDir(mirror.path()).filePath(u"web-1/20260101T010000-r1"_s));
        QVERIFY(!QFileInfo::exists(copy + QLatin1String(kPartialSuffix)));
        // A mirror that cannot be written fails clearly and leaves no partial copy.
        const FileCheck refused = mirrorArtifact(dir, u"/proc/vigil-no-such-mirror"_s, &copy);
        QVERIFY(!refused.ok);
        QVERIFY(refused.message.contains(u"cannot create"_s));
    }

    void restoreRewriteGivesANewIdentityAndNewDisks()
    {
        const QByteArray xml =
            "<domain type='kvm' xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>"
            "<name>db-1</name><uuid>11111111-2222-3333-4444-555555555555</uuid>"
            "<devices>"
            "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
            "<source file='/var/lib/libvirt/images/db-1.img'/><backingStore/><target dev='vda' bus='virtio'/></disk>"
            "<disk type='file' device='cdrom'><source file='/iso/debian.iso'/><target dev='sda' bus='sata'/><readonly/></disk>"
            "<interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/></interface>"
            "</devices><qemu:commandline><qemu:arg value='-S'/></qemu:commandline></domain>";
        const QList<BackupDisk> disks = backupDisks(xml);
        QCOMPARE(disks.size(), 2);
        QVERIFY(disks[0].included);
        QCOMPARE(disks[0].format, u"raw"_s);
        QVERIFY(!disks[1].included);
        QVERIFY(disks[1].skipReason.contains(u"cdrom"_s));

        RestoreRewrite rw;
        rw.name = u"db-1-copy"_s;
        rw.newIdentity = true;
        rw.linksDown = true;
        rw.diskSources.insert(u"vda"_s, u"/restore/db-1-copy-vda.qcow2"_s);
        QString error;
        const QString out = QString::fromUtf8(rewriteForRestore(xml, rw, &error));
        QVERIFY2(!out.isEmpty(), qPrintable(error));
        QVERIFY(out.contains(u"<name>db-1-copy</name>"_s));
        QVERIFY(!out.contains(u"<uuid>"_s));
        QVERIFY(!out.contains(u"52:54:00:aa:bb:cc"_s));
        QVERIFY(out.contains(u"/restore/db-1-copy-vda.qcow2"_s));
        QVERIFY(!out.contains(u"db-1.img"_s));
        QVERIFY(out.contains(u"type=\"qcow2\""_s));
        QVERIFY(!out.contains(u"backingStore"_s));
        QVERIFY2(out.contains(u"/iso/debian.iso"_s), "disks not restored keep their source");
        QVERIFY(out.contains(u"<link state=\"down\"/>"_s));
        QVERIFY2(out.contains(u"qemu:commandline"_s) && out.contains(u"xmlns:qemu"_s), qPrintable(out));
    }

    void sha256MatchesTheStandardVector()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(u"abc"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        QString error;
        QCOMPARE(sha256OfFile(f.fileName(), &error),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QVERIFY(sha256OfFile(dir.filePath(u"missing"_s), &error).isEmpty());
        QVERIFY(error.contains(u"cannot read"_s));
    }

    void schedulerCatchesUpAMissedRunOnce()
    {
        QTemporaryDir dir;
        {
            auto opened = Store::Database::open(dir.filePath(u"s.db"_s), u"schedule-test"_s);
            QVERIFY(opened.ok);
            ClusterManager cluster;
            BackupManager manager(&cluster, opened.db);
            BackupJob job = Test::backupJob();
            QString error;
            QVERIFY(manager.store()->saveJob(job, &error));
            BackupJob manual = Test::backupJob();
            manual.name = u"manual"_s;
            manual.schedule.kind = Schedule::Kind::Manual;
            QVERIFY(manager.store()->saveJob(manual, &error));
            const QDateTime now = QDateTime::currentDateTime();
            // Nothing ran Vigil for three days: one run now, not three.
            manager.store()->setScheduledFrom(job.id, now.addDays(-3));
            manager.store()->setScheduledFrom(manual.id, now.addDays(-3));
            manager.checkSchedules(now);
            QTRY_VERIFY(manager.runningRuns().isEmpty());
            QCOMPARE(manager.store()->runs(job.id).size(), 1);
            QCOMPARE(manager.store()->runs(job.id).first().trigger, u"schedule"_s);
            QCOMPARE(manager.store()->runs(manual.id).size(), 0);
            manager.checkSchedules(now.addSecs(60));
            QTRY_VERIFY(manager.runningRuns().isEmpty());
            QCOMPARE(manager.store()->runs(job.id).size(), 1);
            // The next day's time comes: the next run.
            manager.checkSchedules(now.addDays(1).addSecs(60));
            QTRY_VERIFY(manager.runningRuns().isEmpty());
            QCOMPARE(manager.store()->runs(job.id).size(), 2);
            // With no host connected no guest's backup can start: the run is
            // skipped and says why, per guest; the backup alert says so.
            const RunRecord last = manager.store()->runs(job.id).first();
            QCOMPARE(last.state, RunRecord::State::Skipped);
            const QList<ArtifactRecord> guests = manager.store()->artifactsOfRun(last.id);
            QCOMPARE(guests.size(), 1);
            QCOMPARE(guests.first().message, u"no connected host has a guest named db-1"_s);
            const QList<StoredText> problems = manager.openProblems();
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().english().contains(u"backup job nightly skipped"_s), qPrintable(problems.first().english()));
        }
        Store::Database::close(u"schedule-test"_s);
    }


    // A run made up at start-up waits while hosts are still connecting
    // (bounded), then runs; a verify that failed in another process is in
    // the alert of this one.
    void madeUpRunWaitsForTheHostsToSettle()
    {
        QTemporaryDir dir;
        {
            auto opened = Store::Database::open(dir.filePath(u"w.db"_s), u"wait-test"_s);
            QVERIFY(opened.ok);
            // A host that accepts the connection and never answers: it stays unsettled.
            QTcpServer silent;
            QVERIFY(silent.listen(QHostAddress::LocalHost));
            ClusterManager cluster;
            cluster.addHost(Test::hostConfig(1, u"slow"_s, u"qemu+tcp://127.0.0.1:%1/system"_s.arg(silent.serverPort())));
            BackupManager manager(&cluster, opened.db);
            BackupJob job = Test::backupJob();
            QString error;
            QVERIFY(manager.store()->saveJob(job, &error));
            const QDateTime now = QDateTime::currentDateTime();
            manager.store()->setScheduledFrom(job.id, now.addDays(-3));
            QVERIFY(!cluster.allSettled());
            manager.checkSchedules(now);
            manager.checkSchedules(now.addSecs(BackupManager::kSettleWaitSecs - 10));
            QCOMPARE(manager.store()->runs(job.id).size(), 0);
            manager.checkSchedules(now.addSecs(BackupManager::kSettleWaitSecs + 1));
            QTRY_VERIFY(manager.runningRuns().isEmpty());
            QCOMPARE(manager.store()->runs(job.id).size(), 1);
            // Another process's verify found damage: only the database says so.
            ArtifactRecord damaged;
            damaged.runId = manager.store()->runs(job.id).first().id;
            damaged.jobId = job.id;
            damaged.guestUuid = u"u-1"_s;
            damaged.guestName = u"db-1"_s;
            damaged.host = u"slow"_s;
            damaged.state = ArtifactRecord::State::Complete;
            damaged.verify = ArtifactRecord::Check::Failed;
            damaged.verifyMessage = u"vda.qcow2: SHA-256 differs"_s;
            QVERIFY(manager.store()->saveArtifact(damaged));
            const QString problems = StoredText::joined(manager.openProblems(), u"; "_s).english();
            QVERIFY2(problems.contains(u"backup of db-1 from "_s) && problems.contains(u"SHA-256 differs"_s),
                     qPrintable(problems));
            // Hang up on the waiting connection, so that its thread ends (not abandoned).
            QTRY_VERIFY(silent.hasPendingConnections());
            while (silent.hasPendingConnections())
                delete silent.nextPendingConnection();
            silent.close();
            cluster.shutdown(15000);
        }
        Store::Database::close(u"wait-test"_s);
    }

    void scheduledReverificationFindsDamageLater()
    {
        QTemporaryDir dir;
        const QString artifactDir = makeArtifact(dir.path());
        QVERIFY(!artifactDir.isEmpty());
        {
            auto opened = Store::Database::open(dir.filePath(u"v.db"_s), u"reverify-test"_s);
            QVERIFY(opened.ok);
            ClusterManager cluster;
            BackupManager manager(&cluster, opened.db);
            QSignalSpy problems(&manager, &BackupManager::integrityProblem);
            BackupJob job = Test::backupJob();
            job.schedule.kind = Schedule::Kind::Manual;
            job.reverifyDays = 7;
            job.targetDirectory = dir.path();
            QString error;
            QVERIFY(manager.store()->saveJob(job, &error));
            const qint64 run = manager.store()->startRun(job, u"manual"_s, &error);
            QFile manifest(artifactDir + u"/manifest.json"_s);
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            ArtifactRecord a;
            a.runId = run;
            a.jobId = job.id;
            a.guestUuid = u"11111111-2222-3333-4444-555555555555"_s;
            a.guestName = u"web-1"_s;
            a.path = artifactDir;
            a.state = ArtifactRecord::State::Complete;
            a.manifest = manifest.readAll();
            a.createdAt = QDateTime::currentDateTimeUtc().addDays(-10);
            QVERIFY(manager.store()->saveArtifact(a));

            // Taken 10 days ago, never re-verified: due.
            const QDateTime now = QDateTime::currentDateTime();
            manager.checkSchedules(now);
            QTRY_COMPARE(manager.store()->artifact(a.id)->verify, ArtifactRecord::Check::Passed);
            const QDateTime verifiedAt = manager.store()->artifact(a.id)->verifiedAt;
            // Just verified: not due again for a week.
            manager.checkSchedules(now.addDays(3));
            QTest::qWait(200);
            QCOMPARE(manager.store()->artifact(a.id)->verifiedAt, verifiedAt);

            // The target rots; the next due re-verification finds it.
            QFile disk(artifactDir + u"/vda.qcow2"_s);
            QVERIFY(disk.open(QIODevice::ReadWrite));
            disk.seek(disk.size() - 100);
            disk.putChar('X');
            disk.close();
            manager.checkSchedules(now.addDays(8));
            QTRY_COMPARE(manager.store()->artifact(a.id)->verify, ArtifactRecord::Check::Failed);
            QVERIFY(!problems.isEmpty());
            QCOMPARE(problems.last().at(2).toBool(), true);
        }
        Store::Database::close(u"reverify-test"_s);
    }

    // Hardening issue, item 10c: verifying an incremental backup said
    // "clean" while the full backup it builds on was damaged.
    void verifyChecksTheWholeChain()
    {
        QTemporaryDir dir;
        const QString fullDir = makeArtifact(dir.path());
        const QString incrementalDir = makeArtifact(dir.path(), u"20260102T010000-r2"_s);
        QVERIFY(!fullDir.isEmpty() && !incrementalDir.isEmpty());
        {
            auto opened = Store::Database::open(dir.filePath(u"v.db"_s), u"chain-test"_s);
            QVERIFY(opened.ok);
            ClusterManager cluster;
            BackupManager manager(&cluster, opened.db);
            BackupJob job = Test::backupJob();
            job.schedule.kind = Schedule::Kind::Manual;
            job.targetDirectory = dir.path();
            QString error;
            QVERIFY(manager.store()->saveJob(job, &error));
            const qint64 run = manager.store()->startRun(job, u"manual"_s, &error);
            const auto record = [&](const QString &path, qint64 parent) {
                QFile manifest(path + u"/manifest.json"_s);
                manifest.open(QIODevice::ReadOnly);
                ArtifactRecord a;
                a.runId = run;
                a.jobId = job.id;
                a.guestUuid = u"11111111-2222-3333-4444-555555555555"_s;
                a.guestName = u"web-1"_s;
                a.path = path;
                a.state = ArtifactRecord::State::Complete;
                a.manifest = manifest.readAll();
                a.incremental = parent != 0;
                a.parentId = parent;
                a.createdAt = QDateTime::currentDateTimeUtc();
                manager.store()->saveArtifact(a);
                return a;
            };
            const ArtifactRecord full = record(fullDir, 0);
            const ArtifactRecord incremental = record(incrementalDir, full.id);
            QSignalSpy finished(&manager, &BackupManager::operationFinished);
            manager.verify(incremental.id);
            // While it reads them, retention keeps the chain (and only until then).
            QCOMPARE(manager.backupsBeingRead(), (QSet<qint64>{full.id, incremental.id}));
            QTRY_COMPARE(finished.count(), 1);
            QVERIFY(manager.backupsBeingRead().isEmpty());
            QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(2).toString()));
            QVERIFY(finished.last().at(2).toString().contains(u"it builds on"_s));

            // The full backup rots; the incremental one is intact.
            QFile disk(fullDir + u"/vda.qcow2"_s);
            QVERIFY(disk.open(QIODevice::ReadWrite));
            disk.seek(disk.size() - 100);
            disk.putChar('X');
            disk.close();
            manager.verify(incremental.id);
            QTRY_COMPARE(finished.count(), 2);
            QVERIFY(!finished.last().at(1).toBool());
            QVERIFY2(finished.last().at(2).toString().contains(u"builds on (backup %1"_s.arg(full.id)),
                     qPrintable(finished.last().at(2).toString()));
            QCOMPARE(manager.store()->artifact(incremental.id)->verify, ArtifactRecord::Check::Failed);
            QCOMPARE(manager.store()->artifact(full.id)->verify, ArtifactRecord::Check::Failed);
        }
        Store::Database::close(u"chain-test"_s);
    }

    void restoreChecksBlockWhatCannotWork()
    {
        Ha::ClusterSnapshot snapshot;
        Ha::ClusterSnapshot::Host host;
        host.id = 1;
        host.name = u"h1"_s;
        host.up = true;
        host.details.host.arch = u"x86_64"_s;
        host.details.host.freeMemoryKnown = true;
        host.details.host.freeMemoryKiB = 1024 * 1024;   // 1 GiB
        host.details.networks = {NetworkInfo{{}, u"default"_s, u"virbr0"_s, u"nat"_s, true, true},
                                 NetworkInfo{{}, u"lab"_s, u"vlab"_s, QString(), false, false}};
        DomainInfo existing;
        existing.name = u"db-1"_s;
        host.domains = {existing};
        snapshot.hosts = {host};
        DomainInfo guest;
        guest.name = u"db-1"_s;
        guest.arch = u"x86_64"_s;
        guest.memoryKiB = guest.maxMemoryKiB = 512 * 1024;
        guest.interfaces = {InterfaceInfo{u"network"_s, u"default"_s, {}, {}, {}}};
        const auto result = [](const QList<Migration::Check> &checks, const QString &name) {
            for (const Migration::Check &c : checks)
                if (c.name == name)
                    return c.result;
            return Migration::Check::Result::Unknown;
        };
        using R = Migration::Check::Result;
        QList<Migration::Check> checks = restoreChecks(snapshot, 1, guest, u"db-1"_s, false);
        QCOMPARE(result(checks, u"Name"_s), R::Fail);   // the original still exists there
        checks = restoreChecks(snapshot, 1, guest, u"db-1-copy"_s, true);
        QCOMPARE(result(checks, u"Name"_s), R::Pass);
        QCOMPARE(result(checks, u"Networks"_s), R::Pass);
        QCOMPARE(result(checks, u"Memory"_s), R::Pass);
        guest.interfaces.append(InterfaceInfo{u"network"_s, u"lab"_s, {}, {}, {}});
        QCOMPARE(result(restoreChecks(snapshot, 1, guest, u"x"_s, true), u"Networks"_s), R::Fail);   // inactive, start
        QCOMPARE(result(restoreChecks(snapshot, 1, guest, u"x"_s, false), u"Networks"_s), R::Warning);
        guest.interfaces.append(InterfaceInfo{u"network"_s, u"nowhere"_s, {}, {}, {}});
        checks = restoreChecks(snapshot, 1, guest, u"x"_s, false);
        QCOMPARE(result(checks, u"Networks"_s), R::Fail);
        guest.interfaces.clear();
        guest.memoryKiB = guest.maxMemoryKiB = 4 * 1024 * 1024;
        QCOMPARE(result(restoreChecks(snapshot, 1, guest, u"x"_s, true), u"Memory"_s), R::Fail);
        QCOMPARE(result(restoreChecks(snapshot, 2, guest, u"x"_s, true), u"Host"_s), R::Fail);
    }

    void storeKeepsJobsRunsArtifactsAndChains()
    {
        QTemporaryDir dir;
        auto opened = Store::Database::open(dir.filePath(u"v.db"_s), u"backup-test"_s);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        Store::BackupStore store(opened.db);
        BackupJob job = Test::backupJob();
        QString error;
        QVERIFY2(store.saveJob(job, &error), qPrintable(error));
        QVERIFY(job.id > 0);
        BackupJob duplicate = Test::backupJob();
        QVERIFY(!store.saveJob(duplicate, &error));
        QVERIFY(error.contains(u"exists already"_s));
        const qint64 run = store.startRun(job, u"manual"_s, &error);
        QVERIFY(run > 0);
        ArtifactRecord full;
        full.runId = run;
        full.jobId = job.id;
        full.guestUuid = u"g"_s;
        full.guestName = u"db-1"_s;
        full.host = u"h"_s;
        full.state = ArtifactRecord::State::Complete;
        QVERIFY(store.saveArtifact(full));
        ArtifactRecord inc = full;
        inc.id = 0;
        inc.incremental = true;
        inc.parentId = full.id;
        QVERIFY(store.saveArtifact(inc));
        QList<ArtifactRecord> chain = store.chain(inc.id, &error);
        QCOMPARE(chain.size(), 2);
        QCOMPARE(chain.first().id, full.id);
        // A link that failed verification makes the chain unrestorable, said so.
        full.verify = ArtifactRecord::Check::Failed;
        QVERIFY(store.saveArtifact(full));
        QVERIFY(store.chain(inc.id, &error).isEmpty());
        QVERIFY(error.contains(u"verification"_s));
        RunRecord r = store.run(run).value();
        r.state = RunRecord::State::Succeeded;
        QVERIFY(store.finishRun(r));
        QCOMPARE(store.lastRun(job.id)->state, RunRecord::State::Succeeded);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
