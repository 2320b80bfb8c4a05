#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "manifest.h"

namespace Vigil::Backup {

// One run of a job: every selected guest, each with its artifact.
struct RunRecord {
    // Interrupted: the process running it died; the active process found
    // it "running" with no live owner and said so.
    // Skipped: a run that could not start: no guest's backup began (their
    // hosts unreachable, the guests not found), or a scheduled run was
    // refused; recorded so that the gap is seen and alerted.
    enum class State { Running, Succeeded, PartlyFailed, Failed, Cancelled, Interrupted, Skipped };
    qint64 id = 0;
    qint64 jobId = 0;
    QString jobName;
    QString trigger;             // "schedule", "manual", "cli"
    QDateTime startedAt;
    QDateTime finishedAt;
    State state = State::Running;
    QString message;
    qint64 bytes = 0;
};
QString runStateName(RunRecord::State state);       // stored name
QString runStateText(RunRecord::State state);       // translated
RunRecord::State runStateFromName(const QString &name);

// One guest's backup in a run.
struct ArtifactRecord {
    enum class State { Running, Complete, Failed, Cancelled, Pruned, Interrupted };
    enum class Check { NotChecked, Passed, Failed };
    qint64 id = 0;
    qint64 runId = 0;
    qint64 jobId = 0;
    QString guestUuid;
    QString guestName;
    QString host;
    bool incremental = false;
    qint64 parentId = 0;
    QString checkpoint;
    Consistency consistency = Consistency::Crash;
    QString path;                // the artifact directory
    qint64 sizeBytes = 0;
    qint64 durationMs = 0;
    State state = State::Running;
    QString message;
    Check verify = Check::NotChecked;
    QDateTime verifiedAt;
    QString verifyMessage;
    QString mirrorPath;
    Check mirror = Check::NotChecked;
    QByteArray manifest;         // manifest.json as written
    QDateTime createdAt;

    bool isRestorable() const { return state == State::Complete && verify != Check::Failed; }
};
QString artifactStateName(ArtifactRecord::State state);
QString artifactStateText(ArtifactRecord::State state);
ArtifactRecord::State artifactStateFromName(const QString &name);
QString checkName(ArtifactRecord::Check check);
ArtifactRecord::Check checkFromName(const QString &name);

// Where a restore puts disks unless told otherwise: beside the guest's
// original disks (from the backup's manifest); empty when it has none.
QString originalDiskDirectory(const ArtifactRecord &artifact);

// A restore or a restore test, as recorded.
struct RestoreRecord {
    qint64 id = 0;
    qint64 artifactId = 0;
    bool test = false;
    bool drill = false;          // a test started by the job's drill schedule
    qint64 bootMs = -1;          // a test: start until it was seen running; -1: never ran
    QString host;
    QString guestName;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool ok = false;
    QString message;
    QString guestUuid;           // the backed-up guest's (read with lastDrills)
};

} // namespace Vigil::Backup

Q_DECLARE_METATYPE(Vigil::Backup::RunRecord)
Q_DECLARE_METATYPE(Vigil::Backup::ArtifactRecord)
