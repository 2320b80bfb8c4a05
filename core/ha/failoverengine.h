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
struct ActionResult;
}

namespace Vigil::Ha {

class Fencer;

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
    // Hosts one guest's restart is tried on before it is given up.
    static constexpr int kMaxStartAttempts = 3;
    // How often a start refused for a leased disk is tried again.
    static constexpr int kLeaseRetryMs = 5000;

    FailoverEngine(ClusterManager *cluster, QSqlDatabase db, const QString &holder, QObject *parent = nullptr);
    ~FailoverEngine() override;

    void setSettings(const Settings &settings) { m_settings = settings; }
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
    };
    struct Job {
        FailoverJournal::Entry entry;
        HostId target = 0;
        QString startAfter;
        quint64 request = 0;
        bool running = false;
        QList<HostId> triedTargets;   // where its start failed, never tried again
        // A start may have gone through (an earlier engine sent it, or the
        // connection broke during it): never sent elsewhere until its target
        // answers or is fenced.
        bool maybeStarted = false;
        bool awaitingTarget = false;
        // Since its first start refused for a disk in use: while valid, no
        // other job of its incident starts (see Policy::leaseWaitSeconds).
        QElapsedTimer leaseRefused;
        bool leaseRetryPending = false;
    };

    void onStatus(HostId host, const HostStatus &status);
    void onFailed(HostId host);
    void onClusterSettled();
    void fence(const QString &hostName, const FenceAction &action, const QString &incident);
    void fenceDone(const QString &hostName, const QString &incident, bool confirmed, const StoredText &message);
    void rememberProtected(HostId host);
    QList<DomainInfo> lastKnownGuests(HostId host) const;
    const Policy *fencingPolicyFor(const QString &hostName) const;
    // Queues a planned journal entry for starting (keeps start order).
    void enqueue(const FailoverJournal::Entry &entry);
    // Once no restart of `incident` is left: Done, log the tally, tell.
    void closeIncidentIfDone(const QString &incident, const QString &hostName);
    void pump();
    // Whether job `index` may be sent now: not in flight or waiting, its
    // guest not in flight elsewhere, nothing of its incident ahead of it.
    bool mayStartNow(qsizetype index) const;
    void onActionFinished(const ActionResult &result);
    // A start failed on a host that answers: the next host of the plan
    // (not one tried before) takes it, at most kMaxStartAttempts in all.
    void replaceAfterFailedStart(qsizetype index, const QString &reason);
    // A start whose outcome is unknown because its target was lost: the job
    // waits for that host to answer (settleStartsOn) or to fail (onFailed
    // then takes the guest into that host's own failover, fence first,
    // with every start still under way there: takeStartsLostWith).
    void awaitLostTarget(qsizetype index, const QString &reason);
    void settleStartsOn(HostId target);
    QList<Job> takeStartsLostWith(HostId host);
    // The guest of a job as the planner sees a guest running on its host.
    DomainInfo runningGuestOf(const Job &job) const;
    // The cluster as the planner must see it when `failedHost` (running
    // `guests`) is lost: maintenance flags as stored now, `excluded` hosts
    // as not up.
    ClusterSnapshot planningSnapshot(HostId failedHost, const QList<DomainInfo> &guests,
                                     const QList<HostId> &excluded = {}) const;
    void finishJob(qsizetype index, FailoverJournal::State state, const StoredText &detail,
                   const QDateTime &runningAt = {});
    // A start was refused because the guest's disks are in use: the failed
    // host (or something) still runs it, so its fence did not work. Nothing
    // more of that incident is started.
    void stopUnsafeIncident(qsizetype index, const QString &reason);
    // A start refused for a disk in use: retried until the policy's lease
    // wait is over (a dead host's lease may outlive it), then unsafe.
    void retryLeasedStartOrStop(qsizetype index, const QString &reason);
    // A host that answers again after a failover still has the definitions
    // of the guests restarted elsewhere: stopped copies are removed (see
    // docs/FAILOVER.md), running ones are left to the running-twice alert.
    void retireStaleCopies(HostId host);
    void onStepFinished(quint64 requestId, bool ok, const QString &message);
    void resumeJournal();
    void heartbeat();
    void setPhase(HostId host, Phase phase, const QString &detail);
    void log(const QString &host, const QString &guest, const StoredText &message, const QString &result);
    bool runsAnywhere(const QString &uuid, QString *where) const;
    // Decisions read the database at decision time, never a copy from
    // start-up: another process (a console, vigilctl) may have changed it.
    bool inMaintenanceNow(HostId host) const;
    void reloadPolicies();
    HostId hostIdByName(const QString &name) const;

    ClusterManager *m_cluster;
    QSqlDatabase m_db;
    FailoverJournal m_journal;
    LastKnownGuests m_lastKnown;
    QHash<HostId, QByteArray> m_savedSignature;   // what ha_last_known holds per host
    EngineLease m_lease;
    Settings m_settings;
    PolicyIndex m_index;               // the enabled policies, built once per change
    QHash<HostId, HostTrack> m_hosts;
    QList<Job> m_jobs;                 // restarts of every open incident, in start order
    // Guest UUID → its definition with console passwords, for the restart:
    // in memory only (the journal keeps the definition without them).
    QHash<QString, QByteArray> m_secureDefinitions;
    QHash<QString, QPair<int, int>> m_incidentCounts;   // restarted / not restarted
    struct Retiring {
        HostId host = 0;
        QString hostName;
        QString uuid;
        QString guest;
    };
    // Stale copies being removed, by request; then removed ones until their
    // removal reaches the cluster's cache (so nothing asks twice).
    QHash<quint64, Retiring> m_retiring;
    QSet<QPair<HostId, QString>> m_retired;
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
