#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include "planner.h"

namespace Vigil::Ha {

// Translates failover policies into a Pacemaker CIB, for clusters that must
// not depend on a Vigil console or agent: a VirtualDomain resource per
// protected guest, location constraints from preferred/forbidden/allowed
// hosts, colocation from (anti-)affinity, order from start_after, priorities
// as resource priorities, and a stonith resource per fence action. Checked
// with Pacemaker's own crm_verify in the tests.
struct PacemakerExport {
    QByteArray cib;
    // guest name → its libvirt definition, to install at `definitionsDir`
    // on every node (VirtualDomain's "config" parameter points there).
    QHash<QString, QByteArray> definitions;
    // What could not be expressed in Pacemaker, in plain words.
    QStringList notes;
    // What makes the CIB invalid (then it must not be written).
    QStringList errors;
};

PacemakerExport exportPacemaker(const ClusterSnapshot &snapshot, const QList<Policy> &policies,
                                const QString &definitionsDir);

} // namespace Vigil::Ha
