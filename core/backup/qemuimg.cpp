#include "qemuimg.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::QemuImg)
};
}

ToolResult runQemuImg(const QStringList &arguments, const std::atomic<bool> *cancel)
{
    ToolResult result;
    const QString program = QStandardPaths::findExecutable(u"qemu-img"_s);
    if (program.isEmpty()) {
        result.error = Text::tr("qemu-img is not installed (Debian package qemu-utils)");
        return result;
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = Text::tr("qemu-img did not start: %1").arg(process.errorString());
        return result;
    }
    while (!process.waitForFinished(200)) {
        if (process.state() == QProcess::NotRunning)
            break;
        if (cancel && cancel->load()) {
            process.kill();
            process.waitForFinished(5000);
            result.error = Text::tr("cancelled");
            return result;
        }
    }
    result.output = QString::fromUtf8(process.readAllStandardOutput());
    const QString stderrText = QString::fromUtf8(process.readAllStandardError()).trimmed();
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!result.ok)
        result.error = stderrText.isEmpty() ? Text::tr("qemu-img %1 failed (exit code %2)")
                                                  .arg(arguments.value(0)).arg(process.exitCode())
                                            : stderrText;
    return result;
}

} // namespace Vigil::Backup
