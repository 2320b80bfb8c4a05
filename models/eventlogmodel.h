#pragma once

#include <QAbstractTableModel>
#include <QList>

#include "core/eventrecord.h"

namespace Vigil::Models {

// The event log, newest last, bounded so a long-running console stays small
// (the database keeps everything).
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // What the Kind and Result columns show, in the interface's language.
    static QString kindText(EventRecord::Kind kind);
    static QString resultText(EventRecord::Result result);
    enum Column { TimeColumn, HostColumn, GuestColumn, KindColumn, MessageColumn, ResultColumn,
                  UserColumn, ColumnCount };

    explicit EventLogModel(int capacity = 5000, QObject *parent = nullptr);

    void append(const EventRecord &record);
    void appendMany(const QList<EventRecord> &records);
    const EventRecord &recordAt(int row) const { return m_records.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    int m_capacity;
    QList<EventRecord> m_records;
};

} // namespace Vigil::Models
