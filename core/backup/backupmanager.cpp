// BackupManager: runs of backup jobs (guests resolved, backed up, verified,
// recorded). Retention and the mirror after a run are in backuphousekeeping.cpp,
// schedules and retries in
// backupscheduling.cpp, operations on existing backups in backupoperations.cpp,
// the backup alert in backupproblems.cpp.
#include "backupmanager.h"

#include "artifactfiles.h"
#include "manifest.h"
#include "../cluster/clustermanager.h"
#include "../store/processregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

// A guest name as one path component.
QString directoryName(const QString &guest)
{
    QString name = guest;
    name.replace(u'/', u'_');
    if (name.startsWith(u'.'))
        name.prepend(u'_');
    return name;
}

QString sizeText(qint64 bytes) { return QLocale().formattedDataSize(bytes); }

} // namespace

BackupManager::BackupManager(ClusterManager *cluster, QSqlDatabase db, QObject *parent)
    : QObject(parent), m_cluster(cluster), m_store(std::move(db)), m_user(EventRecord::currentUser())
{
    qRegisterMetaType<Vigil::Virt::BackupProgress>();
    qRegisterMetaType<Vigil::Backup::RunRecord>();
    qRegisterMetaType<Vigil::Backup::ArtifactRecord>();
    connect(&m_scheduler, &QTimer::timeout, this, [this] { checkSchedules(); });
    // Runs that waited for the hosts start as soon as every host has answered.
    connect(m_cluster, &ClusterManager::settled, this, [this] {
        if (m_scheduler.isActive())
            checkSchedules();
    });
    connect(this, &BackupManager::operationFinished, this, [this](quint64 operation) {
        for (auto it = m_scheduledVerifies.begin(); it != m_scheduledVerifies.end(); ++it)
            if (it.value() == operation) {
                m_scheduledVerifies.erase(it);
                break;
            }
        // The next drill of the rotation may start at once.
        if (const auto drill = m_drills.constFind(operation); drill != m_drills.constEnd()) {
            m_drillChecked.remove(drill->jobId);
            m_drills.erase(drill);
        }
    });
}

BackupManager::~BackupManager()
{
    m_operationCancel->store(true);
    for (ActiveRun &run : m_runs) {
        run.cancel->store(true);
        for (Jobs::Job &backup : run.backups)
            backup.waitForFinished();
        // The workers removed their partial files; the records say so
        // rather than "running" forever.
        for (ArtifactRecord a : m_store.artifactsOfRun(run.record.id)) {
            if (a.state != ArtifactRecord::State::Running)
                continue;
            a.state = ArtifactRecord::State::Cancelled;
            a.message = tr("cancelled: Vigil was closed during the run");
            m_store.saveArtifact(a);
        }
        run.record.state = RunRecord::State::Cancelled;
        run.record.finishedAt = QDateTime::currentDateTimeUtc();
        run.record.message = tr("cancelled: Vigil was closed during the run");
        m_store.finishRun(run.record);
    }
    for (Jobs::Job &operation : m_operations)
        operation.waitForFinished();
}

int BackupManager::reconcileOrphans()
{
    const std::optional<Store::ProcessRegistry::Census> census =
        Store::ProcessRegistry(m_store.database()).census(QDateTime::currentMSecsSinceEpoch());
    if (!census)
        return 0;   // who is alive is unknown: nothing is declared dead
    QStringList live = census->live;
    live.append(m_store.owner());   // this process, whatever its heartbeat says
    QStringList dead = census->dead;
    dead.removeAll(m_store.owner());
    int runs = 0;
    QString error;
    const QList<ArtifactRecord> orphans = m_store.interruptOrphans(
        live, dead, tr("interrupted: the Vigil process running it stopped"), &runs, &error);
    if (!error.isEmpty()) {
        log({}, {}, storedTr("cannot reconcile interrupted backups: %1").arg(error), EventRecord::Result::Failed);
        return 0;
    }
    QStringList partials;
    for (const ArtifactRecord &a : orphans) {
        if (!a.path.isEmpty())
            partials << a.path + QLatin1String(kPartialSuffix);
        log(a.host, a.guestName,
            storedTr("backup of run %1 interrupted: the Vigil process running it stopped; its partial files "
                     "are removed")
                .arg(a.runId),
            EventRecord::Result::Failed);
        Q_EMIT artifactChanged(a);
    }
    if (!partials.isEmpty()) {
        Jobs::start([partials]() {
            for (const QString &partial : partials)
                QDir(partial).removeRecursively();
        });
    }
    return runs;
}

