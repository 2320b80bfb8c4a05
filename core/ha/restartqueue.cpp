#include "restartqueue.h"

#include "../cluster/clustermanager.h"
#include "../domainaction.h"
#include "../domainxml.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {

RestartQueue::RestartQueue(ClusterManager *cluster, FailoverJournal *journal, const PolicyIndex *policies,
                           Replanner replanner, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_journal(journal)
    , m_policies(policies)
    , m_replanner(std::move(replanner))
{
    connect(cluster, &ClusterManager::domainsLoaded, this, &RestartQueue::settleStartsOn);
}

void RestartQueue::log(const QString &host, const QString &guest, const StoredText &message, EventRecord::Result result)
{
    Q_EMIT logged(host, guest, message, result);
}

void RestartQueue::logJournalFailure(const QString &host, const QString &guest, const QString &error)
{
    log(host, guest, storedTr("cannot write the failover journal: %1").arg(error), EventRecord::Result::Failed);
}

DomainInfo RestartQueue::runningGuestOf(const FailoverJournal::Entry &entry) const
{
    DomainInfo guest;
    parseDomainXml(QString::fromUtf8(entry.definition), guest);
    guest.uuid = entry.guestUuid;
    guest.name = entry.guestName;
    guest.state = DomainState::Running;
    guest.xml = entry.definition;
    guest.secureXml = m_secureDefinitions.value(entry.guestUuid);
    guest.secretsHidden = guest.secureXml.isEmpty();
    return guest;
}

QList<FailoverJournal::Entry> RestartQueue::takeStartsLostWith(HostId host)
{
    QList<FailoverJournal::Entry> lost;
    for (qsizetype i = m_jobs.size() - 1; i >= 0; --i)
        // A start still under way is lost too: its answer, if one ever comes,
        // no longer matches a job, and this host's fence decides.
        if (const Job &job = m_jobs.at(i);
            job.target == host && (job.awaitingTarget || job.running || job.maybeStarted))
            lost.prepend(m_jobs.takeAt(i).entry);
    return lost;
}

void RestartQueue::enqueue(const FailoverJournal::Entry &entry, bool maybeStarted)
{
    Job job;
    job.entry = entry;
    job.maybeStarted = maybeStarted;
    job.target = m_cluster->hostIdByName(entry.targetHost);
    job.startAfter = m_policies->lookup(entry.guestName).startAfter;
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

bool RestartQueue::contains(qint64 entryId) const
{
    return std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &j) { return j.entry.id == entryId; });
}

void RestartQueue::count(const QString &incident, bool restarted)
{
    Tally &tally = m_tallies[incident];
    (restarted ? tally.restarted : tally.notRestarted) += 1;
}

void RestartQueue::closeIfDone(const QString &incident, const QString &failedHost)
{
    if (std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const Job &j) { return j.entry.incident == incident; }))
        return;
    const Tally tally = m_tallies.take(incident);
    Q_EMIT incidentClosed(incident, failedHost, tally.restarted, tally.notRestarted);
}

bool RestartQueue::mayStartNow(qsizetype index) const
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
void RestartQueue::pump()
{
    int running = 0;
    for (const Job &j : std::as_const(m_jobs))
        running += j.running;
    for (qsizetype i = 0; i < m_jobs.size() && running < m_maxParallelStarts; ++i) {
        if (!mayStartNow(i))
            continue;
        Job &job = m_jobs[i];
        if (const QString where = m_cluster->reachableHostRunning(job.entry.guestUuid); !where.isEmpty()) {
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
        if (!m_journal->setState(job.entry.id, FailoverJournal::State::Starting, {}, &error)) {
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
        job.start = ++m_lastStart;
        m_cluster->startGuest(job.target, guest, this, [this, start = job.start](const ActionResult &result) {
            onStartAnswered(start, result);
        });
        job.running = true;
        job.entry.state = FailoverJournal::State::Starting;
        ++running;
    }
}

void RestartQueue::onStartAnswered(quint64 start, const ActionResult &result)
{
    // A job whose target was lost meanwhile is gone: its answer matches nothing.
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i).start != start || !m_jobs.at(i).running)
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

void RestartQueue::replaceAfterFailedStart(qsizetype index, const QString &reason)
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
    const HostId home = m_cluster->hostIdByName(job.entry.failedHost);
    const FailoverPlan plan =
        m_replanner(home, runningGuestOf(job.entry), job.triedTargets);
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
    if (!m_journal->setState(job.entry.id, FailoverJournal::State::Planned, detail, &error, next.targetName)) {
        finishJob(index, FailoverJournal::State::Failed,
                  storedTr("cannot write the failover journal: %1").arg(error));
        return;
    }
    log(job.entry.failedHost, job.entry.guestName, detail, {});
    job.target = next.target;
    job.entry.targetHost = next.targetName;
    job.entry.state = FailoverJournal::State::Planned;
}

void RestartQueue::awaitLostTarget(qsizetype index, const QString &reason)
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
    if (!m_journal->setState(job.entry.id, FailoverJournal::State::Starting, detail, &error))
        logJournalFailure(job.entry.failedHost, job.entry.guestName, error);
    log(job.entry.failedHost, job.entry.guestName, detail, EventRecord::Result::Failed);
}

void RestartQueue::settleStartsOn(HostId target)
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
        if (const QString where = m_cluster->reachableHostRunning(job.entry.guestUuid); !where.isEmpty()) {
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

void RestartQueue::finishJob(qsizetype index, FailoverJournal::State state, const StoredText &detail,
                               const QDateTime &runningAt)
{
    const Job job = m_jobs.takeAt(index);
    m_secureDefinitions.remove(job.entry.guestUuid);
    QString error;
    const bool written = runningAt.isValid() ? m_journal->setRunning(job.entry.id, runningAt, detail, &error)
                                             : m_journal->setState(job.entry.id, state, detail, &error);
    // The outcome stands (the guest runs, or does not); a resumed engine
    // finds the entry open and checks the cluster before acting on it.
    if (!written)
        logJournalFailure(job.entry.failedHost, job.entry.guestName, error);
    const bool ok = state == FailoverJournal::State::Done;
    log(job.entry.failedHost, job.entry.guestName, detail, EventRecord::outcome(ok));
    count(job.entry.incident, ok);
    closeIfDone(job.entry.incident, job.entry.failedHost);
}

void RestartQueue::retryLeasedStartOrStop(qsizetype index, const QString &reason)
{
    Job &job = m_jobs[index];
    job.running = false;
    const Policy *policy = m_policies->lookup(job.entry.guestName).policy;
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

void RestartQueue::stopUnsafeIncident(qsizetype index, const QString &reason)
{
    const Job refused = m_jobs.at(index);
    const QString incident = refused.entry.incident;
    const QString failedHost = refused.entry.failedHost;
    log(failedHost, refused.entry.guestName,
        storedTr("fencing of %1 did not work: %2 could not start on %3 because its disks are still in use (%4); "
                 "it probably still runs on %1. No further guest of this failover is started: check the fence "
                 "device, power %1 off by hand, then start the guests")
            .arg(failedHost, refused.entry.guestName, refused.entry.targetHost, reason),
        EventRecord::Result::Failed);
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

} // namespace Vigil::Ha
