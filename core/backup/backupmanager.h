#pragma once

#include <QHash>
#include <QSet>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <atomic>
#include <memory>

#include "backupjob.h"
#include "backuprecord.h"
#include "../eventrecord.h"
#include "../ha/policy.h"
#include "../hostconfig.h"
#include "../jobs.h"
#include "../store/backupstore.h"
#include "../virt/backupexecutor.h"
#include "../virt/restorer.h"


namespace Vigil {
class ClusterManager;
}

namespace Vigil::Backup {
struct GuestBackupStatus;

// Runs backup jobs: resolves each job's guests against the cluster, backs
// them up (`concurrency` at a time, each on its own thread with its own
// libvirt connection), verifies what it wrote, then — only when every guest
// succeeded — applies retention and mirrors the new artifacts. Verifies,
// restores and restore tests run on worker threads too. Records everything
// in the database and as events. Its scheduler starts due jobs (once for
// runs missed while nothing ran) when scheduling is on: in the process that
// holds the failover engine's lease, so a console and an agent on one
// database do not both run a job. Lives on the GUI (or agent main) thread;
// it never blocks it on libvirt or on disk.
class BackupManager : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    BackupManager(ClusterManager *cluster, QSqlDatabase db, QObject *parent = nullptr);
    // Cancels what runs and waits for it.
    ~BackupManager() override;

    Store::BackupStore *store() { return &m_store; }
    void setPolicies(const QList<Ha::Policy> &policies) { m_policies = policies; }
    void setVigilVersion(const QString &version) { m_version = version; }
    void setUser(const QString &user) { m_user = user; }

    // The scheduler: checks every `intervalMs` whether a job is due.
    void setSchedulingEnabled(bool enabled, int intervalMs = 30000);
    bool isSchedulingEnabled() const { return m_scheduler.isActive(); }
    void checkSchedules(const QDateTime &now = QDateTime::currentDateTime());

    // Starts a run of the job; 0 with `error` when it cannot (unknown job,
    // the job is running already, the database refuses).
    // `onlyGuests` (UUIDs or names), when not empty: just these of the
    // job's guests (a retry of the ones that failed).
    qint64 runJob(qint64 jobId, const QString &trigger, QString *error = nullptr,
                  const QSet<QString> &onlyGuests = {});
    bool cancelRun(qint64 runId);
    bool isRunning(qint64 runId) const { return m_runs.contains(runId); }
    bool isJobRunning(qint64 jobId) const;
    QList<qint64> runningRuns() const { return m_runs.keys(); }
    // The live progress of a guest's backup (artifact id), if it runs.
    std::optional<Virt::BackupProgress> progress(qint64 artifactId) const;

    // Asynchronous operations on an artifact; each ends with operationFinished.
    quint64 verify(qint64 artifactId);
    struct RestoreSpec {
        qint64 artifactId = 0;
        HostId host = 0;
        QString name;            // empty: original name and UUID
        QString diskDirectory;   // empty: beside the guest's original disks
        bool start = false;
    };
    quint64 restore(const RestoreSpec &spec);
    // `drill`: started by the job's drill schedule (recorded as a drill).
    quint64 testRestore(qint64 artifactId, HostId host, int settleMs = 10000, bool drill = false);
    // How long a restore drill's guest must keep running to pass (tests shorten it).
    void setDrillSettleMs(int ms) { m_drillSettleMs = ms; }
    // Backups a running restore, restore test or verify of this process
    // reads, with the chains they build on (retention keeps them).
    QSet<qint64> backupsBeingRead() const;
    bool isBusy() const { return !m_runs.isEmpty() || !m_operations.isEmpty(); }

    // Runs and guest backups a process that died left "running" (its pid
    // gone on this machine, or no heartbeat within the registry's TTL):
    // marked interrupted, each said once in the event log, their partial
    // directories removed on a worker thread. Also done before every run,
    // so that a killed `vigilctl backup run` is cleared by the next one
    // even where no agent runs. Returns how many runs were marked.
    int reconcileOrphans();

