#include "metricwriter.h"

#include "databasethread.h"

#include <QCoreApplication>
#include <QMutex>

#include <atomic>
#include <deque>

namespace Vigil::Store {

// The samples waiting to be written and the store that writes them: used
// on the database thread only, except what enqueue() touches (any host
// worker's thread, under its lock or atomic).
class MetricWriter::Queue
{
public:
    Queue(MetricRetention retention, MetricWriter *owner) : m_retention(retention), m_owner(owner) {}

    void enqueue(const Metrics::HostSample &sample)
    {
        if (paused.load())
            return;
        QMutexLocker lock(&m_incomingLock);
        m_incoming.append(sample);
    }

    std::atomic<bool> paused{false};

    void writeQueued(QSqlDatabase db, const QString &openError)
    {
        writePending.store(false);
        {
            QMutexLocker lock(&m_incomingLock);
            if (!m_incoming.isEmpty()) {
                qsizetype rows = 0;
                for (const auto &s : std::as_const(m_incoming))
                    rows += 1 + s.guests.size();
                m_queue.push_back({std::move(m_incoming), false, rows});
                m_queuedRows += rows;
                m_incoming.clear();
            }
        }
        dropOldestBeyondLimit();
        if (m_queue.empty() || !ensureStore(db, openError))
            return;
        qsizetype written = 0;
        while (!m_queue.empty()) {
            Batch &batch = m_queue.front();
            QString error;
            if (!m_store->write(batch.samples, batch.rolledUp, &error)) {
                reportFailure(error);
                return;
            }
            written += batch.rows;
            m_queuedRows -= batch.rows;
            m_queue.pop_front();
        }
        if (m_failing) {
            m_failing = false;
            Q_EMIT m_owner->writeRecovered(written);
        }
        pruneWhenDue();
    }

    void finish(QSqlDatabase db, const QString &openError)
    {
        writeQueued(db, openError);
        if (m_store && !m_failing) {
            QString error;
            if (!m_store->flushRollups(&error))
                reportFailure(error);
        }
        m_store.reset();   // before the thread closes the connection
    }

    std::atomic<bool> writePending{false};   // a write is posted and has not begun

private:
    struct Batch {
        QList<Metrics::HostSample> samples;
        bool rolledUp;
        qsizetype rows;
    };

    bool ensureStore(const QSqlDatabase &db, const QString &openError)
    {
        if (m_store)
            return true;
        if (!openError.isEmpty()) {
            reportFailure(openError);
            return false;
        }
        m_store = std::make_unique<MetricStore>(db, m_retention);
        return true;
    }

    void reportFailure(const QString &error)
    {
        if (m_failing && error == m_lastError)
            return;   // one message per outage, not one per retry
        m_failing = true;
        m_lastError = error;
        QString text = error;
        const int dropped = int(std::min(m_dropped, qsizetype(INT_MAX)));
        if (dropped > 0)
            text += QCoreApplication::translate("Vigil::MetricWriter",
                                                " (%n queued sample(s) dropped so far)", nullptr, dropped);
        Q_EMIT m_owner->writeFailed(text);
    }

    void dropOldestBeyondLimit()
    {
        while (m_queuedRows > kMaxQueuedRows && m_queue.size() > 1) {
            m_queuedRows -= m_queue.front().rows;
            m_dropped += m_queue.front().rows;
            m_queue.pop_front();
        }
    }

    void pruneWhenDue()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (m_lastPrune.isValid() && m_lastPrune.secsTo(now) < 3600)
            return;
        QString error;
        if (m_store->prune(now, &error))
            m_lastPrune = now;
        else
            reportFailure(error);
    }

    MetricRetention m_retention;
    MetricWriter *m_owner;
    QMutex m_incomingLock;
    QList<Metrics::HostSample> m_incoming;
    std::deque<Batch> m_queue;
    qsizetype m_queuedRows = 0;
    qsizetype m_dropped = 0;
    std::unique_ptr<MetricStore> m_store;
    bool m_failing = false;
    QString m_lastError;
    QDateTime m_lastPrune;
};

MetricWriter::MetricWriter(const QString &databasePath, MetricRetention retention, int flushIntervalMs,
                           QObject *parent)
    : QObject(parent)
    , m_queue(std::make_unique<Queue>(retention, this))
    , m_thread(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("metrics"), QThread::LowPriority))
{
    connect(&m_timer, &QTimer::timeout, this, [this]() { postWrite(); });
    m_timer.start(flushIntervalMs);
}

MetricWriter::~MetricWriter()
{
    m_timer.stop();
    m_thread->post([queue = m_queue.get()](QSqlDatabase db, const QString &openError) { queue->finish(db, openError); });
    m_thread.reset();
}

void MetricWriter::postWrite()
{
    // One write waits at a time: a database locked for minutes by another
    // program must not pile up a write per interval behind it.
    if (m_queue->writePending.exchange(true))
        return;
    m_thread->post([queue = m_queue.get()](QSqlDatabase db, const QString &openError) {
        queue->writeQueued(db, openError);
    });
}

void MetricWriter::enqueue(const Metrics::HostSample &sample)
{
    m_queue->enqueue(sample);
}

void MetricWriter::setPaused(bool paused)
{
    m_queue->paused.store(paused);
}

bool MetricWriter::isPaused() const
{
    return m_queue->paused.load();
}

void MetricWriter::flush()
{
    m_thread->post([queue = m_queue.get()](QSqlDatabase db, const QString &openError) {
        queue->writeQueued(db, openError);
    });
    m_thread->flush();
}

} // namespace Vigil::Store
