#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl guest start|shutdown|reboot|force-off|suspend|resume NAME [--host H]:
// the console's guest actions, recorded in the shared event log with the
// OS user who ran them. Waits for libvirt's answer.
int guestCommand(Session &session, const QString &verb, const QStringList &args, const CliOptions &options,
                 QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
