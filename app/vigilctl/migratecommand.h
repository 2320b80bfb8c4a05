#pragma once

#include <QTextStream>

#include "clicommands.h"
#include "core/migration/migration.h"

namespace Vigil::Cli {

// vigilctl migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth N] [--dry-run]:
// the pre-flight checklist; then, unless --dry-run (or a check failed), the
// move itself with progress once a second. Ctrl-C cancels it (the guest
// keeps running on the source).
int migrateCommand(Session &session, const QStringList &args, const QString &target, bool dryRun,
                   const Migration::MigrationOptions &moveOptions, const CliOptions &options, QTextStream &out,
                   QTextStream &err);

} // namespace Vigil::Cli
