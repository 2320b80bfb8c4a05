#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Vigil::Virt {

// A helper program (ssh -G, ssh-keyscan, ssh-keygen) run to its end within
// `timeoutMs`, killed if it takes longer. Blocks: worker threads only.
struct BoundedRun {
    bool finished = false;   // ended by itself within the time
    int exitCode = -1;       // when finished normally
    QByteArray output;       // its stdout
    bool succeeded() const { return finished && exitCode == 0; }
};
BoundedRun runBounded(const QString &program, const QStringList &arguments, int timeoutMs);

} // namespace Vigil::Virt
