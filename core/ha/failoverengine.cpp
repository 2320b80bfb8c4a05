#include "failoverengine.h"

#include "fencer.h"
#include "../cluster/clustermanager.h"
#include "../domainxml.h"
#include "../hosturi.h"
#include "../store/hostrepository.h"
#include "../store/policyrepository.h"

#include <QDateTime>

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
    , m_heartbeat(this)
{
    connect(&m_heartbeat, &QTimer::timeout, this, &FailoverEngine::heartbeat);
    connect(cluster, &ClusterManager::statusChanged, this, &FailoverEngine::onStatus);
    connect(cluster, &ClusterManager::actionFinished, this, &FailoverEngine::onActionFinished);
    connect(cluster, &ClusterManager::hostRemoved, this, [this](HostId id) { m_hosts.remove(id); });
    connect(cluster, &ClusterManager::settled, this, &FailoverEngine::onClusterSettled);
    connect(cluster, &ClusterManager::domainsLoaded, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::domainsLoaded, this, &FailoverEngine::retireStaleCopies);
    connect(cluster, &ClusterManager::domainsLoaded, this, &FailoverEngine::settleStartsOn);
    connect(cluster, &ClusterManager::stepFinished, this, &FailoverEngine::onStepFinished);
    connect(cluster, &ClusterManager::domainUpdated, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::domainRemoved, this, &FailoverEngine::rememberProtected);
    connect(cluster, &ClusterManager::domainRemoved, this,
            [this](HostId host, const QString &uuid) { m_retired.remove({host, uuid}); });
}

FailoverEngine::~FailoverEngine()
{
    stop();
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
            QStringLiteral("ok"));
        Q_EMIT activeChanged(active, holder);
    }
    if (becameActive) {
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

void FailoverEngine::log(const QString &host, const QString &guest, const StoredText &message, const QString &result)
{
    EventRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.host = host;
    record.guest = guest;
    record.kind = EventRecord::Kind::Failover;
    record.message = message;
    record.result = result;
    record.user = QStringLiteral("failover engine");
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
            u"failed"_qs);
}

HostId FailoverEngine::hostIdByName(const QString &name) const
{
    for (const HostConfig &h : m_cluster->hosts())
        if (h.name == name)
            return h.id;
    return 0;
}

