#include "backupjobmodel.h"
#include "statecolors.h"

#include "statusicons.h"
#include "core/backup/schedule.h"
#include "core/store/backupstore.h"

using namespace Qt::StringLiterals;


namespace Vigil::Models {
using namespace Vigil::Backup;

QString selectionText(const GuestSelection &s)
{
    QStringList parts = s.guests;
    parts += s.patterns;
    for (const QString &policy : s.policies)
        parts << BackupJobModel::tr("policy %1").arg(policy);
    return parts.join(u", "_s);
}

QColor runStateColor(RunRecord::State state)
{
    switch (state) {
    case RunRecord::State::Succeeded: return stateColor(StateColor::Good);
    case RunRecord::State::PartlyFailed:
    case RunRecord::State::Skipped: return stateColor(StateColor::Warning);
    case RunRecord::State::Running: return stateColor(StateColor::Progress);
    case RunRecord::State::Failed:
    case RunRecord::State::Interrupted:
    case RunRecord::State::Cancelled: return stateColor(StateColor::Bad);
    }
    return {};
}

BackupJobModel::BackupJobModel(Store::BackupStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
    reload();
}

void BackupJobModel::reload()
{
    beginResetModel();
    m_rows.clear();
    for (const BackupJob &job : m_store->jobs())
        m_rows.append({job, m_store->lastRun(job.id)});
    endResetModel();
}

void BackupJobModel::setRunning(const QSet<qint64> &jobIds)
{
    if (jobIds == m_running)
        return;
    m_running = jobIds;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, LastRun), index(int(m_rows.size()) - 1, LastRun));
}

void BackupJobModel::setStatus(const QList<GuestBackupStatus> &status)
{
    m_compliance.clear();
    QSet<qint64> jobs;
    for (const GuestBackupStatus &g : status)
        jobs.insert(g.jobId);
    for (qint64 job : std::as_const(jobs))
        m_compliance.insert(job, backupCompliance(status, job));
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Rpo), index(int(m_rows.size()) - 1, Drills));
}

int BackupJobModel::rowOf(qint64 jobId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].job.id == jobId)
            return i;
    return -1;
}

int BackupJobModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int BackupJobModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BackupJobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    const BackupJob &job = row.job;
    if (role == JobIdRole)
        return job.id;
    const bool running = m_running.contains(job.id);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Name:
            return job.enabled ? job.name : tr("%1 (disabled)").arg(job.name);
        case Guests:
            return selectionText(job.selection);
        case Schedule:
            return scheduleText(job.schedule);
        case NextRun: {
            if (!job.enabled || job.schedule.kind == Schedule::Kind::Manual)
                return tr("—");
            return nextRunAfter(job.schedule, QDateTime::currentDateTime()).toString(u"yyyy-MM-dd HH:mm"_s);
        }
        case LastRun:
            if (running)
                return tr("running…");
            if (!row.lastRun)
                return tr("never");
            return QString(tr("%1 %2").arg(row.lastRun->startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                           runStateText(row.lastRun->state))
                           + (role == Qt::ToolTipRole ? u"\n"_s + row.lastRun->message : QString()));
        case Rpo: {
            if (job.rpoHours <= 0 || !job.enabled)
                return tr("—");
            const BackupCompliance c = m_compliance.value(job.id);
            if (c.withObjective == 0)
                return tr("%1 h: no backup yet").arg(job.rpoHours);
            if (c.missed.isEmpty())
                return tr("%1 h: all %2 met").arg(job.rpoHours).arg(c.withObjective);
            const QString text = tr("%1 h: %2 of %3 missed").arg(job.rpoHours).arg(c.missed.size()).arg(c.withObjective);
            return role == Qt::ToolTipRole ? tr("%1\nMissed by: %2").arg(text, c.missed.join(u", "_s)) : text;
        }
        case Drills: {
            if (job.drillEveryDays <= 0 || !job.enabled)
                return tr("—");
            const BackupCompliance c = m_compliance.value(job.id);
            if (c.drilled == 0)
                return tr("every %1 d: none yet").arg(job.drillEveryDays);
            if (c.failedDrills.isEmpty())
                return tr("every %1 d: %2 passed").arg(job.drillEveryDays).arg(c.drilled);
            const QString text = tr("every %1 d: %2 of %3 failed")
                                     .arg(job.drillEveryDays).arg(c.failedDrills.size()).arg(c.drilled);
            return role == Qt::ToolTipRole ? tr("%1\nFailed: %2").arg(text, c.failedDrills.join(u", "_s)) : text;
        }
        case Target:
            return job.mirror.isEmpty() ? targetText(job)
                                                 : tr("%1 (mirror %2)").arg(targetText(job), job.mirror);
        case Retention:
            return retentionText(job.retention);
        }
    }
    if (role == Qt::DecorationRole && index.column() == LastRun && row.lastRun && !running) {
        return badgeIcon(runStateColor(row.lastRun->state));
    }
    if (role == Qt::DecorationRole && index.column() == Rpo && job.rpoHours > 0 && job.enabled) {
        const BackupCompliance c = m_compliance.value(job.id);
        if (c.withObjective > 0)
            return badgeIcon(stateColor(c.missed.isEmpty() ? StateColor::Good : StateColor::Bad));
    }
    if (role == Qt::DecorationRole && index.column() == Drills && job.drillEveryDays > 0 && job.enabled) {
        const BackupCompliance c = m_compliance.value(job.id);
        if (c.drilled > 0)
            return badgeIcon(stateColor(c.failedDrills.isEmpty() ? StateColor::Good : StateColor::Bad));
    }
    if (role == Qt::ForegroundRole && !job.enabled)
        return QColor(Qt::gray);
    return {};
}

QVariant BackupJobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Job");
    case Guests: return tr("Guests");
    case Schedule: return tr("Schedule");
    case NextRun: return tr("Next run");
    case LastRun: return tr("Last run");
    case Rpo: return tr("RPO");
    case Drills: return tr("Restore drills");
    case Target: return tr("Target");
    case Retention: return tr("Retention");
    }
    return {};
}

} // namespace Vigil::Models
