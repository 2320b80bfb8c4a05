#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl migrate GUEST --to HOST --dry-run: the pre-flight checklist.
// Moving the guest itself is not implemented yet; without --dry-run the
// command says so and changes nothing.
int migrateCommand(Session &session, const QStringList &args, const QString &target, bool dryRun,
                   const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
