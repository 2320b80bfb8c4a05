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

ToolResult runTool(const QString &program, const QString &package, const QStringList &arguments,
                   const std::atomic<bool> *cancel, const QByteArray &input)
{
    ToolResult result;
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        result.error = Text::tr("%1 is not installed (Debian package %2)").arg(program, package);
        return result;
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = Text::tr("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
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
        result.error = stderrText.isEmpty() ? Text::tr("%1 %2 failed (exit code %3)")
                                                  .arg(program, arguments.value(0)).arg(process.exitCode())
                                            : stderrText;
    return result;
}

ToolResult runQemuImg(const QStringList &arguments, const std::atomic<bool> *cancel)
{
    return runTool(u"qemu-img"_s, u"qemu-utils"_s, arguments, cancel);
}

} // namespace Vigil::Backup
