#include "session.h"

#include "backup/backupmanager.h"

#include <QCoreApplication>

#include "demo/democluster.h"
#include "ha/failoverengine.h"
#include "ha/fenceselftest.h"
#include "ha/policyjson.h"
#include "store/database.h"
#include "health/alertengine.h"
#include "migration/maintenance.h"
#include "migration/migrationmanager.h"
#include "observability/performancelog.h"
#include "store/alertstore.h"
#include "store/changefeed.h"
#include "store/eventlogstore.h"
#include "store/metricwriter.h"
#include "store/processregistry.h"

#include <QTemporaryDir>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Vigil {

std::unique_ptr<Session> Session::open(const Options &options, QString *error)
{
    std::unique_ptr<Session> session(new Session);
    session->m_demo = options.demo;
    session->m_recordConnectionEvents = options.recordConnectionEvents;
    QString path = options.databasePath;
    if (path.isEmpty() && options.demo) {
        // The demo leaves nothing behind: its database lives for this process only.
        session->m_tempDir = std::make_unique<QTemporaryDir>();
        if (!session->m_tempDir->isValid()) {
            *error = QObject::tr("Cannot create a temporary folder for the demo database: %1")
                         .arg(session->m_tempDir->errorString());
            return nullptr;
        }
        path = session->m_tempDir->filePath(QStringLiteral("demo.sqlite"));
    }
    if (path.isEmpty())
        path = Store::Database::defaultPath();
    session->m_databasePath = path;
    session->m_connectionName = QStringLiteral("vigil-main-%1").arg(quintptr(session.get()), 0, 16);
    session->m_instance = QUuid::createUuid().toString(QUuid::WithoutBraces);

    const auto opened = Store::Database::open(path, session->m_connectionName);
    if (!opened.ok) {
        *error = opened.error;
        Store::Database::close(session->m_connectionName);
        return nullptr;
    }
    // Every process keeps a heartbeat row (what it owns is not "orphaned"
    // while it lives); the feed also brings other processes' changes once
    // followChanges() is called.
    session->m_feed = std::make_unique<Store::ChangeFeed>(
        path, session->m_instance,
        QStringLiteral("%1 (pid %2)").arg(QCoreApplication::applicationName()).arg(QCoreApplication::applicationPid()));
    session->m_feed->prime(opened.db);
    session->m_hosts = std::make_unique<Store::HostRepository>(opened.db);
    session->m_policyStore = std::make_unique<Store::PolicyRepository>(opened.db);
    session->m_eventLog = std::make_unique<Store::EventLogWriter>(path);
    Session *raw = session.get();
    connect(session->m_eventLog.get(), &Store::EventLogWriter::writeFailed, raw, [raw](const QString &message) {
        Q_EMIT raw->storageError(QObject::tr("The event log could not be saved: %1").arg(message));
    });
    connect(&session->m_cluster, &ClusterManager::eventOccurred, raw, &Session::logEvent);
    session->m_migrations = std::make_unique<Migration::MigrationManager>(&session->m_cluster);
    connect(session->m_migrations.get(), &Migration::MigrationManager::eventOccurred, raw, &Session::logEvent);
    session->m_maintenance = std::make_unique<Migration::MaintenanceCoordinator>(
        &session->m_cluster, session->m_migrations.get(), opened.db,
        [raw](const HostConfig &config, QString *why) { return raw->updateHost(config, why); });
    connect(session->m_maintenance.get(), &Migration::MaintenanceCoordinator::eventOccurred, raw, &Session::logEvent);
    session->m_backups = std::make_unique<Backup::BackupManager>(&session->m_cluster, opened.db);
    session->m_backups->setVigilVersion(QCoreApplication::applicationVersion());
    session->m_backups->store()->setOwner(session->m_instance);
    connect(session->m_backups.get(), &Backup::BackupManager::eventOccurred, raw, &Session::logEvent);
    connect(session->m_backups.get(), &Backup::BackupManager::integrityProblem, raw, &Session::refreshBackupStatus);
    connect(session->m_backups.get(), &Backup::BackupManager::runChanged, raw, &Session::refreshBackupStatus);
    connect(raw, &Session::policiesChanged, session->m_backups.get(), &Backup::BackupManager::setPolicies);
    session->m_cluster.setStatsInterval(options.recordHistory ? options.statsIntervalMs : 0);
    if (options.recordHistory) {
        Store::MetricRetention retention;
        retention.rawSeconds = options.rawHistorySeconds;
        retention.minuteSeconds = options.minuteHistorySeconds;
        retention.hourSeconds = options.hourHistorySeconds;
        session->m_metrics = std::make_unique<Store::MetricWriter>(path, retention, options.statsIntervalMs);
        Store::MetricWriter *writer = session->m_metrics.get();
        session->m_cluster.setSampleSink([writer](const Metrics::HostSample &s) { writer->enqueue(s); });
        session->startAlerts(opened.db);
        connect(writer, &Store::MetricWriter::writeFailed, raw, [raw](const QString &message) {
            raw->logSystemEvent(storedTr("statistics history cannot be saved; samples are kept in memory "
                                   "and written when this is fixed: %1").arg(message), EventRecord::Result::Failed);
            raw->m_alerts->setSystemCondition(u"history_write_failed"_s, true,
                                              storedTr("statistics history cannot be saved: %1").arg(message));
            Q_EMIT raw->historyWriteFailed(message);
        }, Qt::QueuedConnection);
        connect(writer, &Store::MetricWriter::writeRecovered, raw, [raw](qsizetype rows) {
            raw->logSystemEvent(
                storedTr("statistics history is being saved again (%n queued sample(s) written)", nullptr, int(rows)),
                EventRecord::Result::Ok);
            raw->m_alerts->setSystemCondition(u"history_write_failed"_s, false, {});
            Q_EMIT raw->historyWriteRecovered();
        }, Qt::QueuedConnection);
    }

    if (options.demo) {
        const QList<HostConfig> demo = Demo::demoHosts(error);
        if (demo.isEmpty())
            return nullptr;
        for (HostConfig config : demo) {
            if (session->m_hosts->findByName(config.name))
                continue;  // kept from an earlier run, possibly edited by the user
            QString addError;
            if (!session->m_hosts->add(config, &addError)) {
                *error = addError;
                return nullptr;
            }
        }
        if (session->m_policyStore->all().isEmpty()) {
            Ha::PolicyParse example = Ha::policyFromJson(Demo::examplePolicy());
            QString policyError;
            if (!example.ok || !session->m_policyStore->save(example.policy, &policyError)) {
                *error = QStringLiteral("the demo policy is invalid: %1").arg(example.errors.join(u"; ") + policyError);
                return nullptr;
            }
        }
    }
    QStringList problems;
    session->m_policies = session->m_policyStore->all(&problems);
    for (const QString &problem : std::as_const(problems))
        session->logConfigurationChange(QString(), problem);
    session->m_backups->setPolicies(session->m_policies);
    session->m_recentJournal = Ha::FailoverJournal(opened.db).recent(Store::ChangeFeed::kJournalEntries);

    connect(session->m_feed.get(), &Store::ChangeFeed::changed, raw, &Session::applyChanges);
    connect(session->m_feed.get(), &Store::ChangeFeed::failed, raw, [raw](const QString &message) {
        Q_EMIT raw->storageError(tr("Changes made by other Vigil processes cannot be followed: %1").arg(message));
    });
    session->m_feed->start();
    return session;
}

