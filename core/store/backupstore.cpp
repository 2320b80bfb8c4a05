#include "backupstore.h"
#include "processregistry.h"
#include "sqldialect.h"

#include "sqltext.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Vigil::Store {
using namespace Vigil::Backup;
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupStore)
};

QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(u""_s); }
QDateTime timeFrom(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

} // namespace

QList<BackupJob> BackupStore::jobs(QStringList *problems) const
{
    QList<BackupJob> result;
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT id, enabled, document FROM backup_jobs ORDER BY name"_s)) {
        if (problems)
            problems->append(q.lastError().text());
        return result;
    }
    while (q.next()) {
        JobParse parsed = jobFromJson(q.value(2).toString().toUtf8());
        if (!parsed.ok) {
            if (problems)
                problems->append(Text::tr("backup job %1 in the database is invalid: %2")
                                     .arg(q.value(0).toString(), parsed.errors.join(u"; "_s)));
            continue;
        }
        parsed.job.id = q.value(0).toLongLong();
        parsed.job.enabled = q.value(1).toBool();
        result.append(parsed.job);
    }
    return result;
}

std::optional<BackupJob> BackupStore::job(qint64 id) const
{
    for (const BackupJob &j : jobs())
        if (j.id == id)
            return j;
    return std::nullopt;
}

std::optional<BackupJob> BackupStore::jobByName(const QString &name) const
{
    for (const BackupJob &j : jobs())
        if (j.name == name)
            return j;
    return std::nullopt;
}

bool BackupStore::saveJob(BackupJob &job, QString *error)
{
    const QStringList problems = validateJob(job);
    if (!problems.isEmpty()) {
        *error = problems.join(u'\n');
        return false;
    }
    const QString now = timeText(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db);
    if (job.id == 0) {
        q.prepare(u"INSERT INTO backup_jobs (name, enabled, document, created_at, scheduled_from) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(job.name);
        q.addBindValue(job.enabled ? 1 : 0);
        q.addBindValue(QString::fromUtf8(jobToJson(job)));
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.prepare(u"UPDATE backup_jobs SET name = ?, enabled = ?, document = ? WHERE id = ?"_s);
        q.addBindValue(job.name);
        q.addBindValue(job.enabled ? 1 : 0);
        q.addBindValue(QString::fromUtf8(jobToJson(job)));
        q.addBindValue(job.id);
    }
    if (!q.exec()) {
        *error = q.lastError().text().contains(u"UNIQUE"_s)
            ? Text::tr("A backup job named \"%1\" exists already.").arg(job.name)
            : q.lastError().text();
        return false;
    }
    if (job.id == 0)
        job.id = insertedId(q);
    else if (q.numRowsAffected() == 0) {
        *error = Text::tr("The backup job no longer exists.");
        return false;
    }
    return true;
}

bool BackupStore::removeJob(qint64 id, QString *error)
{
    // The runs and artifacts stay: their files are still on disk and
    // restorable; only the schedule goes.
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM backup_jobs WHERE id = ?"_s);
    q.addBindValue(id);
    return exec(q, error);
}

QDateTime BackupStore::scheduledFrom(qint64 jobId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT scheduled_from FROM backup_jobs WHERE id = ?"_s);
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return {};
    return timeFrom(q.value(0));
}

QList<BackupStore::ScheduleRow> BackupStore::scheduleRows() const
{
    QList<ScheduleRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, enabled, document, scheduled_from FROM backup_jobs"_s))
        return rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toString(), timeFrom(q.value(3))});
    return rows;
}

bool BackupStore::setScheduledFrom(qint64 jobId, const QDateTime &time)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE backup_jobs SET scheduled_from = ? WHERE id = ?"_s);
    q.addBindValue(timeText(time));
    q.addBindValue(jobId);
    return q.exec();
}

