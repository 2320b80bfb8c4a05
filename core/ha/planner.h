#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "../hostconfig.h"
#include "../inventory.h"
#include "policyindex.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ha {

// What the planner needs to know about the cluster at one moment.
struct ClusterSnapshot {
    struct Host {
        HostId id = 0;
        QString name;
        bool up = false;
        bool maintenance = false;
        bool lockManager = false;   // declared in its settings (HostConfig::lockManager)
        HostDetails details;
        QList<DomainInfo> domains;
    };
    QList<Host> hosts;

    static ClusterSnapshot capture(const ClusterManager &cluster);
};

struct Placement {
    QString guest;
    QString uuid;
    int priority = 0;
    QString policy;
    HostId target = 0;
    QString targetName;
    QString why;              // e.g. "preferred host", "most free memory"
    quint64 memoryKiB = 0;
    int vcpus = 0;
};

struct Unplaced {
    QString guest;
    QString uuid;
    int priority = 0;
    QString policy;
    QString reason;           // plain language, names the blocking rule
};

// Where the protected guests of `failedHost` would restart, in start order.
struct FailoverPlan {
    HostId failedHost = 0;
    QString failedHostName;
    QList<Placement> placements;
    QList<Unplaced> unplaced;
};

// The same planner serves the engine (a host really failed) and the dry
// run ("what if this host died now"). Only guests that were active on the
// failed host are planned; each target must be up, allowed by the policy,
// not in maintenance, see the guest's storage and networks, and have room
// (memory; vCPUs within the overcommit) after the guests planned before it.
FailoverPlan planFailover(const ClusterSnapshot &snapshot, HostId failedHost, const PolicyIndex &policies);

// Why `guest`, defined on `home`, could not run on `other` because of its
// storage (a local pool not among `sharedPools`, or a pool not active there)
// or its networks; empty when nothing blocks it. Shared with the Pacemaker
// export and the migration pre-flight.
QString placementBlocker(const ClusterSnapshot::Host &home, const ClusterSnapshot::Host &other, const DomainInfo &guest,
                         const QStringList &sharedPools);

// The one order in which protected guests restart, across the cluster:
// priority, a guest after the one it starts after, then name. A plan takes
// the failed host's guests in this order (each placement uses room the next
// cannot), and the Pacemaker export writes it as scores so that Pacemaker
// assigns in the same order. Every protected guest of the snapshot, in any state.
QStringList restartOrder(const ClusterSnapshot &snapshot, const PolicyIndex &policies);

// Dry run for every host that is up.
QList<FailoverPlan> planAllHosts(const ClusterSnapshot &snapshot, const PolicyIndex &policies);

// The dry run's verdict in one sentence, shown by the Failover page, the
// wizard and `vigilctl policy simulate`. Nothing protected is said as such,
// never as "every protected guest can be placed".
QString dryRunVerdict(const QList<FailoverPlan> &plans, const PolicyIndex &policies);

// Where nothing below the fence stops a second copy: the protected guests
// running on hosts that declare no disk lock manager, as one warning
// sentence naming the hosts; empty when every such host has one.
QString lockManagerWarning(const ClusterSnapshot &snapshot, const PolicyIndex &policies);

} // namespace Vigil::Ha
