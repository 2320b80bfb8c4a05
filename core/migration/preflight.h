#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "../domainaction.h"
#include "../ha/planner.h"

namespace Vigil::Migration {

// One line of the pre-flight checklist shown before a migration.
struct Check {
    enum class Result { Pass, Warning, Fail, Unknown };
    QString name;      // "CPU", "Networks", …
    Result result = Result::Unknown;
    QString reason;    // plain language; says why for anything but a pass
};

QString resultName(Check::Result result);

// The checklist for moving `guestUuid` from `source` to `target`, from a
// cluster snapshot, the failover policies (for anti-affinity) and the
// target's CPU answer (ClusterManager::compareGuestCpu). A check the driver cannot answer is Unknown ("could
// not be checked"), never a pass.
// With `coldRelocation` (shut down, define on the target, start there — for
// drivers that cannot migrate), a driver without migration is a warning,
// not a failure.
QList<Check> preflight(const Ha::ClusterSnapshot &snapshot, HostId source, HostId target, const QString &guestUuid,
                       const QList<Ha::Policy> &policies, const CpuComparison &cpu, bool coldRelocation = false);

// Single checks of the list, shared with the restore pre-check
// (core/backup/restorecheck), for a guest that may not be in the snapshot.
Check architectureCheck(const Ha::ClusterSnapshot::Host &target, const DomainInfo &guest);
Check memoryCheck(const Ha::ClusterSnapshot::Host &target, const DomainInfo &guest);

// Fail anywhere → cannot migrate; warnings and unknowns need a human's yes.
bool blocks(const QList<Check> &checks);
// The move would put the guest next to one a failover policy keeps apart
// from it (a warning for a single move; a blocker when Vigil places guests).
bool breaksAntiAffinity(const QList<Check> &checks);

// "Best host" for one guest: among the hosts that are up and whose
// pre-flight (without the CPU answer) has no failure, the one with the most
// memory left after its running guests; 0 when none qualifies.
// `reservedKiB` is memory already promised to moves planned before this one
// (per target), so that a bulk move spreads its guests.
HostId bestTarget(const Ha::ClusterSnapshot &snapshot, HostId source, const QString &guestUuid,
                  const QList<Ha::Policy> &policies, const QHash<HostId, qint64> &reservedKiB = {},
                  bool coldRelocation = false);
// Whether a host's libvirt driver can migrate guests at all (libvirt's test
// driver cannot).
bool driverCanMigrate(const HostInfo &host);
// True when either host's driver cannot migrate.
bool needsColdRelocation(const Ha::ClusterSnapshot &snapshot, HostId source, HostId target);

} // namespace Vigil::Migration
