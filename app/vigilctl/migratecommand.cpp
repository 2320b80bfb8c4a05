#include "migratecommand.h"

#include "core/migration/preflight.h"
#include "core/session.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Vigil::Cli {
namespace {
QString tr(const char *text) { return QCoreApplication::translate("vigilctl", text); }

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
                   const CliOptions &options, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1 || targetName.isEmpty()) {
        err << tr("usage: vigilctl migrate GUEST --to HOST --dry-run [--host SOURCE]") << Qt::endl;
        return ExitUsage;
    }
    if (!dryRun) {
        err << tr("moving guests is not implemented yet; --dry-run shows the pre-flight checklist") << Qt::endl;
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
        err << (matches == 0 ? tr("no guest named \"%1\" on a reachable host").arg(args.first())
                             : tr("several hosts have a guest named \"%1\": name the source with --host").arg(args.first()))
            << Qt::endl;
        return ExitUsage;
    }
    if (!target) {
        err << tr("no host named \"%1\"").arg(targetName) << Qt::endl;
        return ExitUsage;
    }

    // Ask the target's libvirt about the CPU (this command's own main loop).
    Migration::CpuAnswer cpu{-1, tr("the target did not answer")};
    if (cluster->status(target).state == HostState::Up) {
        QEventLoop loop;
        const quint64 request = cluster->compareGuestCpu(target, guest);
        QObject::connect(cluster, &ClusterManager::cpuCompared, &loop,
                         [&](quint64 id, int result, const QString &message) {
                             if (id != request)
                                 return;
                             cpu = {result, message};
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
        out << tr("Pre-flight: %1 from %2 to %3").arg(guest.name, cluster->host(source).name, targetName) << Qt::endl;
        for (const Migration::Check &c : checks)
            out << QStringLiteral("  %1 %2: %3").arg(tag(c.result).leftJustified(8), c.name, c.reason)
                << Qt::endl;
    }
    return Migration::blocks(checks) ? ExitPreflightFailed : ExitOk;
}

} // namespace Vigil::Cli
