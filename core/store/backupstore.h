#pragma once

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <optional>

#include "../backup/backupjob.h"
#include "../backup/backuprecord.h"

namespace Vigil::Store {

// Backup jobs (validated JSON documents), runs, artifacts and restores.
// Small rows written at the start and end of each guest's backup; the bulk
// data lives in the artifact directories.
class BackupStore
{
public:
    explicit BackupStore(QSqlDatabase db) : m_db(std::move(db)) {}
    // The process instance recorded as owner of the runs and artifacts this
    // store starts (see ProcessRegistry).
    void setOwner(const QString &instance) { m_owner = instance; }
    QString owner() const { return m_owner; }
    QSqlDatabase database() const { return m_db; }

    QList<Backup::BackupJob> jobs(QStringList *problems = nullptr) const;
    std::optional<Backup::BackupJob> job(qint64 id) const;
    std::optional<Backup::BackupJob> jobByName(const QString &name) const;
    // Inserts (job.id == 0) or replaces a job. Validates first.
    bool saveJob(Backup::BackupJob &job, QString *error);
    bool removeJob(qint64 id, QString *error);
    // Where the scheduler counts from: creation, then each scheduled run.
    QDateTime scheduledFrom(qint64 jobId) const;
    // Every job's stored document and schedule start, in one query (the
    // scheduler parses a document only when it changed).
    struct ScheduleRow {
        qint64 id = 0;
        bool enabled = false;
        QString document;
        QDateTime scheduledFrom;
    };
    QList<ScheduleRow> scheduleRows() const;
    bool setScheduledFrom(qint64 jobId, const QDateTime &time);

    qint64 startRun(const Backup::BackupJob &job, const QString &trigger, QString *error);
    bool finishRun(const Backup::RunRecord &run, QString *error = nullptr);
    QList<Backup::RunRecord> runs(qint64 jobId, int limit = 100) const;   // newest first; jobId 0: all jobs
    std::optional<Backup::RunRecord> run(qint64 id) const;
    std::optional<Backup::RunRecord> lastRun(qint64 jobId) const;

    // Inserts when artifact.id == 0 (and sets it), else updates.
    bool saveArtifact(Backup::ArtifactRecord &artifact, QString *error = nullptr);
    std::optional<Backup::ArtifactRecord> artifact(qint64 id) const;
    QList<Backup::ArtifactRecord> artifactsOfRun(qint64 runId) const;
    // Every artifact of one guest in one job, oldest first.
    QList<Backup::ArtifactRecord> artifactsOfGuest(qint64 jobId, const QString &guestUuid) const;
    // Per job and guest: the newest complete backup and the last passed
    // verification (invalid when there is none), in one query.
    struct GuestBackups {
        QString job;
        QString guest;
        QDateTime newestComplete;
        QDateTime newestVerified;
    };
    QList<GuestBackups> newestPerGuest() const;
    // Complete backups of a job last verified (or, never verified, taken)
    // before `before`: due for a scheduled re-verification, oldest first.
    QList<Backup::ArtifactRecord> dueForVerify(qint64 jobId, const QDateTime &before, int limit) const;
    // The chain a restore of `artifactId` needs: the full backup first, the
    // artifact itself last. Empty when a link is missing or not complete, or
    // (for a restore) failed its last verification; a verify reads links
    // that failed before again (they may have been repaired).
    enum class ChainUse { Restore, Verify };
    QList<Backup::ArtifactRecord> chain(qint64 artifactId, QString *error, ChainUse use = ChainUse::Restore) const;


    // Runs and artifacts still "running" whose owner is among `dead`, or
    // older than the registry's TTL and not among `live` (the process died,
    // or it predates owners), become Interrupted with `message`. Returns the
    // artifacts so marked (their partial files are the caller's to remove);
    // `runs` gets how many runs were marked.
    QList<Backup::ArtifactRecord> interruptOrphans(const QStringList &live, const QStringList &dead,
                                                   const QString &message, int *runs, QString *error = nullptr);

    // Per guest a job has backed up: its newest complete backup whose verify
    // passed (or, `requireVerified` false, was not checked either), for the RPO.
    struct NewestGood {
        QString guestUuid;
        QString guestName;
        QDateTime createdAt;     // invalid: none
    };
    QList<NewestGood> newestGoodPerGuest(qint64 jobId, bool requireVerified) const;
    // Kept backups whose last check failed: verification (any process's) or mirror.
    QList<Backup::ArtifactRecord> damagedArtifacts() const;

    bool recordRestore(Backup::RestoreRecord &restore);
    QList<Backup::RestoreRecord> restores(qint64 artifactId) const;
    // Each guest's newest restore drill of the job, by guest UUID.
    QHash<QString, Backup::RestoreRecord> lastDrills(qint64 jobId) const;

private:
    QList<Backup::ArtifactRecord> selectArtifacts(const QString &where, const QVariantList &values) const;
    QList<Backup::RunRecord> selectRuns(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
    QString m_owner;
};

} // namespace Vigil::Store
