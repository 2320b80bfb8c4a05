#include "failoverengine.h"

#include "fencer.h"
#include "restartqueue.h"
#include "stalecopyretirer.h"
#include "../cluster/clustermanager.h"
#include "../hosturi.h"
#include "../store/hostrepository.h"
#include "../store/policyrepository.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {

QString FailoverEngine::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Up: return tr("up");
    case Phase::Suspect: return tr("suspect");
    case Phase::Failed: return tr("failed");
    case Phase::Fencing: return tr("fencing");
    case Phase::Fenced: return tr("fenced");
    case Phase::Restarting: return tr("restarting guests");
    case Phase::Done: return tr("failover done");
    case Phase::Recovered: return tr("recovered");
    }
    return {};
}

FailoverEngine::FailoverEngine(ClusterManager *cluster, QSqlDatabase db, const QString &holder, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_db(db)
    , m_journal(db)
    , m_lastKnown(db)
    , m_lease(db, holder)
    , m_restarts(new RestartQueue(
          cluster, &m_journal, &m_index,
          [this](HostId home, const DomainInfo &guest, const QList<HostId> &excluded) {
              return planFailover(planningSnapshot(home, {guest}, excluded), home, m_index);
          },
          this))
    , m_staleCopies(new StaleCopyRetirer(cluster, &m_journal, this))
    , m_heartbeat(this)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &FailoverEngine::heartbeat);
    connect(cluster, &ClusterManager::statusChanged, this, &FailoverEngine::onStatus);
    connect(cluster, &ClusterManager::hostRemoved, this, [this](HostId id) { m_hosts.remove(id); });
    connect(cluster, &ClusterManager::settled, this, &FailoverEngine::onClusterSettled);
    connect(cluster, &ClusterManager::domainsLoaded, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::domainsLoaded, this, &FailoverEngine::checkStaleCopies);
    connect(m_restarts, &RestartQueue::logged, this, &FailoverEngine::log);
    connect(m_restarts, &RestartQueue::incidentClosed, this, &FailoverEngine::onIncidentClosed);
    connect(cluster, &ClusterManager::domainUpdated, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::domainRemoved, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::detailsUpdated, this, &FailoverEngine::rememberProtected);
    connect(m_staleCopies, &StaleCopyRetirer::logged, this, &FailoverEngine::log);
}

FailoverEngine::~FailoverEngine()
{
    stop();
}

void FailoverEngine::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_restarts->setMaxParallelStarts(settings.maxParallelStarts);
}

void FailoverEngine::setPolicies(const QList<Policy> &policies)
{
    m_index = PolicyIndex(policies);
}

void FailoverEngine::start()
{
    m_started = true;
    m_clusterReady = m_cluster->allSettled();
    // Hosts already up when the engine starts have been reached: their loss counts.
    for (const HostConfig &h : m_cluster->hosts())
        if (m_cluster->status(h.id).state == HostState::Up)
            m_hosts[h.id].seenUp = true;
    heartbeat();
    m_heartbeat.start(m_settings.heartbeatMs);
}

void FailoverEngine::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_heartbeat.stop();
    if (m_active)
        m_lease.release();
    m_active = false;
}

void FailoverEngine::heartbeat()
{
    QString holder;
    const bool active = m_lease.acquire(QDateTime::currentMSecsSinceEpoch(), m_settings.leaseTtlMs, &holder);
    const bool changed = active != m_active || holder != m_leaseHolder;
    const bool becameActive = active && !m_active;
    m_active = active;
    m_leaseHolder = holder;
    if (changed) {
        log({}, {}, active ? storedTr("failover engine active (%1)").arg(holder)
                           : storedTr("failover engine passive: %1 holds the lease").arg(holder),
            EventRecord::Result::Ok);
        Q_EMIT activeChanged(active, holder);
    }
    if (becameActive) {
        // What each reachable host runs now, for an engine that may start
        // after this one dies (the hosts may have loaded before the lease).
        for (const HostConfig &h : m_cluster->hosts())
            rememberProtected(h.id);
        if (m_clusterReady)
            resumeJournal();
        else
            m_resumePending = true;
        // Hosts that failed while we were passive (or before we started).
        for (const HostConfig &h : m_cluster->hosts())
            if (m_cluster->status(h.id).state == HostState::Unreachable && phase(h.id) == Phase::Up)
                onStatus(h.id, m_cluster->status(h.id));
    }
}

