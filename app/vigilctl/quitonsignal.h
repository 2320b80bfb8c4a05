#pragma once

namespace Vigil::Cli {

// SIGTERM and SIGINT end the event loop (QCoreApplication::quit) instead of
// the process, so long-running commands (agent, events --follow) stop
// cleanly. Returns false when the signal pipe cannot be set up.
bool quitOnTerminationSignals();

} // namespace Vigil::Cli
