#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl agent: the failover engine without a display. Connects to every
// host, takes the engine lease when free, prints every event as a line
// (journald picks them up), and stops cleanly on SIGTERM or SIGINT.
// `holder` names this agent in the engine lease (default: "vigilctl agent on
// HOST"); an agent restarted under the same name takes its lease back at once.
// With `metricsAddress` (ADDR:PORT) it serves Prometheus metrics there.
int runAgent(Session &session, const QString &holder, int leaseTtlMs, const QString &metricsAddress,
             QTextStream &out);

} // namespace Vigil::Cli
