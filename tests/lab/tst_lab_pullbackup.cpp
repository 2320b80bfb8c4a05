// Pull-mode backups from hosts on other machines (label pullbackup): the
// guests' disks are in storage only their machine sees, the target is a
// tmpfs only Vigil's process sees (mounted after the machines started, so
// it never propagates into them). QEMU exports the disks over NBD on the
// machine's address; Vigil reads them across the lab bridge.

#include "common/testsupport.h"
#include "backupwaits.h"
#include "labcluster.h"

#include "core/backup/backupmanager.h"
#include "core/backup/qemuimg.h"
#include "core/backup/sshmirror.h"
#include "core/cluster/clustermanager.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Vigil;
using namespace Vigil::Backup;
using Test::LabCluster;
using Test::report;

class TestLabPullBackup : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<ClusterManager> m_cluster;
    std::unique_ptr<BackupManager> m_backups;
    QString m_target;
    int m_db = 0;

    // The machine's private disk as the lab's own directory holds it: only
    // this test looks there, to compare; Vigil never does.
    QString machineDisk(int host, const QString &guest) const
    {
        return u"%1/h%2/images/%3.qcow2"_s.arg(m_lab->directory()).arg(host).arg(guest);
    }

    void startMachinesAndTarget()
    {
        QString error;
        QVERIFY2(m_lab->startMachines(2, &error), qPrintable(error));
        m_target = m_lab->directory() + u"/backups"_s;
        QVERIFY(QDir().mkpath(m_target));
        QCOMPARE(QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256m,mode=0700"_s,
                                               u"vigil-pull-target"_s, m_target}), 0);
        QVERIFY(QFile(m_target + u"/marker"_s).open(QIODevice::WriteOnly));
        QVERIFY2(!m_lab->inMachine(1, {u"test"_s, u"-e"_s, m_target + u"/marker"_s}),
                 "the target must be invisible to the hosts");
    }

    // A running guest on machine 1 whose 16 MiB disk holds `mib` MiB written through QEMU.
    void startGuestWithData(const QString &name, int mib)
    {
        QVERIFY(m_lab->defineDiskGuest(1, name, false));
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, name}, &ok);
        QVERIFY(ok);
        writeWhileRunning(name, 0, mib << 20, 0x5a);
    }

    void writeWhileRunning(const QString &name, qint64 offset, qint64 length, int pattern)
    {
        bool ok = false;
        const QString reply = m_lab->virsh(1, {u"qemu-monitor-command"_s, name, u"--hmp"_s,
                                               u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend "
                                               "\"write -P %1 %2 %3\""_s.arg(pattern).arg(offset).arg(length)}, &ok);
        QVERIFY2(ok && !reply.contains(u"rror"_s), qPrintable(reply));
    }

    // Vigil's view of both machines; `cluster` when the test connected them its own way.
    void connectHosts(std::unique_ptr<ClusterManager> cluster = nullptr)
    {
        QString error;
        m_cluster = cluster ? std::move(cluster) : m_lab->connect(2, &error);
        QVERIFY2(m_cluster, qPrintable(error));
        auto opened = Store::Database::open(m_lab->directory() + u"/vigil.db"_s, u"lab-pull-%1"_s.arg(++m_db));
        QVERIFY2(opened.ok, qPrintable(opened.error));
        m_backups = std::make_unique<BackupManager>(m_cluster.get(), opened.db);
    }

    qint64 makeJob(const QString &guest, Transfer transfer = Transfer::Auto, int bandwidthMiBs = 0)
    {
        BackupJob job;
        job.name = u"pull-"_s + guest + QString::number(QDateTime::currentMSecsSinceEpoch());
        job.selection.guests = {guest};
        job.schedule.kind = Schedule::Kind::Manual;
        job.targetDirectory = m_target;
        job.retention = {0, 0, 0, 0};
        job.fullEvery = 0;
        job.transfer = transfer;
        job.bandwidthMiBs = bandwidthMiBs;
        QString error;
        if (!m_backups->store()->saveJob(job, &error))
            qWarning() << error;
        return job.id;
    }

    RunRecord runAndWait(qint64 jobId) { return Test::runBackupAndWait(*m_backups, jobId); }

    QString uuidOf(const QString &guest) const
    {
        return m_lab->virsh(1, {u"domuuid"_s, guest}).trimmed();
    }

    ArtifactRecord onlyArtifact(const RunRecord &run)
    {
        const QList<ArtifactRecord> all = m_backups->store()->artifactsOfRun(run.id);
        return all.size() == 1 ? all.first() : ArtifactRecord();
    }

    Manifest manifestOf(const ArtifactRecord &a)
    {
        Manifest m;
        QString error;
        if (!manifestFromJson(a.manifest, &m, &error))
            qWarning() << error;
        return m;
    }

    bool waitForOperation(quint64 id, QString *message)
    {
        return Test::waitForBackupOperation(*m_backups, id, message);
    }

    // Until a guest's backup of the run has read something.
    bool waitUntilReading(qint64 run)
    {
        return QTest::qWaitFor([&] {
            for (const ArtifactRecord &a : m_backups->store()->artifactsOfRun(run))
                if (const auto p = m_backups->progress(a.id); p && p->processed > 0)
                    return true;
            return false;
        }, 30000);
    }

    QString checkpoints(const QString &guest)
    {
        return m_lab->virsh(1, {u"checkpoint-list"_s, guest, u"--name"_s}).trimmed();
    }

