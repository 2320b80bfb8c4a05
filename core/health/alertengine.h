#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include "alert.h"
#include "alertrule.h"
#include "../eventrecord.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Health {

// Evaluates the alert rules against the cluster as it changes: a host when
// its statistics tick, state or details arrive, hosts without ticks on a
// timer. A breach must last the rule's duration before it raises; an alert
// clears when its condition no longer holds or its subject is gone. Both
// are events in the event log. Runs on the cluster manager's thread and
// reads only its cached state, so it never waits for a host.
class AlertEngine : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    explicit AlertEngine(ClusterManager *cluster, QObject *parent = nullptr);

    void setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const { return m_rules; }
    // Alerts known from an earlier run; open ones keep their keys.
    void restore(const QList<Alert> &alerts);

    // One evaluator per database: only the process whose failover engine
    // holds the lease evaluates rules about the cluster and raises or clears
    // those alerts; the others show what it stored (syncFromStore) and may
    // acknowledge. System conditions (this process's own facts) are
    // evaluated everywhere.
    void setEvaluating(bool evaluating);
    bool isEvaluating() const { return m_evaluating; }
    // The alerts as stored now (another process raised, cleared or
    // acknowledged some). A passive engine mirrors them; the evaluating one
    // takes acknowledgements and open alerts it did not know (raised by the
    // evaluator before it). Emits alertSynced per alert that changed.
    void syncFromStore(const QList<Alert> &stored);

    // Open alerts and those cleared during this run (newest last).
    QList<Alert> alerts() const { return m_alerts; }
    QList<Alert> openAlerts() const;
    bool acknowledge(const QString &key, const QString &user);
    // The event log entry of an acknowledgement (also for vigilctl alert ack,
    // which acknowledges in the database without an engine).
    static EventRecord acknowledgementEvent(const Alert &acknowledged);

    // Conditions Vigil itself reports (scope System).
    void setSystemCondition(const QString &condition, bool active, const StoredText &message);

    // Guest conditions judged across the cluster rather than on one host:
    // "left_down" (a protected guest a failover did not restart, running
    // nowhere) and "running_twice" (one UUID active on two reachable hosts).
    // Each rule on `condition` raises one alert per guest found, with the
    // detail, and clears it when the guest is no longer found.
    struct GuestFinding {
        QString uuid;
        QString guest;
        QString host;
        StoredText detail;
    };
    void setGuestFindings(const QString &condition, const QList<GuestFinding> &guests);
    // Host conditions Vigil finds outside a host's own connection:
    // "fence_unavailable" (its fence device failed the scheduled status
    // check). One alert per host name in `hosts`, with the detail; cleared
    // when the host is no longer in it.
    void setHostFindings(const QString &condition, const QHash<QString, StoredText> &hosts);
    static bool isClusterCondition(const QString &condition);

    // Evaluates one host now (tests and the periodic sweep use it).
    void evaluateHost(HostId host, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void evaluateAll(const QDateTime &now = QDateTime::currentDateTimeUtc());

Q_SIGNALS:
    void alertRaised(const Vigil::Health::Alert &alert);
    void alertCleared(const Vigil::Health::Alert &alert);
    void alertAcknowledged(const Vigil::Health::Alert &alert);
    // Any of the three, for persistence.
    void alertChanged(const Vigil::Health::Alert &alert);
    // An alert changed in the database by another process (not to be saved again).
    void alertSynced(const Vigil::Health::Alert &alert);
    void eventOccurred(const Vigil::EventRecord &record);

private:
    struct Observation {
        QString subjectKey;   // stable identity: "host:3/guest:<uuid>"
        QString host;
        QString subject;
        double value;         // NaN: unknown this time (no decision)
        StoredText detail = {};   // said after the condition, when there is more to say
    };
    void observe(const AlertRule &rule, const Observation &o, const QDateTime &now,
                 QSet<QString> &seen);
    // Findings of a cluster condition (setGuestFindings, setHostFindings):
    // every enabled rule of `scope` on `condition` raises one alert per
    // finding in `found`, and clears those of `before` no longer found.
    void observeFindings(Scope scope, const QString &condition, const QList<Observation> &found,
                         const QList<Observation> &before);
    void raise(const AlertRule &rule, const Observation &o, const QDateTime &now);
    void clear(const QString &stateKey, const StoredText &why, const QDateTime &now);
    StoredText messageFor(const AlertRule &rule, const Observation &o) const;
    void logAlert(const Alert &alert, bool raised, const StoredText &extra = {});

    ClusterManager *m_cluster;
    QList<AlertRule> m_rules;
    QList<Alert> m_alerts;
    QHash<QString, QDateTime> m_pendingSince;   // rule/subject -> first breach
    QHash<QString, QString> m_openByState;       // rule/subject -> alert key
    QHash<QString, bool> m_system;               // condition -> active
    QHash<QString, StoredText> m_systemMessage;
    QHash<QString, QList<GuestFinding>> m_findings;   // by condition
    QHash<QString, QHash<QString, StoredText>> m_hostFindings;   // by condition, then host name
    QTimer m_sweep;
    bool m_evaluating = true;
};

} // namespace Vigil::Health