bool FailoverEngine::runsAnywhere(const QString &uuid, QString *where) const
{
    for (const HostConfig &h : m_cluster->hosts()) {
        if (m_cluster->status(h.id).state != HostState::Up)
            continue;
        for (const DomainInfo &d : m_cluster->domains(h.id)) {
            if (d.uuid == uuid && d.isActive()) {
                *where = h.name;
                return true;
            }
        }
    }
    return false;
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
    if (m_savedSignature.value(host) == signature)
        return;
    if (m_lastKnown.replace(m_cluster->host(host).name, guests))
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
        // Its guests were read just before it was declared up.
        retireStaleCopies(host);
        if (track.phase == Phase::Suspect || track.phase == Phase::Failed) {
            track.grace.reset();
            setPhase(host, Phase::Up, tr("answered again before failover"));
            log(name, {}, storedTr("host answered again; no failover"), QStringLiteral("ok"));
        } else if (track.phase != Phase::Up) {
            setPhase(host, Phase::Recovered, tr("back after failover"));
            log(name, {}, storedTr("host is back after a failover; its restarted guests stay where they are"),
                QStringLiteral("ok"));
            setPhase(host, Phase::Up, {});
        }
        return;
    }
    if (status.state != HostState::Unreachable || track.phase != Phase::Up)
        return;
    if (inMaintenanceNow(host)) {
        // An administrator took it down on purpose (reboot, upgrade).
        log(name, {}, storedTr("host in maintenance is unreachable: no failover"), QStringLiteral("ok"));
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
        log(name, {}, storedTr("host in maintenance is unreachable: no failover"), QStringLiteral("ok"));
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
    const QList<Job> lostStarts = takeStartsLostWith(host);
    for (const Job &job : lostStarts) {
        lastKnown.removeIf([&](const DomainInfo &d) { return d.uuid == job.entry.guestUuid; });
        lastKnown.append(runningGuestOf(job));
    }
    const FailoverPlan plan = planFailover(planningSnapshot(host, lastKnown), host, m_index);
    // Written after this incident's own entries, so that a crash in between
    // leaves the guest in two open entries (resumed safely) rather than none.
    const auto handOverLostStarts = [&] {
        for (const Job &job : lostStarts) {
            const StoredText detail = storedTr("handed to the failover of %1, which was lost while the guest was "
                                               "starting there").arg(name);
            QString error;
            if (!m_journal.setState(job.entry.id, FailoverJournal::State::Skipped, detail, &error))
                log(job.entry.failedHost, job.entry.guestName,
                    storedTr("cannot write the failover journal: %1").arg(error), u"failed"_qs);
            log(job.entry.failedHost, job.entry.guestName, detail, {});
            closeIncidentIfDone(job.entry.incident, job.entry.failedHost);
        }
    };
    if (plan.placements.isEmpty() && plan.unplaced.isEmpty()) {
        log(name, {}, storedTr("host failed; no protected guest was running there"), {});
        handOverLostStarts();
        setPhase(host, Phase::Done, {});
        return;
    }
    const Policy *fencingPolicy = fencingPolicyFor(name);

    const QDateTime declaredFailed = QDateTime::currentDateTimeUtc();
    const QString incident = QStringLiteral("%1@%2").arg(name, declaredFailed.toString(Qt::ISODateWithMs));
    track.incident = incident;
    QString error;
    for (const Placement &p : plan.placements) {
        FailoverJournal::Entry entry;
        entry.incident = incident;
        entry.failedHost = name;
        entry.guestUuid = p.uuid;
        entry.guestName = p.guest;
        entry.targetHost = p.targetName;
        entry.priority = p.priority;
        entry.phases.lastContact = track.lastContact;
        entry.phases.declaredFailed = declaredFailed;
        for (const DomainInfo &d : lastKnown) {
            if (d.uuid != p.uuid)
                continue;
            entry.definition = d.xml;
            if (!d.secretsHidden)
                m_secureDefinitions.insert(p.uuid, d.secureXml.isEmpty() ? d.xml : d.secureXml);
        }
        const Policy *policy = m_index.lookup(p.guest).policy;
        const int recent = policy ? m_journal.restartsSince(
                               p.uuid, QDateTime::currentDateTimeUtc().addSecs(-60 * policy->restartWindowMinutes)) : 0;
        if (policy && recent >= policy->maxRestarts) {
            // A guest that keeps taking its hosts down is not restarted forever.
            entry.state = FailoverJournal::State::Skipped;
            entry.detail = storedTr("not restarted: already restarted %1 time(s) in the last %2 min (limit %3)")
                               .arg(recent).arg(policy->restartWindowMinutes).arg(policy->maxRestarts);
            log(name, p.guest, entry.detail, QStringLiteral("failed"));
            ++m_incidentCounts[incident].second;
        } else if (fencingPolicy) {
            entry.state = FailoverJournal::State::AwaitingFence;
        } else if (policy && policy->restartWithoutFencing) {
            entry.state = FailoverJournal::State::Planned;
            entry.detail = storedTr("restart without fencing (allowed by policy %1)").arg(policy->name);
        } else {
            entry.state = FailoverJournal::State::Skipped;
            entry.detail =
                storedTr("not restarted: no fence action for %1 and the policy requires fencing").arg(name);
            log(name, p.guest, entry.detail, QStringLiteral("failed"));
            ++m_incidentCounts[incident].second;
        }
        if (!m_journal.add(entry, &error)) {
            log(name, p.guest,
                storedTr("cannot write the failover journal (%1): not restarted").arg(error), QStringLiteral("failed"));
            ++m_incidentCounts[incident].second;
            continue;
        }
        if (entry.state == FailoverJournal::State::Planned)
            enqueue(entry);
    }
    for (const Unplaced &u : plan.unplaced) {
        FailoverJournal::Entry entry;
        entry.incident = incident;
        entry.failedHost = name;
        entry.guestUuid = u.uuid;
        entry.guestName = u.guest;
        entry.priority = u.priority;
        entry.phases.lastContact = track.lastContact;
        entry.phases.declaredFailed = declaredFailed;
        QString where;
        if (runsAnywhere(u.uuid, &where)) {
            // Restarted before (e.g. by an engine that died since): nothing to do.
            entry.state = FailoverJournal::State::Done;
            entry.detail = storedTr("already running on %1").arg(where);
            m_journal.add(entry, &error);
            log(name, u.guest, entry.detail, QStringLiteral("ok"));
            ++m_incidentCounts[incident].first;
            continue;
        }
        entry.state = FailoverJournal::State::Skipped;
        entry.detail = u.reason;
        m_journal.add(entry, &error);
        log(name, u.guest, storedTr("cannot be restarted: %1").arg(u.reason), QStringLiteral("failed"));
        ++m_incidentCounts[incident].second;
    }
    handOverLostStarts();
    if (fencingPolicy) {
        fence(name, fencingPolicy->fencing.value(name), incident);
        return;
    }
    setPhase(host, Phase::Restarting, {});
    closeIncidentIfDone(incident, name);
    pump();
}