private Q_SLOTS:
    void init()
    {
        VIGIL_SKIP_WITHOUT_LAB();
        m_lab = std::make_unique<LabCluster>();
        startMachinesAndTarget();
    }

    void cleanup()
    {
        m_backups.reset();
        if (m_cluster)
            m_cluster->shutdown(3000);
        m_cluster.reset();
        if (!m_target.isEmpty())
            QProcess::execute(u"umount"_s, {u"-l"_s, m_target});
        m_target.clear();
        m_lab.reset();
    }

    // A full and then an incremental backup pulled over NBD into a target
    // the host cannot see; the chain reads exactly like the guest's disk,
    // and the incremental read only what changed.
    void fullAndIncrementalPullReadTheExactDisk()
    {
        startGuestWithData(u"lab-pull"_s, 12);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-pull"_s);
        const RunRecord first = runAndWait(job);
        const ArtifactRecord full = onlyArtifact(first);
        QVERIFY2(first.state == RunRecord::State::Succeeded, qPrintable(first.message + u" / "_s + full.message));
        QVERIFY(!full.incremental);
        QCOMPARE(full.verify, ArtifactRecord::Check::Passed);
        const Manifest fullManifest = manifestOf(full);
        QCOMPARE(fullManifest.transfer, u"pull"_s);
        QVERIFY2(full.message.contains(u"Pulled over NBD from 10.77.0."_s), qPrintable(full.message));
        // Allocated extents only: 12 MiB of data, not the 16 MiB disk.
        QCOMPARE(fullManifest.bytesTransferred, qint64(12) << 20);
        QVERIFY(full.path.startsWith(m_target));

        writeWhileRunning(u"lab-pull"_s, 1 << 20, 1 << 20, 0xab);
        writeWhileRunning(u"lab-pull"_s, 14 << 20, 64 << 10, 0xcd);   // beyond the old data
        // Old data zeroed: the incremental must hide the full backup's copy.
        bool zeroed = false;
        const QString reply = m_lab->virsh(1, {u"qemu-monitor-command"_s, u"lab-pull"_s, u"--hmp"_s,
                                               u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend "
                                               "\"write -z 4M 1M\""_s}, &zeroed);
        QVERIFY2(zeroed && !reply.contains(u"rror"_s), qPrintable(reply));
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        m_lab->virsh(1, {u"suspend"_s, u"lab-pull"_s}, &ok);   // the disk holds still for the comparison
        QVERIFY(ok);
        const RunRecord second = runAndWait(job);
        const ArtifactRecord inc = onlyArtifact(second);
        QVERIFY2(second.state == RunRecord::State::Succeeded, qPrintable(second.message + u" / "_s + inc.message));
        QVERIFY2(inc.incremental, qPrintable(inc.message));
        QCOMPARE(inc.parentId, full.id);
        const Manifest incManifest = manifestOf(inc);
        QCOMPARE(incManifest.transfer, u"pull"_s);
        // The dirty bitmap's 64 KiB granularity: exactly what was written
        // (the zeroed MiB too: it is read, and written as zeros).
        QCOMPARE(incManifest.bytesTransferred, (qint64(2) << 20) + (64 << 10));
        report("pull: full backup, data read for 12 MiB allocated of 16 MiB", double(fullManifest.bytesTransferred) / 1048576.0, "MiB");
        report("pull: incremental after writing 2.06 MiB (1 MiB of it zeros), data read", double(incManifest.bytesTransferred) / 1048576.0, "MiB");
        QCOMPARE(checkpoints(u"lab-pull"_s), inc.checkpoint);

        const ToolResult same = runQemuImg({u"compare"_s, u"-U"_s, machineDisk(1, u"lab-pull"_s), inc.path + u"/vda.qcow2"_s});
        QVERIFY2(same.ok, qPrintable(same.error + same.output));
        // Nothing of the pull stays on the host: no scratch file, no NBD job.
        QString listing;
        QVERIFY(m_lab->inMachine(1, {u"ls"_s, u"-a"_s, u"/var/lib/vigil-lab/images"_s}, &listing));
        QVERIFY2(!listing.contains(u"scratch"_s), qPrintable(listing));
        QVERIFY(m_lab->virsh(1, {u"domjobinfo"_s, u"lab-pull"_s}).contains(u"None"_s));
    }

    // The pulled chain restored onto the other machine: its disk goes into
    // that machine's storage pool through libvirt, reads exactly like the
    // original and boots; without a pool for the directory, the message
    // names the pools there are.
    void restoreOntoAnotherMachineUploadsIntoItsPool()
    {
        startGuestWithData(u"lab-move"_s, 6);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-move"_s);
        QCOMPARE(runAndWait(job).state, RunRecord::State::Succeeded);
        writeWhileRunning(u"lab-move"_s, 3 << 20, 2 << 20, 0x77);
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        m_lab->virsh(1, {u"suspend"_s, u"lab-move"_s}, &ok);
        QVERIFY(ok);
        const RunRecord second = runAndWait(job);
        QCOMPARE(second.state, RunRecord::State::Succeeded);
        const ArtifactRecord inc = onlyArtifact(second);
        QVERIFY(inc.incremental);

        BackupManager::RestoreSpec spec;
        spec.artifactId = inc.id;
        spec.host = 2;
        spec.name = u"lab-move-copy"_s;
        QString message;
        QVERIFY(!waitForOperation(m_backups->restore(spec), &message));
        QVERIFY2(message.contains(u"storage pool"_s) && message.contains(u"virsh pool-define-as"_s), qPrintable(message));

        m_lab->virsh(2, {u"pool-create-as"_s, u"lab-images"_s, u"dir"_s, u"--target"_s, u"/var/lib/vigil-lab/images"_s}, &ok);
        QVERIFY(ok);
        QElapsedTimer clock;
        clock.start();
        spec.start = true;
        QVERIFY2(waitForOperation(m_backups->restore(spec), &message), qPrintable(message));
        report("pull: restore of a 6 MiB + 2 MiB chain onto another machine, started", double(clock.elapsed()), "ms");
        QCOMPARE(m_lab->virsh(2, {u"domstate"_s, u"lab-move-copy"_s}), u"running"_s);
        const QString source = m_lab->virsh(2, {u"domblklist"_s, u"lab-move-copy"_s});
        QVERIFY2(source.contains(u"/var/lib/vigil-lab/images/lab-move-copy-vda-restored-"_s), qPrintable(source));
        const QString fileName = QFileInfo(source.section(u' ', -1).trimmed()).fileName();
        m_lab->virsh(2, {u"destroy"_s, u"lab-move-copy"_s}, &ok);
        const QString restored = u"%1/h2/images/%2"_s.arg(m_lab->directory(), fileName);
        const ToolResult same = runQemuImg({u"compare"_s, u"-U"_s, machineDisk(1, u"lab-move"_s), restored});
        QVERIFY2(same.ok, qPrintable(same.error + same.output));
        // Nothing was left in the staging place beside the backups.
        QCOMPARE(QDir(m_target + u"/lab-move"_s).entryList({u".vigil-restore-*"_s}, QDir::Dirs | QDir::Hidden).size(), 0);
    }

    // Two guests of one run pulled at the same time from one machine: their
    // scratch files share a directory and must not collide.
    void twoGuestsPulledAtOnce()
    {
        startGuestWithData(u"lab-pa"_s, 4);
        startGuestWithData(u"lab-pb"_s, 4);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        BackupJob job = m_backups->store()->job(makeJob(u"lab-pa"_s)).value();
        job.selection.guests = {u"lab-pa"_s, u"lab-pb"_s};
        job.concurrency = 2;
        QString error;
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        const RunRecord run = runAndWait(job.id);
        const QList<ArtifactRecord> artifacts = m_backups->store()->artifactsOfRun(run.id);
        QCOMPARE(artifacts.size(), 2);
        for (const ArtifactRecord &a : artifacts) {
            QVERIFY2(a.isRestorable(), qPrintable(a.guestName + u": "_s + a.message));
            QCOMPARE(manifestOf(a).bytesTransferred, qint64(4) << 20);
        }
        QCOMPARE(run.state, RunRecord::State::Succeeded);
    }

    // A shut-off guest on another machine cannot be exported (libvirt
    // exports running guests only) nor copied by path: the run says so.
    void shutOffGuestOnAnotherMachineSaysWhy()
    {
        QVERIFY(m_lab->defineDiskGuest(1, u"lab-off"_s, false));
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const RunRecord run = runAndWait(makeJob(u"lab-off"_s));
        QCOMPARE(run.state, RunRecord::State::Failed);
        const ArtifactRecord a = onlyArtifact(run);
        QVERIFY2(a.message.contains(u"not reachable from this machine"_s), qPrintable(a.message));
        QVERIFY(!QFileInfo::exists(a.path + u".partial"_s));
    }

    // Push mode to a target the host cannot see fails and says how to fix it.
    void pushToATargetTheHostCannotSeeSaysToPull()
    {
        startGuestWithData(u"lab-push"_s, 2);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const RunRecord run = runAndWait(makeJob(u"lab-push"_s, Transfer::Push));
        QCOMPARE(run.state, RunRecord::State::Failed);
        const ArtifactRecord a = onlyArtifact(run);
        QVERIFY2(a.message.contains(u"pull the backup over the network"_s), qPrintable(a.message));
        QVERIFY(checkpoints(u"lab-push"_s).isEmpty());
        // The same job pulling succeeds.
        BackupJob job = m_backups->store()->job(a.jobId).value();
        job.transfer = Transfer::Pull;
        QString error;
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        QCOMPARE(runAndWait(job.id).state, RunRecord::State::Succeeded);
    }

    // The network to the host drops mid-backup: the run fails within the
    // stall timeout, keeps nothing half-written, and the next run (after the
    // network is back) clears what the host kept and succeeds.
    void partitionMidPullFailsCleanlyAndTheNextRunSucceeds()
    {
        startGuestWithData(u"lab-cut"_s, 12);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-cut"_s, Transfer::Auto, 1);   // 1 MiB/s: 12 s of reading
        QString error;
        const qint64 run = m_backups->runJob(job, u"lab"_s, &error);
        QVERIFY2(run != 0, qPrintable(error));
        QVERIFY(waitUntilReading(run));   // cut once the pull is reading
        QVERIFY(m_lab->partition(1));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(QTest::qWaitFor([&] { return !m_backups->isRunning(run); }, 90000));
        report("pull: network cut mid-backup, failure reported after", double(clock.elapsed()) / 1000.0, "s");
        const RunRecord failed = m_backups->store()->run(run).value();
        QCOMPARE(failed.state, RunRecord::State::Failed);
        const ArtifactRecord a = onlyArtifact(failed);
        QVERIFY2(a.message.contains(u"NBD"_s), qPrintable(a.message));
        QVERIFY(!QFileInfo::exists(a.path));
        QVERIFY(!QFileInfo::exists(a.path + u".partial"_s));
        QVERIFY(m_lab->heal(1));
        QVERIFY(QTest::qWaitFor([&] { return m_cluster->status(1).state == HostState::Up; }, 30000));
        QVERIFY(QTest::qWaitFor([&] { return !m_backups->isBusy(); }, 30000));

        BackupJob unlimited = m_backups->store()->job(job).value();
        unlimited.bandwidthMiBs = 0;
        QVERIFY(m_backups->store()->saveJob(unlimited, &error));
        const RunRecord next = runAndWait(job);
        const ArtifactRecord good = onlyArtifact(next);
        QVERIFY2(next.state == RunRecord::State::Succeeded, qPrintable(next.message + u" / "_s + good.message));
        QVERIFY(!good.incremental);
        QCOMPARE(checkpoints(u"lab-cut"_s), good.checkpoint);
        QString listing;
        QVERIFY(m_lab->inMachine(1, {u"ls"_s, u"-a"_s, u"/var/lib/vigil-lab/images"_s}, &listing));
        QVERIFY2(!listing.contains(u"scratch"_s), qPrintable(listing));
    }

    // The mirror on another server (machine 2) over ssh: sftp copies each
    // backup there, the server hashes its copy, the mirror keeps its own
    // number of backups; a server offering another key than the pinned one
    // is refused and the backup alert says which backup is not mirrored.
    void mirrorOverSshIsVerifiedThereAndKeepsItsOwnCount()
    {
        startGuestWithData(u"lab-vault"_s, 4);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        // The key as the admin copies it from the server (its .pub file).
        QFile pub(u"%1/h2/ssh/ssh_host_ed25519_key.pub"_s.arg(m_lab->directory()));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QString serverKey = QString::fromLatin1(pub.readAll()).section(u' ', 0, 1);
        BackupJob job = m_backups->store()->job(makeJob(u"lab-vault"_s)).value();
        job.mode = BackupMode::Full;
        job.mirror = u"ssh://root@%1/var/lib/vigil-lab/images/vault"_s.arg(m_lab->address(2));
        job.mirrorHostKey = serverKey;
        job.mirrorIdentity = m_lab->clientKey();
        job.mirrorKeepLast = 1;
        QString error;
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        // Where machine 2 keeps the copies; this process never writes there itself.
        const QString vault = m_lab->directory() + u"/h2/images/vault/lab-vault"_s;

        const RunRecord first = runAndWait(job.id);
        QCOMPARE(first.state, RunRecord::State::Succeeded);
        const ArtifactRecord one = m_backups->store()->artifact(onlyArtifact(first).id).value();
        QVERIFY2(one.mirror == ArtifactRecord::Check::Passed, qPrintable(one.mirrorPath));
        const QString name = QFileInfo(one.path).fileName();
        QCOMPARE(one.mirrorPath, job.mirror + u"/lab-vault/"_s + name);
        QString copyError;
        QCOMPARE(sha256OfFile(vault + u"/"_s + name + u"/vda.qcow2"_s, &copyError),
                 sha256OfFile(one.path + u"/vda.qcow2"_s, &copyError));
        QVERIFY(m_lab->sshdLog(2).contains(u"Accepted publickey for root"_s));

        // The mirror keeps 1: the second backup replaces the first there,
        // while the target (keep all) still has both.
        const RunRecord second = runAndWait(job.id);
        QCOMPARE(second.state, RunRecord::State::Succeeded);
        const ArtifactRecord two = m_backups->store()->artifact(onlyArtifact(second).id).value();
        QCOMPARE(two.mirror, ArtifactRecord::Check::Passed);
        const ArtifactRecord oneLater = m_backups->store()->artifact(one.id).value();
        QVERIFY(oneLater.mirrorPath.isEmpty());
        QCOMPARE(oneLater.state, ArtifactRecord::State::Complete);
        QVERIFY(QFileInfo::exists(one.path));
        QVERIFY(!QFileInfo::exists(vault + u"/"_s + name));
        QVERIFY(QFileInfo::exists(vault + u"/"_s + QFileInfo(two.path).fileName() + u"/manifest.json"_s));
        QVERIFY(m_backups->openProblems().isEmpty());
        // Deleting a copy that is gone already is no failure; one outside the mirror is refused.
        const std::optional<SshMirror> server = sshMirrorOf(job, &error);
        QVERIFY2(server, qPrintable(error));
        QVERIFY2(removeCopyOverSsh(*server, one.mirrorPath, &error), qPrintable(error));
        QVERIFY(!removeCopyOverSsh(*server, u"ssh://root@%1/var/lib/vigil-lab/images/other"_s.arg(m_lab->address(2)),
                                   &error));
        QVERIFY2(error.contains(u"is not in the mirror"_s), qPrintable(error));

        // Another server answering at that address (a key that is not the pinned one).
        const QString otherKey = m_lab->directory() + u"/other_host_key"_s;
        QCOMPARE(QProcess::execute(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(),
                                                    u"-f"_s, otherKey}), 0);
        QFile otherPub(otherKey + u".pub"_s);
        QVERIFY(otherPub.open(QIODevice::ReadOnly));
        job.mirrorHostKey = QString::fromLatin1(otherPub.readAll()).section(u' ', 0, 1);
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        QSignalSpy events(m_backups.get(), &BackupManager::eventOccurred);
        const RunRecord third = runAndWait(job.id);
        QCOMPARE(third.state, RunRecord::State::Succeeded);   // the backup itself is good
        const ArtifactRecord three = m_backups->store()->artifact(onlyArtifact(third).id).value();
        QCOMPARE(three.mirror, ArtifactRecord::Check::Failed);
        QVERIFY(!QFileInfo::exists(vault + u"/"_s + QFileInfo(three.path).fileName()));
        const QString problems = StoredText::joined(m_backups->openProblems(), u"\n"_s).english();
        QVERIFY2(problems.contains(u"backup of lab-vault"_s) && problems.contains(u"not in the mirror"_s),
                 qPrintable(problems));
        QString said;
        for (const QList<QVariant> &e : std::as_const(events))
            said += e.at(0).value<EventRecord>().message.english() + u'\n';
        QVERIFY2(said.contains(u"did not offer the pinned host key"_s), qPrintable(said));
    }

    // Restore drills over three guests, two at a time: each guest's newest
    // backup is restored and booted once, the longest-undrilled first; a
    // guest whose backup files are gone fails its drill and the backup
    // alert says so; nothing is drilled again within the period.
    void restoreDrillsRotateThroughEveryGuest()
    {
        const QStringList guests{u"lab-d1"_s, u"lab-d2"_s, u"lab-d3"_s};
        for (const QString &g : guests)
            startGuestWithData(g, 2);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        bool ok = false;
        m_lab->virsh(1, {u"pool-create-as"_s, u"lab-images"_s, u"dir"_s, u"--target"_s, u"/var/lib/vigil-lab/images"_s}, &ok);
        QVERIFY(ok);
        BackupJob job = m_backups->store()->job(makeJob(u"lab-d1"_s)).value();
        job.selection.guests = guests;
        job.concurrency = 3;
        job.drillEveryDays = 7;
        job.drillAtOnce = 2;
        QString error;
        QVERIFY2(m_backups->store()->saveJob(job, &error), qPrintable(error));
        QCOMPARE(runAndWait(job.id).state, RunRecord::State::Succeeded);
        QString broken;
        for (const ArtifactRecord &a : m_backups->store()->artifactsOfGuest(job.id, uuidOf(u"lab-d2"_s)))
            broken = a.path;
        QVERIFY(QFile::remove(broken + u"/vda.qcow2"_s));   // the target lost lab-d2's disk image

        m_backups->setDrillSettleMs(1000);
        m_backups->setSchedulingEnabled(true, 200);
        int mostAtOnce = 0;
        QVERIFY(QTest::qWaitFor([&] {
            const QString running = m_lab->virsh(1, {u"list"_s, u"--name"_s});
            mostAtOnce = std::max(mostAtOnce, int(running.count(u"-restore-test-"_s)));
            return m_backups->store()->lastDrills(job.id).size() == 3 && !m_backups->isBusy();
        }, 120000));
        const QHash<QString, RestoreRecord> drills = m_backups->store()->lastDrills(job.id);
        QVERIFY2(mostAtOnce >= 1 && mostAtOnce <= 2, qPrintable(QString::number(mostAtOnce)));
        for (const QString &g : guests) {
            const RestoreRecord d = drills.value(uuidOf(g));
            QVERIFY2(d.drill && d.test, qPrintable(g));
            if (g == u"lab-d2"_s) {
                QVERIFY(!d.ok);
                continue;
            }
            QVERIFY2(d.ok, qPrintable(g + u": "_s + d.message));
            QVERIFY(d.bootMs >= 0);
            report("restore drill: restored and started, still running after a 1 s settle", double(d.bootMs), "ms");
        }
        // Never two drills of one guest, and never more than two at once by the records.
        QList<RestoreRecord> all = drills.values();
        for (const RestoreRecord &a : all) {
            int overlapping = 0;
            for (const RestoreRecord &b : all)
                overlapping += b.startedAt <= a.startedAt && a.startedAt < b.finishedAt ? 1 : 0;
            QVERIFY(overlapping <= 2);
        }
        const QString problems = StoredText::joined(m_backups->openProblems(), u"\n"_s).english();
        QVERIFY2(problems.contains(u"restore drill of lab-d2"_s), qPrintable(problems));
        QVERIFY(!problems.contains(u"restore drill of lab-d1"_s));
        // Within the period nothing is drilled again.
        QTest::qWait(1500);
        int recorded = 0;
        for (const QString &g : guests)
            for (const ArtifactRecord &a : m_backups->store()->artifactsOfGuest(job.id, uuidOf(g)))
                recorded += int(m_backups->store()->restores(a.id).size());
        QCOMPARE(recorded, 3);
        m_backups->setSchedulingEnabled(false);
        QVERIFY(m_lab->virsh(1, {u"list"_s, u"--all"_s, u"--name"_s}).count(u"-restore-test-"_s) == 0);
    }

    // A host reached over TLS exports its disks over TLS as well, checked
    // with the same CA and client certificate: a plain NBD client is
    // refused while the backup runs, and the backup says it used TLS.
    void pullOverTlsWhenTheHostIsReachedOverTls()
    {
        startGuestWithData(u"lab-tls"_s, 6);
        auto cluster = std::make_unique<ClusterManager>();
        cluster->addHost(Test::hostConfig(1, u"lab1"_s, u"qemu+tls://%1/system?pkipath=%2/pki/client"_s
                                                            .arg(m_lab->address(1), m_lab->directory())));
        QVERIFY(QTest::qWaitFor([&] { return cluster->status(1).state == HostState::Up; }, 30000));
        connectHosts(std::move(cluster));
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-tls"_s, Transfer::Pull, 2);   // 2 MiB/s: 3 s to look at it
        QString error;
        const qint64 run = m_backups->runJob(job, u"lab"_s, &error);
        QVERIFY2(run != 0, qPrintable(error));
        QVERIFY(waitUntilReading(run));
        const QString backupXml = m_lab->virsh(1, {u"backup-dumpxml"_s, u"lab-tls"_s});
        QVERIFY2(backupXml.contains(u"tls='yes'"_s), qPrintable(backupXml));
        const QString port = QRegularExpression(u"port='(\\d+)'"_s).match(backupXml).captured(1);
        QVERIFY2(!port.isEmpty(), qPrintable(backupXml));
        const ToolResult plain = runQemuImg({u"info"_s, u"--image-opts"_s,
                                             u"driver=nbd,host=%1,port=%2,export=vda"_s.arg(m_lab->address(1), port)});
        QVERIFY2(!plain.ok && plain.error.contains(u"TLS"_s, Qt::CaseInsensitive),
                 qPrintable(u"a plain NBD client: "_s + plain.error + plain.output));
        QVERIFY(QTest::qWaitFor([&] { return !m_backups->isBusy(); }, 60000));
        const RunRecord done = m_backups->store()->run(run).value();
        const ArtifactRecord a = onlyArtifact(done);
        QVERIFY2(done.state == RunRecord::State::Succeeded, qPrintable(done.message + u" / "_s + a.message));
        QVERIFY2(a.message.contains(u"Pulled over NBD with TLS from 10.77.0."_s), qPrintable(a.message));
        QCOMPARE(manifestOf(a).bytesTransferred, qint64(6) << 20);
    }

    // Cancel mid-pull: the guest keeps running, nothing is kept, no checkpoint stays.
    void cancelMidPullKeepsNothing()
    {
        startGuestWithData(u"lab-stop"_s, 12);
        connectHosts();
        if (QTest::currentTestFailed())
            return;
        const qint64 job = makeJob(u"lab-stop"_s, Transfer::Auto, 1);
        QString error;
        const qint64 run = m_backups->runJob(job, u"lab"_s, &error);
        QVERIFY2(run != 0, qPrintable(error));
        QVERIFY(waitUntilReading(run));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_backups->cancelRun(run));
        QVERIFY(QTest::qWaitFor([&] { return !m_backups->isBusy(); }, 30000));
        report("pull: cancel to run ended", double(clock.elapsed()), "ms");
        const RunRecord cancelled = m_backups->store()->run(run).value();
        QCOMPARE(cancelled.state, RunRecord::State::Cancelled);
        const ArtifactRecord a = onlyArtifact(cancelled);
        QVERIFY(!QFileInfo::exists(a.path + u".partial"_s));
        QCOMPARE(m_lab->virsh(1, {u"domstate"_s, u"lab-stop"_s}), u"running"_s);
        QVERIFY(checkpoints(u"lab-stop"_s).isEmpty());
        QVERIFY(m_lab->virsh(1, {u"domjobinfo"_s, u"lab-stop"_s}).contains(u"None"_s));
    }
};

QTEST_GUILESS_MAIN(TestLabPullBackup)
#include "tst_lab_pullbackup.moc"
