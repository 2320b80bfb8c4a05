#include "backupcommand.h"
#include "clitext.h"

#include "core/backup/backupmanager.h"
#include "core/backup/schedule.h"
#include "core/cluster/clustermanager.h"
#include "core/guestname.h"
#include "core/session.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include "quitonsignal.h"

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
using namespace Vigil::Backup;
namespace {


QString timeText(const QDateTime &t) { return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s; }
QString sizeText(qint64 bytes) { return QLocale::c().formattedDataSize(bytes); }

std::optional<BackupJob> findJob(Store::BackupStore *store, const QString &nameOrId)
{
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    return numeric ? store->job(id) : store->jobByName(nameOrId);
}

QJsonObject artifactJson(const ArtifactRecord &a)
{
    return QJsonObject{{u"id"_s, double(a.id)}, {u"guest"_s, a.guestName}, {u"host"_s, a.host},
                       {u"kind"_s, a.incremental ? u"incremental"_s : u"full"_s},
                       {u"state"_s, artifactStateName(a.state)}, {u"bytes"_s, double(a.sizeBytes)},
                       {u"durationMs"_s, double(a.durationMs)}, {u"consistency"_s, consistencyName(a.consistency)},
                       {u"verify"_s, checkName(a.verify)}, {u"mirror"_s, checkName(a.mirror)},
                       {u"path"_s, a.path}, {u"message"_s, a.message}};
}

QString artifactLine(const ArtifactRecord &a)
{
    return u"    #%1 %2 on %3: %4 %5, %6, %7%8%9"_s.arg(a.id).arg(a.guestName, a.host.isEmpty() ? u"?"_s : a.host,
                                                               artifactStateText(a.state),
                                                               a.incremental ? CliText::tr("incremental") : CliText::tr("full"),
                                                               sizeText(a.sizeBytes), consistencyText(a.consistency))
        .arg(a.verify == ArtifactRecord::Check::Passed ? CliText::tr(", verified")
             : a.verify == ArtifactRecord::Check::Failed ? CliText::tr(", VERIFY FAILED")
                                                          : QString())
        .arg(a.message.isEmpty() ? QString() : u" — "_s + a.message);
}

int list(Store::BackupStore *store, const CliOptions &options, QTextStream &out)
{
    const QList<BackupJob> jobs = store->jobs();
    QJsonArray jobArray;
    for (const BackupJob &job : jobs) {
        const QDateTime next = job.enabled ? nextRunAfter(job.schedule, QDateTime::currentDateTime()) : QDateTime();
        const QList<RunRecord> runs = store->runs(job.id, 5);
        if (options.json) {
            QJsonArray runArray;
            for (const RunRecord &r : runs) {
                QJsonArray artifacts;
                for (const ArtifactRecord &a : store->artifactsOfRun(r.id))
                    artifacts.append(artifactJson(a));
                runArray.append(QJsonObject{{u"id"_s, double(r.id)}, {u"trigger"_s, r.trigger},
                                            {u"startedAt"_s, r.startedAt.toString(Qt::ISODate)},
                                            {u"finishedAt"_s, r.finishedAt.toString(Qt::ISODate)},
                                            {u"state"_s, runStateName(r.state)}, {u"message"_s, r.message},
                                            {u"bytes"_s, double(r.bytes)}, {u"guests"_s, artifacts}});
            }
            jobArray.append(QJsonObject{{u"id"_s, double(job.id)}, {u"name"_s, job.name},
                                        {u"enabled"_s, job.enabled},
                                        {u"job"_s, QJsonDocument::fromJson(jobToJson(job)).object()},
                                        {u"nextRun"_s, next.toUTC().toString(Qt::ISODate)},
                                        {u"runs"_s, runArray}});
            continue;
        }
        out << CliText::tr("%1 (job %2)%3: %4, %5 → %6")
                   .arg(job.name).arg(job.id)
                   .arg(job.enabled ? QString() : CliText::tr(" [disabled]"), scheduleText(job.schedule),
                        job.mode == BackupMode::Full ? CliText::tr("full") : CliText::tr("incremental"), targetText(job))
            << Qt::endl;
        out << CliText::tr("  retention %1; next run %2").arg(retentionText(job.retention), timeText(next)) << Qt::endl;
        for (const RunRecord &r : runs) {
            out << CliText::tr("  run %1 %2 (%3): %4 — %5")
                       .arg(r.id).arg(timeText(r.startedAt), r.trigger, runStateText(r.state), r.message)
                << Qt::endl;
            for (const ArtifactRecord &a : store->artifactsOfRun(r.id))
                out << artifactLine(a) << Qt::endl;
        }
    }
    if (options.json)
        out << QJsonDocument(QJsonObject{{u"format"_s, u"vigil-backups/1"_s}, {u"jobs"_s, jobArray}}).toJson();
    else if (jobs.isEmpty())
        out << CliText::tr("no backup jobs (create one in the console's Backups tab or with vigilctl backup import FILE)")
            << Qt::endl;
    return ExitOk;
}

// Waits until nothing runs any more: the run, then its prune and mirror.
// Ctrl-C or SIGTERM calls `onCancel` (once).
void waitUntilIdle(BackupManager *backups, const std::function<void()> &onCancel)
{
    if (!backups->isBusy())
        return;
    QEventLoop loop;
    QObject::connect(backups, &BackupManager::idle, &loop, &QEventLoop::quit);
    bool cancelled = false;
    const InterruptHandler interrupt([&cancelled, &onCancel] {
        if (!std::exchange(cancelled, true) && onCancel)
            onCancel();
    });
    loop.exec();
}

// The artifact a RUN argument names: the run's only restorable guest, or the
// one --guest names. "#ID" or "artifact:ID" picks an artifact directly.
std::optional<ArtifactRecord> pickArtifact(Store::BackupStore *store, const QString &run, const QString &guest,
                                           QString *error)
{
    bool ok = false;
    if (run.startsWith(u'#')) {
        const auto a = store->artifact(run.mid(1).toLongLong(&ok));
        if (!ok || !a)
            *error = CliText::tr("there is no backup %1").arg(run);
        return ok ? a : std::nullopt;
    }
    const qint64 runId = run.toLongLong(&ok);
    if (!ok || !store->run(runId)) {
        *error = CliText::tr("there is no backup run %1 (see vigilctl backup list)").arg(run);
        return std::nullopt;
    }
    QList<ArtifactRecord> candidates;
    for (const ArtifactRecord &a : store->artifactsOfRun(runId))
        if (guest.isEmpty() ? a.isRestorable() : a.guestName == guest)
            candidates.append(a);
    if (candidates.size() == 1)
        return candidates.first();
    if (candidates.isEmpty())
        *error = guest.isEmpty() ? CliText::tr("run %1 has no restorable backup").arg(runId)
                                 : CliText::tr("run %1 has no backup of %2").arg(runId).arg(guest);
    else
        *error = CliText::tr("run %1 backed up several guests: name one with --guest").arg(runId);
    return std::nullopt;
}

std::optional<HostId> hostByName(Session &session, const QString &name)
{
    for (const HostConfig &h : session.cluster()->hosts())
        if (h.name == name)
            return h.id;
    return std::nullopt;
}

struct OperationResult {
    bool ok = false;
    QString message;
};

// The operation's answer (always signalled later, never from within the call
// that started it). The connection ends with the loop.
OperationResult waitForOperation(BackupManager *backups, quint64 id)
{
    OperationResult result;
    QEventLoop loop;
    QObject::connect(backups, &BackupManager::operationFinished, &loop,
                     [&result, &loop, id](quint64 operation, bool ok, const QString &message) {
                         if (operation != id)
                             return;
                         result = {ok, message};
                         loop.quit();
                     });
    loop.exec();
    return result;
}

// A restore's or restore test's result: text, or JSON with --json.
int reportOperation(const OperationResult &result, const ArtifactRecord &artifact, const CliOptions &options,
                    QTextStream &out, QTextStream &err)
{
    if (options.json)
        out << QJsonDocument(QJsonObject{{u"backup"_s, double(artifact.id)}, {u"guest"_s, artifact.guestName},
                                         {u"ok"_s, result.ok}, {u"message"_s, result.message}})
                   .toJson();
    else
        (result.ok ? out : err) << result.message << Qt::endl;
    return result.ok ? ExitOk : ExitBackupFailed;
}

} // namespace

