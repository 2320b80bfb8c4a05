#pragma once

#include <QStringList>
#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl policy list|show NAME|import FILE|export [NAME]|validate FILE|delete NAME
//                 |simulate --host NAME|--all-hosts
int policyCommand(Session &session, const QString &verb, const QStringList &args, const CliOptions &options,
                  QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
