#include "eventlogstore.h"
#include "sqldialect.h"

#include "database.h"
#include "databasethread.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Vigil::Store {

bool EventLogStore::append(EventRecord &record, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO events (time, host, guest, kind, message, message_text, result, "
                             "user_name, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.time.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(sqlText(record.host));
    q.addBindValue(sqlText(record.guest));
    q.addBindValue(EventRecord::kindName(record.kind));
    q.addBindValue(sqlText(record.message.english()));
    q.addBindValue(sqlText(record.message.toJson()));
    q.addBindValue(sqlText(EventRecord::resultName(record.result)));
    q.addBindValue(sqlText(record.user));
    q.addBindValue(sqlText(record.origin));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    record.id = insertedId(q);
    return true;
}

bool EventLogStore::appendBatch(QList<EventRecord> &records, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    // Followers read events by id: ids must be committed in order. SQLite's
    // write lock does that; on PostgreSQL writers take turns here, else a
    // batch that took id 101 but committed after 102 would never be seen.
    if (isPostgres(m_db)) {
        QSqlQuery turn(m_db);
        if (!turn.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7373002)"))) {
            if (error)
                *error = turn.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    for (EventRecord &record : records) {
        if (!append(record, error)) {
            m_db.rollback();
            return false;
        }
    }
    if (!m_db.commit()) {
        if (error)
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

namespace {

EventRecord recordFrom(const QSqlQuery &q)
{
    EventRecord r;
    r.id = q.value(0).toLongLong();
    r.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    r.host = q.value(2).toString();
    r.guest = q.value(3).toString();
    r.kind = EventRecord::kindFromName(q.value(4).toString());
    r.message = StoredText::fromStorage(q.value(9).toString(), q.value(5).toString());
    r.result = EventRecord::resultFromName(q.value(6).toString());
    r.user = q.value(7).toString();
    r.origin = q.value(8).toString();
    return r;
}

} // namespace

QList<EventRecord> EventLogStore::between(const QDateTime &from, const QDateTime &to,
                                          const QList<EventRecord::Kind> &kinds, int limit) const
{
    QList<EventRecord> result;
    QStringList names;
    for (EventRecord::Kind kind : kinds)
        names << QLatin1Char('\'') + EventRecord::kindName(kind) + QLatin1Char('\'');
    QSqlQuery q(m_db);
    // ISO-8601 UTC text sorts as time: the events_time index serves the range.
    q.prepare(QStringLiteral("SELECT id, time, host, guest, kind, message, result, user_name, origin, message_text "
                             "FROM events "
                             "WHERE time >= ? AND time <= ? AND kind IN (%1) ORDER BY time LIMIT ?")
                  .arg(names.join(u',')));
    q.addBindValue(from.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(to.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result.append(recordFrom(q));
    return result;
}

QList<EventRecord> EventLogStore::recent(int limit) const
{
    QList<EventRecord> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, time, host, guest, kind, message, result, user_name, origin, "
                             "message_text FROM events ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next())
        result.prepend(recordFrom(q));
    return result;
}

QList<EventRecord> EventLogStore::after(qint64 id, const QString &skipOrigin, int limit, qint64 *lastSeen) const
{
    QList<EventRecord> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, time, host, guest, kind, message, result, user_name, origin, "
                             "message_text FROM events WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        EventRecord record = recordFrom(q);
        *lastSeen = record.id;
        if (record.origin != skipOrigin || skipOrigin.isEmpty())
            result.append(record);
    }
    return result;
}

qint64 EventLogStore::lastId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM events")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

EventLogWriter::EventLogWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<DatabaseThread>(path, QStringLiteral("eventlog")))
{
}

EventLogWriter::~EventLogWriter()
{
    flush();
}

void EventLogWriter::enqueue(const EventRecord &record)
{
    QMutexLocker lock(&m_lock);
    m_pending.append(record);
    // Everything queued before the thread gets to it goes in one transaction.
    if (m_pending.size() == 1)
        m_thread->post([this](QSqlDatabase db, const QString &openError) { writePending(db, openError); });
}

void EventLogWriter::writePending(QSqlDatabase db, const QString &openError)
{
    QList<EventRecord> batch;
    {
        QMutexLocker lock(&m_lock);
        batch.swap(m_pending);
    }
    if (batch.isEmpty())
        return;
    QString error = openError;
    if (error.isEmpty() && EventLogStore(db).appendBatch(batch, &error))
        return;
    Q_EMIT writeFailed(error);
}

void EventLogWriter::flush()
{
    m_thread->post([this](QSqlDatabase db, const QString &openError) { writePending(db, openError); });
    m_thread->flush();
}

} // namespace Vigil::Store