void FailoverEngine::onClusterSettled()
{
    if (m_clusterReady)
        return;
    m_clusterReady = true;
    if (std::exchange(m_resumePending, false) && m_active)
        resumeJournal();
    const QSet<HostId> deferred = std::exchange(m_deferredFailures, {});
    for (HostId host : deferred)
        onFailed(host);
}

void FailoverEngine::setPhase(HostId host, Phase phase, const QString &detail)
{
    m_hosts[host].phase = phase;
    Q_EMIT phaseChanged(host, phase, detail);
}

void FailoverEngine::notRestartedUnjournalled(const QString &host, const QString &guest, const QString &incident,
                                              const QString &error)
{
    log(host, guest, storedTr("cannot write the failover journal (%1): not restarted").arg(error),
        EventRecord::Result::Failed);
    m_restarts->count(incident, false);
}

void FailoverEngine::logJournalFailure(const QString &host, const QString &guest, const QString &error)
{
    log(host, guest, storedTr("cannot write the failover journal: %1").arg(error), EventRecord::Result::Failed);
}

void FailoverEngine::log(const QString &host, const QString &guest, const StoredText &message,
                         EventRecord::Result result)
{
    EventRecord record = EventRecord::make(EventRecord::Kind::Failover, host, guest, message, result,
                                           QStringLiteral("failover engine"));
    // A passive engine's view is its own: the active one records the truth.
    record.observation = !m_active;
    Q_EMIT eventOccurred(record);
}

bool FailoverEngine::inMaintenanceNow(HostId host) const
{
    if (const std::optional<HostConfig> stored = Store::HostRepository(m_db).findById(host))
        return stored->maintenance;
    return m_cluster->host(host).maintenance;   // unreadable database: the last known flag
}

void FailoverEngine::reloadPolicies()
{
    bool readOk = false;
    const QList<Policy> current = Store::PolicyRepository(m_db).all(nullptr, &readOk);
    if (readOk)
        m_index = PolicyIndex(current);
    else
        log({}, {}, storedTr("the failover policies could not be re-read; deciding with those last read"),
            EventRecord::Result::Failed);
}

void FailoverEngine::rememberProtected(HostId host)
{
    if (!m_active || m_cluster->status(host).state != HostState::Up)
        return;   // an unreachable host's cache is stale: keep what was saved while it was up
    QList<DomainInfo> guests;
    QByteArray signature;
    for (const DomainInfo &d : m_cluster->domains(host)) {
        if (!m_index.lookup(d.name))
            continue;
        guests.append(d);
        signature += d.uuid.toLatin1() + char('0' + int(d.state)) + QByteArray::number(qHash(d.xml));
    }
    const QList<StoragePoolInfo> pools = m_cluster->details(host).pools;
    for (const StoragePoolInfo &p : pools)
        signature += (p.name + p.type + p.targetPath).toUtf8() + char('0' + int(p.active));
    if (m_savedSignature.value(host) == signature)
        return;
    if (m_lastKnown.replace(m_cluster->host(host).name, guests, pools))
        m_savedSignature.insert(host, signature);
}

QList<DomainInfo> FailoverEngine::lastKnownGuests(HostId host) const
{
    const QList<DomainInfo> cached = m_cluster->domains(host);
    return cached.isEmpty() ? m_lastKnown.load(m_cluster->host(host).name) : cached;
}

