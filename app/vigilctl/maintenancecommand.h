#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl host maintenance enter NAME: prints the evacuation plan, marks
// the host (every process on the database follows the flag: no failover,
// no placements on it), moves its running guests and waits for the moves.
// vigilctl host maintenance exit NAME [--failback]: clears the flag; with
// --failback, moves the guests the evacuation took away back, and waits.
int maintenanceCommand(Session &session, const QString &verb, const QStringList &args, bool failback,
                       const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
