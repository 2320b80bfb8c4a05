#include "backupleftovers.h"

#include "../backup/manifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupLeftovers)
};

bool backupJobActive(virDomainPtr dom)
{
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(dom, &type, &params, &count, 0) < 0) {
        virResetLastError();
        return false;
    }
    int operation = 0;
    const bool backup = virTypedParamsGetInt(params, count, VIR_DOMAIN_JOB_OPERATION, &operation) == 1
        && operation == VIR_DOMAIN_JOB_OPERATION_BACKUP;
    virTypedParamsFree(params, count);
    return type != VIR_DOMAIN_JOB_NONE && backup;
}

// The files a running backup job writes, from its XML: push mode's
// targets, pull mode's scratch files on the host.
struct JobFiles {
    QStringList targets;
    QStringList scratches;
};

JobFiles backupFiles(virDomainPtr dom)
{
    const QString xml = takeString(virDomainBackupGetXMLDesc(dom, 0));
    if (xml.isEmpty())
        virResetLastError();
    JobFiles files;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QString file = reader.attributes().value(u"file"_s).toString();
        if (file.isEmpty())
            continue;
        if (reader.name() == u"target")
            files.targets << file;
        else if (reader.name() == u"scratch")
            files.scratches << file;
    }
    return files;
}

// A pull job's scratch file of one of the job's runs ("vigil-j3-r13-vda.vigil-scratch"): its run, else 0.
qint64 runIdOfScratch(const QString &file, const QString &checkpointPrefix)
{
    const QString name = QFileInfo(file).fileName();
    if (checkpointPrefix.isEmpty() || !name.startsWith(checkpointPrefix)
        || !name.endsWith(QLatin1String(Backup::kScratchSuffix)))
        return 0;
    static const QRegularExpression run(u"^r(\\d+)-"_s);
    const QRegularExpressionMatch m = run.match(name.mid(checkpointPrefix.size()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

} // namespace

qint64 runIdOfArtifactDirectory(const QString &path)
{
    static const QRegularExpression run(u"-r(\\d+)(\\.partial)?$"_s);
    const QRegularExpressionMatch m = run.match(QFileInfo(path).fileName());
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

QString deleteCheckpointOf(virDomainPtr dom, const QString &name)
{
    CheckpointHandle cp(virDomainCheckpointLookupByName(dom, name.toUtf8().constData(), 0));
    if (!cp) {
        virResetLastError();
        return {};
    }
    if (virDomainCheckpointDelete(cp.get(), 0) == 0)
        return {};
    // QEMU lost the bitmap (its process was restarted): only the metadata is left.
    const QString error = lastError();
    virResetLastError();
    if (virDomainCheckpointDelete(cp.get(), VIR_DOMAIN_CHECKPOINT_DELETE_METADATA_ONLY) == 0)
        return {};
    const QString metadataError = lastError();
    virResetLastError();
    return Text::tr("%1 (and as metadata only: %2)").arg(error, metadataError);
}

LeftoverReport clearBackupLeftovers(virDomainPtr dom, const LeftoverScope &scope)
{
    LeftoverReport report;
    if (backupJobActive(dom)) {
        const JobFiles files = backupFiles(dom);
        const QString root = QDir::cleanPath(scope.targetRoot) + u'/';
        // Push: it writes into a .partial directory of a dead run under the
        // target root. Pull: its scratch files are named after a dead run of this job.
        bool leftover = files.targets.size() + files.scratches.size() > 0 && !scope.targetRoot.isEmpty();
        QSet<QString> directories;
        for (const QString &file : files.targets) {
            const QString directory = QFileInfo(file).absolutePath();
            leftover = leftover && QDir::cleanPath(file).startsWith(root)
                && directory.endsWith(QLatin1String(Backup::kPartialSuffix))
                && !scope.liveRuns.contains(runIdOfArtifactDirectory(directory));
            directories.insert(directory);
        }
        for (const QString &file : files.scratches) {
            const qint64 run = runIdOfScratch(file, scope.checkpointPrefix);
            leftover = leftover && run != 0 && !scope.liveRuns.contains(run);
            directories.insert(Text::tr("NBD export of run %1").arg(run));
        }
        const QStringList described = files.targets + files.scratches;
        if (!leftover)
            report.error = Text::tr("another backup job is running on the guest (writing %1); it is left alone")
                               .arg(described.isEmpty() ? Text::tr("to an unknown target") : described.join(u", "_s));
        else {
            if (virDomainAbortJob(dom) < 0)
                virResetLastError();
            QElapsedTimer clock;
            clock.start();
            while (backupJobActive(dom) && clock.elapsed() < 60000)
                QThread::msleep(100);
            if (backupJobActive(dom))
                report.error = Text::tr("the backup job an interrupted run left running did not stop within 60 s");
            else
                report.notes << Text::tr("Stopped the backup job an interrupted run had left running (%1).")
                                    .arg(QStringList(directories.cbegin(), directories.cend()).join(u", "_s));
        }
        if (!report.error.isEmpty())
            return report;
    }
    // The job's checkpoints other than the one the next backup builds on:
    // left by runs that died between taking a checkpoint and deleting the old one.
    virDomainCheckpointPtr *checkpoints = nullptr;
    const int count = virDomainListAllCheckpoints(dom, &checkpoints, 0);
    if (count < 0) {
        virResetLastError();
        return report;
    }
    QStringList names;
    for (int i = 0; i < count; ++i) {
        CheckpointHandle cp(checkpoints[i]);
        names << QString::fromUtf8(virDomainCheckpointGetName(cp.get()));
    }
    free(checkpoints);
    for (const QString &name : std::as_const(names)) {
        if (scope.checkpointPrefix.isEmpty() || !name.startsWith(scope.checkpointPrefix) || name == scope.keepCheckpoint)
            continue;
        if (const QString error = deleteCheckpointOf(dom, name); error.isEmpty())
            report.notes << Text::tr("Deleted checkpoint %1, which no kept backup builds on.").arg(name);
        else
            report.notes << Text::tr("Could not delete checkpoint %1: %2.").arg(name, error);
    }
    return report;
}

} // namespace Vigil::Virt
