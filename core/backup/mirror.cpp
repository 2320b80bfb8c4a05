#include "mirror.h"

#include "backupjob.h"
#include "sshmirror.h"

namespace Vigil::Backup {

FileCheck copyToMirror(const BackupJob &job, const QString &artifactDirectory, QString *copyPath,
                       const std::atomic<bool> *cancel)
{
    if (!isSshLocation(job.mirror))
        return mirrorArtifact(artifactDirectory, job.mirror, copyPath, cancel);
    FileCheck check;
    const std::optional<SshMirror> server = sshMirrorOf(job, &check.message);
    return server ? copyArtifactOverSsh(artifactDirectory, *server, copyPath, cancel) : check;
}

bool removeFromMirror(const BackupJob &job, const QString &copyPath, QString *error)
{
    if (!isSshLocation(copyPath))
        return removeArtifact(copyPath, error);
    // A copy on a server the job no longer names stays: deleting there needs
    // that server's pinned key, which went with the old setting.
    const std::optional<SshMirror> server = sshMirrorOf(job, error);
    return server && removeCopyOverSsh(*server, copyPath, error);
}

} // namespace Vigil::Backup