qint64 BackupStore::startRun(const BackupJob &job, const QString &trigger, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO backup_runs (job_id, job_name, trigger, started_at, state, owner) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(job.id);
    q.addBindValue(job.name);
    q.addBindValue(trigger);
    q.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(runStateName(RunRecord::State::Running));
    q.addBindValue(sqlText(m_owner));
    if (!exec(q, error))
        return 0;
    return insertedId(q);
}

bool BackupStore::finishRun(const RunRecord &run, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE backup_runs SET finished_at = ?, state = ?, message = ?, bytes = ? WHERE id = ?"_s);
    q.addBindValue(timeText(run.finishedAt.isValid() ? run.finishedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(runStateName(run.state));
    q.addBindValue(sqlText(run.message));
    q.addBindValue(run.bytes);
    q.addBindValue(run.id);
    return exec(q, error);
}

QList<RunRecord> BackupStore::selectRuns(const QString &where, const QVariantList &values) const
{
    QList<RunRecord> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, job_id, job_name, trigger, started_at, finished_at, state, message, bytes "
              "FROM backup_runs "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next()) {
        RunRecord r;
        r.id = q.value(0).toLongLong();
        r.jobId = q.value(1).toLongLong();
        r.jobName = q.value(2).toString();
        r.trigger = q.value(3).toString();
        r.startedAt = timeFrom(q.value(4));
        r.finishedAt = timeFrom(q.value(5));
        r.state = runStateFromName(q.value(6).toString());
        r.message = q.value(7).toString();
        r.bytes = q.value(8).toLongLong();
        result.append(r);
    }
    return result;
}

QList<RunRecord> BackupStore::runs(qint64 jobId, int limit) const
{
    if (jobId == 0)
        return selectRuns(u"ORDER BY id DESC LIMIT ?"_s, {limit});
    return selectRuns(u"WHERE job_id = ? ORDER BY id DESC LIMIT ?"_s, {jobId, limit});
}

std::optional<RunRecord> BackupStore::run(qint64 id) const
{
    const QList<RunRecord> found = selectRuns(u"WHERE id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<RunRecord> BackupStore::lastRun(qint64 jobId) const
{
    const QList<RunRecord> found = runs(jobId, 1);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool BackupStore::saveArtifact(ArtifactRecord &a, QString *error)
{
    QSqlQuery q(m_db);
    if (a.id == 0)
        q.prepare(u"INSERT INTO backup_artifacts (run_id, job_id, guest_uuid, guest_name, host, incremental, "
                  "parent_id, checkpoint, consistency, path, size_bytes, duration_ms, state, message, verify, "
                  "verified_at, verify_message, mirror_path, mirror, manifest, created_at, owner) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    else
        q.prepare(u"UPDATE backup_artifacts SET run_id = ?, job_id = ?, guest_uuid = ?, guest_name = ?, host = ?, "
                  "incremental = ?, parent_id = ?, checkpoint = ?, consistency = ?, path = ?, size_bytes = ?, "
                  "duration_ms = ?, state = ?, message = ?, verify = ?, verified_at = ?, verify_message = ?, "
                  "mirror_path = ?, mirror = ?, manifest = ?, created_at = ? WHERE id = ?"_s);
    if (!a.createdAt.isValid())
        a.createdAt = QDateTime::currentDateTimeUtc();
    const QVariantList values{a.runId, a.jobId, sqlText(a.guestUuid), sqlText(a.guestName), sqlText(a.host),
                              a.incremental ? 1 : 0, a.parentId, sqlText(a.checkpoint), consistencyName(a.consistency),
                              sqlText(a.path), a.sizeBytes, a.durationMs, artifactStateName(a.state),
                              sqlText(a.message), checkName(a.verify), timeText(a.verifiedAt),
                              sqlText(a.verifyMessage), sqlText(a.mirrorPath), checkName(a.mirror),
                              sqlText(QString::fromUtf8(a.manifest)), timeText(a.createdAt)};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (a.id != 0)
        q.addBindValue(a.id);
    else
        q.addBindValue(sqlText(m_owner));
    if (!exec(q, error))
        return false;
    if (a.id == 0)
        a.id = insertedId(q);
    return true;
}

QList<ArtifactRecord> BackupStore::selectArtifacts(const QString &where, const QVariantList &values) const
{
    QList<ArtifactRecord> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, run_id, job_id, guest_uuid, guest_name, host, incremental, parent_id, checkpoint, "
              "consistency, path, size_bytes, duration_ms, state, message, verify, verified_at, verify_message, "
              "mirror_path, mirror, manifest, created_at FROM backup_artifacts "_s + where);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return result;
    while (q.next()) {
        ArtifactRecord a;
        a.id = q.value(0).toLongLong();
        a.runId = q.value(1).toLongLong();
        a.jobId = q.value(2).toLongLong();
        a.guestUuid = q.value(3).toString();
        a.guestName = q.value(4).toString();
        a.host = q.value(5).toString();
        a.incremental = q.value(6).toBool();
        a.parentId = q.value(7).toLongLong();
        a.checkpoint = q.value(8).toString();
        a.consistency = consistencyFromName(q.value(9).toString());
        a.path = q.value(10).toString();
        a.sizeBytes = q.value(11).toLongLong();
        a.durationMs = q.value(12).toLongLong();
        a.state = artifactStateFromName(q.value(13).toString());
        a.message = q.value(14).toString();
        a.verify = checkFromName(q.value(15).toString());
        a.verifiedAt = timeFrom(q.value(16));
        a.verifyMessage = q.value(17).toString();
        a.mirrorPath = q.value(18).toString();
        a.mirror = checkFromName(q.value(19).toString());
        a.manifest = q.value(20).toString().toUtf8();
        a.createdAt = timeFrom(q.value(21));
        result.append(a);
    }
    return result;
}

std::optional<ArtifactRecord> BackupStore::artifact(qint64 id) const
{
    const QList<ArtifactRecord> found = selectArtifacts(u"WHERE id = ?"_s, {id});
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QList<ArtifactRecord> BackupStore::artifactsOfRun(qint64 runId) const
{
    return selectArtifacts(u"WHERE run_id = ? ORDER BY guest_name"_s, {runId});
}

QList<BackupStore::NewestGood> BackupStore::newestGoodPerGuest(qint64 jobId, bool requireVerified) const
{
    QList<NewestGood> result;
    QSqlQuery q(m_db);
    // ISO times sort as text: max() is the newest.
    q.prepare(u"SELECT guest_uuid, max(guest_name), "
              "max(CASE WHEN state = ? AND (verify = ? OR (verify = '' AND ? = 0)) THEN created_at END) "
              "FROM backup_artifacts WHERE job_id = ? AND guest_uuid <> '' GROUP BY guest_uuid ORDER BY 2"_s);
    q.addBindValue(artifactStateName(ArtifactRecord::State::Complete));
    q.addBindValue(checkName(ArtifactRecord::Check::Passed));
    q.addBindValue(requireVerified ? 1 : 0);
    q.addBindValue(jobId);
    if (!q.exec())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2))});
    return result;
}

QList<ArtifactRecord> BackupStore::damagedArtifacts() const
{
    const QString failed = checkName(ArtifactRecord::Check::Failed);
    return selectArtifacts(u"WHERE state = ? AND (verify = ? OR mirror = ?) ORDER BY created_at"_s,
                           {artifactStateName(ArtifactRecord::State::Complete), failed, failed});
}

QList<ArtifactRecord> BackupStore::artifactsOfGuest(qint64 jobId, const QString &guestUuid) const
{
    return selectArtifacts(u"WHERE job_id = ? AND guest_uuid = ? ORDER BY id"_s, {jobId, guestUuid});
}

QList<BackupStore::GuestBackups> BackupStore::newestPerGuest() const
{
    QList<GuestBackups> result;
    QSqlQuery q(m_db);
    // ISO times sort as text: max() is the newest.
    if (!q.exec(u"SELECT j.name, a.guest_name, "
                "max(CASE WHEN a.state = 'complete' THEN a.created_at END), "
                "max(CASE WHEN a.verify = 'passed' THEN a.verified_at END) "
                "FROM backup_artifacts a JOIN backup_jobs j ON j.id = a.job_id "
                "GROUP BY j.name, a.guest_uuid, a.guest_name ORDER BY j.name, a.guest_name"_s))
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), timeFrom(q.value(2)), timeFrom(q.value(3))});
    return result;
}

