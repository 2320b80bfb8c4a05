#pragma once

#include "artifactfiles.h"

#include <QString>

#include <atomic>

namespace Vigil::Backup {

struct BackupJob;

// A job's mirror, whichever kind it is (a directory here or a server over
// ssh): one way to copy a new backup there and one to delete a copy.
// Both block: worker threads only.

// Copies and checks; `copyPath` gets the copy's directory or ssh:// URL.
FileCheck copyToMirror(const BackupJob &job, const QString &artifactDirectory, QString *copyPath,
                       const std::atomic<bool> *cancel);

// Deletes a copy made by copyToMirror for this job; a copy already gone is fine.
bool removeFromMirror(const BackupJob &job, const QString &copyPath, QString *error);

} // namespace Vigil::Backup