void FailoverEngine::onStatus(HostId host, const HostStatus &status)
{
    HostTrack &track = m_hosts[host];
    const QString name = m_cluster->host(host).name;
    if (status.state == HostState::Up) {
        track.seenUp = true;
        track.maintenanceDownLogged = false;
        // Its guests were read just before it was declared up.
        checkStaleCopies(host);
        if (track.phase == Phase::Suspect || track.phase == Phase::Failed) {
            track.grace.reset();
            setPhase(host, Phase::Up, tr("answered again before failover"));
            log(name, {}, storedTr("host answered again; no failover"), EventRecord::Result::Ok);
        } else if (track.phase != Phase::Up) {
            setPhase(host, Phase::Recovered, tr("back after failover"));
            log(name, {}, storedTr("host is back after a failover; its restarted guests stay where they are"),
                EventRecord::Result::Ok);
            setPhase(host, Phase::Up, {});
        }
        return;
    }
    if (status.state != HostState::Unreachable || track.phase != Phase::Up)
        return;
    if (inMaintenanceNow(host)) {
        // An administrator took it down on purpose (reboot, upgrade). Every
        // failed reconnect reports it unreachable again: said once.
        if (!std::exchange(track.maintenanceDownLogged, true))
            log(name, {}, storedTr("host in maintenance is unreachable: no failover"), EventRecord::Result::Ok);
        return;
    }
    if (!track.seenUp) {
        // Down since before this engine started: act only if the host is known
        // (from ha_last_known) to have been running protected guests.
        const QList<DomainInfo> known = lastKnownGuests(host);
        if (!std::any_of(known.cbegin(), known.cend(), [](const DomainInfo &d) { return d.isActive(); }))
            return;
    }
    track.since.start();
    // Without a contact seen (a host down since before this process), the
    // moment it was found unreachable is the best bound there is.
    track.lastContact = status.lastContact.isValid() ? status.lastContact : status.since;
    setPhase(host, Phase::Suspect, status.reason);
    reloadPolicies();
    int grace = 0;
    for (const DomainInfo &d : lastKnownGuests(host))
        if (const auto member = m_index.lookup(d.name))
            grace = std::max(grace, member.policy->graceSeconds);
    track.grace = std::make_shared<QTimer>();
    track.grace->setSingleShot(true);
    connect(track.grace.get(), &QTimer::timeout, this, [this, host]() { onFailed(host); });
    track.grace->start(grace * 1000);
}

// The host is declared failed: plan from its last known guests and write
// the plan to the journal *before* fencing, so an engine that dies during the
// fence finds the incident and fences again; then fence.
void FailoverEngine::onFailed(HostId host)
{
    HostTrack &track = m_hosts[host];
    if (track.phase != Phase::Suspect)
        return;
    if (!m_clusterReady) {
        m_deferredFailures.insert(host);
        return;
    }
    const QString name = m_cluster->host(host).name;
    if (inMaintenanceNow(host)) {
        // Put in maintenance (by any process) while it was suspect.
        track.grace.reset();
        setPhase(host, Phase::Up, tr("in maintenance"));
        track.maintenanceDownLogged = true;
        log(name, {}, storedTr("host in maintenance is unreachable: no failover"), EventRecord::Result::Ok);
        return;
    }
    setPhase(host, Phase::Failed, {});
    if (!m_active) {
        log(name, {},
            storedTr("host failed; failover is left to the active engine (%1)").arg(m_leaseHolder), {});
        return;
    }
    reloadPolicies();
    QList<DomainInfo> lastKnown = lastKnownGuests(host);
    // Guests whose start here was cut off with the host may run here: they
    // are this host's to fail over, behind its fence.
    const QList<FailoverJournal::Entry> lostStarts = m_restarts->takeStartsLostWith(host);
    for (const FailoverJournal::Entry &lost : lostStarts) {
        lastKnown.removeIf([&](const DomainInfo &d) { return d.uuid == lost.guestUuid; });
        lastKnown.append(m_restarts->runningGuestOf(lost));
    }
    const FailoverPlan plan = planFailover(planningSnapshot(host, lastKnown), host, m_index);
    if (plan.placements.isEmpty() && plan.unplaced.isEmpty()) {
        log(name, {}, storedTr("host failed; no protected guest was running there"), {});
        handOverLostStarts(lostStarts, name);
        setPhase(host, Phase::Done, {});
        return;
    }
    const Policy *fencingPolicy = fencingPolicyFor(name);
    const QDateTime declaredFailed = QDateTime::currentDateTimeUtc();
    const QString incident = QStringLiteral("%1@%2").arg(name, declaredFailed.toString(Qt::ISODateWithMs));
    track.incident = incident;
    const auto newEntry = [&](const QString &uuid, const QString &guest, int priority) {
        FailoverJournal::Entry entry;
        entry.incident = incident;
        entry.failedHost = name;
        entry.guestUuid = uuid;
        entry.guestName = guest;
        entry.priority = priority;
        entry.phases.lastContact = track.lastContact;
        entry.phases.declaredFailed = declaredFailed;
        return entry;
    };
    for (const Placement &p : plan.placements)
        journalPlacement(newEntry(p.uuid, p.guest, p.priority), p, lastKnown, fencingPolicy != nullptr);
    for (const Unplaced &u : plan.unplaced)
        journalUnplaced(newEntry(u.uuid, u.guest, u.priority), u.reason);
    // After this incident's own entries, so that a crash in between leaves
    // a lost start in two open entries (resumed safely) rather than none.
    handOverLostStarts(lostStarts, name);
    if (fencingPolicy) {
        fence(name, fencingPolicy->fencing.value(name), incident);
        return;
    }
    setPhase(host, Phase::Restarting, {});
    m_restarts->closeIfDone(incident, name);
    m_restarts->pump();
}

