#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

#include "metricstore.h"

namespace Vigil::Store {

// Persists statistics ticks on its own thread and connection. Host workers
// hand samples in through enqueue() (thread-safe, no event per sample); the
// writer stores whatever arrived in one transaction per flush interval,
// prunes old rows hourly and writes open roll-ups at exit. When a write
// fails (a full disk, a locked file) the samples stay queued, collection
// goes on, and the writer retries every interval: nothing is lost unless
// the outage outgrows the queue (about an hour of a 1,000-guest cluster),
// and then the oldest samples go first and the message says how many.
class MetricWriter : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxQueuedRows = 1000000;

    MetricWriter(const QString &databasePath, MetricRetention retention, int flushIntervalMs = 5000,
                 QObject *parent = nullptr);
    ~MetricWriter() override;

    void enqueue(const Vigil::Metrics::HostSample &sample);
    // While paused, samples are dropped: another process (the one whose
    // failover engine is active on this database) records the history.
    void setPaused(bool paused);
    bool isPaused() const;
    // Blocks until everything queued so far was tried once (exit, tests).
    void flush();

Q_SIGNALS:
    // Emitted from the database thread; connect with queued connections.
    void writeFailed(const QString &error);
    void writeRecovered(qsizetype rowsWritten);

private:
    void postWrite();

    class Queue;
    std::unique_ptr<Queue> m_queue;
    std::unique_ptr<class DatabaseThread> m_thread;
    QTimer m_timer;   // on the owner's thread: each tick posts one write
};

} // namespace Vigil::Store
