#pragma once

#include <QList>
#include <QMap>
#include <QString>

class QXmlStreamWriter;

namespace Vigil::Ha {

// One resource Pacemaker should believe is running on a node, with the
// parameters it was started with.
struct RunningResource {
    QString id;
    QString resourceClass;   // ocf, stonith
    QString provider;        // heartbeat; empty for stonith
    QString type;            // VirtualDomain, fence_ipmilan…
    QMap<QString, QString> parameters;   // its instance attributes
    int monitorIntervalMs = 0;   // its recurring monitor, 0: none configured
    int monitorTimeoutMs = 0;
};

struct StatusNode {
    QString id;
    QString name;
    bool up = false;
    QList<RunningResource> running;
    QList<RunningResource> absent;   // probed here and found not running
};

// Writes a CIB status section in which every resource listed runs where it
// is listed, started with the parameters the configuration gives it and
// monitored, and was probed where it is absent, so that Pacemaker's
// scheduler (crm_simulate) plans from the cluster as it is and plans
// nothing at all for a quiet cluster. For simulation only: a live
// cluster records its own status.
void writeStatusSection(QXmlStreamWriter &xml, const QList<StatusNode> &nodes);

// The digest Pacemaker keeps of the parameters an operation ran with
// ("op-digest"); a history entry whose digest differs from the
// configuration's makes Pacemaker restart the resource ("resource
// definition change"). MD5 of the parameters as one XML element, sorted by
// name, in the form Pacemaker 2.x hashes.
QString operationDigest(const QMap<QString, QString> &parameters);

} // namespace Vigil::Ha
