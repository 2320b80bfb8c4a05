#include "metricwriter.h"

#include "database.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <deque>

namespace Vigil::Store {

class MetricWriter::Worker : public QObject
{
public:
    Worker(const QString &path, MetricRetention retention, int intervalMs, MetricWriter *owner)
        : m_path(path), m_retention(retention), m_intervalMs(intervalMs), m_owner(owner)
    {
    }
    ~Worker() override
    {
        m_store.reset();
        if (m_opened)
            Database::close(connectionName());
    }

    void start()
    {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &Worker::writeQueued);
        m_timer->start(m_intervalMs);
    }

    void enqueue(const Metrics::HostSample &sample)
    {
        if (paused.load())
            return;
        QMutexLocker lock(&m_incomingLock);
        m_incoming.append(sample);
    }

    std::atomic<bool> paused{false};

    void writeQueued()
    {
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
        if (m_queue.empty() || !ensureOpen())
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

    void finish()
    {
        writeQueued();
        if (m_store && !m_failing) {
            QString error;
            if (!m_store->flushRollups(&error))
                reportFailure(error);
        }
    }

private:
    struct Batch {
        QList<Metrics::HostSample> samples;
        bool rolledUp;
        qsizetype rows;
    };

    QString connectionName() const
    {
        return QStringLiteral("vigil-metrics-%1").arg(quintptr(this), 0, 16);
    }

    bool ensureOpen()
    {
        if (m_store)
            return true;
        const auto opened = Database::open(m_path, connectionName());
        m_opened = true;
        if (!opened.ok) {
            Database::close(connectionName());
            m_opened = false;
            reportFailure(opened.error);
            return false;
        }
        m_store = std::make_unique<MetricStore>(opened.db, m_retention);
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

    QString m_path;
    MetricRetention m_retention;
    int m_intervalMs;
    MetricWriter *m_owner;
    QTimer *m_timer = nullptr;
    QMutex m_incomingLock;
    QList<Metrics::HostSample> m_incoming;
    std::deque<Batch> m_queue;
    qsizetype m_queuedRows = 0;
    qsizetype m_dropped = 0;
    bool m_opened = false;
    std::unique_ptr<MetricStore> m_store;
    bool m_failing = false;
    QString m_lastError;
    QDateTime m_lastPrune;
};

MetricWriter::MetricWriter(const QString &databasePath, MetricRetention retention, int flushIntervalMs,
                           QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, retention, flushIntervalMs, this))
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("vigil-metrics"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->start(); }, Qt::QueuedConnection);
}

MetricWriter::~MetricWriter()
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->finish(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void MetricWriter::enqueue(const Metrics::HostSample &sample)
{
    m_worker->enqueue(sample);
}

void MetricWriter::setPaused(bool paused)
{
    m_worker->paused.store(paused);
}

bool MetricWriter::isPaused() const
{
    return m_worker->paused.load();
}

void MetricWriter::flush()
{
    if (QThread::currentThread() == m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, [w = m_worker]() { w->writeQueued(); }, Qt::BlockingQueuedConnection);
}

} // namespace Vigil::Store
