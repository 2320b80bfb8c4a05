#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>

#include "../eventrecord.h"
#include "../hostconfig.h"
#include "../hoststate.h"
#include "journal.h"
#include "planner.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ha {

class Fencer;
class RestartQueue;
class StaleCopyRetirer;

// Restarts protected guests when their host dies — and never twice.
// Per host: Up → Suspect (link lost) → Failed (grace over) → Fencing →
// Fenced → Restarting → Done; a host that answers again goes back to Up
// (or is Recovered after a failover). Only a fenced host's guests are
// restarted, unless their policy explicitly allows restart without fencing.
// Every restart is journalled before it is tried; a restarted engine
// resumes open entries after checking that the guest is not running
// anywhere. One engine per database is active (a lease with a heartbeat);
// others stay passive and take over when the lease expires.
// Lives on the thread of the ClusterManager; never blocks it.
class FailoverEngine : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    enum class Phase { Up, Suspect, Failed, Fencing, Fenced, Restarting, Done, Recovered };
    static QString phaseName(Phase phase);

    struct Settings {
        int leaseTtlMs = 15000;
        int heartbeatMs = 5000;
        int maxParallelStarts = 4;
    };

    FailoverEngine(ClusterManager *cluster, QSqlDatabase db, const QString &holder, QObject *parent = nullptr);
    ~FailoverEngine() override;

    void setSettings(const Settings &settings);
    void setPolicies(const QList<Policy> &policies);
    void start();
    void stop();

    bool isActive() const { return m_active; }
    QString leaseHolder() const { return m_leaseHolder; }
    Phase phase(HostId host) const { return m_hosts.value(host).phase; }

Q_SIGNALS:
    void phaseChanged(Vigil::HostId host, Vigil::Ha::FailoverEngine::Phase phase, const QString &detail);
    void activeChanged(bool active, const QString &holder);
    void eventOccurred(const Vigil::EventRecord &event);
    // A failover finished: how many guests run again, how many could not.
    void incidentFinished(const QString &incident, int restarted, int notRestarted);

private:
    struct HostTrack {
        Phase phase = Phase::Up;
        bool seenUp = false;          // never reached: nothing known to fail over
        QElapsedTimer since;          // time since the link was lost
        std::shared_ptr<QTimer> grace;
        QString incident;
        QDateTime lastContact;        // the host's last answer before it was lost
        bool maintenanceDownLogged = false;   // said once per outage, not on every retry
    };

    void onStatus(HostId host, const HostStatus &status);
    // A suspect host's grace is over: plan its guests, journal every one,
    // then fence (or restart, where the policy allows it unfenced).
    void onFailed(HostId host);
    // One guest's journal entry: planned or awaiting the fence, or skipped
    // and why (restart limit, no fence action); a planned one is queued.
    void journalPlacement(FailoverJournal::Entry entry, const Placement &placement,
                          const QList<DomainInfo> &lastKnown, bool fenced);
    // A guest the planner could not place: done if it already runs
    // elsewhere, otherwise skipped with the planner's reason.
    void journalUnplaced(FailoverJournal::Entry entry, const QString &reason);
    // Starts cut off when their target (the failed host) died: their own
    // entries close, handed to this host's failover.
    void handOverLostStarts(const QList<FailoverJournal::Entry> &lostStarts, const QString &failedHost);
    void onClusterSettled();
    void fence(const QString &hostName, const FenceAction &action, const QString &incident);
    void fenceDone(const QString &hostName, const QString &incident, bool confirmed, const StoredText &message);
    void rememberProtected(HostId host);
    QList<DomainInfo> lastKnownGuests(HostId host) const;
    const Policy *fencingPolicyFor(const QString &hostName) const;
    void onIncidentClosed(const QString &incident, const QString &failedHost, int restarted, int notRestarted);
    // The cluster as the planner must see it when `failedHost` (running
    // `guests`) is lost: maintenance flags as stored now, `excluded` hosts
    // as not up.
    ClusterSnapshot planningSnapshot(HostId failedHost, const QList<DomainInfo> &guests,
                                     const QList<HostId> &excluded = {}) const;
    // Only the active engine removes a returning host's stale copies.
    void checkStaleCopies(HostId host);
    void resumeJournal();
    void heartbeat();
    void setPhase(HostId host, Phase phase, const QString &detail);
    void log(const QString &host, const QString &guest, const StoredText &message, EventRecord::Result result);
    void logJournalFailure(const QString &host, const QString &guest, const QString &error);
    // A restart that could not be journalled is not tried ("journalled
    // before acting"): said, and counted as not restarted.
    void notRestartedUnjournalled(const QString &host, const QString &guest, const QString &incident,
                                  const QString &error);
    // Decisions read the database at decision time, never a copy from
    // start-up: another process (a console, vigilctl) may have changed it.
    bool inMaintenanceNow(HostId host) const;
    void reloadPolicies();

    ClusterManager *m_cluster;
    QSqlDatabase m_db;
    FailoverJournal m_journal;
    LastKnownGuests m_lastKnown;
    QHash<HostId, QByteArray> m_savedSignature;   // what ha_last_known holds per host
    EngineLease m_lease;
    Settings m_settings;
    PolicyIndex m_index;               // the enabled policies, built once per change
    QHash<HostId, HostTrack> m_hosts;
    RestartQueue *m_restarts;
    StaleCopyRetirer *m_staleCopies;
    QTimer m_heartbeat;
    bool m_active = false;
    // Nothing is planned or resumed before every host has answered or failed
    // once: a target that is still connecting would look empty or down.
    bool m_clusterReady = false;
    bool m_resumePending = false;
    QSet<HostId> m_deferredFailures;
    bool m_started = false;
    QString m_leaseHolder;
};

} // namespace Vigil::Ha
