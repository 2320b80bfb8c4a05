#pragma once

#include <QHash>
#include <QObject>

#include "migration.h"
#include "../eventrecord.h"
#include "../inventory.h"
#include "../jobs.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Migration {

// Runs guest moves: a queue with a concurrency limit, each move on its own
// thread with its own libvirt connections (a migration call blocks for as
// long as the move takes; the host workers must stay free). Keeps every
// move of this run with its state, progress and result, logs each one
// (who, what, from, to, result, duration, downtime) and asks both hosts to
// refresh when it ends. Lives on the cluster manager's thread.
class MigrationManager : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    explicit MigrationManager(ClusterManager *cluster, QObject *parent = nullptr);
    // Cancels what runs and waits for it (the guests stay on their sources).
    ~MigrationManager() override;

    void setConcurrency(int moves) { m_concurrency = std::max(1, moves); }
    int concurrency() const { return m_concurrency; }

    // Queues a move; returns its id (also in request.id of its status).
    quint64 submit(MigrationRequest request);
    // A queued move is dropped; a running one is aborted. False when the
    // move is unknown or already finished.
    bool cancel(quint64 id);

    QList<MigrationStatus> jobs() const;
    MigrationStatus job(quint64 id) const { return m_jobs.value(id); }
    int runningCount() const { return int(m_running.size()); }

Q_SIGNALS:
    void jobChanged(const Vigil::Migration::MigrationStatus &status);
    void eventOccurred(const Vigil::EventRecord &record);

private:
    // A cold relocation in progress: which step, and the answer it waits for.
    struct Cold {
        enum class Step { ShuttingDown, Defining, Undefining, Starting, RestartingOnSource } step;
        DomainInfo guest;
        bool wasActive = false;
        quint64 request = 0;
        QDateTime downSince;
    };
    void startQueued();
    void start(quint64 id);
    void startCold(quint64 id);
    // Asks the hosts for the current step of cold relocation `id`; its
    // answer advances it (advanceCold) unless the relocation moved on.
    void sendColdStep(quint64 id);
    void advanceCold(quint64 id, bool ok, const QString &message);
    void finish(quint64 id, bool ok, bool cancelled, qint64 downtimeMs, const QString &message);
    void log(const MigrationStatus &status);

    ClusterManager *m_cluster;
    int m_concurrency = 2;
    quint64 m_nextId = 1;
    quint64 m_lastColdRequest = 0;
    QList<quint64> m_order;
    QHash<quint64, MigrationStatus> m_jobs;
    QHash<quint64, Jobs::Job> m_running;   // a live migration, or a cold relocation's stop flag
    QHash<quint64, Cold> m_cold;
};

} // namespace Vigil::Migration
