#pragma once

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE
int reportCommand(Session &session, const QString &format, const QString &range, const QString &out,
                  const CliOptions &options, QTextStream &stdOut, QTextStream &err);

} // namespace Vigil::Cli
