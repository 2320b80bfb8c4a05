#pragma once

#include "backupjob.h"
#include "backuprecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include "../store/backupstore.h"

namespace Vigil::Backup {

// Where one guest of one job stands, read from the database: its newest
// backup, whether it was checked and mirrored, whether the job's RPO is met,
// its last restore drill. What the backup alert, the health report and the
// Backups tab say about a guest all come from here.
struct GuestBackupStatus {
    enum class Rpo { NoObjective, Met, Missed };
    qint64 jobId = 0;
    QString job;
    QString guest;
    QString guestUuid;              // empty: named by the job, never backed up
    QDateTime lastBackup;           // newest complete backup; invalid: none
    bool lastIncremental = false;
    ArtifactRecord::Check verify = ArtifactRecord::Check::NotChecked;
    ArtifactRecord::Check mirror = ArtifactRecord::Check::NotChecked;
    bool mirrored = false;          // the job has a mirror
    QDateTime newestGood;           // complete, and verified when the job verifies
    int rpoHours = 0;
    Rpo rpo = Rpo::NoObjective;
    int drillEveryDays = 0;         // the job's drill period; 0: no drills
    QDateTime lastDrill;            // invalid: never drilled
    bool drillOk = false;
    qint64 drillBootMs = -1;
    QString drillMessage;
};
QString rpoText(GuestBackupStatus::Rpo rpo);    // translated: "met", "missed", "none"
QString rpoName(GuestBackupStatus::Rpo rpo);    // stable: "met", "missed", "none"

// Every enabled job's guests, by job then guest name. Guests a job no
// longer names are left out (policy members cannot be told here: kept);
// named guests without any backup are listed once the job has run.
// `LastBackup::Skip` leaves lastBackup, kind, verify and mirror unread: one
// query per guest that the alert, refreshed every 30 s, does not need.
enum class LastBackup { Read, Skip };
QList<GuestBackupStatus> guestBackupStatus(const Store::BackupStore &store, const QDateTime &now,
                                           LastBackup lastBackup = LastBackup::Read);

// How a set of guests stands against their RPOs and drills: what the
// Backups tab says per job and the Overview for the whole cluster.
struct BackupCompliance {
    int withObjective = 0;      // guests whose job states an RPO
    int met = 0;
    QStringList missed;         // "guest (job)", in status order
    int drilled = 0;            // guests whose job drills them and that were drilled
    QStringList failedDrills;   // "guest (job)"
};
// `jobId` 0: every job's guests.
BackupCompliance backupCompliance(const QList<GuestBackupStatus> &status, qint64 jobId = 0);

// The restore drill rotation: the UUIDs of the job's guests whose drill is
// due, never drilled first, then the one drilled longest ago. A passed drill
// is due again after the job's period, a failed one after `failedRetrySecs`
// (a newer backup may be good). Guests without a good backup, or no longer
// named by the job, are left out.
QStringList drillRotation(const BackupJob &job, const QList<Store::BackupStore::NewestGood> &guests,
                          const QHash<QString, RestoreRecord> &lastDrills, const QDateTime &now, int failedRetrySecs);

} // namespace Vigil::Backup
