#pragma once

#include <functional>

namespace Vigil::Cli {

// SIGTERM and SIGINT end the event loop (QCoreApplication::quit) instead of
// the process, so long-running commands (agent, events --follow) stop
// cleanly. Returns false when the signal pipe cannot be set up.
bool quitOnTerminationSignals();

// While it lives, SIGINT and SIGTERM call `handler` in the event loop
// instead (a move or a backup run is cancelled, not abandoned); the
// previous handler is back once it is gone.
class InterruptHandler
{
public:
    explicit InterruptHandler(std::function<void()> handler);
    ~InterruptHandler();
    InterruptHandler(const InterruptHandler &) = delete;
    InterruptHandler &operator=(const InterruptHandler &) = delete;

private:
    std::function<void()> m_previous;
};

} // namespace Vigil::Cli
