#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>

#include <functional>

#include "../ha/planner.h"
#include "../eventrecord.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Migration {

class MigrationManager;

struct EvacuationMove {
    QString uuid;
    QString guest;
    quint64 memoryKiB = 0;
    HostId target = 0;
    QString targetName;
    QString why;          // "most memory free among the hosts that pass the checks"
};

struct EvacuationStay {
    QString guest;
    QString reason;       // why it cannot (or need not) move
    bool running = false; // it keeps running on the host in maintenance
};

// Where each guest of a host goes when the host enters maintenance.
struct EvacuationPlan {
    HostId host = 0;
    QString hostName;
    QList<EvacuationMove> moves;
    QList<EvacuationStay> stays;
};

// Per-guest placement, largest guests first, each on the host with the most
// memory left after the moves planned before it, among the hosts that are
// up, not in maintenance, pass the pre-flight checks and keep every
// anti-affinity rule (guests planned earlier count). Never "all to one
// host". Shut-off guests stay defined where they are.
EvacuationPlan planEvacuation(const Ha::ClusterSnapshot &snapshot, HostId host, const QList<Ha::Policy> &policies);

// Enters and leaves maintenance: marks the host (persisted, so the failover
// engine and the placement code avoid it from then on), then runs the
// plan's moves through the migration manager with a concurrency limit and
// records which guests left, so that leaving maintenance can bring them
// back (failback). Lives on the cluster manager's thread.
class MaintenanceCoordinator : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    // `saveHost` persists and applies a changed host configuration.
    MaintenanceCoordinator(ClusterManager *cluster, MigrationManager *moves, QSqlDatabase db,
                           std::function<bool(const HostConfig &, QString *)> saveHost, QObject *parent = nullptr);

    bool enter(const EvacuationPlan &plan, int concurrency, QString *error);
    // With `failback`, the guests the evacuation moved and that still run
    // elsewhere are moved back live; returns the move ids.
    bool exit(HostId host, bool failback, const QList<Ha::Policy> &policies, QString *error);
    // Guests that left `host` for its maintenance (name by UUID).
    QHash<QString, QString> evacuated(HostId host) const;

Q_SIGNALS:
    void eventOccurred(const Vigil::EventRecord &record);
    // Every move of the evacuation has ended. `leftRunning`: guests still
    // running on the host, each "name (why)": moves that failed and running
    // guests no host could take (the event log names them too).
    void evacuationFinished(Vigil::HostId host, int moved, const QStringList &leftRunning);

private:
    void onMoveFinished(quint64 id);
    void log(const QString &host, const StoredText &message, EventRecord::Result result);

    ClusterManager *m_cluster;
    MigrationManager *m_moves;
    QSqlDatabase m_db;
    std::function<bool(const HostConfig &, QString *)> m_saveHost;
    struct Evacuation {
        QSet<quint64> pending;
        int moved = 0;
        QList<std::pair<QString, StoredText>> leftRunning;   // guest name, "name (why)"
    };
    void finishEvacuation(HostId host);
    QHash<HostId, Evacuation> m_evacuations;
    QHash<quint64, HostId> m_moveHost;
};

} // namespace Vigil::Migration
