#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

struct BackupArguments {
    QString verb;            // list, import, export, remove, run, verify, restore, test-restore
    QStringList rest;        // JOB, RUN or FILE
    QString to;              // restore, test-restore: target host
    QString as;              // restore: new guest name
    QString guest;           // which guest of a run with several
    QString diskDirectory;   // restore: where the disks go
    bool start = false;      // restore: start the restored guest
};

// vigilctl backup list|import FILE|export JOB|remove JOB|run JOB|verify RUN|
//                 restore RUN --to HOST [--as NAME]|test-restore RUN [--to HOST]
int backupCommand(Session &session, const BackupArguments &arguments, const CliOptions &options, QTextStream &out,
                  QTextStream &err);

} // namespace Vigil::Cli