ClusterSnapshot FailoverEngine::planningSnapshot(HostId failedHost, const QList<DomainInfo> &guests,
                                                 const QList<HostId> &excluded) const
{
    ClusterSnapshot snapshot = ClusterSnapshot::capture(*m_cluster);
    QString readError;
    const QList<HostConfig> stored = Store::HostRepository(m_db).all(&readError);
    for (ClusterSnapshot::Host &h : snapshot.hosts) {
        if (h.id == failedHost)
            h.domains = guests;
        if (excluded.contains(h.id))
            h.up = false;
        // Targets too: a host put in maintenance a moment ago takes no restart.
        for (const HostConfig &c : stored)
            if (c.id == h.id && readError.isEmpty())
                h.maintenance = c.maintenance;
    }
    return snapshot;
}

DomainInfo FailoverEngine::runningGuestOf(const Job &job) const
{
    DomainInfo guest;
    parseDomainXml(QString::fromUtf8(job.entry.definition), guest);
    guest.uuid = job.entry.guestUuid;
    guest.name = job.entry.guestName;
    guest.state = DomainState::Running;
    guest.xml = job.entry.definition;
    guest.secureXml = m_secureDefinitions.value(job.entry.guestUuid);
    guest.secretsHidden = guest.secureXml.isEmpty();
    return guest;
}

QList<FailoverEngine::Job> FailoverEngine::takeStartsLostWith(HostId host)
{
    QList<Job> lost;
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i)
        // A start still under way is lost too: its answer, if one ever comes,
        // no longer matches a job, and this host's fence decides.
        if (const Job &job = m_jobs.at(i);
            job.target == host && (job.awaitingTarget || job.running || job.maybeStarted))
            lost.prepend(m_jobs.takeAt(i));
    return lost;
}

void FailoverEngine::fence(const QString &hostName, const FenceAction &action, const QString &incident)
{
    const HostId host = hostIdByName(hostName);
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
    const HostId host = hostIdByName(hostName);
    log(hostName, {}, message, confirmed ? QStringLiteral("ok") : QStringLiteral("failed"));
    QString error;
    if (confirmed) {
        setPhase(host, Phase::Fenced, message.toString());
        if (!m_journal.setFenced(incident, QDateTime::currentDateTimeUtc(), &error))
            log(hostName, {}, storedTr("cannot write the fence time to the failover journal: %1").arg(error),
                u"failed"_qs);
    }
    for (const FailoverJournal::Entry &entry : m_journal.incident(incident)) {
        if (entry.state != FailoverJournal::State::AwaitingFence)
            continue;
        const Policy *policy = m_index.lookup(entry.guestName).policy;
        if (!confirmed && !(policy && policy->restartWithoutFencing)) {
            const StoredText detail =
                storedTr("not restarted: the host is not fenced (%1) and the policy requires fencing").arg(message);
            m_journal.setState(entry.id, FailoverJournal::State::Skipped, detail, &error);
            log(hostName, entry.guestName, detail, QStringLiteral("failed"));
            ++m_incidentCounts[incident].second;
            continue;
        }
        m_journal.setState(entry.id, FailoverJournal::State::Planned, {}, &error);
        FailoverJournal::Entry planned = entry;
        planned.state = FailoverJournal::State::Planned;
        enqueue(planned);
    }
    setPhase(host, Phase::Restarting, {});
    closeIncidentIfDone(incident, hostName);
    pump();
}