bool BackupManager::isJobRunning(qint64 jobId) const
{
    for (const ActiveRun &run : m_runs)
        if (run.job.id == jobId)
            return true;
    return false;
}

std::optional<Virt::BackupProgress> BackupManager::progress(qint64 artifactId) const
{
    const auto it = m_progress.constFind(artifactId);
    return it == m_progress.constEnd() ? std::nullopt : std::optional(*it);
}

qint64 BackupManager::runJob(qint64 jobId, const QString &trigger, QString *error, const QSet<QString> &onlyGuests)
{
    QString ignored;
    QString &why = error ? *error : ignored;
    const std::optional<BackupJob> job = m_store.job(jobId);
    if (!job) {
        why = tr("there is no backup job %1").arg(jobId);
        return 0;
    }
    if (isJobRunning(jobId)) {
        why = tr("backup job %1 is running already").arg(job->name);
        return 0;
    }
    reconcileOrphans();   // a killed earlier run: its leftovers are this run's to clear
    const qint64 runId = m_store.startRun(*job, trigger, &why);
    if (runId == 0)
        return 0;
    ActiveRun run;
    run.record = m_store.run(runId).value_or(RunRecord());
    run.job = *job;
    run.onlyGuests = onlyGuests;
    run.cancel = Jobs::makeStopFlag();
    QString targetError;
    run.job.targetDirectory = targetDirectory(run.job, &targetError);
    if (run.job.targetDirectory.isEmpty())
        run.failure = targetError;   // the run is recorded, failed, with the reason
    else
        run.queued = resolveGuests(run);
    m_runs.insert(runId, run);
    log(QString(), QString(), storedTr("backup job %1 started (%2): %n guest(s)", nullptr, int(run.queued.size()))
                                  .arg(job->name, trigger), EventRecord::Result::None);
    Q_EMIT runChanged(run.record);
    QMetaObject::invokeMethod(this, [this, runId] { startQueued(runId); }, Qt::QueuedConnection);
    return runId;
}

QString BackupManager::targetDirectory(const BackupJob &job, QString *error) const
{
    if (job.targetPool.isEmpty())
        return job.targetDirectory;
    // From the inventory the host workers keep: no libvirt call here.
    for (const HostConfig &host : m_cluster->hosts()) {
        if (host.name != job.targetPoolHost)
            continue;
        for (const StoragePoolInfo &pool : m_cluster->details(host.id).pools) {
            if (pool.name != job.targetPool)
                continue;
            if (pool.type != u"dir" && pool.type != u"fs" && pool.type != u"netfs") {
                *error = tr("pool %1 on %2 is a %3 pool; backups need a directory-based pool (dir, fs or netfs)")
                             .arg(pool.name, host.name, pool.type);
                return {};
            }
            if (!pool.active || pool.targetPath.isEmpty()) {
                *error = tr("pool %1 on %2 is not active").arg(pool.name, host.name);
                return {};
            }
            return pool.targetPath;
        }
        *error = m_cluster->status(host.id).state == HostState::Up
            ? tr("%1 has no storage pool named %2").arg(host.name, job.targetPool)
            : tr("the pool's host %1 is not connected, so its pool %2 is not known").arg(host.name, job.targetPool);
        return {};
    }
    *error = tr("there is no host named %1 for the target pool").arg(job.targetPoolHost);
    return {};
}

