#pragma once

#include <QList>
#include <QMutex>
#include <QObject>
#include <QSqlDatabase>

#include <memory>

#include "../eventrecord.h"

namespace Vigil::Store {

// Reads and appends audit-log rows on whatever thread owns `db`.
class EventLogStore
{
public:
    explicit EventLogStore(QSqlDatabase db) : m_db(std::move(db)) {}
    bool append(EventRecord &record, QString *error);
    bool appendBatch(QList<EventRecord> &records, QString *error);
    // Newest `limit` rows, returned oldest first.
    QList<EventRecord> recent(int limit) const;
    // Rows of the given kinds in [from, to], oldest first, at most `limit`.
    QList<EventRecord> between(const QDateTime &from, const QDateTime &to, const QList<EventRecord::Kind> &kinds,
                               int limit) const;
    // Rows after `id`, oldest first, at most `limit`, leaving out those
    // written by `skipOrigin`; `lastSeen` gets the last id read (skipped or not).
    QList<EventRecord> after(qint64 id, const QString &skipOrigin, int limit, qint64 *lastSeen) const;
    qint64 lastId() const;

private:
    QSqlDatabase m_db;
};

// Owns a private database connection on its own thread, so that writing the
// event log never blocks the GUI thread. Records queued within one event-loop
// turn are written in one transaction.
class EventLogWriter : public QObject
{
    Q_OBJECT
public:
    explicit EventLogWriter(const QString &path, QObject *parent = nullptr);
    ~EventLogWriter() override;

    // Thread-safe: queues the record for writing.
    void enqueue(const Vigil::EventRecord &record);
    // Blocks until everything queued so far is on disk (used at exit and by tests).
    void flush();

Q_SIGNALS:
    void writeFailed(const QString &error);

private:
    void writePending(QSqlDatabase db, const QString &openError);

    QMutex m_lock;
    QList<EventRecord> m_pending;   // guarded by m_lock
    // Last: destroyed first, so queued work never outlives the members above.
    std::unique_ptr<class DatabaseThread> m_thread;
};

} // namespace Vigil::Store