int backupCommand(Session &session, const BackupArguments &a, const CliOptions &options, QTextStream &out,
                  QTextStream &err)
{
    BackupManager *backups = session.backups();
    Store::BackupStore *store = backups->store();
    const QString subject = a.rest.value(0);
    if (a.verb == u"list")
        return list(store, options, out);
    if (subject.isEmpty()) {
        err << CliText::tr("backup %1 needs an argument (see vigilctl --help)").arg(a.verb) << Qt::endl;
        return ExitUsage;
    }
    if (a.verb == u"import") {
        QFile file(subject);
        if (!file.open(QIODevice::ReadOnly)) {
            err << CliText::tr("cannot read %1: %2").arg(subject, file.errorString()) << Qt::endl;
            return ExitUsage;
        }
        JobParse parsed = jobFromJson(file.readAll());
        if (!parsed.ok) {
            err << CliText::tr("%1 is not a valid backup job:").arg(subject) << Qt::endl;
            for (const QString &e : std::as_const(parsed.errors))
                err << u"  "_s << e << Qt::endl;
            return ExitUsage;
        }
        if (const auto existing = store->jobByName(parsed.job.name))
            parsed.job.id = existing->id;
        QString error;
        if (!store->saveJob(parsed.job, &error)) {
            err << error << Qt::endl;
            return ExitUsage;
        }
        out << CliText::tr("backup job %1 saved (id %2)").arg(parsed.job.name).arg(parsed.job.id) << Qt::endl;
        return ExitOk;
    }
    if (a.verb == u"export" || a.verb == u"remove" || a.verb == u"run") {
        const std::optional<BackupJob> job = findJob(store, subject);
        if (!job) {
            err << CliText::tr("there is no backup job %1").arg(subject) << Qt::endl;
            return ExitUsage;
        }
        if (a.verb == u"export") {
            out << QJsonDocument::fromJson(jobToJson(*job)).toJson();
            return ExitOk;
        }
        QString error;
        if (a.verb == u"remove") {
            if (!store->removeJob(job->id, &error)) {
                err << error << Qt::endl;
                return ExitDatabase;
            }
            out << CliText::tr("backup job %1 removed; its backups stay on disk and restorable").arg(job->name) << Qt::endl;
            return ExitOk;
        }
        waitForCluster(session, options.timeoutMs);
        const qint64 runId = backups->runJob(job->id, u"cli"_s, &error);
        if (runId == 0) {
            err << error << Qt::endl;
            return ExitBackupFailed;
        }
        QObject printer;   // the progress lines end with this command
        if (!options.json) {
            out << CliText::tr("run %1 of %2 started").arg(runId).arg(job->name) << Qt::endl;
            QObject::connect(backups, &BackupManager::artifactChanged, &printer, [&out](const ArtifactRecord &r) {
                if (r.state != ArtifactRecord::State::Running)
                    out << artifactLine(r) << Qt::endl;
            });
        }
        // Retention and the mirror run after the run; wait for them too.
        waitUntilIdle(backups, [&out, backups, runId] {
            out << CliText::tr("cancelling… (the guests keep running; partial files are removed)") << Qt::endl;
            backups->cancelRun(runId);
        });
        const RunRecord run = store->run(runId).value_or(RunRecord());
        if (options.json) {
            QJsonArray guests;
            for (const ArtifactRecord &r : store->artifactsOfRun(runId))
                guests.append(artifactJson(r));
            out << QJsonDocument(QJsonObject{{u"run"_s, double(runId)}, {u"job"_s, job->name},
                                             {u"state"_s, runStateName(run.state)}, {u"message"_s, run.message},
                                             {u"bytes"_s, double(run.bytes)}, {u"guests"_s, guests}})
                       .toJson();
        } else {
            out << CliText::tr("run %1: %2 — %3").arg(runId).arg(runStateText(run.state), run.message) << Qt::endl;
        }
        return run.state == RunRecord::State::Succeeded ? ExitOk : ExitBackupFailed;
    }
    if (a.verb == u"verify") {
        QList<ArtifactRecord> targets;
        if (subject.startsWith(u'#')) {
            if (const auto one = store->artifact(subject.mid(1).toLongLong()))
                targets << *one;
        } else {
            for (const ArtifactRecord &r : store->artifactsOfRun(subject.toLongLong()))
                if (r.state == ArtifactRecord::State::Complete && (a.guest.isEmpty() || r.guestName == a.guest))
                    targets << r;
        }
        if (targets.isEmpty()) {
            err << CliText::tr("run %1 has no complete backup to verify").arg(subject) << Qt::endl;
            return ExitUsage;
        }
        int code = ExitOk;
        QJsonArray results;
        for (const ArtifactRecord &r : std::as_const(targets)) {
            const OperationResult result = waitForOperation(backups, backups->verify(r.id));
            if (!result.ok)
                code = ExitBackupFailed;
            if (options.json)
                results.append(QJsonObject{{u"backup"_s, double(r.id)}, {u"guest"_s, r.guestName},
                                           {u"ok"_s, result.ok}, {u"message"_s, result.message}});
            else
                (result.ok ? out : err) << CliText::tr("%1 (#%2): ").arg(r.guestName).arg(r.id) << result.message << Qt::endl;
        }
        if (options.json)
            out << QJsonDocument(results).toJson();
        return code;
    }
    if (a.verb == u"restore" || a.verb == u"test-restore") {
        if (const QString bad = a.as.isEmpty() ? QString() : checkGuestName(a.as); !bad.isEmpty()) {
            err << CliText::tr("--as: %1").arg(bad) << Qt::endl;
            return ExitUsage;
        }
        QString error;
        const std::optional<ArtifactRecord> artifact = pickArtifact(store, subject, a.guest, &error);
        if (!artifact) {
            err << error << Qt::endl;
            return ExitUsage;
        }
        const QString hostName = a.to.isEmpty() ? artifact->host : a.to;
        if (a.verb == u"restore" && a.to.isEmpty()) {
            err << CliText::tr("restore needs --to HOST") << Qt::endl;
            return ExitUsage;
        }
        waitForCluster(session, options.timeoutMs);
        const std::optional<HostId> host = hostByName(session, hostName);
        if (!host) {
            err << CliText::tr("there is no host named %1").arg(hostName) << Qt::endl;
            return ExitUsage;
        }
        if (a.verb == u"test-restore")
            return reportOperation(waitForOperation(backups, backups->testRestore(artifact->id, *host)), *artifact,
                                   options, out, err);
        BackupManager::RestoreSpec spec;
        spec.artifactId = artifact->id;
        spec.host = *host;
        spec.name = a.as;
        spec.diskDirectory = a.diskDirectory;
        spec.start = a.start;
        return reportOperation(waitForOperation(backups, backups->restore(spec)), *artifact, options, out, err);
    }
    err << CliText::tr("unknown backup command: %1").arg(a.verb) << Qt::endl;
    return ExitUsage;
}

} // namespace Vigil::Cli