QList<ArtifactRecord> BackupStore::dueForVerify(qint64 jobId, const QDateTime &before, int limit) const
{
    const QString cutoff = timeText(before);
    return selectArtifacts(u"WHERE job_id = ? AND state = ? AND "
                           "((verified_at = '' AND created_at < ?) OR (verified_at <> '' AND verified_at < ?)) "
                           "ORDER BY CASE WHEN verified_at = '' THEN created_at ELSE verified_at END LIMIT ?"_s,
                           {jobId, artifactStateName(ArtifactRecord::State::Complete), cutoff, cutoff, limit});
}

QList<ArtifactRecord> BackupStore::chain(qint64 artifactId, QString *error, ChainUse use) const
{
    QList<ArtifactRecord> links;
    qint64 next = artifactId;
    while (next != 0) {
        const std::optional<ArtifactRecord> a = artifact(next);
        if (!a) {
            *error = Text::tr("backup %1 of the chain is missing from the database").arg(next);
            return {};
        }
        if (use == ChainUse::Restore ? !a->isRestorable() : a->state != ArtifactRecord::State::Complete) {
            *error = Text::tr("backup %1 of %2 (%3) cannot be restored: it is %4%5")
                         .arg(a->id).arg(a->guestName, a->createdAt.toLocalTime().toString(Qt::ISODate),
                              artifactStateText(a->state),
                              a->verify == ArtifactRecord::Check::Failed ? Text::tr(" and failed verification") : QString());
            return {};
        }
        links.prepend(*a);
        if (links.size() > 1000) {
            *error = Text::tr("the backup chain loops");
            return {};
        }
        next = a->incremental ? a->parentId : 0;
    }
    return links;
}

