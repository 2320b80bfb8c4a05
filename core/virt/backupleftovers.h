#pragma once

// What a backup that died mid-way (kill -9 of vigilctl, a crashed agent, a
// host crash) leaves on a guest, found and cleared by the next run of the
// same job before it starts its own:
// - a libvirt backup job still writing into an interrupted run's .partial
//   directory (libvirt keeps the job when its client goes away);
// - checkpoints of the job no kept backup builds on ("vigil-j3-r13"…);
// - a checkpoint whose dirty bitmap QEMU lost when the guest's QEMU was
//   restarted (host crash): libvirt keeps its metadata, and every
//   incremental backup from it fails with "checkpoint inconsistent".

#include "virthelpers.h"

#include <QSet>
#include <QStringList>

namespace Vigil::Virt {

struct LeftoverScope {
    QString targetRoot;          // the job's target directory
    QString checkpointPrefix;    // "vigil-j3-": the job's checkpoints
    QString keepCheckpoint;      // the one the next backup builds on
    QSet<qint64> liveRuns;       // runs of the job still running somewhere
};

struct LeftoverReport {
    QString error;               // non-empty: do not start (a job that is not a leftover runs)
    QStringList notes;           // what was cleared, for the manifest's note
};

// Aborts a leftover backup job of this job's own (its targets all in a
// .partial directory under the target root, of a run that is not live) and
// waits for it to end; deletes the job's other checkpoints. A backup job
// that is not provably a leftover of this job is an error, left running.
LeftoverReport clearBackupLeftovers(virDomainPtr dom, const LeftoverScope &scope);

// Deletes a checkpoint; when QEMU no longer has its bitmap, only libvirt's
// metadata. Empty on success (or when there is no such checkpoint), else why not.
QString deleteCheckpointOf(virDomainPtr dom, const QString &name);

// The run id in an artifact directory name ("…-r13.partial" → 13); 0 if none.
qint64 runIdOfArtifactDirectory(const QString &path);

} // namespace Vigil::Virt
