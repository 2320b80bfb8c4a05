// What the backup alert says, derived from the database so that every
// process on it agrees (backupmanager.h: openProblems).
#include "backupmanager.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {

QList<StoredText> BackupManager::openProblems(const QDateTime &now) const
{
    QList<StoredText> problems;
    for (const BackupJob &job : m_store.jobs()) {
        if (!job.enabled)
            continue;
        if (job.rpoHours > 0) {
            const QDateTime oldestAllowed = now.addSecs(-qint64(job.rpoHours) * 3600);
            QSet<QString> seen;
            for (const Store::BackupStore::NewestGood &g : m_store.newestGoodPerGuest(job.id, job.verifyAfter)) {
                seen.insert(g.guestName);
                // A guest the job no longer names (policy members cannot be told here: kept).
                if (job.selection.policies.isEmpty() && !job.selection.matchesName(g.guestName))
                    continue;
                if (!g.createdAt.isValid())
                    problems << storedTr("%1 misses the RPO of job %2 (%3 h): it has no good backup")
                                    .arg(g.guestName, job.name).arg(job.rpoHours);
                else if (g.createdAt < oldestAllowed)
                    problems << storedTr("%1 misses the RPO of job %2 (%3 h): its newest good backup is %4 h old")
                                    .arg(g.guestName, job.name).arg(job.rpoHours)
                                    .arg(g.createdAt.secsTo(now) / 3600);
            }
            // Named guests never backed up, once the job has run (a new job has had no chance yet).
            const bool hasRun = !m_store.runs(job.id, 1).isEmpty();
            for (const QString &name : job.selection.guests)
                if (hasRun && !seen.contains(name))
                    problems << storedTr("%1 misses the RPO of job %2 (%3 h): it has no good backup")
                                    .arg(name, job.name).arg(job.rpoHours);
        }
        if (job.drillEveryDays > 0)
            for (const RestoreRecord &drill : m_store.lastDrills(job.id))
                if (!drill.ok)
                    problems << storedTr("restore drill of %1 (job %2, %3) failed: %4")
                                    .arg(m_store.artifact(drill.artifactId).value_or(ArtifactRecord()).guestName,
                                         job.name,
                                         drill.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), drill.message);
        for (const RunRecord &run : m_store.runs(job.id, 5)) {
            if (run.state == RunRecord::State::Running || run.state == RunRecord::State::Cancelled)
                continue;   // the newest finished run speaks for the job; a cancel was someone's choice
            if (run.state != RunRecord::State::Succeeded)
                problems << storedTr("backup job %1 %2 (%3): %4")
                                .arg(job.name, runStateText(run.state),
                                     run.finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), run.message);
            break;
        }
    }
    for (const ArtifactRecord &a : m_store.damagedArtifacts()) {
        const QString taken = a.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        if (a.verify == ArtifactRecord::Check::Failed)
            problems << storedTr("backup of %1 from %2 failed verification: %3").arg(a.guestName, taken, a.verifyMessage);
        else
            problems << storedTr("backup of %1 from %2 is not in the mirror").arg(a.guestName, taken);
    }
    return problems;
}

} // namespace Vigil::Backup