QList<ArtifactRecord> BackupStore::interruptOrphans(const QStringList &live, const QStringList &dead,
                                                   const QString &message, int *runs, QString *error)
{
    *runs = 0;
    // An owner that is provably dead (its pid is gone on this machine) is
    // dead now; any other owner not among the live only when the row is
    // older than the TTL (a new process may not have sent a heartbeat yet).
    const QString startedBefore = timeText(QDateTime::currentDateTimeUtc().addMSecs(-ProcessRegistry::kTtlMs));
    const auto marks = [](const QStringList &instances) {
        return QStringList(instances.size(), u"?"_s).join(u", "_s);
    };
    QVariantList values{startedBefore};
    QString condition = u"((%1 < ?"_s;   // %1: the table's start column
    if (!live.isEmpty()) {
        condition += u" AND owner NOT IN (%1)"_s.arg(marks(live));
        for (const QString &instance : live)
            values << instance;
    }
    condition += u")"_s;
    if (!dead.isEmpty()) {
        condition += u" OR owner IN (%1)"_s.arg(marks(dead));
        for (const QString &instance : dead)
            values << instance;
    }
    condition += u")"_s;
    const QString running = artifactStateName(ArtifactRecord::State::Running);
    QList<ArtifactRecord> orphans = selectArtifacts(u"WHERE state = ? AND "_s + condition.arg(u"created_at"_s),
                                                    QVariantList{running} + values);
    // Only the state and message change (a row-wide save from this read
    // could overwrite what a live writer stored meanwhile).
    for (ArtifactRecord &a : orphans) {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE backup_artifacts SET state = ?, message = ? WHERE id = ? AND state = ?"_s);
        for (const QVariant &v : QVariantList{artifactStateName(ArtifactRecord::State::Interrupted), sqlText(message),
                                              a.id, running})
            q.addBindValue(v);
        if (!exec(q, error))
            return {};
        a.state = ArtifactRecord::State::Interrupted;
        a.message = message;
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE backup_runs SET state = ?, finished_at = ?, message = ? WHERE state = ? AND "_s
              + condition.arg(u"started_at"_s));
    for (const QVariant &v : QVariantList{runStateName(RunRecord::State::Interrupted),
                                          timeText(QDateTime::currentDateTimeUtc()), sqlText(message),
                                          runStateName(RunRecord::State::Running)} + values)
        q.addBindValue(v);
    if (!exec(q, error))
        return {};
    *runs = q.numRowsAffected();
    return orphans;
}

