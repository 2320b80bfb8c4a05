// bench_pullbackup: a running guest on a separate lab machine, its disk
// holding D MiB of data; prints the throughput of
//  - Vigil's pull backup (NBD export read with libnbd, qcow2 written in
//    Vigil's process), end to end: job start → verified artifact;
//  - `qemu-img convert` reading the same kind of NBD export into qcow2 (the
//    reference reader), for the copy alone;
//  - Vigil's push backup of the same disk to a target the machine shares;
//  - incremental pulls after writing C MiB, per C.
// Figures, not a pass/fail test: `bench_pullbackup [data MiB] [changed MiB…]`.
// Root (the lab); exits 77 where the lab cannot run.
#include "core/backup/backupmanager.h"
#include "core/backup/qemuimg.h"
#include "core/cluster/clustermanager.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"
#include "lab/backupwaits.h"
#include "lab/labcluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Vigil;
using namespace Vigil::Backup;

namespace {

struct Bench {
    Test::LabCluster lab;
    std::unique_ptr<ClusterManager> cluster;
    std::unique_ptr<BackupManager> backups;

    bool virsh(const QStringList &args, QString *out = nullptr)
    {
        bool ok = false;
        const QString text = lab.virsh(1, args, &ok);
        if (out)
            *out = text;
        if (!ok)
            std::fprintf(stderr, "virsh %s failed: %s\n", qPrintable(args.join(u' ')), qPrintable(text));
        return ok;
    }

    bool write(qint64 offset, qint64 length, int pattern)
    {
        QString reply;
        return virsh({u"qemu-monitor-command"_s, u"lab-bench"_s, u"--hmp"_s,
                      u"qemu-io -d /machine/peripheral/virtio-disk0/virtio-backend \"write -P %1 %2 %3\""_s
                          .arg(pattern).arg(offset).arg(length)}, &reply)
            && !reply.contains(u"rror"_s);
    }

    qint64 job(const QString &target, Transfer transfer)
    {
        BackupJob j;
        j.name = u"bench-"_s + transferName(transfer) + QString::number(QDateTime::currentMSecsSinceEpoch());
        j.selection.guests = {u"lab-bench"_s};
        j.schedule.kind = Schedule::Kind::Manual;
        j.targetDirectory = target;
        j.retention = {0, 0, 0, 0};
        j.fullEvery = 0;
        j.transfer = transfer;
        j.verifyAfter = false;   // the copy is measured, not the checksum pass
        QString error;
        backups->store()->saveJob(j, &error);
        return j.id;
    }

    // Runs the job; the artifact's manifest (copy time, bytes read) or null.
    std::optional<Manifest> run(qint64 jobId, qint64 *wallMs)
    {
        QElapsedTimer clock;
        clock.start();
        const RunRecord finished = Test::runBackupAndWait(*backups, jobId);
        *wallMs = clock.elapsed();
        const QList<ArtifactRecord> artifacts = backups->store()->artifactsOfRun(finished.id);
        if (artifacts.size() != 1 || !artifacts.first().isRestorable()) {
            std::fprintf(stderr, "backup failed: %s\n",
                         artifacts.isEmpty() ? "no artifact" : qPrintable(artifacts.first().message));
            return std::nullopt;
        }
        Manifest m;
        QString error;
        manifestFromJson(artifacts.first().manifest, &m, &error);
        return m;
    }

