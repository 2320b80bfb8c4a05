#pragma once

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

#include <memory>

#include "backup/backupstatus.h"
#include "cluster/clustermanager.h"
#include "storedtext.h"
#include "ha/journal.h"
#include "ha/policy.h"
#include "store/hostrepository.h"
#include "store/policyrepository.h"

class QTemporaryDir;

namespace Vigil {

namespace Store { class EventLogWriter; class MetricWriter; class AlertWriter; class ChangeFeed; struct ChangeSet; }
namespace Ha { class FailoverEngine; class FenceSelfTest; }
namespace Health { class AlertEngine; struct AlertRule; }
namespace Backup { class BackupManager; }
namespace Migration { class MigrationManager; class MaintenanceCoordinator; struct EvacuationPlan; }

// What both executables share: the database, the configured hosts, the
// cluster manager and the event log, wired together. A Session is created
// on the thread that will own it (the GUI thread or vigilctl's main thread).
class Session : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    struct Options {
        QString databasePath;   // empty: the default path (or a temporary file for the demo)
        bool demo = false;      // add the embedded demo cluster's hosts
        // Collect statistics every tick and keep their history (the console
        // and the agent; one-shot vigilctl commands do not).
        bool recordHistory = false;
        int statsIntervalMs = 5000;
        qint64 rawHistorySeconds = 24 * 3600;
        qint64 minuteHistorySeconds = 30 * 24 * 3600;
        qint64 hourHistorySeconds = 365 * 24 * 3600;
        // Store this process's connection events (connected, lost,
        // reconnected) in the audit log. A one-shot vigilctl command's own
        // connections are not the cluster's history: every command added
        // "connected to…" rows for each host.
        bool recordConnectionEvents = true;
    };

    // Returns nullptr with `error` set when the database cannot be used.
    static std::unique_ptr<Session> open(const Options &options, QString *error);
    ~Session() override;

    QString databasePath() const { return m_databasePath; }
    // This thread's connection (vigilctl reads reports through it; the
    // console reads on worker threads with their own connections).
    QSqlDatabase database() const { return QSqlDatabase::database(m_connectionName, false); }
    bool isDemo() const { return m_demo; }
    bool recordsHistory() const { return m_metrics != nullptr; }
    ClusterManager *cluster() { return &m_cluster; }
    Store::HostRepository &hostRepository() { return *m_hosts; }
    Store::PolicyRepository &policyRepository() { return *m_policyStore; }

    // Failover policies as last loaded; policiesChanged() after every change.
    QList<Ha::Policy> policies() const { return m_policies; }
    bool savePolicy(Ha::Policy &policy, QString *error);
    bool removePolicy(const QString &name, QString *error);

    // Persist, then connect. These run a single small SQLite statement on
    // the calling thread (user-initiated, WAL mode: sub-millisecond).
    bool addHost(HostConfig &config, QString *error);
    // Persist and log only: for one-shot commands, whose host a running
    // console or agent connects through the change feed.
    bool storeHost(HostConfig &config, QString *error);
    bool updateHost(const HostConfig &config, QString *error);
    bool removeHost(HostId id, QString *error);

    // Starts a connection for every stored host.
    void connectAll();

    // One truth for every process on the database: from now on, what other
    // processes change — hosts (added, edited, removed, maintenance),
    // policies, alert rules and alerts, backups, the failover journal, and
    // the events they log — reaches this session within ~`intervalMs`
    // (the console and the agent follow; one-shot commands do not).
    void followChanges(int intervalMs = 250);
    // This process on the database (events and backup runs carry it).
    QString instanceId() const { return m_instance; }
    // Whether this process stores what every process observes (connection
    // and lifecycle events, alerts): the one whose engine holds the lease.
    bool isEvaluator() const;
    // The newest failover journal entries of every incident, oldest first,
    // as of the last change (journalChanged).
    QList<Ha::FailoverJournal::Entry> recentJournal() const { return m_recentJournal; }
    void logEvent(const EventRecord &record);
    // Most recent entries from the database, oldest first.
    QList<EventRecord> recentEvents(int limit) const;
    void flushEventLog();

    // Starts this process's failover engine (the console's or the agent's).
    // `holder` names it in the lease, e.g. "vigil on host (pid 123)".
    // `leaseTtlMs`: how long a silent engine keeps the lease (default 15 s).
    Ha::FailoverEngine *startFailoverEngine(const QString &holder, int leaseTtlMs = 15000);
    Ha::FailoverEngine *failoverEngine() const { return m_engine.get(); }

    // Guest moves (queue, concurrency limit, progress, cancel, history).
    Migration::MigrationManager *migrations() const { return m_migrations.get(); }
    // Maintenance mode: the plan (preview), entering it (mark, then move the
    // guests with a concurrency limit) and leaving it (optional failback).
    Migration::MaintenanceCoordinator *maintenance() const { return m_maintenance.get(); }
    Migration::EvacuationPlan planMaintenance(HostId host) const;
    bool enterMaintenance(const Migration::EvacuationPlan &plan, int concurrency, QString *error);
    bool exitMaintenance(HostId host, bool failback, QString *error);

