#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Vigil::Ha {

// How a host is fenced: a program and its arguments, run directly (never
// through a shell). The placeholders {host}, {uri} and {address} are
// replaced inside single arguments only, so a host name can never inject an
// extra argument. Exit code 0 within the timeout confirms the fence.
struct FenceAction {
    QStringList argv;
    int timeoutSeconds = 30;
    // How often its safe "status" mode is tested (FenceSelfTest); 0: never.
    int testEveryMinutes = 60;
    bool operator==(const FenceAction &) const = default;
};

// One explicitly protected guest.
struct GuestRule {
    QString guest;
    int priority = 3;       // 1 = restarted first … 5 = last
    QString startAfter;     // another member that must be running first (same or higher priority)
    bool operator==(const GuestRule &) const = default;
};

// A failover policy: which guests restart where, in which order, under which
// fencing rules, when their host dies. The JSON form is documented in
// docs/POLICIES.md.
struct Policy {
    static constexpr int kHighestPriority = 1;
    static constexpr int kLowestPriority = 5;

    qint64 id = 0;
    QString name;
    bool enabled = true;

    // Members: explicit guests, plus every guest whose name matches the
    // wildcard pattern (at the default priority).
    QList<GuestRule> guests;
    QString namePattern;
    int defaultPriority = 3;

    // Placement.
    QStringList preferredHosts;     // tried in this order
    QStringList allowedHosts;       // empty: any host
    QStringList forbiddenHosts;
    QList<QStringList> affinityGroups;       // keep together
    QList<QStringList> antiAffinityGroups;   // keep apart
    // Storage pools of a local type (dir, fs) that are really shared: an NFS
    // export or cluster filesystem every host mounts itself, with the same
    // pool name and path everywhere (libvirt cannot tell; the admin can).
    QStringList sharedPools;

    // Admission control: keep room to absorb this many host failures.
    int spareHostFailures = 1;
    double vcpuOvercommit = 4.0;    // allowed vCPUs per host CPU on a target

    // Detection.
    int keepaliveInterval = 2;
    int keepaliveCount = 3;
    int graceSeconds = 0;           // extra wait after the link is lost

    // Fencing, by host name.
    QHash<QString, FenceAction> fencing;
    // Restart guests of an unreachable host without a confirmed fence. Risks
    // the same guest running twice (split brain) if the host is only cut off.
    bool restartWithoutFencing = false;
    // After a confirmed fence, a restart refused because a disk is still
    // leased is retried this long before the fence is called ineffective: a
    // dead host's leases outlive it on shared storage (NFS v4 lease 90 s,
    // sanlock ~80 s). Nothing else of that failover starts meanwhile.
    int leaseWaitSeconds = 90;

    // Limits.
    int maxRestarts = 3;
    int restartWindowMinutes = 60;

    bool failback = false;

    // The member's priority, or 0 when it is not a member.
    int priorityOf(const QString &guestName) const;
    QString startAfterOf(const QString &guestName) const;

    bool operator==(const Policy &) const = default;
};

} // namespace Vigil::Ha

Q_DECLARE_METATYPE(Vigil::Ha::Policy)
