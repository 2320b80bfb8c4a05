// What the backup alert says, derived from the database so that every
// process on it agrees (backupmanager.h: openProblems).
#include "backupmanager.h"
#include "backupstatus.h"

using namespace Qt::StringLiterals;

namespace Vigil::Backup {

QList<StoredText> BackupManager::openProblems(const QDateTime &now) const
{
    return openProblems(guestBackupStatus(m_store, now, LastBackup::Skip), now);
}

QList<StoredText> BackupManager::openProblems(const QList<GuestBackupStatus> &status, const QDateTime &now) const
{
    QList<StoredText> problems;
    for (const GuestBackupStatus &g : status) {
        if (g.drillEveryDays > 0 && g.lastDrill.isValid() && !g.drillOk)
            problems << storedTr("restore drill of %1 (job %2, %3) failed: %4")
                            .arg(g.guest, g.job, g.lastDrill.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                 g.drillMessage);
        // A drill that keeps not starting (its host down, the job always
        // running) is said a day after it was due.
        else if (g.drillEveryDays > 0 && g.lastDrill.isValid() && g.newestGood.isValid()
                 && g.lastDrill.addDays(g.drillEveryDays + 1) < now)
            problems << storedTr("restore drill of %1 (job %2) is overdue: last drilled %3, due every %n day(s)",
                                 nullptr, g.drillEveryDays)
                            .arg(g.guest, g.job, g.lastDrill.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s));
        if (g.rpo != GuestBackupStatus::Rpo::Missed)
            continue;
        if (!g.newestGood.isValid())
            problems << storedTr("%1 misses the RPO of job %2 (%3 h): it has no good backup")
                            .arg(g.guest, g.job).arg(g.rpoHours);
        else
            problems << storedTr("%1 misses the RPO of job %2 (%3 h): its newest good backup is %4 h old")
                            .arg(g.guest, g.job).arg(g.rpoHours).arg(g.newestGood.secsTo(now) / 3600);
    }
    for (const BackupJob &job : m_store.jobs()) {
        if (!job.enabled)
            continue;
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
