#include "maintenancecommand.h"
#include "clitext.h"

#include "core/migration/maintenance.h"
#include "core/migration/migrationmanager.h"
#include "core/session.h"

#include <QEventLoop>

namespace Vigil::Cli {
namespace {


int enter(Session &session, const HostConfig &host, const CliOptions &options, QTextStream &out, QTextStream &err)
{
    if (host.maintenance) {
        out << CliText::tr("%1 is already in maintenance").arg(host.name) << Qt::endl;
        return ExitOk;
    }
    if (!waitForCluster(session, options.timeoutMs))
        err << CliText::tr("some hosts did not answer within the timeout; the plan uses what is known") << Qt::endl;
    const Migration::EvacuationPlan plan = session.planMaintenance(host.id);
    for (const Migration::EvacuationMove &move : plan.moves)
        out << CliText::tr("move %1 to %2 (%3)").arg(move.guest, move.targetName, move.why) << Qt::endl;
    for (const Migration::EvacuationStay &stay : plan.stays)
        out << CliText::tr("stays: %1 (%2)").arg(stay.guest, stay.reason) << Qt::endl;
    QStringList leftRunning;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(session.maintenance(), &Migration::MaintenanceCoordinator::evacuationFinished, &loop,
                     [&](HostId finishedHost, int, const QStringList &left) {
        if (finishedHost == host.id) {
            leftRunning = left;
            finished = true;
            loop.quit();
        }
    });
    QString error;
    if (!session.enterMaintenance(plan, 2, &error)) {
        err << CliText::tr("cannot enter maintenance: %1").arg(error) << Qt::endl;
        return ExitDatabase;
    }
    out << CliText::tr("%1 is in maintenance").arg(host.name) << Qt::endl;
    if (!finished)
        loop.exec();
    if (!leftRunning.isEmpty()) {
        for (const QString &guest : std::as_const(leftRunning))
            err << CliText::tr("still running on %1: %2").arg(host.name, guest) << Qt::endl;
        return ExitMoveFailed;
    }
    return ExitOk;
}

int exit(Session &session, const HostConfig &host, bool failback, const CliOptions &options, QTextStream &out,
         QTextStream &err)
{
    if (failback)
        waitForCluster(session, options.timeoutMs);
    else
        session.connectAll();   // the coordinator works on the cluster's view of the host; nothing waits
    Migration::MigrationManager *moves = session.migrations();
    const auto allFinished = [moves]() {
        const QList<Migration::MigrationStatus> jobs = moves->jobs();
        return std::all_of(jobs.cbegin(), jobs.cend(), [](const auto &job) { return job.isFinished(); });
    };
    QString error;
    if (!session.exitMaintenance(host.id, failback, &error)) {
        err << CliText::tr("cannot leave maintenance: %1").arg(error) << Qt::endl;
        return ExitDatabase;
    }
    out << CliText::tr("%1 left maintenance").arg(host.name) << Qt::endl;
    if (!allFinished()) {
        QEventLoop loop;
        QObject::connect(moves, &Migration::MigrationManager::jobChanged, &loop, [&]() {
            if (allFinished())
                loop.quit();
        });
        loop.exec();
    }
    int failed = 0;
    for (const Migration::MigrationStatus &job : moves->jobs()) {
        out << CliText::tr("failback of %1: %2").arg(job.request.guest, job.message) << Qt::endl;
        failed += job.state != Migration::MigrationState::Completed;
    }
    return failed > 0 ? ExitMoveFailed : ExitOk;
}

} // namespace

int maintenanceCommand(Session &session, const QString &verb, const QStringList &args, bool failback,
                       const CliOptions &options, QTextStream &out, QTextStream &err)
{
    if ((verb != u"enter" && verb != u"exit") || args.size() != 1) {
        err << CliText::tr("usage: vigilctl host maintenance enter|exit NAME [--failback]") << Qt::endl;
        return ExitUsage;
    }
    const std::optional<HostConfig> host = session.hostRepository().findByName(args.first());
    if (!host) {
        err << CliText::tr("no host named \"%1\"").arg(args.first()) << Qt::endl;
        return ExitUsage;
    }
    return verb == u"enter" ? enter(session, *host, options, out, err)
                            : exit(session, *host, failback, options, out, err);
}

} // namespace Vigil::Cli
