#include "boundedrun.h"

#include <QProcess>

namespace Vigil::Virt {

BoundedRun runBounded(const QString &program, const QStringList &arguments, int timeoutMs)
{
    BoundedRun run;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return run;
    }
    run.finished = true;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.output = process.readAllStandardOutput();
    return run;
}

} // namespace Vigil::Virt