void FailoverEngine::journalPlacement(FailoverJournal::Entry entry, const Placement &placement,
                                      const QList<DomainInfo> &lastKnown, bool fenced)
{
    const QString &host = entry.failedHost;
    entry.targetHost = placement.targetName;
    for (const DomainInfo &d : lastKnown) {
        if (d.uuid != placement.uuid)
            continue;
        entry.definition = d.xml;
        if (!d.secretsHidden)
            m_restarts->keepSecureDefinition(placement.uuid, d.secureXml.isEmpty() ? d.xml : d.secureXml);
    }
    const Policy *policy = m_index.lookup(placement.guest).policy;
    const int recent = policy ? m_journal.restartsSince(
                           placement.uuid, QDateTime::currentDateTimeUtc().addSecs(-60 * policy->restartWindowMinutes))
                              : 0;
    if (policy && recent >= policy->maxRestarts) {
        // A guest that keeps taking its hosts down is not restarted forever.
        entry.state = FailoverJournal::State::Skipped;
        entry.detail = storedTr("not restarted: already restarted %1 time(s) in the last %2 min (limit %3)")
                           .arg(recent).arg(policy->restartWindowMinutes).arg(policy->maxRestarts);
        log(host, placement.guest, entry.detail, EventRecord::Result::Failed);
        m_restarts->count(entry.incident, false);
    } else if (fenced) {
        entry.state = FailoverJournal::State::AwaitingFence;
    } else if (policy && policy->restartWithoutFencing) {
        entry.state = FailoverJournal::State::Planned;
        entry.detail = storedTr("restart without fencing (allowed by policy %1)").arg(policy->name);
    } else {
        entry.state = FailoverJournal::State::Skipped;
        entry.detail = storedTr("not restarted: no fence action for %1 and the policy requires fencing").arg(host);
        log(host, placement.guest, entry.detail, EventRecord::Result::Failed);
        m_restarts->count(entry.incident, false);
    }
    QString error;
    if (!m_journal.add(entry, &error)) {
        notRestartedUnjournalled(host, placement.guest, entry.incident, error);
        return;
    }
    if (entry.state == FailoverJournal::State::Planned)
        m_restarts->enqueue(entry);
}

