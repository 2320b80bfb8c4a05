#pragma once

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl balance --dry-run [--aggressiveness conservative|moderate|aggressive] [--json]:
// host loads (the last 15 minutes of recorded guest CPU use, and memory),
// the cluster's imbalance and the recommended moves. Nothing is moved.
int balanceCommand(Session &session, bool dryRun, const QString &aggressiveness, const CliOptions &options,
                   QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
