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

// The files a running backup job writes (push mode), from its XML.
QStringList backupTargets(virDomainPtr dom)
{
    const QString xml = takeString(virDomainBackupGetXMLDesc(dom, 0));
    if (xml.isEmpty())
        virResetLastError();
    QStringList files;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd())
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"target")
            if (const QString file = reader.attributes().value(u"file"_s).toString(); !file.isEmpty())
                files << file;
    return files;
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
        const QStringList targets = backupTargets(dom);
        const QString root = QDir::cleanPath(scope.targetRoot) + u'/';
        bool leftover = !targets.isEmpty() && !scope.targetRoot.isEmpty();
        QSet<QString> directories;
        for (const QString &file : targets) {
            const QString directory = QFileInfo(file).absolutePath();
            leftover = leftover && QDir::cleanPath(file).startsWith(root)
                && directory.endsWith(QLatin1String(Backup::kPartialSuffix))
                && !scope.liveRuns.contains(runIdOfArtifactDirectory(directory));
            directories.insert(directory);
        }
        if (!leftover)
            report.error = Text::tr("another backup job is running on the guest (writing %1); it is left alone")
                               .arg(targets.isEmpty() ? Text::tr("to an unknown target") : targets.join(u", "_s));
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
                report.notes << Text::tr("Stopped the backup job an interrupted run had left writing into %1.")
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