void Session::followChanges(int intervalMs)
{
    m_feed->follow(intervalMs);
}

bool Session::isEvaluator() const
{
    // Without an engine (a one-shot command), defer to a running engine if
    // there was one when the hosts were connected; else this process is the
    // only witness.
    return m_engine ? m_engine->isActive() : !m_deferObservations;
}

void Session::applyChanges(const Store::ChangeSet &changes)
{
    if (changes.hosts)
        applyHosts(*changes.hosts);
    if (changes.policies) {
        m_policies = *changes.policies;
        Q_EMIT policiesChanged(m_policies);
    }
    if (m_alerts && changes.alertRules)
        m_alerts->setRules(*changes.alertRules);
    if (m_alerts && changes.alerts)
        m_alerts->syncFromStore(*changes.alerts);
    for (const EventRecord &record : changes.events)
        if (record.id > m_eventsReadUpTo)   // not already shown by recentEvents()
            Q_EMIT eventRecorded(record);
    if (changes.topics.contains(u"backups"_s))
        Q_EMIT backupsChanged();
    if (changes.journal) {
        m_recentJournal = *changes.journal;
        Q_EMIT journalChanged(m_recentJournal);
    }
}

// The cluster follows the hosts table: added hosts connect, edited ones are
// reconfigured (a maintenance flag reaches the engine and the planner),
// removed ones disconnect.
void Session::applyHosts(const QList<HostConfig> &stored)
{
    if (!m_connected)
        return;   // this process watches no host (vigilctl events --follow)
    QSet<HostId> present;
    for (const HostConfig &config : stored) {
        present.insert(config.id);
        if (!m_cluster.contains(config.id))
            m_cluster.addHost(config);
        else if (!(m_cluster.host(config.id) == config))
            m_cluster.updateHost(config);
    }
    for (const HostConfig &config : m_cluster.hosts())
        if (!present.contains(config.id))
            m_cluster.removeHost(config.id);
}

