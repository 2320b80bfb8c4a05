#include "agentcommand.h"
#include "clitext.h"

#include "credentialsloader.h"
#include "eventscommand.h"
#include "metricsserver.h"
#include "notifier.h"
#include "quitonsignal.h"
#include "core/ha/failoverengine.h"
#include "core/observability/performancelog.h"
#include "core/session.h"

#include <QCoreApplication>
#include <QHostInfo>

#include <memory>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {

int runAgent(Session &session, const AgentOptions &options, QTextStream &out)
{
    if (!quitOnTerminationSignals()) {
        out << CliText::tr("cannot set up signal handling") << Qt::endl;
        return ExitUsage;
    }
    std::unique_ptr<MetricsServer> metrics;
    if (!options.metricsAddress.isEmpty()) {
        metrics = std::make_unique<MetricsServer>(session);
        QString error;
        if (!metrics->listen(options.metricsAddress, &error)) {
            out << error << Qt::endl;
            return ExitUsage;
        }
        // The port bound, which differs from the one asked for with port 0.
        const QString host = options.metricsAddress.left(options.metricsAddress.lastIndexOf(u':'));
        out << CliText::tr("serving metrics on http://%1:%2/metrics")
                   .arg(host.isEmpty() ? QStringLiteral("0.0.0.0") : host).arg(metrics->port())
            << Qt::endl;
    }
    QObject::connect(&session, &Session::eventLogged, qApp,
                     [&out](const EventRecord &e) { out << eventLine(e) << Qt::endl; });
    // Read once before the session opened (main.cpp); edits apply at once.
    const CredentialsFileWatcher credentials(options.credentialsFile, out);
    session.connectAll();
    session.followChanges();
    const QString holder = options.holder.isEmpty()
                               ? QStringLiteral("vigilctl agent on %1").arg(QHostInfo::localHostName())
                               : options.holder;
    std::unique_ptr<Notifier> notifier;
    if (!options.notifyFile.isEmpty()) {
        QStringList errors;
        const std::optional<NotificationTargets> targets = readNotificationTargets(options.notifyFile, &errors);
        if (!targets) {
            out << CliText::tr("%1: %2").arg(options.notifyFile, errors.join(u"; "_s)) << Qt::endl;
            return ExitUsage;
        }
        notifier = std::make_unique<Notifier>(session, *targets, holder);
    }
    session.startFailoverEngine(holder, options.leaseTtlMs);
    Observability::watchEventLoop(&session);
    out << CliText::tr("agent started: %1 (pid %2), database %3")
               .arg(holder).arg(QCoreApplication::applicationPid()).arg(session.databasePath()) << Qt::endl;
    const int code = QCoreApplication::exec();
    out << CliText::tr("agent stopping") << Qt::endl;
    session.failoverEngine()->stop();
    session.flushEventLog();
    return code;
}

} // namespace Vigil::Cli
