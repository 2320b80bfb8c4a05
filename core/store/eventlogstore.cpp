#include "eventlogstore.h"

#include "database.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Vigil::Store {

bool EventLogStore::append(EventRecord &record, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO events (time, host, guest, kind, message, result, user_name) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.time.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(sqlText(record.host));
    q.addBindValue(sqlText(record.guest));
    q.addBindValue(EventRecord::kindName(record.kind));
    q.addBindValue(sqlText(record.message));
    q.addBindValue(sqlText(record.result));
    q.addBindValue(sqlText(record.user));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    record.id = q.lastInsertId().toLongLong();
    return true;
}

bool EventLogStore::appendBatch(QList<EventRecord> &records, QString *error)
{
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
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

QList<EventRecord> EventLogStore::recent(int limit) const
{
    QList<EventRecord> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, time, host, guest, kind, message, result, user_name "
                             "FROM events ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return result;
    while (q.next()) {
        EventRecord r;
        r.id = q.value(0).toLongLong();
        r.time = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        r.host = q.value(2).toString();
        r.guest = q.value(3).toString();
        r.kind = EventRecord::kindFromName(q.value(4).toString());
        r.message = q.value(5).toString();
        r.result = q.value(6).toString();
        r.user = q.value(7).toString();
        result.prepend(r);
    }
    return result;
}

class EventLogWriter::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) {}
    ~Worker() override { Database::close(connectionName()); }

    void write(const EventRecord &record, EventLogWriter *owner)
    {
        m_pending.append(record);
        if (m_pending.size() == 1) {
            // Coalesce everything queued in this turn of the loop into one transaction.
            QMetaObject::invokeMethod(this, [this, owner]() { writePending(owner); }, Qt::QueuedConnection);
        }
    }

    void writePending(EventLogWriter *owner)
    {
        if (m_pending.isEmpty())
            return;
        if (!m_opened) {
            m_opened = true;
            const auto opened = Database::open(m_path, connectionName());
            if (!opened.ok)
                m_openError = opened.error;
        }
        QString error = m_openError;
        if (error.isEmpty()) {
            EventLogStore store(QSqlDatabase::database(connectionName(), false));
            if (store.appendBatch(m_pending, &error))
                error.clear();
        }
        m_pending.clear();
        if (!error.isEmpty())
            Q_EMIT owner->writeFailed(error);
    }

private:
    QString connectionName() const
    {
        return QStringLiteral("vigil-eventlog-%1").arg(quintptr(this), 0, 16);
    }
    QString m_path;
    bool m_opened = false;
    QString m_openError;
    QList<EventRecord> m_pending;
};

EventLogWriter::EventLogWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(path))
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("vigil-eventlog"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

EventLogWriter::~EventLogWriter()
{
    flush();
    m_thread->quit();
    m_thread->wait();
}

void EventLogWriter::enqueue(const EventRecord &record)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, record, this]() { worker->write(record, this); },
                              Qt::QueuedConnection);
}

void EventLogWriter::flush()
{
    if (QThread::currentThread() == m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, this]() { worker->writePending(this); },
                              Qt::BlockingQueuedConnection);
}

} // namespace Vigil::Store
