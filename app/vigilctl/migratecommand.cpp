#include "migratecommand.h"
#include "clitext.h"

#include "core/migration/migrationmanager.h"
#include "core/migration/preflight.h"
#include "core/session.h"

#include "quitonsignal.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {

// Runs the move in this command's own loop, printing progress once a
// second; Ctrl-C (SIGINT) or SIGTERM cancels it.
int runMove(Session &session, Migration::MigrationRequest request, QTextStream &out, QTextStream &err)
{
    Migration::MigrationManager *moves = session.migrations();
    QEventLoop loop;
    Migration::MigrationStatus last;
    const quint64 id = moves->submit(request);
    QObject::connect(moves, &Migration::MigrationManager::jobChanged, &loop,
                     [&](const Migration::MigrationStatus &s) {
                         if (s.request.id != id)
                             return;
                         last = s;
                         if (s.isFinished())
                             loop.quit();
                     });
    last = moves->job(id);
    bool cancelling = false;
    const InterruptHandler interrupt([&cancelling, &out, moves, id] {
        if (std::exchange(cancelling, true))
            return;
        out << CliText::tr("cancelling…") << Qt::endl;
        moves->cancel(id);
    });
    QTimer ticker;   // progress, once a second
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&last, &out]() {
        if (last.state != Migration::MigrationState::Running)
            return;
        out << u"  "_s << last.progress.summary() << Qt::endl;
    });
    ticker.start(1000);
    if (!last.isFinished())
        loop.exec();
    if (last.state == Migration::MigrationState::Completed) {
        out << CliText::tr("%1: %2").arg(request.guest, last.message)
            << (last.downtimeMs >= 0 ? CliText::tr(", downtime %1 ms").arg(last.downtimeMs) : QString()) << Qt::endl;
        return ExitOk;
    }
    err << CliText::tr("%1 was not moved: %2").arg(request.guest, last.message) << Qt::endl;
    return ExitMoveFailed;
}

QString tag(Migration::Check::Result result)
{
    switch (result) {
    case Migration::Check::Result::Pass: return QStringLiteral("PASS");
    case Migration::Check::Result::Warning: return QStringLiteral("WARN");
    case Migration::Check::Result::Fail: return QStringLiteral("FAIL");
    case Migration::Check::Result::Unknown: return QStringLiteral("UNKNOWN");
    }
    return {};
}
} // namespace

int migrateCommand(Session &session, const QStringList &args, const QString &targetName, bool dryRun,
                   const Migration::MigrationOptions &moveOptions, const CliOptions &options, QTextStream &out,
                   QTextStream &err)
{
    if (args.size() != 1 || targetName.isEmpty()) {
        err << CliText::tr("usage: vigilctl migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MiB/s] "
                  "[--dry-run] [--host SOURCE]") << Qt::endl;
        return ExitUsage;
    }
    waitForCluster(session, options.timeoutMs);
    ClusterManager *cluster = session.cluster();
    HostId source = 0, target = 0;
    DomainInfo guest;
    int matches = 0;
    for (const HostConfig &h : cluster->hosts()) {
        if (h.name == targetName)
            target = h.id;
        if (!options.hostFilter.isEmpty() && h.name != options.hostFilter)
            continue;
        for (const DomainInfo &d : cluster->domains(h.id)) {
            if (d.name == args.first()) {
                ++matches;
                source = h.id;
                guest = d;
            }
        }
    }
    if (matches != 1) {
        err << (matches == 0 ? CliText::tr("no guest named \"%1\" on a reachable host").arg(args.first())
                             : CliText::tr("several hosts have a guest named \"%1\": name the source with --host").arg(args.first()))
            << Qt::endl;
        return ExitUsage;
    }
    if (!target) {
        err << CliText::tr("no host named \"%1\"").arg(targetName) << Qt::endl;
        return ExitUsage;
    }

    // Ask the target's libvirt about the CPU (this command's own main loop).
    CpuComparison cpu{CpuComparison::Verdict::Unknown, CliText::tr("the target did not answer")};
    if (cluster->status(target).state == HostState::Up) {
        QEventLoop loop;
        cluster->compareGuestCpu(target, guest, &loop, [&cpu, &loop](const CpuComparison &answer) {
            cpu = answer;
            loop.quit();
        });
        QTimer::singleShot(options.timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const QList<Migration::Check> checks = Migration::preflight(Ha::ClusterSnapshot::capture(*cluster), source, target,
                                                                guest.uuid, session.policies(), cpu);
    if (options.json) {
        QJsonArray array;
        for (const Migration::Check &c : checks)
            array.append(QJsonObject{{QStringLiteral("check"), c.name},
                                     {QStringLiteral("result"), Migration::resultName(c.result)},
                                     {QStringLiteral("reason"), c.reason}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("guest"), guest.name},
                                         {QStringLiteral("from"), cluster->host(source).name},
                                         {QStringLiteral("to"), targetName},
                                         {QStringLiteral("blocked"), Migration::blocks(checks)},
                                         {QStringLiteral("checks"), array}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << CliText::tr("Pre-flight: %1 from %2 to %3").arg(guest.name, cluster->host(source).name, targetName) << Qt::endl;
        for (const Migration::Check &c : checks)
            out << QStringLiteral("  %1 %2: %3").arg(tag(c.result).leftJustified(8), c.name, c.reason)
                << Qt::endl;
    }
    if (Migration::blocks(checks))
        return ExitPreflightFailed;
    if (dryRun || options.json)
        return ExitOk;
    Migration::MigrationRequest request;
    request.source = cluster->host(source);
    request.target = cluster->host(target);
    request.uuid = guest.uuid;
    request.guest = guest.name;
    request.options = moveOptions;
    request.user = EventRecord::currentUser();
    out << CliText::tr("Moving %1 from %2 to %3 (%4)…")
               .arg(guest.name, request.source.name, request.target.name,
                    moveOptions.live ? CliText::tr("live") : CliText::tr("offline"))
        << Qt::endl;
    const int code = runMove(session, request, out, err);
    session.flushEventLog();
    return code;
}

} // namespace Vigil::Cli
