#pragma once

#include "../migration/preflight.h"

namespace Vigil::Backup {

// What a restore onto `target` needs, checked against the cluster before
// anything is written: the host up and not in maintenance, the name free
// there, the guest's networks present and active, and — when it is to be
// started (a restore test always is) — enough free memory and the same
// architecture. `guest` is the saved definition (parsed); `name` the name it
// gets. Fail blocks the restore; Unknown and Warning need a human's yes.
QList<Migration::Check> restoreChecks(const Ha::ClusterSnapshot &snapshot, HostId target, const DomainInfo &guest,
                                      const QString &name, bool start);

} // namespace Vigil::Backup
