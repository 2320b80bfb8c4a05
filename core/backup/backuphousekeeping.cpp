// After a run in which every guest succeeded: retention prunes the target,
// new backups are copied to the mirror, and the mirror's own retention
// prunes it. Decided on the GUI thread from the database, done on a worker.
#include "backupmanager.h"

#include "artifactfiles.h"
#include "mirror.h"
#include "retention.h"

using namespace Qt::StringLiterals;

namespace Vigil::Backup {

void BackupManager::afterSuccess(const ActiveRun &run)
{
    // Retention first decided here (database), done on a worker (disk).
    // A backup a restore, restore test or verify still reads is kept: it
    // goes after a later run.
    const QSet<qint64> reading = backupsBeingRead();
    QList<ArtifactRecord> toPrune;
    qsizetype keptWhileRead = 0;
    QSet<QString> guests;
    for (qint64 id : run.newArtifacts)
        guests.insert(m_store.artifact(id).value_or(ArtifactRecord()).guestUuid);
    for (const QString &uuid : std::as_const(guests)) {
        QList<RetainedBackup> retained;
        const QList<ArtifactRecord> history = m_store.artifactsOfGuest(run.job.id, uuid);
        for (const ArtifactRecord &a : history) {
            if (a.state == ArtifactRecord::State::Pruned || a.state == ArtifactRecord::State::Failed
                || a.state == ArtifactRecord::State::Cancelled || a.state == ArtifactRecord::State::Running)
                continue;
            retained.append({a.id, a.createdAt, a.incremental ? a.parentId : 0, a.isRestorable(),
                             reading.contains(a.id)});
        }
        const QSet<qint64> prune = backupsToPrune(retained, run.job.retention);
        for (const ArtifactRecord &a : history)
            if (prune.contains(a.id))
                toPrune.append(a);
        if (!reading.isEmpty()) {
            for (RetainedBackup &b : retained)
                b.beingRead = false;
            keptWhileRead += backupsToPrune(retained, run.job.retention).size() - prune.size();
        }
    }
    if (keptWhileRead > 0)
        log(QString(), QString(),
            storedTr("backup job %1: retention keeps %n backup(s) that a restore or verify is reading; "
                     "they go after a later run", nullptr, int(keptWhileRead)).arg(run.job.name),
            EventRecord::Result::Ok);
    QList<ArtifactRecord> toMirror;
    if (!run.job.mirror.isEmpty())
        for (qint64 id : run.newArtifacts)
            toMirror.append(m_store.artifact(id).value_or(ArtifactRecord()));
    // The mirror's own retention: the copies it holds now, per guest; the
    // worker adds the new copies that passed their check and decides.
    QList<ArtifactRecord> mirroredBefore;
    if (run.job.mirrorKeepLast > 0)
        for (const QString &uuid : std::as_const(guests))
            for (const ArtifactRecord &a : m_store.artifactsOfGuest(run.job.id, uuid))
                if (a.mirror == ArtifactRecord::Check::Passed && !a.mirrorPath.isEmpty())
                    mirroredBefore.append(a);
    if (toPrune.isEmpty() && toMirror.isEmpty() && mirroredBefore.isEmpty())
        return;
    const BackupJob job = run.job;
    for (const ArtifactRecord &a : std::as_const(toPrune))
        m_pruning.insert(a.id);
    struct Housekept {
        QList<ArtifactRecord> changed;
        QStringList problems;
    };
    startOperation([toPrune, toMirror, mirroredBefore, job](const std::atomic<bool> &cancel) {
        QList<ArtifactRecord> changed;
        QStringList problems;
        QList<ArtifactRecord> mirrored = mirroredBefore;
        for (ArtifactRecord a : toMirror) {
            QString copy;
            const FileCheck check = copyToMirror(job, a.path, &copy, &cancel);
            a.mirror = check.ok ? ArtifactRecord::Check::Passed : ArtifactRecord::Check::Failed;
            a.mirrorPath = copy;
            if (check.ok) {
                mirrored.append(a);
            } else {
                problems << tr("mirror of %1 failed: %2").arg(a.guestName, check.message);
                // A copy that failed its check is no copy: it must not
                // take a place of the mirror's retention, nor stay there.
                QString error;
                if (!copy.isEmpty() && removeFromMirror(job, copy, &error))
                    a.mirrorPath.clear();
            }
            changed.append(a);
        }
        for (ArtifactRecord a : toPrune) {
            QString error;
            // With its own retention the mirror decides when a copy goes.
            const bool copyGoesToo = job.mirrorKeepLast == 0 && !a.mirrorPath.isEmpty();
            if (!removeArtifact(a.path, &error) || (copyGoesToo && !removeFromMirror(job, a.mirrorPath, &error))) {
                problems << error;
                continue;
            }
            a.state = ArtifactRecord::State::Pruned;
            a.message = tr("pruned by retention");
            if (copyGoesToo) {
                a.mirrorPath.clear();
                a.mirror = ArtifactRecord::Check::NotChecked;
            }
            changed.append(a);
        }
        if (job.mirrorKeepLast > 0) {
            QHash<QString, QList<RetainedBackup>> perGuest;
            for (const ArtifactRecord &a : std::as_const(mirrored))
                perGuest[a.guestUuid].append({a.id, a.createdAt, a.incremental ? a.parentId : 0, true});
            QSet<qint64> unmirror;
            for (const QList<RetainedBackup> &copies : std::as_const(perGuest))
                unmirror += backupsToPrune(copies, Retention{job.mirrorKeepLast, 0, 0, 0});
            for (ArtifactRecord a : std::as_const(mirrored)) {
                if (!unmirror.contains(a.id))
                    continue;
                QString error;
                if (!removeFromMirror(job, a.mirrorPath, &error)) {
                    problems << error;
                    continue;
                }
                a.mirrorPath.clear();
                a.mirror = ArtifactRecord::Check::NotChecked;
                changed.append(a);
            }
        }
        return Housekept{changed, problems};
    }, [this, jobName = job.name, toPrune](quint64, const Housekept &done) {
        for (const ArtifactRecord &a : toPrune)
            m_pruning.remove(a.id);
        for (ArtifactRecord a : done.changed) {
            // Mirror copies, prunes and mirror prunes of one artifact merge
            // here: the latest word on its mirror copy wins.
            ArtifactRecord current = m_store.artifact(a.id).value_or(a);
            if (a.state == ArtifactRecord::State::Pruned) {
                current.state = a.state;
                current.message = a.message;
            }
            current.mirror = a.mirror;
            current.mirrorPath = a.mirrorPath;
            m_store.saveArtifact(current);
            Q_EMIT artifactChanged(current);
        }
        for (const QString &p : done.problems)
            log(QString(), QString(), storedTr("backup job %1: %2").arg(jobName, p), EventRecord::Result::Failed);
        Q_EMIT integrityProblem(u"backup-mirror:%1"_s.arg(jobName), done.problems.join(u"; "_s),
                                !done.problems.isEmpty());
        if (!toPrune.isEmpty())
            log(QString(), QString(),
                storedTr("backup job %1: retention pruned %n backup(s)", nullptr, int(toPrune.size())).arg(jobName),
                EventRecord::Result::Ok);
    });
}

} // namespace Vigil::Backup
