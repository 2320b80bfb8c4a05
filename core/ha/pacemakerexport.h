#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include "planner.h"

namespace Vigil::Ha {

// Translates failover policies into a Pacemaker CIB, for clusters that must
// not depend on a Vigil console or agent, such that Pacemaker's scheduler
// restarts the same guests on the same hosts as the planner: a
// VirtualDomain resource per protected guest in restart order, location
// constraints from preferred/forbidden/allowed hosts, capacity as
// utilization, colocation from affinity, optional order from start_after,
// a stonith resource per fence action, and a status section of where
// everything runs now. docs/POLICIES.md explains each mapping; what cannot
// be mapped is listed in `notes`. Checked with crm_verify and crm_simulate
// in the tests.
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
