#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl agent: the failover engine without a display. Connects to every
// host, takes the engine lease when free, prints every event as a line
// (journald picks them up), and stops cleanly on SIGTERM or SIGINT.
// `holder` names this agent in the engine lease (default: "vigilctl agent on
// HOST"); an agent restarted under the same name takes its lease back at once.
struct AgentOptions {
    QString holder;
    int leaseTtlMs = 15000;
    QString metricsAddress;   // ADDR:PORT: serve Prometheus metrics there
    QString notifyFile;       // where alerts go (notifier.h)
    QString credentialsFile;  // host logins, followed while the agent runs
};
int runAgent(Session &session, const AgentOptions &options, QTextStream &out);

} // namespace Vigil::Cli