    // What the backup alert says, read from the database so that every
    // process on it agrees: each job whose newest run failed, partly
    // failed, was skipped or interrupted; each kept backup whose last verify
    // (by any process, the CLI's too) or mirror failed. Empty: all good.
    // And each guest that misses its job's RPO or failed its last drill.
    QList<StoredText> openProblems(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The same from guests' status already read at `now` (guestBackupStatus).
    QList<StoredText> openProblems(const QList<GuestBackupStatus> &status, const QDateTime &now) const;

    // A due scheduled run waits this long for the cluster's hosts to settle
    // (at start-up they are still connecting); a scheduled run that did not
    // fully succeed is tried again every kRetryEverySecs within
    // kRetryWindowSecs, never past the job's next scheduled run.
    static constexpr int kSettleWaitSecs = 180;
    static constexpr int kRetryEverySecs = 600;
    static constexpr int kRetryWindowSecs = 7200;
    // A failed restore drill is tried again after this long.
    static constexpr int kFailedDrillRetrySecs = 6 * 3600;

Q_SIGNALS:
    void runChanged(const Vigil::Backup::RunRecord &run);
    void artifactChanged(const Vigil::Backup::ArtifactRecord &artifact);
    void progressChanged(qint64 artifactId, const Vigil::Virt::BackupProgress &progress);
    void operationFinished(quint64 operation, bool ok, const QString &message);
    // Nothing runs any more: no backup run, no verify, restore, mirror or
    // prune (isBusy() is false).
    void idle();
    void eventOccurred(const Vigil::EventRecord &record);
    // A verify found damage: the session raises an alert.
    void integrityProblem(const QString &key, const Vigil::StoredText &message, bool active);

private:
    void emitIdleIfDone()
    {
        if (!isBusy())
            Q_EMIT idle();
    }
    struct GuestTask {
        qint64 artifactId = 0;
        HostConfig host;
        QString uuid;
        QString name;
        Virt::GuestBackupRequest request;
        bool verifyAfter = true;
    };
    struct ActiveRun {
        RunRecord record;
        BackupJob job;
        QList<GuestTask> queued;
        QHash<qint64, Jobs::Job> backups;   // artifact id -> its running backup
        Jobs::StopFlag cancel = Jobs::makeStopFlag();
        int failed = 0;
        int notStarted = 0;                 // of the failed: never started (host unreachable, guest not found)
        QString firstNotStarted;            // why the first of them did not
        int succeeded = 0;
        QList<qint64> newArtifacts;
        QString failure;                    // why the run could not start at all
        QSet<QString> onlyGuests;           // a retry: the guests (UUIDs or names) that failed
    };
    struct GuestOutcome {
        Virt::GuestBackupOutcome backup;
        bool verified = false;
        QString verifyMessage;
        QString checkpointProblem;   // the parent checkpoint stayed on the guest, and why
        qint64 durationMs = 0;
    };

    // The job's target as a path: its directory, or its pool's path.
    QString targetDirectory(const BackupJob &job, QString *error) const;
    QList<GuestTask> resolveGuests(ActiveRun &run);
    void startQueued(qint64 runId);
    void guestFinished(qint64 runId, qint64 artifactId, const GuestOutcome &outcome);
    void finishRun(qint64 runId);
    void afterSuccess(const ActiveRun &run);
    void scheduleRetry(const ActiveRun &run);
    // Runs work(stop) as a job; finish(id, result) then runs on this
    // thread (it emits operationFinished when the operation has one).
    // `reads`: the backups it reads (a restore's or verify's chain), which
    // retention keeps until it is done.
    template<typename Work, typename Finish>
    quint64 startOperation(Work work, Finish finish, const QList<qint64> &reads = {});

    // The chain's directories and the host of a restore; `last` is the
    // backup restored, `reads` the chain's backups. Null with `error` when
    // either is missing.
    std::optional<Virt::RestoreRequest> restoreRequest(qint64 artifactId, HostId host, ArtifactRecord *last,
                                                       QList<qint64> *reads, QString *error) const;
    quint64 failLater(const QString &message);
    void startScheduledVerifies(const BackupJob &job, const QDateTime &now);
    // Restore drills due for the job's guests, longest-undrilled first, up
    // to the job's number at a time.
    void startDueDrills(const BackupJob &job, const QDateTime &now);
    // A scheduled run that could not start: recorded as skipped (and so alerted).
    void recordSkipped(const BackupJob &job, const QString &trigger, const QString &why);
    void log(const QString &host, const QString &guest, const StoredText &message, EventRecord::Result result);

    ClusterManager *m_cluster;
    Store::BackupStore m_store;
    QList<Ha::Policy> m_policies;
    QString m_version;
    QString m_user;
    QTimer m_scheduler;
    struct ParsedJob {
        QString document;
        bool valid = false;
        BackupJob job;
        QDateTime scheduledFrom;
        QDateTime nextRun;   // first scheduled time after scheduledFrom
        QDateTime dueSince;  // when a check first found it due (it may wait for the hosts)
    };
    struct Retry {
        QDateTime at;
        QDateTime until;
        QSet<QString> guests;   // the ones to try again (UUIDs, or names never found)
    };
    QHash<qint64, Retry> m_retries;   // job id -> its next try after a failed scheduled run
    QHash<qint64, ParsedJob> m_parsedJobs;   // the scheduler's cache
    QHash<qint64, ActiveRun> m_runs;
    QHash<qint64, quint64> m_scheduledVerifies;   // artifact id -> its verify operation
    struct Drill {
        qint64 jobId = 0;
        QString guestUuid;
    };
    QHash<quint64, Drill> m_drills;               // restore test operation -> the drill it is
    QHash<QString, QDateTime> m_drillTried;       // guest UUID -> since when its drill cannot start (host down)
    QHash<qint64, QDateTime> m_drillChecked;      // job id -> when its drills were last looked at
    int m_drillSettleMs = 10000;
    QHash<qint64, Virt::BackupProgress> m_progress;
    QHash<quint64, Jobs::Job> m_operations;
    QHash<quint64, QList<qint64>> m_operationReads;   // operation -> the backups it reads
    // Backups retention decided to remove, until the worker has: a restore
    // or verify of them is refused rather than have its files go under it.
    QSet<qint64> m_pruning;
    bool refusePruned(const QList<qint64> &chain, QString *error) const;
    Jobs::StopFlag m_operationCancel = Jobs::makeStopFlag();
    quint64 m_nextOperation = 1;
};

template<typename Work, typename Finish>
quint64 BackupManager::startOperation(Work work, Finish finish, const QList<qint64> &reads)
{
    const quint64 id = m_nextOperation++;
    if (!reads.isEmpty())
        m_operationReads.insert(id, reads);
    m_operations.insert(id, Jobs::run(this, std::move(work), [this, id, finish = std::move(finish)](const auto &result) {
        finish(id, result);
        m_operations.remove(id);
        m_operationReads.remove(id);
        emitIdleIfDone();
    }, m_operationCancel));
    return id;
}

} // namespace Vigil::Backup

Q_DECLARE_METATYPE(Vigil::Virt::BackupProgress)
