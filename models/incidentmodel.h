#pragma once

#include <QAbstractTableModel>

#include "core/ha/journal.h"

namespace Vigil::Models {

// The failover incidents every engine on the database journalled (the
// console's own or an agent's): one row per guest of an incident, newest
// incident first — which host failed when, where each guest was restarted,
// or why it was not. Merged on every change: rows are inserted or updated,
// never reset, so the selection stays.
class IncidentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Recovery time: from the failed host's last contact to the guest
    // running (the phases in its tooltip).
    enum Column { Incident, Guest, Target, State, Rto, Detail, ColumnCount };

    explicit IncidentModel(QObject *parent = nullptr);

    // `entries` oldest first, as FailoverJournal::recent() returns them.
    void setEntries(const QList<Ha::FailoverJournal::Entry> &entries);
    Ha::FailoverJournal::Entry entryAt(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "kvm1, 27 Nov 14:02:11" from an incident id "kvm1@2026-11-27T14:02:11.123Z".
    static QString incidentText(const QString &incident);
    static QString stateText(Ha::FailoverJournal::State state);

private:
    QList<Ha::FailoverJournal::Entry> m_rows;   // newest first
};

} // namespace Vigil::Models
