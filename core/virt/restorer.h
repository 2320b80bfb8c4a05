#pragma once

#include <QStringList>

#include <atomic>

#include "../backup/manifest.h"

namespace Vigil::Virt {

struct RestoreRequest {
    QStringList chain;           // artifact directories, the full backup first
    QString host;
    QString uri;
    QString name;                // empty: the original name and UUID
    QString diskDirectory;       // where the restored disks go (seen by the host's QEMU)
    bool start = false;
    bool linksDown = false;      // restore tests: no network link, no address conflict
};

struct RestoreOutcome {
    bool ok = false;
    QString message;
    QString guestName;
    QString guestUuid;
    QStringList diskFiles;
};

// Restores a guest from its backup chain, blocking: refuses when a guest
// of that name (or, for the original identity, that UUID) is on the host or
// a disk file exists already — nothing is overwritten; flattens each disk's
// chain into a new qcow2 file with qemu-img; defines the guest from the
// saved definition (new name: new UUID and MAC addresses) and starts it when
// asked. A failure removes what it created.
RestoreOutcome restoreGuest(const RestoreRequest &request, const std::atomic<bool> &cancel);

struct RestoreTestOutcome {
    bool ok = false;
    QString message;             // what was proven, or where it failed
    qint64 bootMs = -1;          // start → still running after the settle time
    bool agentAnswered = false;
};

// Restore test: restores as `request.name` with network links down, starts
// it, checks that it stays running for `settleMs` (and asks the guest agent
// for the time when there is one), then destroys and removes the guest and
// its disks, also when a step failed.
RestoreTestOutcome testRestore(RestoreRequest request, int settleMs, const std::atomic<bool> &cancel);

} // namespace Vigil::Virt