const Policy *FailoverEngine::fencingPolicyFor(const QString &hostName) const
{
    for (const Policy &p : m_index.policies())
        if (p.fencing.contains(hostName))
            return &p;
    return nullptr;
}

void FailoverEngine::enqueue(const FailoverJournal::Entry &entry)
{
    Job job;
    job.entry = entry;
    job.target = hostIdByName(entry.targetHost);
    job.startAfter = m_index.lookup(entry.guestName).startAfter;
    // Incidents keep their order; within one, priority decides and equal
    // priorities keep journal order: go before the first job of the same
    // incident with a lower priority, else after that incident's last job.
    qsizetype position = m_jobs.size();
    qsizetype lastOfIncident = -1;
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).entry.incident != entry.incident)
            continue;
        if (m_jobs.at(i).entry.priority > entry.priority) {
            position = i;
            break;
        }
        lastOfIncident = i;
    }
    if (position == m_jobs.size() && lastOfIncident >= 0)
        position = lastOfIncident + 1;
    m_jobs.insert(position, job);
}

void FailoverEngine::closeIncidentIfDone(const QString &incident, const QString &hostName)
{
    if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &j) { return j.entry.incident == incident; }))
        return;
    const HostId host = hostIdByName(hostName);
    if (m_hosts.value(host).phase == Phase::Restarting)
        setPhase(host, Phase::Done, {});
    const auto counts = m_incidentCounts.take(incident);
    log(hostName, {}, storedTr("failover finished: %1 restarted, %2 not").arg(counts.first).arg(counts.second),
        counts.second ? QStringLiteral("failed") : QStringLiteral("ok"));
    Q_EMIT incidentFinished(incident, counts.first, counts.second);
}

bool FailoverEngine::mayStartNow(qsizetype index) const
{
    const Job &job = m_jobs.at(index);
    if (job.running || job.awaitingTarget || job.leaseRetryPending)
        return false;
    for (qsizetype k = 0; k < m_jobs.size(); ++k) {
        const Job &other = m_jobs.at(k);
        if (k == index)
            continue;
        // Never two starts of one guest in flight (a guest handed from one
        // incident to another may be in both until the first is closed).
        if (other.entry.guestUuid == job.entry.guestUuid && (other.running || other.awaitingTarget))
            return false;
        if (other.entry.incident != job.entry.incident)
            continue;
        // Higher-priority restarts of the same incident go first.
        if (k < index && (other.entry.priority < job.entry.priority || other.entry.guestName == job.startAfter))
            return false;
        // A start refused for a leased disk holds the rest of its incident
        // (refused ones retry): if the fence lied, a diskless guest started
        // now would run twice.
        if (other.leaseRefused.isValid() && !job.leaseRefused.isValid())
            return false;
    }
    return true;
}

// Starts whatever may start now: in journal order (priority first), at most
// maxParallelStarts at once, and never a guest before the one it waits for.
void FailoverEngine::pump()
{
    int running = 0;
    for (const Job &j : std::as_const(m_jobs))
        running += j.running;
    for (qsizetype i = 0; i < m_jobs.size() && running < m_settings.maxParallelStarts; ++i) {
        if (!mayStartNow(i))
            continue;
        Job &job = m_jobs[i];
        QString where;
        if (runsAnywhere(job.entry.guestUuid, &where)) {
            // Back on the host said fenced while its disks stayed in use: the
            // fence did not work (a fence that reboots would have freed them).
            if (where == job.entry.failedHost && job.leaseRefused.isValid())
                finishJob(i--, FailoverJournal::State::FenceIneffective,
                          storedTr("runs on %1 again, which was reported fenced while the guest's disks stayed in "
                                   "use: fencing of %1 did not work; not started again").arg(where));
            else
                finishJob(i--, FailoverJournal::State::Done,
                          storedTr("already running on %1; not started again").arg(where));
            continue;
        }
        QString error;
        if (!m_journal.setState(job.entry.id, FailoverJournal::State::Starting, {}, &error)) {
            finishJob(i--, FailoverJournal::State::Failed,
                      storedTr("cannot write the failover journal: %1").arg(error));
            continue;
        }
        DomainInfo guest;
        guest.uuid = job.entry.guestUuid;
        guest.name = job.entry.guestName;
        guest.xml = m_secureDefinitions.value(guest.uuid, job.entry.definition);
        if (!m_secureDefinitions.contains(guest.uuid) && hasGraphicalConsole(guest.xml))
            log(job.entry.failedHost, guest.name,
                storedTr("restarted without its console password, if it had one: the connection to its host "
                         "could not read it, or this engine took the failover over from another process "
                         "(passwords are kept in memory only); set it again with virsh"),
                {});
        job.request = m_cluster->startGuest(job.target, guest);
        job.running = true;
        job.entry.state = FailoverJournal::State::Starting;
        ++running;
    }
}

