#include "backuprecord.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupRecord)
};

const char *const kRunStates[] = {"running", "succeeded", "partly-failed", "failed", "cancelled", "interrupted",
                                  "skipped"};
const char *const kArtifactStates[] = {"running", "complete", "failed", "cancelled", "pruned", "interrupted"};
const char *const kChecks[] = {"", "passed", "failed"};

template <typename E, std::size_t N>
E fromName(const char *const (&names)[N], const QString &name, E fallback)
{
    for (std::size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return E(i);
    return fallback;
}

} // namespace

QString runStateName(RunRecord::State state) { return QString::fromLatin1(kRunStates[int(state)]); }

RunRecord::State runStateFromName(const QString &name)
{
    return fromName(kRunStates, name, RunRecord::State::Failed);
}

QString runStateText(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Running: return Text::tr("running");
    case RunRecord::State::Succeeded: return Text::tr("succeeded");
    case RunRecord::State::PartlyFailed: return Text::tr("partly failed");
    case RunRecord::State::Failed: return Text::tr("failed");
    case RunRecord::State::Cancelled: return Text::tr("cancelled");
    case RunRecord::State::Interrupted: return Text::tr("interrupted");
    case RunRecord::State::Skipped: return Text::tr("skipped");
    }
    return {};
}

QString artifactStateName(ArtifactRecord::State state) { return QString::fromLatin1(kArtifactStates[int(state)]); }

ArtifactRecord::State artifactStateFromName(const QString &name)
{
    return fromName(kArtifactStates, name, ArtifactRecord::State::Failed);
}

QString artifactStateText(ArtifactRecord::State state)
{
    switch (state) {
    case ArtifactRecord::State::Running: return Text::tr("running");
    case ArtifactRecord::State::Complete: return Text::tr("complete");
    case ArtifactRecord::State::Failed: return Text::tr("failed");
    case ArtifactRecord::State::Cancelled: return Text::tr("cancelled");
    case ArtifactRecord::State::Interrupted: return Text::tr("interrupted");
    case ArtifactRecord::State::Pruned: return Text::tr("pruned");
    }
    return {};
}

QString originalDiskDirectory(const ArtifactRecord &artifact)
{
    Manifest manifest;
    QString ignored;
    if (!manifestFromJson(artifact.manifest, &manifest, &ignored) || manifest.disks.isEmpty())
        return {};
    return QFileInfo(manifest.disks.first().source).absolutePath();
}

QString checkName(ArtifactRecord::Check check) { return QString::fromLatin1(kChecks[int(check)]); }

ArtifactRecord::Check checkFromName(const QString &name)
{
    return fromName(kChecks, name, ArtifactRecord::Check::NotChecked);
}

} // namespace Vigil::Backup
