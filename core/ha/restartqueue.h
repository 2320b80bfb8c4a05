#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

#include "../hostconfig.h"
#include "../inventory.h"
#include "../eventrecord.h"
#include "../storedtext.h"
#include "journal.h"
#include "planner.h"

namespace Vigil {
class ClusterManager;
struct ActionResult;
}

namespace Vigil::Ha {

// The journalled restarts of every open failover, and what each answer
// means. The engine plans, journals and fences; this starts: in journal
// order (priority waves, start_after), at most N at once, never two starts
// of one guest in flight, each after checking that the guest runs on no
// reachable host. A failed start goes to the next host of the plan; one cut
// off with its target waits for that host to answer or to fail (the engine
// then hands the guest to that host's own failover); one refused for a disk
// still leased is retried for the policy's lease wait, the rest of its
// failover held, and then called what it is: a fence that did not work.
// Lives on the thread of the ClusterManager; never blocks it.
class RestartQueue : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    // Hosts one guest's restart is tried on before it is given up.
    static constexpr int kMaxStartAttempts = 3;
    // How often a start refused for a leased disk is tried again.
    static constexpr int kLeaseRetryMs = 5000;

    // Where a guest of `home` goes if not on `excluded` (the engine's planner
    // with the cluster as it is now).
    using Replanner = std::function<FailoverPlan(HostId home, const DomainInfo &guest, const QList<HostId> &excluded)>;

    struct Tally {
        int restarted = 0;
        int notRestarted = 0;
    };

    RestartQueue(ClusterManager *cluster, FailoverJournal *journal, const PolicyIndex *policies,
                 Replanner replanner, QObject *parent = nullptr);

    void setMaxParallelStarts(int count) { m_maxParallelStarts = count; }

    // Queues a planned journal entry (keeps start order). `maybeStarted`:
    // an engine that died may have sent it (it was left "starting").
    void enqueue(const FailoverJournal::Entry &entry, bool maybeStarted = false);
    bool contains(qint64 entryId) const;
    // Starts whatever may start now.
    void pump();

    // The definition with console passwords for a guest's restart: in memory
    // only (the journal keeps the definition without them).
    void keepSecureDefinition(const QString &uuid, const QByteArray &xml) { m_secureDefinitions.insert(uuid, xml); }
    // Guests of an incident the engine decided about without a start.
    void count(const QString &incident, bool restarted);
    // Once no restart of `incident` is left: incidentClosed with its tally.
    void closeIfDone(const QString &incident, const QString &failedHost);

    // Starts sent to (or maybe running on) `host`, which was just declared
    // failed: taken out, the engine makes them part of that host's failover.
    QList<FailoverJournal::Entry> takeStartsLostWith(HostId host);
    // The guest of an entry as the planner sees a guest running on its host.
    DomainInfo runningGuestOf(const FailoverJournal::Entry &entry) const;

Q_SIGNALS:
    void logged(const QString &host, const QString &guest, const Vigil::StoredText &message,
                Vigil::EventRecord::Result result);
    void incidentClosed(const QString &incident, const QString &failedHost, int restarted, int notRestarted);

private:
    struct Job {
        FailoverJournal::Entry entry;
        HostId target = 0;
        QString startAfter;
        quint64 start = 0;   // which of its starts an answer is for
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

    // Whether job `index` may be sent now: not in flight or waiting, its
    // guest not in flight elsewhere, nothing of its incident ahead of it.
    bool mayStartNow(qsizetype index) const;
    void onStartAnswered(quint64 start, const ActionResult &result);
    // A start failed on a host that answers: the next host of the plan
    // (not one tried before) takes it, at most kMaxStartAttempts in all.
    void replaceAfterFailedStart(qsizetype index, const QString &reason);
    // A start whose outcome is unknown because its target was lost: the job
    // waits for that host to answer (settleStartsOn) or to fail
    // (takeStartsLostWith).
    void awaitLostTarget(qsizetype index, const QString &reason);
    void settleStartsOn(HostId target);
    // A start refused for a disk in use: retried until the policy's lease
    // wait is over (a dead host's lease may outlive it), then unsafe.
    void retryLeasedStartOrStop(qsizetype index, const QString &reason);
    // The failed host (or something) still runs the guest: its fence did
    // not work. Nothing more of that incident is started.
    void stopUnsafeIncident(qsizetype index, const QString &reason);
    void finishJob(qsizetype index, FailoverJournal::State state, const StoredText &detail,
                   const QDateTime &runningAt = {});
    void log(const QString &host, const QString &guest, const StoredText &message, EventRecord::Result result = {});
    void logJournalFailure(const QString &host, const QString &guest, const QString &error);

    ClusterManager *m_cluster;
    FailoverJournal *m_journal;
    const PolicyIndex *m_policies;
    Replanner m_replanner;
    int m_maxParallelStarts = 4;
    quint64 m_lastStart = 0;
    QList<Job> m_jobs;                 // restarts of every open incident, in start order
    QHash<QString, QByteArray> m_secureDefinitions;   // guest UUID → definition with passwords
    QHash<QString, Tally> m_tallies;   // by incident
};

} // namespace Vigil::Ha
