#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl agent: the failover engine without a display. Connects to every
// host, takes the engine lease when free, prints every event as a line
// (journald picks them up), and stops cleanly on SIGTERM or SIGINT.
int runAgent(Session &session, QTextStream &out);

} // namespace Vigil::Cli
