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

// Runs qemu-img with `arguments` (an argv, never a shell line) and waits,
// killing it when `cancel` turns true. Blocks: worker threads only.
ToolResult runQemuImg(const QStringList &arguments, const std::atomic<bool> *cancel = nullptr);

} // namespace Vigil::Backup
