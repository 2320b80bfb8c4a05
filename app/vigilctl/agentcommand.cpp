#include "agentcommand.h"

#include "core/ha/failoverengine.h"
#include "core/session.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Vigil::Cli {
namespace {

int signalPipe[2] = {-1, -1};

// Async-signal-safe: only writes a byte; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

} // namespace

int runAgent(Session &session, const QString &holderName, int leaseTtlMs, QTextStream &out)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        out << QCoreApplication::translate("vigilctl", "cannot set up signal handling") << Qt::endl;
        return ExitUsage;
    }
    QSocketNotifier notifier(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, qApp, []() {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    QObject::connect(&session, &Session::eventLogged, qApp, [&out](const EventRecord &e) {
        out << e.time.toString(Qt::ISODateWithMs) << ' ' << EventRecord::kindName(e.kind) << ' '
            << (e.host.isEmpty() ? QStringLiteral("-") : e.host) << ' '
            << (e.guest.isEmpty() ? QStringLiteral("-") : e.guest) << ' ' << e.message
            << (e.result.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(e.result)) << Qt::endl;
    });
    session.connectAll();
    const QString holder = holderName.isEmpty()
                               ? QStringLiteral("vigilctl agent on %1").arg(QHostInfo::localHostName())
                               : holderName;
    session.startFailoverEngine(holder, leaseTtlMs);
    out << QCoreApplication::translate("vigilctl", "agent started: %1 (pid %2), database %3")
               .arg(holder).arg(QCoreApplication::applicationPid()).arg(session.databasePath()) << Qt::endl;
    const int code = QCoreApplication::exec();
    out << QCoreApplication::translate("vigilctl", "agent stopping") << Qt::endl;
    session.failoverEngine()->stop();
    session.flushEventLog();
    return code;
}

} // namespace Vigil::Cli