bool BackupStore::recordRestore(RestoreRecord &r)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO backup_restores (artifact_id, test, host, guest_name, started_at, finished_at, ok, "
              "message, drill, boot_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : QVariantList{r.artifactId, r.test ? 1 : 0, sqlText(r.host), sqlText(r.guestName),
                                          timeText(r.startedAt), timeText(r.finishedAt), r.ok ? 1 : 0, sqlText(r.message),
                                          r.drill ? 1 : 0, r.bootMs})
        q.addBindValue(v);
    if (!q.exec())
        return false;
    r.id = insertedId(q);
    return true;
}

namespace {
// The columns restoreFrom reads, in its order.
constexpr auto kRestoreColumns = "r.id, r.test, r.host, r.guest_name, r.started_at, r.finished_at, r.ok, r.message, "
                                 "r.drill, r.boot_ms, r.artifact_id, a.guest_uuid";

RestoreRecord restoreFrom(const QSqlQuery &q)
{
    RestoreRecord r;
    r.id = q.value(0).toLongLong();
    r.test = q.value(1).toBool();
    r.host = q.value(2).toString();
    r.guestName = q.value(3).toString();
    r.startedAt = timeFrom(q.value(4));
    r.finishedAt = timeFrom(q.value(5));
    r.ok = q.value(6).toBool();
    r.message = q.value(7).toString();
    r.drill = q.value(8).toBool();
    r.bootMs = q.value(9).toLongLong();
    r.artifactId = q.value(10).toLongLong();
    r.guestUuid = q.value(11).toString();
    return r;
}
} // namespace

QHash<QString, RestoreRecord> BackupStore::lastDrills(qint64 jobId) const
{
    QHash<QString, RestoreRecord> newest;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM backup_restores r JOIN backup_artifacts a ON a.id = r.artifact_id "
              "WHERE r.id IN (SELECT max(r2.id) FROM backup_restores r2 "
              "JOIN backup_artifacts a2 ON a2.id = r2.artifact_id "
              "WHERE r2.drill = 1 AND a2.job_id = ? GROUP BY a2.guest_uuid) ORDER BY r.id"_s
                  .arg(QLatin1String(kRestoreColumns)));
    q.addBindValue(jobId);
    if (!q.exec())
        return newest;
    while (q.next()) {
        const RestoreRecord r = restoreFrom(q);
        newest.insert(r.guestUuid, r);   // later rows win
    }
    return newest;
}

QList<RestoreRecord> BackupStore::restores(qint64 artifactId) const
{
    QList<RestoreRecord> result;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM backup_restores r JOIN backup_artifacts a ON a.id = r.artifact_id "
              "WHERE r.artifact_id = ? ORDER BY r.id"_s.arg(QLatin1String(kRestoreColumns)));
    q.addBindValue(artifactId);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(restoreFrom(q));
    return result;
}

} // namespace Vigil::Store