void FailoverEngine::journalUnplaced(FailoverJournal::Entry entry, const QString &reason)
{
    const QString &host = entry.failedHost;
    QString error;
    if (const QString where = m_cluster->reachableHostRunning(entry.guestUuid); !where.isEmpty()) {
        // Restarted before (e.g. by an engine that died since): nothing to do.
        entry.state = FailoverJournal::State::Done;
        entry.detail = storedTr("already running on %1").arg(where);
        if (!m_journal.add(entry, &error))
            logJournalFailure(host, entry.guestName, error);   // nothing to do either way
        log(host, entry.guestName, entry.detail, EventRecord::Result::Ok);
        m_restarts->count(entry.incident, true);
        return;
    }
    entry.state = FailoverJournal::State::Skipped;
    entry.detail = reason;
    if (!m_journal.add(entry, &error))
        logJournalFailure(host, entry.guestName, error);   // not restarted either way
    log(host, entry.guestName, storedTr("cannot be restarted: %1").arg(reason), EventRecord::Result::Failed);
    m_restarts->count(entry.incident, false);
}

void FailoverEngine::handOverLostStarts(const QList<FailoverJournal::Entry> &lostStarts, const QString &failedHost)
{
    for (const FailoverJournal::Entry &lost : lostStarts) {
        const StoredText detail = storedTr("handed to the failover of %1, which was lost while the guest was "
                                           "starting there").arg(failedHost);
        QString error;
        if (!m_journal.setState(lost.id, FailoverJournal::State::Skipped, detail, &error))
            logJournalFailure(lost.failedHost, lost.guestName, error);
        log(lost.failedHost, lost.guestName, detail, {});
        m_restarts->closeIfDone(lost.incident, lost.failedHost);
    }
}

ClusterSnapshot FailoverEngine::planningSnapshot(HostId failedHost, const QList<DomainInfo> &guests,
                                                 const QList<HostId> &excluded) const
{
    ClusterSnapshot snapshot = ClusterSnapshot::capture(*m_cluster);
    QString readError;
    const QList<HostConfig> stored = Store::HostRepository(m_db).all(&readError);
    for (ClusterSnapshot::Host &h : snapshot.hosts) {
        if (h.id == failedHost) {
            h.domains = guests;
            // Down since before this process reached it: its pools as last saved.
            if (h.details.pools.isEmpty())
                h.details.pools = m_lastKnown.loadPools(h.name);
        }
        if (excluded.contains(h.id))
            h.up = false;
        // Targets too: a host put in maintenance a moment ago takes no restart.
        for (const HostConfig &c : stored)
            if (c.id == h.id && readError.isEmpty())
                h.maintenance = c.maintenance;
    }
    return snapshot;
}

void FailoverEngine::fence(const QString &hostName, const FenceAction &action, const QString &incident)
{
    const HostId host = m_cluster->hostIdByName(hostName);
    const HostConfig config = m_cluster->host(host);
    setPhase(host, Phase::Fencing, action.argv.value(0));
    const Fencer::Target target{hostName, config.uri, checkLibvirtUri(config.uri).host};
    log(hostName, {}, storedTr("fencing: %1")
                          .arg(Fencer::redact(Fencer::expand(action.argv, target)).argv.join(u' ')), {});
    auto *fencer = new Fencer(this);
    connect(fencer, &Fencer::finished, this, [this, fencer, hostName, incident](bool confirmed, const QString &message) {
        fencer->deleteLater();
        fenceDone(hostName, incident, confirmed, message);
    });
    fencer->run(action, target);
}