QList<BackupManager::GuestTask> BackupManager::resolveGuests(ActiveRun &run)
{
    const BackupJob &job = run.job;
    QList<GuestTask> tasks;
    QSet<QString> foundUuids;
    QSet<QString> foundNames;
    const auto failArtifact = [&](const QString &host, const QString &uuid, const QString &name, const QString &why) {
        ArtifactRecord a;
        a.runId = run.record.id;
        a.jobId = job.id;
        a.guestUuid = uuid;
        a.guestName = name;
        a.host = host;
        a.state = ArtifactRecord::State::Failed;
        a.message = why;
        m_store.saveArtifact(a);
        ++run.failed;
        if (run.notStarted++ == 0)
            run.firstNotStarted = name.isEmpty() ? why : u"%1: %2"_s.arg(name, why);
        Q_EMIT artifactChanged(a);
        log(host, name, storedTr("backup (job %1) failed: %2").arg(job.name, why), EventRecord::Result::Failed);
    };
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd'T'HHmmss"_s);
    // Runs of this job still running in some process (this one included):
    // their libvirt jobs are not leftovers to abort. A dead process's runs
    // are interrupted by reconcileOrphans first.
    QSet<qint64> liveRuns;
    for (const RunRecord &r : m_store.runs(job.id, 20))
        if (r.state == RunRecord::State::Running)
            liveRuns.insert(r.id);
    const QList<HostConfig> hosts = m_cluster->hosts();
    for (const HostConfig &host : hosts) {
        const bool up = m_cluster->status(host.id).state == HostState::Up;
        for (const DomainInfo &d : m_cluster->domains(host.id)) {
            bool selected = job.selection.matchesName(d.name);
            for (const Ha::Policy &p : std::as_const(m_policies))
                if (job.selection.policies.contains(p.name) && p.priorityOf(d.name) > 0)
                    selected = true;
            if (!selected || foundUuids.contains(d.uuid))
                continue;
            if (!run.onlyGuests.isEmpty() && !run.onlyGuests.contains(d.uuid) && !run.onlyGuests.contains(d.name))
                continue;   // a retry: this guest's backup succeeded
            foundUuids.insert(d.uuid);
            foundNames.insert(d.name);
            if (!up) {
                failArtifact(host.name, d.uuid, d.name, tr("host %1 is unreachable").arg(host.name));
                continue;
            }
            GuestTask task;
            task.host = host;
            task.uuid = d.uuid;
            task.name = d.name;
            task.verifyAfter = job.verifyAfter;
            // Incremental from the newest restorable backup when its chain
            // is shorter than the job's full-backup interval.
            const QList<ArtifactRecord> history = m_store.artifactsOfGuest(job.id, d.uuid);
            QHash<qint64, ArtifactRecord> byId;
            for (const ArtifactRecord &a : history)
                byId.insert(a.id, a);
            const ArtifactRecord *parent = nullptr;
            for (auto it = history.crbegin(); it != history.crend() && !parent; ++it)
                if (it->isRestorable())
                    parent = &*it;
            int chainLength = 0;
            for (qint64 link = parent ? parent->id : 0; link != 0; link = byId.value(link).incremental ? byId.value(link).parentId : 0)
                ++chainLength;
            Virt::GuestBackupRequest &r = task.request;
            r.host = host.name;
            r.uri = host.uri;
            r.keepaliveInterval = host.keepaliveInterval;
            r.keepaliveCount = host.keepaliveCount;
            r.guestUuid = d.uuid;
            r.artifactDirectory = QDir(job.targetDirectory).filePath(
                directoryName(d.name) + u'/' + stamp + u"-r"_s + QString::number(run.record.id));
            r.incremental = job.mode == BackupMode::Incremental && parent && !parent->checkpoint.isEmpty()
                && (job.fullEvery == 0 || chainLength < job.fullEvery);
            if (r.incremental) {
                r.parentCheckpoint = parent->checkpoint;
                r.parentDirectory = parent->path;
            } else if (parent) {
                // A full backup now: the old checkpoint can go once it is done.
                r.parentCheckpoint = parent->checkpoint;
            }
            r.checkpoint = u"vigil-j%1-r%2"_s.arg(job.id).arg(run.record.id);
            r.leftovers.targetRoot = job.targetDirectory;
            r.leftovers.checkpointPrefix = u"vigil-j%1-"_s.arg(job.id);
            r.leftovers.keepCheckpoint = r.parentCheckpoint;
            r.leftovers.liveRuns = liveRuns;
            r.quiesce = job.quiesce;
            r.pull = pullsFrom(job, host.uri);
            r.pullChosenAutomatically = job.transfer == Transfer::Auto;
            r.bandwidthMiBs = job.bandwidthMiBs;
            r.vigilVersion = m_version;
            ArtifactRecord a;
            a.runId = run.record.id;
            a.jobId = job.id;
            a.guestUuid = d.uuid;
            a.guestName = d.name;
            a.host = host.name;
            a.path = r.artifactDirectory;
            a.incremental = r.incremental;
            a.parentId = r.incremental ? parent->id : 0;
            a.state = ArtifactRecord::State::Running;
            m_store.saveArtifact(a);
            task.artifactId = a.id;
            Q_EMIT artifactChanged(a);
            tasks.append(task);
        }
    }
    for (const QString &name : job.selection.guests)
        if (!foundNames.contains(name) && (run.onlyGuests.isEmpty() || run.onlyGuests.contains(name)))
            failArtifact(QString(), QString(), name, tr("no connected host has a guest named %1").arg(name));
    return tasks;
}