void FailoverEngine::onActionFinished(const ActionResult &result)
{
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).request != result.requestId || !m_jobs.at(i).running)
            continue;
        const Job &job = m_jobs.at(i);
        if (result.ok) {
            // Queued after the fence was journalled: the entry has its time.
            FailoverJournal::Phases phases = job.entry.phases;
            phases.running = QDateTime::currentDateTimeUtc();
            finishJob(i, FailoverJournal::State::Done,
                      storedTr("restarted on %1: %2").arg(job.entry.targetHost).arg(phases.summary()),
                      phases.running);
        } else if (result.diskInUse) {
            retryLeasedStartOrStop(i, result.message);
        } else if (result.outcomeUnknown
                   || (job.maybeStarted && m_cluster->status(job.target).state != HostState::Up)) {
            awaitLostTarget(i, result.message);
        } else {
            replaceAfterFailedStart(i, result.message);
        }
        pump();
        return;
    }
}

void FailoverEngine::replaceAfterFailedStart(qsizetype index, const QString &reason)
{
    Job &job = m_jobs[index];
    job.running = false;
    job.maybeStarted = false;
    job.triedTargets.append(job.target);
    const QString failedOn = job.entry.targetHost;
    if (job.triedTargets.size() >= kMaxStartAttempts) {
        finishJob(index, FailoverJournal::State::Failed,
                  storedTr("restart on %1 failed: %2 (tried on %3 hosts; giving up)")
                      .arg(failedOn, reason).arg(job.triedTargets.size()));
        return;
    }
    const HostId home = hostIdByName(job.entry.failedHost);
    const FailoverPlan plan =
        planFailover(planningSnapshot(home, {runningGuestOf(job)}, job.triedTargets), home, m_index);
    if (plan.placements.isEmpty()) {
        finishJob(index, FailoverJournal::State::Failed,
                  storedTr("restart on %1 failed: %2; no other host can take it: %3")
                      .arg(failedOn, reason,
                           plan.unplaced.isEmpty() ? tr("the guest is no longer protected")
                                                   : plan.unplaced.constFirst().reason));
        return;
    }
    const Placement &next = plan.placements.constFirst();
    const StoredText detail = storedTr("restart on %1 failed: %2; trying %3 instead (%4)")
                                  .arg(failedOn, reason, next.targetName, next.why);
    QString error;
    if (!m_journal.setState(job.entry.id, FailoverJournal::State::Planned, detail, &error, next.targetName)) {
        finishJob(index, FailoverJournal::State::Failed,
                  storedTr("cannot write the failover journal: %1").arg(error));
        return;
    }
    log(job.entry.failedHost, job.entry.guestName, detail, {});
    job.target = next.target;
    job.entry.targetHost = next.targetName;
    job.entry.state = FailoverJournal::State::Planned;
}

void FailoverEngine::awaitLostTarget(qsizetype index, const QString &reason)
{
    Job &job = m_jobs[index];
    job.running = false;
    job.maybeStarted = true;
    job.awaitingTarget = true;
    const StoredText detail =
        storedTr("the connection to %1 broke while the guest was starting there (%2): whether it runs there is "
                 "unknown, so it is not started elsewhere until %1 answers again or is fenced")
            .arg(job.entry.targetHost, reason);
    QString error;
    if (!m_journal.setState(job.entry.id, FailoverJournal::State::Starting, detail, &error))
        log(job.entry.failedHost, job.entry.guestName, storedTr("cannot write the failover journal: %1").arg(error),
            u"failed"_qs);
    log(job.entry.failedHost, job.entry.guestName, detail, u"failed"_qs);
}