void Session::onEngineActiveChanged(bool active)
{
    if (m_alerts) {
        // A new evaluator first takes over what its predecessor raised (or
        // it raises a second copy that nothing clears); a passive engine
        // stops evaluating, then mirrors the stored alerts.
        if (!active)
            m_alerts->setEvaluating(false);
        QString error;
        const QList<Health::Alert> stored =
            Store::AlertStore(database()).alerts(QDateTime::currentDateTimeUtc().addDays(-7), &error);
        if (error.isEmpty())
            m_alerts->syncFromStore(stored);
        if (active)
            m_alerts->setEvaluating(true);
    }
    if (!active) {
        m_reconcile->stop();
        return;
    }
    // What processes that died left "running" is settled by the evaluator:
    // now, and while it stays active (a CLI backup killed mid-run).
    reconcileOrphans();
    m_reconcile->start();
    readFailoverOutcomes();
}

// This process's own incident, or a take-over: the change feed has not
// brought the journal (yet), so it is read here.
void Session::readFailoverOutcomes()
{
    if (m_alerts && m_alerts->isEvaluating())
        setFailoverOutcomes(Ha::FailoverJournal(database()).recent(Store::ChangeFeed::kJournalEntries));
}

void Session::setFailoverOutcomes(const QList<Ha::FailoverJournal::Entry> &recent)
{
    if (!m_alerts || !m_alerts->isEvaluating())
        return;
    m_failoverOutcomes.clear();
    for (const Ha::FailoverJournal::Entry &entry : recent)   // oldest first: the newest per guest stays
        m_failoverOutcomes.insert(entry.guestUuid, entry);
    checkGuests();
}

// Judged across hosts, by the evaluator: a guest is left down when its
// newest journal entry says it was not restarted (failed or skipped) and no
// reachable host runs it; one UUID running on two reachable hosts runs twice
// (running, not paused: a live migration has a paused copy on one side).
void Session::checkGuests()
{
    if (!m_alerts || !m_alerts->isEvaluating())
        return;
    using State = Ha::FailoverJournal::State;
    QList<Health::AlertEngine::GuestFinding> down;
    // Not restarted because the fence did not work: the guest may well run
    // on the host that should be dead; cleared once a reachable host runs it.
    QList<Health::AlertEngine::GuestFinding> unfenced;
    for (const Ha::FailoverJournal::Entry &entry : std::as_const(m_failoverOutcomes)) {
        if (!m_cluster.runningElsewhere(0, entry.guestUuid, false).isEmpty())
            continue;
        if (entry.state == State::Failed || entry.state == State::Skipped)
            down.append({entry.guestUuid, entry.guestName, entry.failedHost, entry.detail});
        else if (entry.state == State::FenceIneffective)
            unfenced.append({entry.guestUuid, entry.guestName, entry.failedHost, entry.detail});
    }
    m_alerts->setGuestFindings(u"left_down"_s, down);
    m_alerts->setGuestFindings(u"fence_ineffective"_s, unfenced);

    QHash<QString, QStringList> runningOn;   // UUID → reachable hosts where it runs
    QHash<QString, QString> names;
    for (const HostConfig &host : m_cluster.hosts()) {
        if (m_cluster.status(host.id).state != HostState::Up)
            continue;
        for (const DomainInfo &guest : m_cluster.domains(host.id)) {
            if (guest.state != DomainState::Running && guest.state != DomainState::Blocked)
                continue;
            runningOn[guest.uuid].append(host.name);
            names.insert(guest.uuid, guest.name);
        }
    }
    QList<Health::AlertEngine::GuestFinding> twice;
    for (auto it = runningOn.cbegin(); it != runningOn.cend(); ++it)
        if (it.value().size() > 1)
            twice.append({it.key(), names.value(it.key()), it.value().first(),
                          storedTr("also running on %1 (the same UUID, %2): stop the copy that should not run")
                              .arg(it.value().mid(1).join(u", "_s), it.key())});
    m_alerts->setGuestFindings(u"running_twice"_s, twice);
}

