#include "quitonsignal.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <utility>
#include <sys/socket.h>
#include <unistd.h>

namespace Vigil::Cli {
namespace {

int signalPipe[2] = {-1, -1};
// What a signal does now (an InterruptHandler's, or quitting).
std::function<void()> onInterrupt = [] { QCoreApplication::quit(); };

// Async-signal-safe: only writes a byte; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[1], &byte, 1);
}

} // namespace

bool quitOnTerminationSignals()
{
    if (signalPipe[0] >= 0)
        return true;
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return false;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, []() {
        char byte;
        [[maybe_unused]] const ssize_t n = ::read(signalPipe[0], &byte, 1);
        onInterrupt();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
    return true;
}

InterruptHandler::InterruptHandler(std::function<void()> handler)
    : m_previous(std::exchange(onInterrupt, std::move(handler)))
{
    quitOnTerminationSignals();
}

InterruptHandler::~InterruptHandler()
{
    onInterrupt = std::move(m_previous);
}

} // namespace Vigil::Cli