void FailoverEngine::settleStartsOn(HostId target)
{
    if (m_cluster->status(target).state != HostState::Up)
        return;
    bool changed = false;
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i) {
        Job &job = m_jobs[i];
        if (!job.awaitingTarget || job.target != target)
            continue;
        job.awaitingTarget = false;
        changed = true;
        QString where;
        if (runsAnywhere(job.entry.guestUuid, &where)) {
            FailoverJournal::Phases phases = job.entry.phases;
            phases.running = QDateTime::currentDateTimeUtc();
            finishJob(i, FailoverJournal::State::Done,
                      storedTr("runs on %1 (the start went through before the connection broke): %2")
                          .arg(where).arg(phases.summary()),
                      phases.running);
        } else {
            replaceAfterFailedStart(i, tr("%1 answered again without running it").arg(job.entry.targetHost));
        }
    }
    if (changed)
        pump();
}

void FailoverEngine::finishJob(qsizetype index, FailoverJournal::State state, const StoredText &detail,
                               const QDateTime &runningAt)
{
    const Job job = m_jobs.takeAt(index);
    m_secureDefinitions.remove(job.entry.guestUuid);
    QString error;
    if (runningAt.isValid())
        m_journal.setRunning(job.entry.id, runningAt, detail, &error);
    else
        m_journal.setState(job.entry.id, state, detail, &error);
    const bool ok = state == FailoverJournal::State::Done;
    log(job.entry.failedHost, job.entry.guestName, detail, ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    auto &counts = m_incidentCounts[job.entry.incident];
    (ok ? counts.first : counts.second) += 1;
    closeIncidentIfDone(job.entry.incident, job.entry.failedHost);
}

void FailoverEngine::retryLeasedStartOrStop(qsizetype index, const QString &reason)
{
    Job &job = m_jobs[index];
    job.running = false;
    const Policy *policy = m_index.lookup(job.entry.guestName).policy;
    const qint64 waitMs = policy ? qint64(policy->leaseWaitSeconds) * 1000 : 0;
    if (!job.leaseRefused.isValid()) {
        job.leaseRefused.start();
        if (waitMs > 0)
            log(job.entry.failedHost, job.entry.guestName,
                storedTr("not started on %1: its disks are still in use (%2). The fenced host's disk lease may not "
                         "have expired yet: retrying for up to %3 s before calling the fence ineffective; no other "
                         "guest of this failover starts meanwhile")
                    .arg(job.entry.targetHost, reason).arg(policy->leaseWaitSeconds),
                {});
    }
    const qint64 leftMs = waitMs - job.leaseRefused.elapsed();
    if (leftMs <= 0) {
        stopUnsafeIncident(index, waitMs > 0 ? tr("%1; still after %2 s").arg(reason).arg(waitMs / 1000) : reason);
        return;
    }
    job.leaseRetryPending = true;
    QTimer::singleShot(std::min<qint64>(kLeaseRetryMs, leftMs), this, [this, id = job.entry.id]() {
        for (Job &j : m_jobs) {
            if (j.entry.id == id && j.leaseRetryPending) {
                j.leaseRetryPending = false;
                pump();
                return;
            }
        }
    });
}

void FailoverEngine::stopUnsafeIncident(qsizetype index, const QString &reason)
{
    const Job refused = m_jobs.at(index);
    const QString incident = refused.entry.incident;
    const QString failedHost = refused.entry.failedHost;
    log(failedHost, refused.entry.guestName,
        storedTr("fencing of %1 did not work: %2 could not start on %3 because its disks are still in use (%4); "
                 "it probably still runs on %1. No further guest of this failover is started: check the fence "
                 "device, power %1 off by hand, then start the guests")
            .arg(failedHost, refused.entry.guestName, refused.entry.targetHost, reason),
        u"failed"_qs);
    finishJob(index, FailoverJournal::State::FenceIneffective,
              storedTr("not started on %1: its disks are still in use (%2); fencing of %3 did not work")
                  .arg(refused.entry.targetHost, reason, failedHost));
    // The others of the incident that have not been sent yet: a diskless
    // guest has no lease to stop it, and the fence failed for all of them.
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i) {
        const Job &job = m_jobs.at(i);
        if (job.entry.incident != incident || job.running)
            continue;
        finishJob(i, FailoverJournal::State::FenceIneffective,
                  storedTr("not started: fencing of %1 did not work (%2's disks are still in use)")
                      .arg(failedHost, refused.entry.guestName));
    }
}

