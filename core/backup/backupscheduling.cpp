// BackupManager's schedules: which job is due, waiting for the hosts,
// retries of failed scheduled runs, runs recorded as skipped, and scheduled
// re-verification (backupmanager.cpp has the runs themselves).
#include "backupmanager.h"
#include "backupstatus.h"

#include "schedule.h"
#include "../cluster/clustermanager.h"

using namespace Qt::StringLiterals;

namespace Vigil::Backup {

void BackupManager::setSchedulingEnabled(bool enabled, int intervalMs)
{
    if (!enabled) {
        m_scheduler.stop();
        return;
    }
    m_scheduler.start(intervalMs);
    // Runs missed while nothing ran Vigil: caught up once, now.
    QMetaObject::invokeMethod(this, [this] { checkSchedules(); }, Qt::QueuedConnection);
}

void BackupManager::checkSchedules(const QDateTime &now)
{
    // One query; a job's document is parsed again only when it changed (a
    // check of 1,000 jobs stays a few milliseconds on the GUI thread).
    const QList<Store::BackupStore::ScheduleRow> rows = m_store.scheduleRows();
    QHash<qint64, ParsedJob> parsed;
    for (const Store::BackupStore::ScheduleRow &row : rows) {
        ParsedJob entry = m_parsedJobs.value(row.id);
        if (entry.document != row.document) {
            const JobParse parse = jobFromJson(row.document.toUtf8());
            entry = {row.document, parse.ok, parse.job, {}, {}, {}};
            entry.job.id = row.id;   // the document does not carry the row's id
        }
        if (entry.scheduledFrom != row.scheduledFrom) {
            // Local-time arithmetic is the expensive part: once per change.
            entry.scheduledFrom = row.scheduledFrom;
            entry.nextRun = nextRunAfter(entry.job.schedule, row.scheduledFrom.toLocalTime());
        }
        const BackupJob &job = entry.job;
        if (!entry.valid || !row.enabled || isJobRunning(row.id)) {
            parsed.insert(row.id, entry);
            continue;
        }
        if (job.reverifyDays > 0)
            startScheduledVerifies(job, now);
        const bool due = job.schedule.kind != Schedule::Kind::Manual && entry.nextRun.isValid() && entry.nextRun <= now;
        const auto retry = m_retries.constFind(row.id);
        const bool retryDue = !due && retry != m_retries.constEnd() && retry->at.isValid() && retry->at <= now
            && now < retry->until;
        if (!due && !retryDue) {
            entry.dueSince = {};
            parsed.insert(row.id, entry);
            // Drills never compete with the job's own run (its retention
            // could prune the backup being drilled).
            if (job.drillEveryDays > 0)
                startDueDrills(job, now);
            continue;
        }
        // Hosts still connecting (Vigil just started) would fail the run
        // with "no connected host has a guest named …": wait, bounded.
        if (!entry.dueSince.isValid())
            entry.dueSince = now;
        parsed.insert(row.id, entry);
        if (!m_cluster->allSettled() && entry.dueSince.secsTo(now) < kSettleWaitSecs)
            continue;
        if (due)
            m_store.setScheduledFrom(row.id, now);
        const QString trigger = due ? u"schedule"_s : u"retry"_s;
        if (retryDue)
            m_retries[row.id].at = {};   // its window stays until the run ends
        QString error;
        const QSet<QString> onlyGuests = retryDue ? m_retries.value(row.id).guests : QSet<QString>();
        if (runJob(row.id, trigger, &error, onlyGuests) == 0)
            recordSkipped(job, trigger, error);
    }
    m_parsedJobs = parsed;
}

void BackupManager::recordSkipped(const BackupJob &job, const QString &trigger, const QString &why)
{
    log(QString(), QString(), storedTr("scheduled backup job %1 was skipped: %2").arg(job.name, why),
        EventRecord::Result::Failed);
    QString error;
    RunRecord run;
    run.id = m_store.startRun(job, trigger, &error);
    if (run.id == 0)
        return;   // the database refuses: the event above is all there is
    run.jobId = job.id;
    run.jobName = job.name;
    run.trigger = trigger;
    run.state = RunRecord::State::Skipped;
    run.finishedAt = QDateTime::currentDateTimeUtc();
    run.message = why;
    m_store.finishRun(run);
    Q_EMIT runChanged(run);
}

void BackupManager::startScheduledVerifies(const BackupJob &job, const QDateTime &now)
{
    // A few at a time, so that re-reading a large target never competes
    // with the backups themselves for long.
    const int room = 2 - int(m_scheduledVerifies.size());
    if (room <= 0)
        return;
    const QList<ArtifactRecord> due = m_store.dueForVerify(job.id, now.addDays(-job.reverifyDays), room + 4);
    int started = 0;
    for (const ArtifactRecord &a : due) {
        if (started == room)
            break;
        if (m_scheduledVerifies.contains(a.id))
            continue;
        m_scheduledVerifies.insert(a.id, verify(a.id));
        ++started;
    }
}

void BackupManager::startDueDrills(const BackupJob &job, const QDateTime &now)
{
    int room = job.drillAtOnce;
    QSet<QString> drilling;
    for (const Drill &d : std::as_const(m_drills))
        if (d.jobId == job.id) {
            --room;
            drilling.insert(d.guestUuid);
        }
    // Hosts still connecting would fail drills that the backups did not
    // earn. Looked at once a minute: drills are counted in days.
    const QDateTime checked = m_drillChecked.value(job.id);
    if (room <= 0 || !m_cluster->allSettled() || (checked.isValid() && checked.secsTo(now) < 60))
        return;
    m_drillChecked.insert(job.id, now);
    const QHash<QString, RestoreRecord> last = m_store.lastDrills(job.id);
    const QStringList due = drillRotation(job, m_store.newestGoodPerGuest(job.id, job.verifyAfter), last, now,
                                          kFailedDrillRetrySecs);
    for (const QString &uuid : due) {
        if (room == 0)
            break;
        const QDateTime tried = m_drillTried.value(uuid);
        if (drilling.contains(uuid) || (tried.isValid() && tried.secsTo(now) < kRetryEverySecs))
            continue;
        const QList<ArtifactRecord> history = m_store.artifactsOfGuest(job.id, uuid);
        const auto newest = std::find_if(history.crbegin(), history.crend(), [&job](const ArtifactRecord &a) {
            return a.isRestorable() && (!job.verifyAfter || a.verify == ArtifactRecord::Check::Passed);
        });
        if (newest == history.crend()) {
            m_drillTried.insert(uuid, now);
            continue;
        }
        const QString hostName = job.drillHost.isEmpty() ? newest->host : job.drillHost;
        HostId host = 0;
        for (const HostConfig &h : m_cluster->hosts())
            if (h.name == hostName && m_cluster->status(h.id).state == HostState::Up)
                host = h.id;
        if (host == 0) {
            // Said once per wait, not every 10 minutes.
            if (!m_drillTried.contains(uuid))
                log(hostName, newest->guestName,
                    storedTr("restore drill of %1 waits: host %2 is not up").arg(newest->guestName, hostName),
                    EventRecord::Result::Failed);
            m_drillTried.insert(uuid, now);
            continue;
        }
        m_drillTried.remove(uuid);
        m_drills.insert(testRestore(newest->id, host, m_drillSettleMs, true), {job.id, uuid});
        --room;
    }
}

void BackupManager::scheduleRetry(const ActiveRun &run)
{
    const QString &trigger = run.record.trigger;
    if ((trigger != u"schedule" && trigger != u"retry") || run.cancel->load()) {
        m_retries.remove(run.job.id);
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    // A scheduled run opens a window of its own; a retry stays in its run's.
    Retry retry = trigger == u"schedule" ? Retry() : m_retries.value(run.job.id);
    if (!retry.until.isValid()) {
        retry.until = now.addSecs(kRetryWindowSecs);
        const QDateTime next = nextRunAfter(run.job.schedule, now);
        if (next.isValid() && next < retry.until)
            retry.until = next;   // the next scheduled run takes over
    }
    retry.at = now.addSecs(kRetryEverySecs);
    // Only the guests that failed or never started: the others have their backup.
    retry.guests.clear();
    for (const ArtifactRecord &a : m_store.artifactsOfRun(run.record.id))
        if (!a.isRestorable())
            retry.guests.insert(a.guestUuid.isEmpty() ? a.guestName : a.guestUuid);
    if (retry.at >= retry.until || retry.guests.isEmpty()) {
        m_retries.remove(run.job.id);
        return;
    }
    m_retries.insert(run.job.id, retry);
    log(QString(), QString(),
        storedTr("backup job %1 is tried again at %2").arg(run.job.name, retry.at.toString(u"HH:mm"_s)),
        EventRecord::Result::None);
}

} // namespace Vigil::Backup