void BackupManager::startQueued(qint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    ActiveRun &run = *it;
    while (!run.cancel->load() && !run.queued.isEmpty() && run.backups.size() < run.job.concurrency) {
        const GuestTask task = run.queued.takeFirst();
        const qint64 artifactId = task.artifactId;
        // Posted straight to this manager: it outlives its jobs (the destructor waits for them).
        const auto progress = [this, artifactId](const Virt::BackupProgress &p) {
            QMetaObject::invokeMethod(this, [this, artifactId, p] {
                m_progress.insert(artifactId, p);
                Q_EMIT progressChanged(artifactId, p);
            }, Qt::QueuedConnection);
        };
        run.backups.insert(artifactId, Jobs::run(this, [task, progress](const std::atomic<bool> &cancel) {
            QElapsedTimer clock;
            clock.start();
            GuestOutcome outcome;
            outcome.backup = Virt::backupGuest(task.request, progress, cancel);
            if (outcome.backup.ok && !task.request.parentCheckpoint.isEmpty() && !outcome.backup.manifest.checkpoint.isEmpty()) {
                // A checkpoint that cannot go stays on the guest; the next run tries again.
                if (const QString error = Virt::deleteCheckpoint(task.request, task.request.parentCheckpoint);
                    !error.isEmpty())
                    outcome.checkpointProblem = tr("The old checkpoint %1 could not be deleted: %2.")
                                                    .arg(task.request.parentCheckpoint, error);
            }
            if (outcome.backup.ok && task.verifyAfter) {
                const FileCheck check = verifyArtifact(task.request.artifactDirectory,
                                                       manifestToJson(outcome.backup.manifest), &cancel);
                outcome.verified = check.ok;
                outcome.verifyMessage = check.message;
            }
            outcome.durationMs = clock.elapsed();
            return outcome;
        }, [this, runId, artifactId](const GuestOutcome &outcome) { guestFinished(runId, artifactId, outcome); },
        run.cancel));
    }
    if (run.backups.isEmpty())
        finishRun(runId);
}

void BackupManager::guestFinished(qint64 runId, qint64 artifactId, const GuestOutcome &outcome)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return;
    ActiveRun &run = *it;
    run.backups.remove(artifactId);
    m_progress.remove(artifactId);
    ArtifactRecord a = m_store.artifact(artifactId).value_or(ArtifactRecord());
    const Manifest &m = outcome.backup.manifest;
    a.durationMs = outcome.durationMs;
    if (outcome.backup.ok) {
        a.state = ArtifactRecord::State::Complete;
        a.incremental = m.incremental;
        if (!m.incremental)
            a.parentId = 0;
        a.checkpoint = m.checkpoint;
        a.consistency = m.consistency;
        a.sizeBytes = m.totalSize();
        a.manifest = manifestToJson(m);
        a.message = QStringList({m.note, outcome.checkpointProblem}).join(u' ').trimmed();
        if (run.job.verifyAfter) {
            a.verify = outcome.verified ? ArtifactRecord::Check::Passed : ArtifactRecord::Check::Failed;
            a.verifiedAt = QDateTime::currentDateTimeUtc();
            a.verifyMessage = outcome.verifyMessage;
        }
    } else {
        a.state = outcome.backup.cancelled ? ArtifactRecord::State::Cancelled : ArtifactRecord::State::Failed;
        a.message = outcome.backup.message;
    }
    m_store.saveArtifact(a);
    Q_EMIT artifactChanged(a);
    const bool good = a.isRestorable();
    if (good) {
        ++run.succeeded;
        run.record.bytes += a.sizeBytes;
        run.newArtifacts << a.id;
        log(a.host, a.guestName,
            storedTr("%1 backup (job %2): %3 in %4 s, %5%6")
                .arg(a.incremental ? storedTr("incremental") : storedTr("full"), run.job.name,
                     sizeText(a.sizeBytes), QString::number(a.durationMs / 1000.0, 'f', 1),
                     consistencyText(a.consistency), a.message.isEmpty() ? QString() : u" — "_s + a.message),
            EventRecord::Result::Ok);
    } else {
        ++run.failed;
        const QString why = a.verify == ArtifactRecord::Check::Failed ? tr("verification failed: %1").arg(a.verifyMessage)
                                                                        : a.message;
        log(a.host, a.guestName, storedTr("backup (job %1) %2: %3").arg(run.job.name, artifactStateText(a.state), why),
            a.state == ArtifactRecord::State::Cancelled ? EventRecord::Result::Cancelled : EventRecord::Result::Failed);
        if (a.verify == ArtifactRecord::Check::Failed)
            Q_EMIT integrityProblem(u"backup-verify:%1"_s.arg(a.guestUuid),
                                    storedTr("backup of %1 failed verification: %2").arg(a.guestName, a.verifyMessage),
                                    true);
    }
    startQueued(runId);
}

