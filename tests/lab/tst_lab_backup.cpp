// Lab: backups of real QEMU guests on real libvirt daemons — full and
// incremental through libvirt's backup API, restore of the chain, verify,
// retention after failed runs, a target that fills up, restore tests.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "backupwaits.h"
#include "labcluster.h"

#include "core/backup/backupmanager.h"
#include "core/backup/qemuimg.h"
#include "core/cluster/clustermanager.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Backup;
using Test::LabCluster;

class TestLabBackup : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<ClusterManager> m_cluster;
    std::unique_ptr<BackupManager> m_backups;
    QString m_tmpfs;
    int m_db = 0;

    QString disk(const QString &guest) const { return m_lab->directory() + u"/h1/disks/"_s + guest + u".qcow2"_s; }
    QString targetDir() const { return m_lab->directory() + u"/backups"_s; }

    // A running guest whose qcow2 disk (16 MiB unless said) holds `size` of data.
    void startGuestWithData(const QString &name, const QString &size = u"12M"_s, const QString &diskSize = u"16M"_s,
                            const QString &consolePassword = {})
    {
        QVERIFY(m_lab->defineBusyGuest(1, name));
        if (!consolePassword.isEmpty()) {
            // A VNC console with a password (libvirt allows 8 characters).
            QString xml = m_lab->virsh(1, {u"dumpxml"_s, u"--inactive"_s, name});
            xml.replace(u"</devices>"_s, u"<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='%1'/>"
                                          "</devices>"_s.arg(consolePassword));
            QVERIFY(m_lab->defineGuestXml(1, xml.toUtf8()));
        }
        const ToolResult w = runQemuImg({u"resize"_s, u"-f"_s, u"qcow2"_s, disk(name), diskSize});
        QVERIFY2(w.ok, qPrintable(w.error));
        QProcess io;
        io.start(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x5a 0 "_s + size, disk(name)});
        QVERIFY(io.waitForFinished(120000) && io.exitCode() == 0);
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, name}, &ok);
        QVERIFY(ok);
    }

    // Writes into the running guest's disk through QEMU (the dirty bitmap sees it).
    void writeWhileRunning(const QString &name, const QString &offset, const QString &length, int pattern)
    {
        bool ok = false;
        const QString reply = m_lab->virsh(1, {u"qemu-monitor-command"_s, name, u"--hmp"_s,
                                               u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend "
                                               "\"write -P %1 %2 %3\""_s.arg(pattern).arg(offset, length)}, &ok);
        QVERIFY2(ok && !reply.contains(u"rror"_s), qPrintable(reply));
    }

    void connectHosts()
    {
        QString error;
        m_cluster = m_lab->connect(2, &error);
        QVERIFY2(m_cluster, qPrintable(error));
        auto opened = Store::Database::open(m_lab->directory() + u"/vigil.db"_s, u"lab-backup-%1"_s.arg(++m_db));
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_backups = std::make_unique<BackupManager>(m_cluster.get(), opened.db);
    }

    qint64 makeJob(const QString &guest, const QString &target, Retention retention = {0, 0, 0, 0},
                   BackupMode mode = BackupMode::Incremental, const QString &mirror = {})
    {
        BackupJob job;
        job.name = u"lab-"_s + guest + QString::number(QDateTime::currentMSecsSinceEpoch());
        job.selection.guests = {guest};
        job.schedule.kind = Schedule::Kind::Manual;
        job.targetDirectory = target;
        job.retention = retention;
        job.mode = mode;
        job.fullEvery = 0;
        job.mirror = mirror;
        QString error;
        if (!m_backups->store()->saveJob(job, &error))
            qWarning() << error;
        return job.id;
    }

    RunRecord runAndWait(qint64 jobId) { return Test::runBackupAndWait(*m_backups, jobId); }

    ArtifactRecord onlyArtifact(const RunRecord &run)
    {
        const QList<ArtifactRecord> all = m_backups->store()->artifactsOfRun(run.id);
        return all.size() == 1 ? all.first() : ArtifactRecord();
    }

    bool waitForOperation(quint64 id, QString *message)
    {
        return Test::waitForBackupOperation(*m_backups, id, message);
    }