void Session::reconcileOrphans()
{
    m_backups->reconcileOrphans();
}

void Session::startAlerts(QSqlDatabase db)
{
    Store::AlertStore store(db);
    QString error;
    const QList<Health::AlertRule> rules = store.rules(&error);
    if (!error.isEmpty())
        logSystemEvent(storedTr("alert rules cannot be read: %1").arg(error), EventRecord::Result::Failed);
    m_alertWriter = std::make_unique<Store::AlertWriter>(m_databasePath);
    m_alerts = std::make_unique<Health::AlertEngine>(&m_cluster);
    m_alerts->restore(store.alerts(QDateTime::currentDateTimeUtc().addDays(-7)));
    m_alerts->setRules(rules);
    connect(m_alerts.get(), &Health::AlertEngine::eventOccurred, this, &Session::logEvent);
    connect(m_alerts.get(), &Health::AlertEngine::alertChanged, m_alertWriter.get(), &Store::AlertWriter::save);
    connect(m_alertWriter.get(), &Store::AlertWriter::writeFailed, this, [this](const QString &message) {
        Q_EMIT storageError(tr("An alert could not be saved: %1").arg(message));
    }, Qt::QueuedConnection);
    // An RPO is missed by time passing as well as by a failed run: read the
    // database every 30 s, and 1 s after another process (vigilctl, an
    // agent) changed backups (a run's rows change in bursts).
    m_backupStatusCheck = new QTimer(this);
    connect(m_backupStatusCheck, &QTimer::timeout, this, &Session::refreshBackupStatus);
    m_backupStatusCheck->start(30000);
    m_backupStatusSoon = new QTimer(this);
    m_backupStatusSoon->setSingleShot(true);
    m_backupStatusSoon->setInterval(1000);
    connect(m_backupStatusSoon, &QTimer::timeout, this, &Session::refreshBackupStatus);
    connect(this, &Session::backupsChanged, m_backupStatusSoon, qOverload<>(&QTimer::start));
    // A drill or verify of this process ended.
    connect(m_backups.get(), &Backup::BackupManager::operationFinished, m_backupStatusSoon,
            qOverload<>(&QTimer::start));
    refreshBackupStatus();
}

void Session::refreshBackupStatus()
{
    if (!m_alerts)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_backupStatus = Backup::guestBackupStatus(*m_backups->store(), now, Backup::LastBackup::Skip);
    const QList<StoredText> problems = m_backups->openProblems(m_backupStatus, now);
    m_alerts->setSystemCondition(u"backup_problem"_s, !problems.isEmpty(), StoredText::joined(problems, u"; "_s));
    Q_EMIT backupStatusChanged();
}

QList<Health::AlertRule> Session::alertRules() const
{
    return m_alerts ? m_alerts->rules() : QList<Health::AlertRule>();
}

bool Session::saveAlertRule(Health::AlertRule &rule, QString *error)
{
    Store::AlertStore store(QSqlDatabase::database(m_connectionName, false));
    if (!store.saveRule(rule, error))
        return false;
    if (m_alerts)
        m_alerts->setRules(store.rules());
    logConfigurationChange(QString(), storedTr("alert rule saved: %1 (%2)").arg(rule.name, rule.describe()));
    return true;
}

bool Session::removeAlertRule(qint64 id, QString *error)
{
    Store::AlertStore store(QSqlDatabase::database(m_connectionName, false));
    QString name;
    for (const Health::AlertRule &rule : alertRules())
        if (rule.id == id)
            name = rule.name;
    if (!store.removeRule(id, error))
        return false;
    if (m_alerts)
        m_alerts->setRules(store.rules());
    logConfigurationChange(QString(), storedTr("alert rule removed: %1").arg(name));
    return true;
}

Migration::EvacuationPlan Session::planMaintenance(HostId host) const
{
    return Migration::planEvacuation(Ha::ClusterSnapshot::capture(m_cluster), host, m_policies);
}

bool Session::enterMaintenance(const Migration::EvacuationPlan &plan, int concurrency, QString *error)
{
    return m_maintenance->enter(plan, concurrency, error);
}

bool Session::exitMaintenance(HostId host, bool failback, QString *error)
{
    return m_maintenance->exit(host, failback, m_policies, error);
}

