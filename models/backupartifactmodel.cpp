#include "backupartifactmodel.h"

#include "statusicons.h"
#include "core/store/backupstore.h"

#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Vigil::Models {
using namespace Vigil::Backup;

BackupArtifactModel::BackupArtifactModel(Store::BackupStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void BackupArtifactModel::showRun(qint64 runId)
{
    m_runId = runId;
    reload();
}

void BackupArtifactModel::reload()
{
    beginResetModel();
    m_rows = m_runId < 0 ? QList<ArtifactRecord>() : m_store->artifactsOfRun(m_runId);
    endResetModel();
}

void BackupArtifactModel::update(const ArtifactRecord &artifact)
{
    if (artifact.runId != m_runId)
        return;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == artifact.id) {
            m_rows[i] = artifact;
            if (artifact.state != ArtifactRecord::State::Running)
                m_progress.remove(artifact.id);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(artifact);
    endInsertRows();
}

void BackupArtifactModel::setProgress(qint64 artifactId, qint64 processed, qint64 total, qint64 elapsedMs)
{
    m_progress.insert(artifactId, {processed, total, elapsedMs});
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == artifactId)
            Q_EMIT dataChanged(index(i, Progress), index(i, Progress));
}

int BackupArtifactModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int BackupArtifactModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BackupArtifactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ArtifactRecord &a = m_rows[index.row()];
    if (role == ArtifactIdRole)
        return a.id;
    const bool running = a.state == ArtifactRecord::State::Running;
    const LiveProgress progress = m_progress.value(a.id);
    const double percent = !running ? 100.0
        : progress.total > 0        ? 100.0 * double(progress.processed) / double(progress.total)
                                    : std::nan("");
    if (role == PercentRole && index.column() == Progress)
        return running ? percent : std::nan("");   // a bar only while it runs
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        const auto checkText = [](ArtifactRecord::Check c) {
            return c == ArtifactRecord::Check::Passed ? tr("passed")
                 : c == ArtifactRecord::Check::Failed ? tr("FAILED")
                                                      : tr("—");
        };
        switch (index.column()) {
        case Guest: return a.guestName;
        case Host: return a.host;
        case Kind: return a.state == ArtifactRecord::State::Failed && a.sizeBytes == 0 ? QString()
                        : a.incremental ? tr("incremental") : tr("full");
        case State: return artifactStateText(a.state);
        case Progress: {
            if (!running)
                return QString();
            if (std::isnan(percent))
                return tr("starting…");
            // Time left at the rate so far (the job's own elapsed time).
            if (progress.processed > 0 && progress.elapsedMs > 0) {
                const qint64 left = progress.elapsedMs * (progress.total - progress.processed) / progress.processed / 1000;
                return tr("%1 % · %2 s left").arg(int(percent)).arg(left);
            }
            return tr("%1 %").arg(int(percent));
        }
        case Size: return a.sizeBytes > 0 ? QLocale().formattedDataSize(a.sizeBytes) : QString();
        case Duration: return a.durationMs > 0 ? tr("%1 s").arg(a.durationMs / 1000.0, 0, 'f', 1) : QString();
        case Consistency: return a.state == ArtifactRecord::State::Complete ? consistencyText(a.consistency) : QString();
        case Verified:
            return role == Qt::ToolTipRole && !a.verifyMessage.isEmpty() ? a.verifyMessage : checkText(a.verify);
        case Mirror: return role == Qt::ToolTipRole && !a.mirrorPath.isEmpty() ? a.mirrorPath : checkText(a.mirror);
        case Message: return role == Qt::ToolTipRole ? a.message + u"\n"_s + a.path : a.message;
        }
    }
    if (role == Qt::DecorationRole && index.column() == State) {
        switch (a.state) {
        case ArtifactRecord::State::Complete:
            return badgeIcon(a.verify == ArtifactRecord::Check::Failed ? hostStateColor(HostState::Unreachable)
                                                                       : hostStateColor(HostState::Up));
        case ArtifactRecord::State::Running: return badgeIcon(hostStateColor(HostState::Connecting));
        case ArtifactRecord::State::Pruned: return badgeIcon(QColor(Qt::gray));
        default: return badgeIcon(hostStateColor(HostState::Unreachable));
        }
    }
    return {};
}

QVariant BackupArtifactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Guest: return tr("Guest");
    case Host: return tr("Host");
    case Kind: return tr("Kind");
    case State: return tr("Result");
    case Progress: return tr("Progress");
    case Size: return tr("Size");
    case Duration: return tr("Duration");
    case Consistency: return tr("Consistency");
    case Verified: return tr("Verified");
    case Mirror: return tr("Mirror");
    case Message: return tr("Details");
    }
    return {};
}

} // namespace Vigil::Models