void BackupManager::finishRun(qint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end() || !it->backups.isEmpty())
        return;
    ActiveRun run = *it;
    m_runs.erase(it);
    // Guests never started because of a cancel.
    for (const GuestTask &task : std::as_const(run.queued)) {
        ArtifactRecord a = m_store.artifact(task.artifactId).value_or(ArtifactRecord());
        a.state = ArtifactRecord::State::Cancelled;
        a.message = tr("cancelled before it started");
        m_store.saveArtifact(a);
        Q_EMIT artifactChanged(a);
        ++run.failed;
    }
    RunRecord &r = run.record;
    const int total = run.succeeded + run.failed;
    r.finishedAt = QDateTime::currentDateTimeUtc();
    if (run.cancel->load())
        r.state = RunRecord::State::Cancelled;
    else if (total == 0)
        r.state = RunRecord::State::Failed;
    else if (run.failed == 0)
        r.state = RunRecord::State::Succeeded;
    else if (run.notStarted == total)
        r.state = RunRecord::State::Skipped;   // no guest's backup could even start
    else
        r.state = run.succeeded > 0 ? RunRecord::State::PartlyFailed : RunRecord::State::Failed;
    r.message = !run.failure.isEmpty() ? run.failure
              : total == 0             ? tr("the job selects no guest that Vigil knows")
              : r.state == RunRecord::State::Skipped
                  ? tr("no guest's backup could start (%1 of %2), first %3").arg(run.notStarted).arg(total)
                        .arg(run.firstNotStarted)
                                       : tr("%1 of %2 guests backed up, %3").arg(run.succeeded).arg(total).arg(sizeText(r.bytes));
    if (r.state != RunRecord::State::Succeeded && r.state != RunRecord::State::Skipped && total > 0)
        r.message += tr("; retention and mirror skipped (only a fully successful run prunes or mirrors)");
    m_store.finishRun(r);
    Q_EMIT runChanged(r);
    log(QString(), QString(), storedTr("backup job %1 %2: %3").arg(run.job.name, runStateText(r.state), r.message),
        EventRecord::outcome(r.state == RunRecord::State::Succeeded));
    if (r.state == RunRecord::State::Succeeded) {
        m_retries.remove(run.job.id);
        afterSuccess(run);   // may start the prune and mirror operation
    } else {
        scheduleRetry(run);
    }
    emitIdleIfDone();
}

bool BackupManager::cancelRun(qint64 runId)
{
    auto it = m_runs.find(runId);
    if (it == m_runs.end())
        return false;
    it->cancel->store(true);
    return true;
}

void BackupManager::log(const QString &host, const QString &guest, const StoredText &message,
                        EventRecord::Result result)
{
    Q_EMIT eventOccurred(EventRecord::make(EventRecord::Kind::Action, host, guest, message, result, m_user));
}

} // namespace Vigil::Backup