void FailoverEngine::retireStaleCopies(HostId host)
{
    if (!m_active || m_cluster->status(host).state != HostState::Up)
        return;
    const QString name = m_cluster->host(host).name;
    std::optional<QSet<QString>> restartedAway;   // read only when a candidate shows up
    for (const DomainInfo &guest : m_cluster->domains(host)) {
        // A copy running here while another runs elsewhere is the
        // running-twice alert's: which one should stop is an admin's call.
        if (guest.isActive())
            continue;
        QString where;
        if (!runsAnywhere(guest.uuid, &where))
            continue;
        if (!restartedAway)
            restartedAway = m_journal.restartedAwayFrom(name);
        if (!restartedAway->contains(guest.uuid))
            continue;   // not a failover's leftover (an admin's own copy): not ours to remove
        if (m_retired.contains({host, guest.uuid})
            || std::any_of(m_retiring.cbegin(), m_retiring.cend(),
                           [&](const Retiring &r) { return r.host == host && r.uuid == guest.uuid; }))
            continue;
        log(name, guest.name,
            storedTr("a failover restarted this guest on %1; removing its stale definition here so that nothing "
                     "can start it twice").arg(where),
            {});
        m_retiring.insert(m_cluster->retireStaleCopy(host, guest.uuid), {host, name, guest.uuid, guest.name});
    }
}

void FailoverEngine::onStepFinished(quint64 requestId, bool ok, const QString &message)
{
    const auto it = m_retiring.constFind(requestId);
    if (it == m_retiring.cend())
        return;
    const Retiring retiring = *it;
    m_retiring.erase(it);
    if (ok)
        m_retired.insert({retiring.host, retiring.uuid});
    log(retiring.hostName, retiring.guest,
        ok ? storedTr("stale definition removed (%1)").arg(message)
           : storedTr("the stale definition could not be removed: %1").arg(message),
        ok ? u"ok"_qs : u"failed"_qs);
}

void FailoverEngine::resumeJournal()
{
    reloadPolicies();   // a new lease holder decides with the policies as stored now
    const QList<FailoverJournal::Entry> open = m_journal.open();
    QHash<QString, QString> refence;   // incident → failed host, for entries that never saw a confirmed fence
    for (const FailoverJournal::Entry &entry : open) {
        if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &j) { return j.entry.id == entry.id; }))
            continue;
        log(entry.failedHost, entry.guestName,
            storedTr("resuming an interrupted failover (journal entry %1, was %2)")
                .arg(entry.id).arg(FailoverJournal::stateName(entry.state)), {});
        m_hosts[hostIdByName(entry.failedHost)].phase = Phase::Restarting;
        if (entry.state == FailoverJournal::State::AwaitingFence) {
            refence.insert(entry.incident, entry.failedHost);
            continue;
        }
        enqueue(entry);
        // The engine that died may have sent this start: if its target does
        // not answer, nobody can tell whether the guest runs there.
        if (entry.state == FailoverJournal::State::Starting)
            std::find_if(m_jobs.begin(), m_jobs.end(), [&](const Job &j) { return j.entry.id == entry.id; })
                ->maybeStarted = true;
    }
    // A fence that was not confirmed before the engine died is run again
    // (fencing is idempotent: an already powered-off host stays off).
    for (auto it = refence.cbegin(); it != refence.cend(); ++it) {
        if (const Policy *fencingPolicy = fencingPolicyFor(it.value()))
            fence(it.value(), fencingPolicy->fencing.value(it.value()), it.key());
        else
            fenceDone(it.value(), it.key(), false, storedTr("the fence action is no longer configured"));
    }
    pump();
}

} // namespace Vigil::Ha
