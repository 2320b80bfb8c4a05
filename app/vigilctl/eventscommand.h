#pragma once

#include <QTextStream>

#include "clicommands.h"
#include "core/eventrecord.h"

namespace Vigil::Cli {

// One event as a line: time, kind, host, guest, message, [result], by whom.
QString eventLine(const EventRecord &event);

// vigilctl events [--limit N] [--follow] [--json]: the newest N events of
// the shared log (every process's), oldest first; with --follow, then every
// new one as any process stores it, until SIGINT/SIGTERM.
int eventsCommand(Session &session, int limit, bool follow, const CliOptions &options, QTextStream &out,
                  QTextStream &err);

} // namespace Vigil::Cli