    // The reference: qemu-img convert from a pull job's NBD export.
    qint64 convertFromNbd(const QString &output)
    {
        QTemporaryFile xml;
        xml.open();
        xml.write(u"<domainbackup mode='pull'><server transport='tcp' name='%1' port='10899'/><disks>"
                  "<disk name='vda' backup='yes' type='file' exportname='vda'>"
                  "<scratch file='/var/lib/vigil-lab/images/bench.scratch'/></disk></disks></domainbackup>"_s
                      .arg(lab.address(1)).toUtf8());
        xml.flush();
        if (!virsh({u"backup-begin"_s, u"lab-bench"_s, xml.fileName()}))
            return -1;
        QElapsedTimer clock;
        clock.start();
        const ToolResult r = runQemuImg({u"convert"_s, u"-f"_s, u"raw"_s, u"-O"_s, u"qcow2"_s,
                                         u"nbd://%1:10899/vda"_s.arg(lab.address(1)), output});
        const qint64 ms = clock.elapsed();
        virsh({u"domjobabort"_s, u"lab-bench"_s});
        if (!r.ok) {
            std::fprintf(stderr, "qemu-img convert failed: %s\n", qPrintable(r.error));
            return -1;
        }
        return ms;
    }
};

double mibPerSecond(qint64 bytes, qint64 ms) { return ms > 0 ? double(bytes) / 1048576.0 / (double(ms) / 1000.0) : 0; }

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int dataMiB = args.size() > 1 ? args.at(1).toInt() : 512;
    QList<int> changes;
    for (int i = 2; i < args.size(); ++i)
        changes << args.at(i).toInt();
    if (changes.isEmpty())
        changes = {1, 16, 64};
    if (const QString why = Test::LabCluster::unavailableReason(); !why.isEmpty()) {
        std::printf("bench_pullbackup skipped: %s\n", qPrintable(why));
        return 77;
    }
    Bench b;
    QString error;
    if (!b.lab.startMachines(1, &error)) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(error));
        return 1;
    }
    const int diskMiB = dataMiB + 2 * std::max(64, *std::max_element(changes.cbegin(), changes.cend()));
    const QString disk = u"/var/lib/vigil-lab/images/lab-bench.qcow2"_s;
    if (!b.lab.defineDiskGuest(1, u"lab-bench"_s, false)
        || !b.lab.inMachine(1, {u"qemu-img"_s, u"resize"_s, u"-q"_s, disk, u"%1M"_s.arg(diskMiB)})
        || !b.virsh({u"start"_s, u"lab-bench"_s}) || !b.write(0, qint64(dataMiB) << 20, 0x5a))
        return 1;
    b.cluster = b.lab.connect(1, &error);
    if (!b.cluster) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    auto opened = Store::Database::open(b.lab.directory() + u"/bench.db"_s, u"bench-pull"_s);
    b.backups = std::make_unique<BackupManager>(b.cluster.get(), opened.db);
    const QString pullTarget = b.lab.directory() + u"/pull"_s;
    const QString pushTarget = b.lab.directory() + u"/push"_s;   // the machine sees the lab's directory
    QDir().mkpath(pullTarget);
    QDir().mkpath(pushTarget);
    const qint64 bytes = qint64(dataMiB) << 20;
    std::printf("bench_pullbackup: guest on a separate machine, %d MiB of data on a %d MiB qcow2 disk\n", dataMiB, diskMiB);

    qint64 wall = 0;
    const qint64 pullJob = b.job(pullTarget, Transfer::Pull);
    const std::optional<Manifest> full = b.run(pullJob, &wall);
    if (!full)
        return 1;
    std::printf("  pull full backup:        copy %6lld ms = %7.1f MiB/s; job %6lld ms; %lld MiB read\n",
                full->copyMs, mibPerSecond(bytes, full->copyMs), wall, full->bytesTransferred >> 20);
    const qint64 convertMs = b.convertFromNbd(b.lab.directory() + u"/convert.qcow2"_s);
    if (convertMs < 0)
        return 1;
    std::printf("  qemu-img convert of NBD: copy %6lld ms = %7.1f MiB/s  (pull / convert: %.2fx)\n", convertMs,
                mibPerSecond(bytes, convertMs), double(convertMs) / double(std::max<qint64>(1, full->copyMs)));
    const std::optional<Manifest> pushed = b.run(b.job(pushTarget, Transfer::Push), &wall);
    if (!pushed)
        return 1;
    std::printf("  push full backup:        copy %6lld ms = %7.1f MiB/s; job %6lld ms  (pull / push: %.2fx)\n",
                pushed->copyMs, mibPerSecond(bytes, pushed->copyMs), wall,
                double(pushed->copyMs) / double(std::max<qint64>(1, full->copyMs)));
    int pattern = 0x10;
    qint64 offset = 0;
    for (int changed : std::as_const(changes)) {
        // Changed data spread in 1 MiB pieces over the disk's data.
        const qint64 pieces = changed;
        const qint64 stride = std::max<qint64>(1, dataMiB / std::max<qint64>(1, pieces));
        for (qint64 i = 0; i < pieces; ++i)
            if (!b.write(((offset + i * stride) % dataMiB) << 20, 1 << 20, ++pattern % 250))
                return 1;
        ++offset;
        const std::optional<Manifest> inc = b.run(pullJob, &wall);
        if (!inc)
            return 1;
        std::printf("  pull incremental, %3d MiB changed: copy %5lld ms; job %5lld ms; %lld KiB read%s\n", changed,
                    inc->copyMs, wall, inc->bytesTransferred >> 10, inc->incremental ? "" : " (NOT incremental)");
    }
    b.cluster->shutdown(3000);
    return 0;
}
