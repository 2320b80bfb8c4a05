#include "agentcommand.h"
#include "clitext.h"

#include "eventscommand.h"
#include "quitonsignal.h"
#include "core/ha/failoverengine.h"
#include "core/session.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace Vigil::Cli {

int runAgent(Session &session, const QString &holderName, int leaseTtlMs, QTextStream &out)
{
    if (!quitOnTerminationSignals()) {
        out << CliText::tr("cannot set up signal handling") << Qt::endl;
        return ExitUsage;
    }
    QObject::connect(&session, &Session::eventLogged, qApp,
                     [&out](const EventRecord &e) { out << eventLine(e) << Qt::endl; });
    session.connectAll();
    session.followChanges();
    const QString holder = holderName.isEmpty()
                               ? QStringLiteral("vigilctl agent on %1").arg(QHostInfo::localHostName())
                               : holderName;
    session.startFailoverEngine(holder, leaseTtlMs);
    out << CliText::tr("agent started: %1 (pid %2), database %3")
               .arg(holder).arg(QCoreApplication::applicationPid()).arg(session.databasePath()) << Qt::endl;
    const int code = QCoreApplication::exec();
    out << CliText::tr("agent stopping") << Qt::endl;
    session.failoverEngine()->stop();
    session.flushEventLog();
    return code;
}

} // namespace Vigil::Cli
