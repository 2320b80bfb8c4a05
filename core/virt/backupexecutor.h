#pragma once

#include <atomic>
#include <functional>

#include "backupleftovers.h"
#include "../backup/manifest.h"

namespace Vigil::Virt {

struct GuestBackupRequest {
    QString host;                // host name (manifest)
    QString uri;
    // The host's keepalive: a host cut off mid-backup fails the calls on it
    // within interval × count seconds.
    int keepaliveInterval = 5;
    int keepaliveCount = 3;
    QString guestUuid;
    QString artifactDirectory;   // final directory; written as <dir>.partial until complete
    bool incremental = false;
    QString parentCheckpoint;    // incremental: the checkpoint of the backup this one builds on
    QString parentDirectory;     // its artifact directory
    QString checkpoint;          // the checkpoint to take now (running guests with qcow2 disks)
    LeftoverScope leftovers;     // what earlier, interrupted runs of the job may have left
    bool quiesce = true;
    // Running guests: QEMU exports the disks over NBD at the host's address
    // and this machine reads them (the target need not exist on the host),
    // instead of QEMU writing into the target itself.
    bool pull = false;
    // The job said "auto": a host that cannot be pulled from (reached
    // through an ssh proxy) is pushed instead of failing.
    bool pullChosenAutomatically = false;
    int bandwidthMiBs = 0;       // pulled backups and copies of stopped guests
    QString vigilVersion;
};

struct BackupProgress {
    qint64 total = -1;           // bytes; -1: not known yet
    qint64 processed = -1;
    qint64 elapsedMs = 0;
    int percent() const { return total > 0 && processed >= 0 ? int(processed * 100 / total) : -1; }
};

struct GuestBackupOutcome {
    bool ok = false;
    bool cancelled = false;
    QString message;
    Backup::Manifest manifest;
};

// Backs up one guest, blocking the calling thread: a running guest through
// a libvirt backup job, push or pull mode (incremental from
// `parentCheckpoint` when it still exists on the guest, else full and the
// manifest says why), its
// filesystems frozen through the guest agent for the instant the job starts
// when the agent answers; a shut-off guest by copying its disks with
// qemu-img. Writes into <dir>.partial and renames it only when every file
// and the manifest are written; a failure or cancel removes the partial
// directory and the checkpoint it took, and leaves the guest running.
// Before it starts, it clears what interrupted runs of the job left on the
// guest (backupleftovers.h); when the parent checkpoint lost its bitmap (the
// guest's QEMU was restarted by a host crash) it takes a full backup instead
// and says so.
GuestBackupOutcome backupGuest(const GuestBackupRequest &request,
                               const std::function<void(const BackupProgress &)> &progress,
                               const std::atomic<bool> &cancel);

// Removes a Vigil checkpoint from a guest (after the backup that built on
// it succeeded, only the newest is kept). Empty on success, else why not.
QString deleteCheckpoint(const GuestBackupRequest &request, const QString &checkpoint);

} // namespace Vigil::Virt