Session::~Session()
{
    m_maintenance.reset();
    m_migrations.reset();   // aborts moves still running: their guests stay on the source
    m_backups.reset();      // cancels backups still running: guests keep running, no partial files
    m_feed.reset();         // leaves the process registry: nothing of ours runs any more
    m_alerts.reset();
    m_alertWriter.reset();
    m_fenceTest.reset();
    m_engine.reset();
    m_cluster.shutdown();
    m_metrics.reset();   // writes what is queued and the open roll-ups
    m_eventLog.reset();
    m_policyStore.reset();
    m_hosts.reset();
    Store::Database::close(m_connectionName);
}

void Session::connectAll()
{
    m_connected = true;
    if (!m_engine)
        m_deferObservations = !Ha::EngineLease::liveHolder(database(), QDateTime::currentMSecsSinceEpoch(),
                                                           kLiveEngineWithinMs).isEmpty();
    Observability::logWhenSettled(&m_cluster);
    const QList<HostConfig> configs = m_hosts->all();
    for (const HostConfig &config : configs)
        if (!m_cluster.contains(config.id))
            m_cluster.addHost(config);
}

bool Session::storeHost(HostConfig &config, QString *error)
{
    if (!m_hosts->add(config, error))
        return false;
    logConfigurationChange(config.name, storedTr("host added (%1)").arg(config.uri));
    return true;
}

bool Session::addHost(HostConfig &config, QString *error)
{
    if (!storeHost(config, error))
        return false;
    m_cluster.addHost(config);
    return true;
}

bool Session::updateHost(const HostConfig &config, QString *error)
{
    if (!m_hosts->update(config, error))
        return false;
    m_cluster.updateHost(config);
    logConfigurationChange(config.name, storedTr("host settings changed (%1)").arg(config.uri));
    return true;
}

bool Session::removeHost(HostId id, QString *error)
{
    const HostConfig config = m_cluster.contains(id) ? m_cluster.host(id)
                                                     : m_hosts->findById(id).value_or(HostConfig{});
    if (!m_hosts->remove(id, error))
        return false;
    m_cluster.removeHost(id);
    logConfigurationChange(config.name, storedTr("host removed"));
    return true;
}

Ha::FailoverEngine *Session::startFailoverEngine(const QString &holder, int leaseTtlMs)
{
    if (m_engine)
        return m_engine.get();
    m_engine = std::make_unique<Ha::FailoverEngine>(&m_cluster, QSqlDatabase::database(m_connectionName, false), holder);
    m_engine->setPolicies(m_policies);
    Ha::FailoverEngine::Settings settings;
    settings.leaseTtlMs = leaseTtlMs;
    settings.heartbeatMs = std::max(200, leaseTtlMs / 3);
    m_engine->setSettings(settings);
    m_feed->setHolder(holder);
    m_reconcile = new QTimer(this);
    m_reconcile->setInterval(Store::ProcessRegistry::kTtlMs);
    connect(m_reconcile, &QTimer::timeout, this, &Session::reconcileOrphans);
    connect(m_engine.get(), &Ha::FailoverEngine::eventOccurred, this, &Session::logEvent);
    connect(m_engine.get(), &Ha::FailoverEngine::activeChanged, this, &Session::onEngineActiveChanged);
    connect(this, &Session::policiesChanged, m_engine.get(), &Ha::FailoverEngine::setPolicies);
    // Guests judged across hosts (left down by a failover, running twice):
    // an alert each, until the condition is gone.
    m_guestCheck = new QTimer(this);
    m_guestCheck->setSingleShot(true);
    m_guestCheck->setInterval(1000);
    connect(m_guestCheck, &QTimer::timeout, this, &Session::checkGuests);
    const auto checkSoon = [this]() {
        if (!m_guestCheck->isActive() && m_alerts && m_alerts->isEvaluating())
            m_guestCheck->start();
    };
    connect(&m_cluster, &ClusterManager::domainUpdated, this, checkSoon);
    connect(&m_cluster, &ClusterManager::domainsLoaded, this, checkSoon);
    connect(&m_cluster, &ClusterManager::statusChanged, this, checkSoon);
    connect(m_engine.get(), &Ha::FailoverEngine::incidentFinished, this, &Session::readFailoverOutcomes);
    connect(this, &Session::journalChanged, this, &Session::setFailoverOutcomes);
    startFenceSelfTest();
    if (m_metrics) {
        // One writer of the history per database: the process whose engine
        // holds the lease (a console next to an agent shows the agent's
        // history plus its own live ticks instead of writing a second copy).
        connect(m_engine.get(), &Ha::FailoverEngine::activeChanged, this, [this](bool active, const QString &owner) {
            if (m_metrics->isPaused() == active) {
                m_metrics->setPaused(!active);
                logSystemEvent(active ? storedTr("recording the statistics history")
                                      : storedTr("statistics history recorded by %1; not written here").arg(owner),
                               EventRecord::Result::Ok);
            }
        });
    }
    // Backup schedules run where the engine is active: a console next to an
    // agent leaves them to the agent, and takes over if the agent goes.
    connect(m_engine.get(), &Ha::FailoverEngine::activeChanged, this, [this](bool active) {
        if (m_backups->isSchedulingEnabled() != active)
            m_backups->setSchedulingEnabled(active);
    });
    m_engine->start();
    return m_engine.get();
}

