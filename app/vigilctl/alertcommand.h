#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl alert list [--all] [--json]: open alerts (with --all, also those
// cleared in the last 7 days) as every process sees them in the database.
// vigilctl alert ack KEY: acknowledges an open alert; the process that
// evaluates alerts (agent or console) picks it up through the change feed.
int alertCommand(Session &session, const QString &verb, const QStringList &args, bool all,
                 const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