    // Backup jobs, runs, verify, restore. Its scheduler runs in the process
    // whose failover engine holds the lease (one runner per database).
    Backup::BackupManager *backups() const { return m_backups.get(); }
    // Every enabled job's guests against their RPO and drills, as of the
    // last check (backupStatusChanged): every 30 s, after this process's
    // runs and checks, and soon after another process's.
    QList<Backup::GuestBackupStatus> backupStatus() const { return m_backupStatus; }
    // Reads it again now (a job was edited here).
    void refreshBackupStatus();

    // Alerts (with recordHistory): the engine, and its rules stored in the
    // database. Saving or removing a rule applies it at once.
    Health::AlertEngine *alertEngine() const { return m_alerts.get(); }
    QList<Health::AlertRule> alertRules() const;
    bool saveAlertRule(Health::AlertRule &rule, QString *error);
    bool removeAlertRule(qint64 id, QString *error);

Q_SIGNALS:
    // Every event this process logged, stored or not (vigilctl agent prints them).
    void eventLogged(const Vigil::EventRecord &record);
    // An event entered the shared log: logged and stored by this process,
    // or stored by another one (the console's event log follows this).
    void eventRecorded(const Vigil::EventRecord &record);
    // Another process changed backup jobs, runs or artifacts / the failover journal.
    void backupsChanged();
    void backupStatusChanged();
    // The failover journal changed (this process's engine or another's).
    void journalChanged(const QList<Vigil::Ha::FailoverJournal::Entry> &recent);
    void storageError(const QString &message);
    void policiesChanged(const QList<Vigil::Ha::Policy> &policies);
    // The statistics history writer lost / regained its database.
    void historyWriteFailed(const QString &message);
    void historyWriteRecovered();

private:
    Session() = default;
    void logConfigurationChange(const QString &host, const StoredText &message);
    void logSystemEvent(const StoredText &message, EventRecord::Result result);
    void startFenceSelfTest();
    void startAlerts(QSqlDatabase db);
    void applyChanges(const Store::ChangeSet &changes);
    void applyHosts(const QList<HostConfig> &stored);
    void onEngineActiveChanged(bool active);
    void reconcileOrphans();
    void readFailoverOutcomes();
    void setFailoverOutcomes(const QList<Ha::FailoverJournal::Entry> &recent);
    void checkGuests();
    QString m_databasePath;
    QString m_connectionName;
    QString m_instance;
    bool m_demo = false;
    bool m_connected = false;   // connectAll() was called: the cluster follows the hosts table
    // No engine here, and a live one elsewhere stores what every process observes.
    bool m_deferObservations = false;
    bool m_recordConnectionEvents = true;
    // The newest event recentEvents() returned: the feed does not repeat it.
    mutable qint64 m_eventsReadUpTo = 0;
    // An engine lease renewed this recently has a live holder (the default TTL).
    static constexpr qint64 kLiveEngineWithinMs = 15000;
    std::unique_ptr<Store::HostRepository> m_hosts;
    std::unique_ptr<Store::PolicyRepository> m_policyStore;
    QList<Ha::Policy> m_policies;
    QList<Ha::FailoverJournal::Entry> m_recentJournal;
    std::unique_ptr<Store::EventLogWriter> m_eventLog;
    // Declared before the cluster: its workers feed the writer until the
    // cluster has shut down.
    std::unique_ptr<Store::MetricWriter> m_metrics;
    ClusterManager m_cluster;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    std::unique_ptr<Ha::FailoverEngine> m_engine;
    // Fence devices tested in their status mode on schedule, by the lease holder.
    std::unique_ptr<Ha::FenceSelfTest> m_fenceTest;
    std::unique_ptr<Migration::MigrationManager> m_migrations;
    std::unique_ptr<Migration::MaintenanceCoordinator> m_maintenance;
    std::unique_ptr<Backup::BackupManager> m_backups;
    // The backup status and alert, from the database (every process's runs and checks).
    QTimer *m_backupStatusCheck = nullptr;
    QTimer *m_backupStatusSoon = nullptr;   // coalesces other processes' changes
    QList<Backup::GuestBackupStatus> m_backupStatus;
    std::unique_ptr<Store::AlertWriter> m_alertWriter;
    std::unique_ptr<Health::AlertEngine> m_alerts;
    std::unique_ptr<Store::ChangeFeed> m_feed;
    QTimer *m_reconcile = nullptr;   // while evaluating: runs dead processes left behind
    // The journal's newest entry per guest (read when an incident ends), and
    // a throttle for the cluster-wide guest checks (left down, running twice).
    QHash<QString, Ha::FailoverJournal::Entry> m_failoverOutcomes;   // by guest UUID
    QTimer *m_guestCheck = nullptr;
};

} // namespace Vigil