bool Session::savePolicy(Ha::Policy &policy, QString *error)
{
    const bool existed = m_policyStore->findByName(policy.name).has_value();
    if (!m_policyStore->save(policy, error))
        return false;
    m_policies = m_policyStore->all();
    logConfigurationChange(QString(), existed ? storedTr("failover policy %1 changed").arg(policy.name)
                                              : storedTr("failover policy %1 created").arg(policy.name));
    Q_EMIT policiesChanged(m_policies);
    return true;
}

bool Session::removePolicy(const QString &name, QString *error)
{
    if (!m_policyStore->remove(name, error))
        return false;
    m_policies = m_policyStore->all();
    logConfigurationChange(QString(), storedTr("failover policy %1 deleted").arg(name));
    Q_EMIT policiesChanged(m_policies);
    return true;
}

void Session::logConfigurationChange(const QString &host, const StoredText &message)
{
    logEvent(EventRecord::make(EventRecord::Kind::Configuration, host, {}, message, EventRecord::Result::Ok,
                               EventRecord::currentUser()));
}

void Session::startFenceSelfTest()
{
    m_fenceTest = std::make_unique<Ha::FenceSelfTest>(&m_cluster);
    m_fenceTest->setPolicies(m_policies);
    connect(this, &Session::policiesChanged, m_fenceTest.get(), &Ha::FenceSelfTest::setPolicies);
    connect(m_engine.get(), &Ha::FailoverEngine::activeChanged, m_fenceTest.get(), &Ha::FenceSelfTest::setActive);
    connect(m_fenceTest.get(), &Ha::FenceSelfTest::tested, this,
            [this](const Ha::FenceSelfTest::Result &result, bool changed) {
                if (changed)   // a device that keeps answering is not news every hour
                    logEvent(EventRecord::make(EventRecord::Kind::Failover, result.host, {}, result.detail,
                                               result.testable ? EventRecord::outcome(result.answered)
                                                               : EventRecord::Result::None,
                                               QStringLiteral("fence self-test")));
                if (m_alerts)
                    m_alerts->setHostFindings(u"fence_unavailable"_s, m_fenceTest->failures());
            });
    m_fenceTest->setActive(m_engine->isActive());
}

void Session::logSystemEvent(const StoredText &message, EventRecord::Result result)
{
    logEvent(EventRecord::make(EventRecord::Kind::Health, {}, {}, message, result, QStringLiteral("vigil")));
}

void Session::logEvent(const EventRecord &logged)
{
    EventRecord record = logged;
    record.origin = m_instance;
    Q_EMIT eventLogged(record);
    const bool observation = record.observation || record.kind == EventRecord::Kind::Connection
                             || record.kind == EventRecord::Kind::Lifecycle;
    if (observation && !isEvaluator())
        return;   // the evaluator stores its copy, which reaches this process through the feed
    if (record.kind == EventRecord::Kind::Connection && !m_recordConnectionEvents)
        return;
    m_eventLog->enqueue(record);
    Q_EMIT eventRecorded(record);
}

QList<EventRecord> Session::recentEvents(int limit) const
{
    Store::EventLogStore store(QSqlDatabase::database(m_connectionName, false));
    const QList<EventRecord> recent = store.recent(limit);
    if (!recent.isEmpty())
        m_eventsReadUpTo = std::max(m_eventsReadUpTo, recent.last().id);
    return recent;
}

void Session::flushEventLog()
{
    m_eventLog->flush();
}

} // namespace Vigil
