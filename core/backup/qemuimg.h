#pragma once

#include <QString>
#include <QStringList>

#include <atomic>

namespace Vigil::Backup {

struct ToolResult {
    bool ok = false;
    QString output;    // stdout
    QString error;     // a sentence: stderr, or why it did not run
};

// Runs a helper program found on PATH (`program`: "qemu-img", "sftp"…)
// with `arguments` (an argv, never a shell line) and `input` on its stdin,
// and waits, killing it when `cancel` turns true. `package` names the
// Debian package in the message when it is missing. Blocks: worker threads only.
ToolResult runTool(const QString &program, const QString &package, const QStringList &arguments,
                   const std::atomic<bool> *cancel = nullptr, const QByteArray &input = QByteArray());

// runTool for qemu-img.
ToolResult runQemuImg(const QStringList &arguments, const std::atomic<bool> *cancel = nullptr);

} // namespace Vigil::Backup
