#include "backuprunmodel.h"

#include "backupjobmodel.h"
#include "statusicons.h"
#include "core/store/backupstore.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Vigil::Models {
using namespace Vigil::Backup;

BackupRunModel::BackupRunModel(Store::BackupStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{
}

void BackupRunModel::showJob(qint64 jobId)
{
    m_jobId = jobId;
    reload();
}

void BackupRunModel::reload()
{
    beginResetModel();
    m_rows = m_jobId < 0 ? QList<RunRecord>() : m_store->runs(m_jobId, 200);
    endResetModel();
}

int BackupRunModel::rowOf(qint64 runId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == runId)
            return i;
    return -1;
}

int BackupRunModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int BackupRunModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant BackupRunModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RunRecord &r = m_rows[index.row()];
    if (role == RunIdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Started: return r.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
        case Trigger:
            return r.trigger == u"schedule" ? tr("scheduled") : r.trigger == u"cli" ? tr("vigilctl") : tr("manual");
        case State: return runStateText(r.state);
        case Duration:
            return r.finishedAt.isValid() ? tr("%1 s").arg(r.startedAt.msecsTo(r.finishedAt) / 1000.0, 0, 'f', 1)
                                          : QString();
        case Size: return QLocale().formattedDataSize(r.bytes);
        case Message: return r.message;
        }
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return badgeIcon(runStateColor(r.state));
    return {};
}

QVariant BackupRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Started: return tr("Started");
    case Trigger: return tr("Trigger");
    case State: return tr("Result");
    case Duration: return tr("Duration");
    case Size: return tr("Size");
    case Message: return tr("Summary");
    }
    return {};
}

} // namespace Vigil::Models
