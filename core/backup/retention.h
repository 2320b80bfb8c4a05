#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>

#include "backupjob.h"

namespace Vigil::Backup {

// One guest's backup as retention sees it.
struct RetainedBackup {
    qint64 id = 0;
    QDateTime time;
    qint64 parentId = 0;   // the backup an incremental one builds on; 0 for a full one
    bool complete = true;  // false: failed, partial or failed verification — never counted, never pruned here
    bool beingRead = false; // a restore, restore test or verify reads it now: kept until a later run
};

// Which of one guest's backups the rules let go. Rules apply in the order
// last, daily, weekly, monthly; each keeps the newest backup of every period
// (day, ISO week, month) that no earlier rule already covers, newest periods
// first. The newest complete backup is always kept, so is a backup being
// read, and so is every backup a kept incremental one builds on (pruning
// never breaks a chain).
QSet<qint64> backupsToPrune(const QList<RetainedBackup> &backups, const Retention &rules);

} // namespace Vigil::Backup
