#pragma once

#include <QSqlDatabase>

#include <functional>

#include "reportdata.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Report {

// On the thread that owns the cluster (cheap copies): what the report
// covers. `hostNames` empty means every host.
ReportInput captureInput(const ClusterManager &cluster, const QList<Ha::Policy> &policies,
                         const QDateTime &from, const QDateTime &to, const QString &rangeLabel,
                         unsigned sections, const QStringList &hostNames = {});

// Reports progress (0–100, what it is doing); return false to cancel.
using Progress = std::function<bool(int percent, const QString &step)>;

// Anywhere, with a connection owned by the calling thread: health, history
// summaries, alerts, actions and the HA readiness dry run. Returns false
// when cancelled.
bool collectReport(const ReportInput &input, QSqlDatabase db, ReportData &out, const Progress &progress = {});

} // namespace Vigil::Report
