#pragma once

#include <QDateTime>

#include "backupjob.h"

namespace Vigil::Backup {

// The first scheduled time strictly after `after` (local time for daily and
// weekly schedules); invalid for manual jobs.
QDateTime nextRunAfter(const Schedule &schedule, const QDateTime &after);

// Whether a job that last ran (or was created) at `lastRun` is due at
// `now`: a scheduled time passed since. However many runs were missed while
// nothing was running Vigil, the job is due once; after it runs, the next
// time is in the future again.
bool isDue(const Schedule &schedule, const QDateTime &lastRun, const QDateTime &now);

} // namespace Vigil::Backup
