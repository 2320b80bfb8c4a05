#pragma once

#include <QTextStream>

#include "clicommands.h"

namespace Vigil::Cli {

// vigilctl export pacemaker --out FILE [--definitions-dir DIR]: writes the
// Pacemaker CIB to FILE and each protected guest's libvirt XML to
// FILE.definitions/ (to be installed at DIR, default /etc/pacemaker/vigil,
// on every node). What cannot be expressed is printed and kept in the CIB.
int exportPacemakerCommand(Session &session, const QString &outPath, const QString &definitionsDir,
                           const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
