#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "../hostconfig.h"

namespace Vigil::Migration {

// How a guest moves. Defaults are what an administrator expects of a live
// move between hosts with shared storage: peer-to-peer, the definition
// persisted on the target and removed from the source, auto-converge on.
struct MigrationOptions {
    bool live = true;             // false: offline move of a shut-off guest's definition
    bool copyStorage = false;     // copy non-shared disks (the target needs the paths)
    int bandwidthMiBs = 0;        // 0: unlimited
    bool autoConverge = true;     // throttle a guest that dirties memory faster than it moves
    bool postCopy = false;        // switch to post-copy if pre-copy does not converge
    bool compressed = false;
    bool persistOnTarget = true;
    bool undefineSource = true;
    // For drivers that cannot migrate (the demo's test driver): shut the
    // guest down, define it on the target, remove it from the source and
    // start it there. The guest is down while it moves.
    bool coldRelocation = false;
};

struct MigrationRequest {
    quint64 id = 0;
    HostConfig source;
    HostConfig target;
    QString uuid;
    QString guest;
    MigrationOptions options;
    QString user;                 // who asked (event log)
};

enum class MigrationState { Queued, Running, Completed, Failed, Cancelled };
QString migrationStateName(MigrationState state);   // translated

// From virDomainGetJobStats while the move runs. -1: not reported.
struct MigrationProgress {
    qint64 dataTotal = -1;
    qint64 dataProcessed = -1;
    qint64 dataRemaining = -1;
    qint64 bytesPerSecond = -1;
    qint64 expectedDowntimeMs = -1;
    qint64 elapsedMs = 0;
    int percent() const;
    qint64 etaSeconds() const;    // -1 when it cannot be estimated
    // "42 %  1.2 GiB of 2.0 GiB left  110.0 MiB/s  ETA 11 s", with only the
    // figures the hypervisor reported ("no progress reported yet" before any).
    QString summary() const;
};

struct MigrationStatus {
    MigrationRequest request;
    MigrationState state = MigrationState::Queued;
    MigrationProgress progress;
    QDateTime queuedAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 downtimeMs = -1;       // measured by the hypervisor; -1 when not reported
    QString message;              // libvirt's error, or a summary
    bool isFinished() const
    {
        return state == MigrationState::Completed || state == MigrationState::Failed
               || state == MigrationState::Cancelled;
    }
};

} // namespace Vigil::Migration

Q_DECLARE_METATYPE(Vigil::Migration::MigrationStatus)
