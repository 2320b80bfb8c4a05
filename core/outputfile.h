#pragma once

#include <QByteArray>
#include <QString>

class QSaveFile;

namespace Vigil {

// Files Vigil writes on request (reports, the Pacemaker CIB). The target is
// replaced only by a complete file: written to a temporary file beside it,
// renamed on success; a write that fails (a full disk) leaves no file and
// the old one as it was. Only regular files are ever replaced: a device
// node, FIFO, socket or directory at the path is refused (as root,
// `--out /dev/null` used to replace /dev/null with a report).

// Empty when `path` may be written, else why not.
QString checkOutputTarget(const QString &path);

// Commits `file` (opened on `path`) if every write reached it; else discards
// it. Returns false with `error` naming the path and the cause.
bool commitOutputFile(QSaveFile &file, const QString &path, QString *error);

// Who may read the written file: files that can carry credentials (the
// Pacemaker CIB holds the fence agents' passwords) are owner-only.
enum class OutputAccess { Shared, OwnerOnly };

// Both steps for content already in memory.
bool writeOutputFile(const QString &path, const QByteArray &content, QString *error,
                     OutputAccess access = OutputAccess::Shared);

} // namespace Vigil
