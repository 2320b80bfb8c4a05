#pragma once

#include <atomic>
#include <functional>

#include "../migration/migration.h"

namespace Vigil::Virt {

struct MigrationOutcome {
    bool ok = false;
    bool cancelled = false;
    qint64 downtimeMs = -1;
    QString message;
};

// Moves one guest, blocking the calling thread until libvirt is done: opens
// its own connections (the host workers stay free to refresh and to report
// events), starts a peer-to-peer migration and, while it runs, polls
// virDomainGetJobStats every 500 ms for `progress` and aborts the job when
// `cancel` becomes true (the guest then keeps running on the source).
MigrationOutcome runMigration(const Migration::MigrationRequest &request,
                              const std::function<void(const Migration::MigrationProgress &)> &progress,
                              const std::atomic<bool> &cancel);

} // namespace Vigil::Virt
