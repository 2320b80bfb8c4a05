#pragma once

#include <QLoggingCategory>

class QObject;

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Observability {

// Figures for whoever measures a running console or agent from outside
// (tests/bench/bench_rpc, an admin chasing a slow start). Off unless
// QT_LOGGING_RULES enables "vigil.performance.info=true"; then they cost one
// 5 ms timer on the GUI thread and one line per event.
Q_DECLARE_LOGGING_CATEGORY(lcPerformance)

// Logs once when every host of the cluster has settled (connected with its
// inventory, or given up on), and once when every host is up with its
// inventory: hosts, guests, time since exec, CPU used, RSS.
void logWhenSettled(ClusterManager *cluster);

// Measures every gap of the calling thread's event loop with a 5 ms timer and
// logs the p99 and worst gap every reportEveryMs. A gap above 16 ms is a
// frame the user saw frozen.
void watchEventLoop(QObject *owner, int reportEveryMs = 10000);

} // namespace Vigil::Observability