void FailoverEngine::fenceDone(const QString &hostName, const QString &incident, bool confirmed,
                               const StoredText &message)
{
    const HostId host = m_cluster->hostIdByName(hostName);
    log(hostName, {}, message, EventRecord::outcome(confirmed));
    QString error;
    if (confirmed) {
        setPhase(host, Phase::Fenced, message.toString());
        if (!m_journal.setFenced(incident, QDateTime::currentDateTimeUtc(), &error))
            logJournalFailure(hostName, {}, error);   // the RTO lacks its fence phase; the restarts go on
    }
    for (const FailoverJournal::Entry &entry : m_journal.incident(incident)) {
        if (entry.state != FailoverJournal::State::AwaitingFence)
            continue;
        const Policy *policy = m_index.lookup(entry.guestName).policy;
        if (!confirmed && !(policy && policy->restartWithoutFencing)) {
            const StoredText detail =
                storedTr("not restarted: the host is not fenced (%1) and the policy requires fencing").arg(message);
            if (!m_journal.setState(entry.id, FailoverJournal::State::Skipped, detail, &error))
                logJournalFailure(hostName, entry.guestName, error);
            log(hostName, entry.guestName, detail, EventRecord::Result::Failed);
            m_restarts->count(incident, false);
            continue;
        }
        if (!m_journal.setState(entry.id, FailoverJournal::State::Planned, {}, &error)) {
            // Not journalled, not started: an engine that resumes this
            // incident finds it awaiting the fence and decides again.
            notRestartedUnjournalled(hostName, entry.guestName, incident, error);
            continue;
        }
        FailoverJournal::Entry planned = entry;
        planned.state = FailoverJournal::State::Planned;
        m_restarts->enqueue(planned);
    }
    setPhase(host, Phase::Restarting, {});
    m_restarts->closeIfDone(incident, hostName);
    m_restarts->pump();
}

const Policy *FailoverEngine::fencingPolicyFor(const QString &hostName) const
{
    for (const Policy &p : m_index.policies())
        if (p.fencing.contains(hostName))
            return &p;
    return nullptr;
}

void FailoverEngine::onIncidentClosed(const QString &incident, const QString &failedHost, int restarted,
                                      int notRestarted)
{
    const HostId host = m_cluster->hostIdByName(failedHost);
    if (m_hosts.value(host).phase == Phase::Restarting) {
        // A host that answers while its failover closes (its fence lied, or a
        // resumed journal found it back) is up: its next loss counts again.
        if (m_cluster->status(host).state == HostState::Up)
            setPhase(host, Phase::Up, tr("back after failover"));
        else
            setPhase(host, Phase::Done, {});
    }
    log(failedHost, {}, storedTr("failover finished: %1 restarted, %2 not").arg(restarted).arg(notRestarted),
        EventRecord::outcome(notRestarted == 0));
    Q_EMIT incidentFinished(incident, restarted, notRestarted);
}

void FailoverEngine::checkStaleCopies(HostId host)
{
    if (m_active)
        m_staleCopies->check(host);
}

void FailoverEngine::resumeJournal()
{
    reloadPolicies();   // a new lease holder decides with the policies as stored now
    const QList<FailoverJournal::Entry> open = m_journal.open();
    QHash<QString, QString> refence;   // incident → failed host, for entries that never saw a confirmed fence
    for (const FailoverJournal::Entry &entry : open) {
        if (m_restarts->contains(entry.id))
            continue;
        log(entry.failedHost, entry.guestName,
            storedTr("resuming an interrupted failover (journal entry %1, was %2)")
                .arg(entry.id).arg(FailoverJournal::stateName(entry.state)), {});
        m_hosts[m_cluster->hostIdByName(entry.failedHost)].phase = Phase::Restarting;
        if (entry.state == FailoverJournal::State::AwaitingFence) {
            refence.insert(entry.incident, entry.failedHost);
            continue;
        }
        // The engine that died may have sent a "starting" one: if its target
        // does not answer, nobody can tell whether the guest runs there.
        m_restarts->enqueue(entry, entry.state == FailoverJournal::State::Starting);
    }
    // A fence that was not confirmed before the engine died is run again
    // (fencing is idempotent: an already powered-off host stays off).
    for (auto it = refence.cbegin(); it != refence.cend(); ++it) {
        if (const Policy *fencingPolicy = fencingPolicyFor(it.value()))
            fence(it.value(), fencingPolicy->fencing.value(it.value()), it.key());
        else
            fenceDone(it.value(), it.key(), false, storedTr("the fence action is no longer configured"));
    }
    m_restarts->pump();
}

} // namespace Vigil::Ha