private Q_SLOTS:
    void init()
    {
        VIGIL_SKIP_WITHOUT_LAB();
        if (QStandardPaths::findExecutable(u"qemu-io"_s).isEmpty())
            QSKIP("qemu-io (qemu-utils) is missing");
        m_lab = std::make_unique<LabCluster>();
        QString error;
        QVERIFY2(m_lab->start(2, &error), qPrintable(error));
    }

    void cleanup()
    {
        m_backups.reset();
        if (m_cluster)
            m_cluster->shutdown(3000);
        m_cluster.reset();
        if (!m_tmpfs.isEmpty())
            QProcess::execute(u"umount"_s, {u"-l"_s, m_tmpfs});
        m_tmpfs.clear();
        m_lab.reset();
    }

    void fullThenIncrementalRestoresTheExactDisk()
    {
        startGuestWithData(u"lab-bk"_s, u"12M"_s, u"16M"_s, u"bk-pw-01"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const QString mirror = m_lab->directory() + u"/mirror"_s;
        const qint64 job = makeJob(u"lab-bk"_s, targetDir(), {0, 0, 0, 0}, BackupMode::Incremental, mirror);
        const RunRecord first = runAndWait(job);
        QCOMPARE(first.state, RunRecord::State::Succeeded);
        const ArtifactRecord full = onlyArtifact(first);
        QVERIFY(!full.incremental);
        QCOMPARE(full.verify, ArtifactRecord::Check::Passed);
        QCOMPARE(full.consistency, Consistency::Crash);   // no guest agent in the lab guest: said so
        QVERIFY(full.message.contains(u"agent"_s));
        QVERIFY(!full.checkpoint.isEmpty());

        writeWhileRunning(u"lab-bk"_s, u"1M"_s, u"1M"_s, 0xab);
        if (QTest::currentTestFailed())
            return;
        const RunRecord second = runAndWait(job);
        QCOMPARE(second.state, RunRecord::State::Succeeded);
        const ArtifactRecord inc = onlyArtifact(second);
        QVERIFY2(inc.incremental, qPrintable(inc.message));
        QCOMPARE(inc.parentId, full.id);
        Test::report("full backup of 12 MiB of data", double(full.sizeBytes) / 1048576.0, "MiB");
        Test::report("incremental backup after writing 1 MiB", double(inc.sizeBytes) / 1048576.0, "MiB");
        QVERIFY2(inc.sizeBytes * 4 < full.sizeBytes, "the incremental holds only what changed");
        // Both are in the mirror and verified there: the incremental's
        // relative backing path finds the mirrored full backup.
        QCOMPARE(m_backups->store()->artifact(full.id)->mirror, ArtifactRecord::Check::Passed);
        const ArtifactRecord mirrored = m_backups->store()->artifact(inc.id).value();
        QCOMPARE(mirrored.mirror, ArtifactRecord::Check::Passed);
        QVERIFY(mirrored.mirrorPath.startsWith(mirror));
        const ToolResult info = runQemuImg({u"info"_s, u"--backing-chain"_s, mirrored.mirrorPath + u"/vda.qcow2"_s});
        QVERIFY2(info.ok && info.output.contains(mirror), qPrintable(info.output + info.error));
        // Only the newest checkpoint stays on the guest.
        bool ok = false;
        const QString checkpoints = m_lab->virsh(1, {u"checkpoint-list"_s, u"lab-bk"_s, u"--name"_s}, &ok);
        QCOMPARE(checkpoints.trimmed(), inc.checkpoint);

        // Restore the chain onto the other host as a new guest; its disk
        // must read exactly like the original's at the time of the backup.
        m_lab->virsh(1, {u"destroy"_s, u"lab-bk"_s}, &ok);
        BackupManager::RestoreSpec spec;
        spec.artifactId = inc.id;
        spec.host = 2;
        spec.name = u"lab-bk-copy"_s;
        spec.diskDirectory = m_lab->directory() + u"/restored"_s;
        QString message;
        QVERIFY2(waitForOperation(m_backups->restore(spec), &message), qPrintable(message));
        const QStringList restored = QDir(spec.diskDirectory).entryList({u"*.qcow2"_s}, QDir::Files);
        QCOMPARE(restored.size(), 1);
        const ToolResult same = runQemuImg({u"compare"_s, disk(u"lab-bk"_s),
                                            QDir(spec.diskDirectory).filePath(restored.first())});
        QVERIFY2(same.ok, qPrintable(same.error + same.output));
        QCOMPARE(m_lab->virsh(2, {u"domstate"_s, u"lab-bk-copy"_s}, &ok).trimmed(), u"shut off"_s);
        const QString uuid1 = m_lab->virsh(1, {u"domuuid"_s, u"lab-bk"_s});
        QVERIFY(m_lab->virsh(2, {u"domuuid"_s, u"lab-bk-copy"_s}) != uuid1);
        // The console password came back with it (it was lost: the backup read
        // the definition without VIR_DOMAIN_XML_SECURE); the file holding it
        // is owner-only.
        const QString copy = m_lab->virsh(2, {u"dumpxml"_s, u"--security-info"_s, u"lab-bk-copy"_s});
        QVERIFY2(copy.contains(u"passwd='bk-pw-01'"_s), qPrintable(copy));
        const QFileInfo definition(full.path + u"/domain.xml"_s);
        QCOMPARE(definition.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        // The same name again is refused: nothing is overwritten.
        QVERIFY(!waitForOperation(m_backups->restore(spec), &message));
        QVERIFY2(message.contains(u"already has a guest"_s), qPrintable(message));
    }

    void shutOffGuestIsCopiedConsistently()
    {
        QVERIFY(m_lab->defineBusyGuest(1, u"lab-off"_s));
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const RunRecord run = runAndWait(makeJob(u"lab-off"_s, targetDir()));
        QCOMPARE(run.state, RunRecord::State::Succeeded);
        const ArtifactRecord a = onlyArtifact(run);
        QCOMPARE(a.consistency, Consistency::Stopped);
        QCOMPARE(a.verify, ArtifactRecord::Check::Passed);
        const ToolResult same = runQemuImg({u"compare"_s, disk(u"lab-off"_s), a.path + u"/vda.qcow2"_s});
        QVERIFY2(same.ok, qPrintable(same.error));
    }

    void verifyDetectsAFlippedByteAndRaisesAProblem()
    {
        startGuestWithData(u"lab-vf"_s, u"2M"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const RunRecord run = runAndWait(makeJob(u"lab-vf"_s, targetDir()));
        QCOMPARE(run.state, RunRecord::State::Succeeded);
        const ArtifactRecord a = onlyArtifact(run);
        QFile file(a.path + u"/vda.qcow2"_s);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 4096);
        char c = 0;
        file.getChar(&c);
        file.seek(file.size() - 4096);
        file.putChar(char(c ^ 0x40));
        file.close();
        QSignalSpy problems(m_backups.get(), &BackupManager::integrityProblem);
        QString message;
        QVERIFY(!waitForOperation(m_backups->verify(a.id), &message));
        QVERIFY2(message.contains(u"SHA-256"_s), qPrintable(message));
        const ArtifactRecord after = m_backups->store()->artifact(a.id).value();
        QCOMPARE(after.verify, ArtifactRecord::Check::Failed);
        QVERIFY(!after.isRestorable());
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.last().at(2).toBool(), true);
    }

    void retentionPrunesAfterSuccessOnlyAndNeverAfterAFailedRun()
    {
        startGuestWithData(u"lab-rt"_s, u"1M"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        // Keep the last one; full backups so each stands alone.
        const qint64 job = makeJob(u"lab-rt"_s, targetDir(), {1, 0, 0, 0}, BackupMode::Full);
        const ArtifactRecord a1 = onlyArtifact(runAndWait(job));
        const ArtifactRecord a2 = onlyArtifact(runAndWait(job));
        QCOMPARE(m_backups->store()->artifact(a1.id)->state, ArtifactRecord::State::Pruned);
        QVERIFY(!QFileInfo::exists(a1.path));
        QVERIFY(QFileInfo::exists(a2.path));
        // A run that could not start (the guest is gone from every host):
        // skipped, and it deletes nothing.
        bool ok = false;
        m_lab->virsh(1, {u"destroy"_s, u"lab-rt"_s}, &ok);
        m_lab->virsh(1, {u"undefine"_s, u"lab-rt"_s, u"--checkpoints-metadata"_s}, &ok);
        QVERIFY(ok);
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->domains(1).isEmpty() || [&] {
            for (const DomainInfo &d : m_cluster->domains(1))
                if (d.name == u"lab-rt"_s)
                    return false;
            return true;
        }(), 10000);
        const RunRecord failed = runAndWait(job);
        QCOMPARE(failed.state, RunRecord::State::Skipped);
        QVERIFY2(failed.message.contains(u"no guest's backup could start (1 of 1), first lab-rt: "_s),
                 qPrintable(failed.message));
        QCOMPARE(m_backups->store()->artifact(a2.id)->state, ArtifactRecord::State::Complete);
        QVERIFY(QFileInfo::exists(a2.path));
    }

    void targetFullMidBackupFailsClearlyAndKeepsOlderBackups()
    {
        m_tmpfs = m_lab->directory() + u"/small"_s;
        QDir().mkpath(m_tmpfs);
        QCOMPARE(QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=6m"_s, u"tmpfs"_s, m_tmpfs}), 0);
        // Each lab daemon has a private copy of the mount table taken when it
        // started: restart host 1 so that its QEMU sees the small filesystem.
        QVERIFY(m_lab->kill(1));
        QVERIFY(m_lab->restart(1));
        startGuestWithData(u"lab-full"_s, u"2M"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-full"_s, m_tmpfs, {0, 0, 0, 0}, BackupMode::Full);
        const ArtifactRecord older = onlyArtifact(runAndWait(job));
        QVERIFY2(older.state == ArtifactRecord::State::Complete, qPrintable(older.message));
        // Now 10 MiB more data: the next full backup cannot fit.
        writeWhileRunning(u"lab-full"_s, u"4M"_s, u"10M"_s, 0x33);
        if (QTest::currentTestFailed())
            return;
        const RunRecord run = runAndWait(job);
        QCOMPARE(run.state, RunRecord::State::Failed);
        const ArtifactRecord failed = onlyArtifact(run);
        QCOMPARE(failed.state, ArtifactRecord::State::Failed);
        QVERIFY2(failed.message.contains(u"space"_s, Qt::CaseInsensitive), qPrintable(failed.message));
        bool ok = false;
        QCOMPARE(m_lab->virsh(1, {u"domstate"_s, u"lab-full"_s}, &ok).trimmed(), u"running"_s);
        // No partial directory, and the older backup still verifies.
        const QStringList left = QDir(m_tmpfs + u"/lab-full"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(left, QStringList{QFileInfo(older.path).fileName()});
        QString message;
        QVERIFY2(waitForOperation(m_backups->verify(older.id), &message), qPrintable(message));
    }

    // Figures (printed, not asserted): full-backup throughput through Vigil
    // against qemu-img convert of the same disk, and incremental sizes
    // against the data changed in between.
    void backupFigures()
    {
        const int mib = qEnvironmentVariableIntValue("VIGIL_BACKUP_FIGURE_MIB") > 0
            ? qEnvironmentVariableIntValue("VIGIL_BACKUP_FIGURE_MIB") : 512;
        QVERIFY(m_lab->defineBusyGuest(1, u"lab-fig"_s));
        QVERIFY(runQemuImg({u"resize"_s, u"-f"_s, u"qcow2"_s, disk(u"lab-fig"_s), u"%1M"_s.arg(mib + 64)}).ok);
        QProcess io;
        io.start(u"qemu-io"_s, {u"-f"_s, u"qcow2"_s, u"-c"_s, u"write -P 0x5a 0 %1M"_s.arg(mib), disk(u"lab-fig"_s)});
        QVERIFY(io.waitForFinished(120000) && io.exitCode() == 0);
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, u"lab-fig"_s}, &ok);
        QVERIFY(ok);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        BackupJob job;
        job.name = u"figures"_s;
        job.selection.guests = {u"lab-fig"_s};
        job.schedule.kind = Schedule::Kind::Manual;
        job.targetDirectory = targetDir();
        job.retention = {0, 0, 0, 0};
        job.fullEvery = 0;
        job.verifyAfter = false;
        QString error;
        QVERIFY(m_backups->store()->saveJob(job, &error));

        // qemu-img convert of the same (running) disk, into the same filesystem.
        QElapsedTimer clock;
        clock.start();
        const ToolResult convert = runQemuImg({u"convert"_s, u"-U"_s, u"-f"_s, u"qcow2"_s, u"-O"_s, u"qcow2"_s,
                                               disk(u"lab-fig"_s), m_lab->directory() + u"/convert.qcow2"_s});
        const double convertSeconds = clock.nsecsElapsed() / 1e9;
        QVERIFY2(convert.ok, qPrintable(convert.error));
        QFile::remove(m_lab->directory() + u"/convert.qcow2"_s);
        clock.restart();
        const ArtifactRecord full = onlyArtifact(runAndWait(job.id));
        const double vigilSeconds = clock.nsecsElapsed() / 1e9;
        QCOMPARE(full.state, ArtifactRecord::State::Complete);
        Test::report("full backup data", double(full.sizeBytes) / 1048576.0, "MiB");
        Test::report("full backup through Vigil (libvirt push job + SHA-256 + manifest)", vigilSeconds * 1000, "ms");
        Test::report("qemu-img convert of the same disk", convertSeconds * 1000, "ms");
        Manifest manifest;
        QVERIFY(manifestFromJson(full.manifest, &manifest, &error));
        Test::report("  of which the copy (libvirt push backup job)", double(manifest.copyMs), "ms");
        Test::report("Vigil's copy throughput relative to qemu-img convert", 100.0 * convertSeconds * 1000 / double(manifest.copyMs), "%");
        Test::report("Vigil's whole backup (copy + SHA-256 + manifest) relative to qemu-img convert",
                     100.0 * convertSeconds / vigilSeconds, "%");

        for (int changed : {1, 8, 32}) {
            writeWhileRunning(u"lab-fig"_s, u"%1M"_s.arg(changed * 3), u"%1M"_s.arg(changed), 0x20 + changed);
            if (QTest::currentTestFailed())
                return;
            clock.restart();
            const ArtifactRecord inc = onlyArtifact(runAndWait(job.id));
            QVERIFY(inc.incremental);
            Test::report(qPrintable(u"incremental after changing %1 MiB: size"_s.arg(changed)),
                         double(inc.sizeBytes) / 1048576.0, "MiB");
            Test::report(qPrintable(u"incremental after changing %1 MiB: time"_s.arg(changed)),
                         double(clock.elapsed()), "ms");
        }
        clock.restart();
        QString message;
        QVERIFY(waitForOperation(m_backups->verify(full.id), &message));
        Test::report("verify of the full backup", double(clock.elapsed()), "ms");
    }

    void cancelMidBackupKeepsTheGuestRunningAndLeavesNothing()
    {
        startGuestWithData(u"lab-cancel"_s, u"1024M"_s, u"1100M"_s);
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-cancel"_s, targetDir());
        QString error;
        // Cancel as soon as the job reports progress: mid-copy.
        qint64 run = 0;
        bool sawProgress = false;
        connect(m_backups.get(), &BackupManager::progressChanged, this, [&](qint64, const Virt::BackupProgress &p) {
            if (!sawProgress && p.processed > 0 && p.processed < p.total) {
                sawProgress = true;
                m_backups->cancelRun(run);
            }
        });
        run = m_backups->runJob(job, u"lab"_s, &error);
        QVERIFY2(run != 0, qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!m_backups->isRunning(run), 60000);
        QVERIFY2(sawProgress, "the cancel came while the copy was running");
        const RunRecord record = m_backups->store()->run(run).value();
        QCOMPARE(record.state, RunRecord::State::Cancelled);
        const ArtifactRecord a = onlyArtifact(record);
        QCOMPARE(a.state, ArtifactRecord::State::Cancelled);
        QCOMPARE(m_lab->virsh(1, {u"domstate"_s, u"lab-cancel"_s}, &ok).trimmed(), u"running"_s);
        QVERIFY2(QDir(targetDir() + u"/lab-cancel"_s).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty(),
                 "no partial directory is left");
        QCOMPARE(m_lab->virsh(1, {u"checkpoint-list"_s, u"lab-cancel"_s, u"--name"_s}, &ok).trimmed(), QString());
        // And the next run is a clean full backup.
        const ArtifactRecord next = onlyArtifact(runAndWait(job));
        QCOMPARE(next.state, ArtifactRecord::State::Complete);
        QVERIFY(!next.incremental);

        // Vigil closed mid-run (the manager destroyed): the same, and the
        // records say "cancelled", not "running" forever.
        const qint64 fullJob = makeJob(u"lab-cancel"_s, targetDir(), {0, 0, 0, 0}, BackupMode::Full);
        const qint64 third = m_backups->runJob(fullJob, u"lab"_s, &error);
        QVERIFY(third != 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_backups->progress(onlyArtifact(m_backups->store()->run(third).value()).id)
                                     .has_value(), 30000);
        auto opened = Store::Database::open(m_lab->directory() + u"/vigil.db"_s, u"lab-backup-check"_s);
        m_backups.reset();
        {
            Store::BackupStore store(opened.db);
            QCOMPARE(store.run(third)->state, RunRecord::State::Cancelled);
            QVERIFY(store.run(third)->message.contains(u"closed"_s));
            QCOMPARE(store.artifactsOfRun(third).first().state, ArtifactRecord::State::Cancelled);
        }
        Store::Database::close(u"lab-backup-check"_s);
        QCOMPARE(m_lab->virsh(1, {u"domstate"_s, u"lab-cancel"_s}, &ok).trimmed(), u"running"_s);
        for (const QString &dir : QDir(targetDir() + u"/lab-cancel"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!dir.endsWith(QLatin1String(kPartialSuffix)), qPrintable(dir));
    }

    // Hardening issue, item 10a: a host crash restarts the guest's QEMU,
    // whose dirty bitmaps were not saved; libvirt keeps the checkpoint, and
    // every incremental backup failed with "checkpoint inconsistent: missing
    // or broken bitmap" for ever (exit 6 on every run).
    void hostCrashLostBitmapFallsBackToAFullBackup()
    {
        startGuestWithData(u"lab-crash"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-crash"_s, targetDir());
        const ArtifactRecord full = onlyArtifact(runAndWait(job));
        QCOMPARE(full.state, ArtifactRecord::State::Complete);
        writeWhileRunning(u"lab-crash"_s, u"1M"_s, u"1M"_s, 0x11);
        const ArtifactRecord inc = onlyArtifact(runAndWait(job));
        QVERIFY2(inc.state == ArtifactRecord::State::Complete && inc.incremental, qPrintable(inc.message));

        // The host crashes: its daemon and the guest's QEMU die; it comes back
        // and the guest is started again.
        QVERIFY(m_lab->kill(1));
        QVERIFY(m_lab->restart(1));
        bool ok = false;
        const QString started = m_lab->virsh(1, {u"start"_s, u"lab-crash"_s}, &ok);
        QVERIFY2(ok, qPrintable(started));
        const auto guestRunning = [this]() {
            if (m_cluster->status(1).state != HostState::Up)
                return false;
            const QList<DomainInfo> domains = m_cluster->domains(1);
            return std::any_of(domains.cbegin(), domains.cend(), [](const DomainInfo &d) {
                return d.name == u"lab-crash" && d.state == DomainState::Running;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(guestRunning(), 60000);

        const RunRecord third = runAndWait(job);
        const ArtifactRecord after = onlyArtifact(third);
        QVERIFY2(third.state == RunRecord::State::Succeeded, qPrintable(after.message + third.message));
        QVERIFY(!after.incremental);
        QVERIFY2(after.message.contains(u"bitmap"_s) && after.message.contains(inc.checkpoint),
                 qPrintable(after.message));
        QCOMPARE(after.verify, ArtifactRecord::Check::Passed);
        // The new chain works: the next run is incremental again.
        writeWhileRunning(u"lab-crash"_s, u"2M"_s, u"1M"_s, 0x22);
        const ArtifactRecord next = onlyArtifact(runAndWait(job));
        QVERIFY2(next.state == ArtifactRecord::State::Complete && next.incremental, qPrintable(next.message));
        QCOMPARE(next.parentId, after.id);
        QCOMPARE(m_lab->virsh(1, {u"checkpoint-list"_s, u"lab-crash"_s, u"--name"_s}, &ok).trimmed(), next.checkpoint);
    }

    // Hardening issue, item 10b: kill -9 of `vigilctl backup run` mid-copy
    // left libvirt's backup job writing into .partial, the run "running",
    // and its checkpoint on the guest; they piled up run after run.
    void killedRunsLeftoversAreClearedByTheNextRun()
    {
        startGuestWithData(u"lab-kill"_s, u"1024M"_s, u"1100M"_s);
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        // As an admin runs it: vigilctl on a database, the job from a file.
        const QString db = m_lab->directory() + u"/cli.db"_s;
        QString output;
        QCOMPARE(Test::runVigilctl({u"--db"_s, db, u"hosts"_s, u"add"_s, u"lab1"_s, m_lab->qemuUri(1)}, &output), 0);
        QFile jobFile(m_lab->directory() + u"/job.json"_s);
        QVERIFY(jobFile.open(QIODevice::WriteOnly));
        // fullEvery 1: every run is a full copy (long enough to be killed) and takes a checkpoint.
        jobFile.write(QStringLiteral("{\"format\":\"vigil-backup-job/1\",\"name\":\"kill\",\"guests\":[\"lab-kill\"],"
                                     "\"schedule\":{\"kind\":\"manual\"},\"target\":\"%1\",\"fullEvery\":1,"
                                     "\"retention\":{\"last\":0,\"daily\":0,\"weekly\":0,\"monthly\":0},"
                                     "\"verifyAfter\":false}").arg(targetDir()).toUtf8());
        jobFile.close();
        QCOMPARE(Test::runVigilctl({u"--db"_s, db, u"backup"_s, u"import"_s, jobFile.fileName()}, &output), 0);
        QCOMPARE(Test::runVigilctl({u"--db"_s, db, u"backup"_s, u"run"_s, u"kill"_s}, &output), 0);

        // The second run is killed mid-copy. Its libvirt job is slowed to
        // 1 MiB/s first (as a slow target would), so that it is still writing
        // when the next run comes.
        QProcess victim;
        victim.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_s, db, u"backup"_s, u"run"_s, u"kill"_s});
        QVERIFY(victim.waitForStarted());
        QString device;
        QElapsedTimer clock;
        clock.start();
        while (device.isEmpty() && clock.elapsed() < 30000) {
            const QString jobs = m_lab->virsh(1, {u"qemu-monitor-command"_s, u"lab-kill"_s,
                                                  u"{\"execute\":\"query-block-jobs\"}"_s});
            device = QRegularExpression(u"\"device\":\\s*\"([^\"]+)\""_s).match(jobs).captured(1);
        }
        QVERIFY2(!device.isEmpty(), "the backup job never showed");
        m_lab->virsh(1, {u"qemu-monitor-command"_s, u"lab-kill"_s,
                         u"{\"execute\":\"block-job-set-speed\",\"arguments\":{\"device\":\"%1\",\"speed\":1048576}}"_s
                             .arg(device)}, &ok);
        QVERIFY(ok);
        ::kill(pid_t(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));
        QVERIFY2(m_lab->virsh(1, {u"domjobinfo"_s, u"lab-kill"_s}).contains(u"Backup"_s),
                 "the killed run's backup job is still running");
        const QStringList before = m_lab->virsh(1, {u"checkpoint-list"_s, u"lab-kill"_s, u"--name"_s})
                                       .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(before.size(), 2);   // the first run's, and the killed run's

        // The next run stops the leftover job, removes the killed run's
        // checkpoint, and succeeds; nothing of the killed run is left.
        const int code = Test::runVigilctl({u"--db"_s, db, u"backup"_s, u"run"_s, u"kill"_s}, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(!m_lab->virsh(1, {u"domjobinfo"_s, u"lab-kill"_s}).contains(u"Backup"_s), "no backup job left");
        const QStringList after = m_lab->virsh(1, {u"checkpoint-list"_s, u"lab-kill"_s, u"--name"_s})
                                      .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(after.size(), 1);
        QVERIFY(!before.contains(after.first()));
        for (const QString &dir : QDir(targetDir() + u"/lab-kill"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(!dir.endsWith(QLatin1String(kPartialSuffix)), qPrintable(dir));
        QCOMPARE(Test::runVigilctl({u"--db"_s, db, u"--json"_s, u"backup"_s, u"list"_s}, &output), 0);
        QVERIFY2(output.contains(u"\"interrupted\""_s), qPrintable(output));   // the killed run, said so
    }

    void storagePoolTargetWritesIntoThePoolsDirectory()
    {
        const QString poolDir = m_lab->directory() + u"/pool"_s;
        bool ok = false;
        m_lab->virsh(1, {u"pool-define-as"_s, u"backups"_s, u"dir"_s, u"--target"_s, poolDir}, &ok);
        QVERIFY(ok);
        m_lab->virsh(1, {u"pool-build"_s, u"backups"_s}, &ok);
        m_lab->virsh(1, {u"pool-start"_s, u"backups"_s}, &ok);
        QVERIFY(ok);
        startGuestWithData(u"lab-pool"_s, u"1M"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        BackupJob job;
        job.name = u"to-pool"_s;
        job.selection.guests = {u"lab-pool"_s};
        job.schedule.kind = Schedule::Kind::Manual;
        job.targetPoolHost = u"lab1"_s;
        job.targetPool = u"backups"_s;
        QString error;
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        const ArtifactRecord a = onlyArtifact(runAndWait(job.id));
        QVERIFY2(a.state == ArtifactRecord::State::Complete, qPrintable(a.message));
        QVERIFY2(a.path.startsWith(poolDir + u"/lab-pool/"_s), qPrintable(a.path));
        // An inactive pool: the run fails at once and says why.
        m_lab->virsh(1, {u"pool-destroy"_s, u"backups"_s}, &ok);
        QVERIFY(ok);
        m_cluster->refresh(1);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const StoragePoolInfo &p : m_cluster->details(1).pools)
                if (p.name == u"backups"_s)
                    return !p.active;
            return false;
        }(), 10000);
        const RunRecord failed = runAndWait(job.id);
        QCOMPARE(failed.state, RunRecord::State::Failed);
        QCOMPARE(failed.message, u"pool backups on lab1 is not active"_s);
    }

    void restoreTestBootsTheCopyAndRemovesIt()
    {
        startGuestWithData(u"lab-rtest"_s, u"1M"_s);
        if (QTest::currentTestFailed())
            return;
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const ArtifactRecord a = onlyArtifact(runAndWait(makeJob(u"lab-rtest"_s, targetDir())));
        QCOMPARE(a.state, ArtifactRecord::State::Complete);
        QString message;
        QVERIFY2(waitForOperation(m_backups->testRestore(a.id, 1, 3000), &message), qPrintable(message));
        QVERIFY(message.contains(u"removed"_s));
        bool ok = false;
        const QString all = m_lab->virsh(1, {u"list"_s, u"--all"_s, u"--name"_s}, &ok);
        QVERIFY2(!all.contains(u"restore-test"_s), qPrintable(all));
        QVERIFY(QDir(targetDir() + u"/.vigil-restore-tests"_s).entryList(QDir::Files).isEmpty());
        const QList<RestoreRecord> recorded = m_backups->store()->restores(a.id);
        QCOMPARE(recorded.size(), 1);
        QVERIFY(recorded.first().test && recorded.first().ok);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestLabBackup)
#include "tst_lab_backup.moc"
