#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

namespace Vigil::Backup {

struct FileCheck {
    bool ok = false;
    QString message;      // what failed, or a summary of what was checked
    qint64 bytes = 0;     // bytes read
};

// Re-reads an artifact: manifest.json present and (when `expectedManifest`
// is given, from the database) identical to it, every file present with
// its size and SHA-256, and `qemu-img check` clean for every disk image.
FileCheck verifyArtifact(const QString &directory, const QByteArray &expectedManifest,
                         const std::atomic<bool> *cancel = nullptr);

// Copies an artifact directory to `mirror` (as
// <mirror>/<guest>/<artifact>), through a .partial directory renamed when
// complete, then verifies the copy. `mirrorPath` gets the copy's path.
FileCheck mirrorArtifact(const QString &directory, const QString &mirrorRoot, QString *mirrorPath,
                         const std::atomic<bool> *cancel = nullptr);

// Deletes an artifact directory (retention). False with `error` when
// something stayed.
bool removeArtifact(const QString &directory, QString *error);

} // namespace Vigil::Backup
