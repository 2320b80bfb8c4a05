#include "maintenance.h"

#include "migrationmanager.h"
#include "preflight.h"
#include "../cluster/clustermanager.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Vigil::Migration {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Maintenance)
};

qint64 freeMemoryKiB(const Ha::ClusterSnapshot::Host &host)
{
    qint64 used = 0;
    for (const DomainInfo &d : host.domains)
        if (d.isActive())
            used += qint64(d.memoryKiB);
    return qint64(host.details.host.memoryKiB) - used;
}

} // namespace

EvacuationPlan planEvacuation(const Ha::ClusterSnapshot &snapshot, HostId hostId, const QList<Ha::Policy> &policies)
{
    EvacuationPlan plan;
    plan.host = hostId;
    Ha::ClusterSnapshot working = snapshot;
    Ha::ClusterSnapshot::Host *home = nullptr;
    for (Ha::ClusterSnapshot::Host &h : working.hosts)
        if (h.id == hostId)
            home = &h;
    if (!home)
        return plan;
    plan.hostName = home->name;
    home->maintenance = true;
    QList<DomainInfo> guests = home->domains;
    std::stable_sort(guests.begin(), guests.end(),
                     [](const DomainInfo &a, const DomainInfo &b) { return a.memoryKiB > b.memoryKiB; });
    for (const DomainInfo &guest : std::as_const(guests)) {
        if (!guest.isActive()) {
            plan.stays.append({guest.name, Text::tr("shut off: stays defined on %1").arg(plan.hostName), false});
            continue;
        }
        Ha::ClusterSnapshot::Host *best = nullptr;
        qint64 bestFree = 0;
        QString firstProblem;
        for (Ha::ClusterSnapshot::Host &candidate : working.hosts) {
            if (candidate.id == hostId)
                continue;
            if (!candidate.up || candidate.maintenance) {
                if (firstProblem.isEmpty())
                    firstProblem = Text::tr("%1 is %2").arg(candidate.name,
                                                            candidate.up ? Text::tr("in maintenance") : Text::tr("not up"));
                continue;
            }
            const QList<Check> checks = preflight(working, hostId, candidate.id, guest.uuid, policies, CpuComparison{});
            QString problem;
            for (const Check &c : checks) {
                if (c.result == Check::Result::Fail) {
                    problem = Text::tr("%1: %2").arg(candidate.name, c.reason);
                    break;
                }
            }
            // Anti-affinity is a rule here, not a hint: an evacuation must keep it.
            if (problem.isEmpty() && breaksAntiAffinity(checks))
                problem = Text::tr("%1: it would run next to a guest a failover policy keeps apart from %2")
                              .arg(candidate.name, guest.name);
            if (!problem.isEmpty()) {
                if (firstProblem.isEmpty())
                    firstProblem = problem;
                continue;
            }
            const qint64 free = freeMemoryKiB(candidate);
            if (!best || free > bestFree) {
                best = &candidate;
                bestFree = free;
            }
        }
        if (!best) {
            plan.stays.append({guest.name, firstProblem.isEmpty() ? Text::tr("no other host") : firstProblem, true});
            continue;
        }
        plan.moves.append({guest.uuid, guest.name, guest.memoryKiB, best->id, best->name,
                           Text::tr("%1 free on %2, the most among the hosts that pass the checks")
                               .arg(formatMemoryKiB(quint64(std::max<qint64>(0, bestFree))), best->name)});
        // Later guests see this one where it is going.
        best->domains.append(guest);
    }
    return plan;
}

MaintenanceCoordinator::MaintenanceCoordinator(ClusterManager *cluster, MigrationManager *moves, QSqlDatabase db,
                                               std::function<bool(const HostConfig &, QString *)> saveHost,
                                               QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_moves(moves)
    , m_db(std::move(db))
    , m_saveHost(std::move(saveHost))
{
    connect(moves, &MigrationManager::jobChanged, this, [this](const MigrationStatus &s) {
        if (s.isFinished() && m_moveHost.contains(s.request.id))
            onMoveFinished(s.request.id);
    });
}

bool MaintenanceCoordinator::enter(const EvacuationPlan &plan, int concurrency, QString *error)
{
    HostConfig config = m_cluster->host(plan.host);
    if (config.id == 0) {
        *error = tr("the host is no longer configured");
        return false;
    }
    if (!config.maintenance) {
        config.maintenance = true;
        if (!m_saveHost(config, error))
            return false;
    }
    log(config.name, storedTr("entering maintenance: %1 guest(s) to move, %2 staying")
                         .arg(plan.moves.size()).arg(plan.stays.size()), EventRecord::Result::Ok);
    m_moves->setConcurrency(concurrency);
    Evacuation &evacuation = m_evacuations[plan.host];
    for (const EvacuationStay &stay : plan.stays)
        if (stay.running)
            evacuation.leftRunning.append({stay.guest, storedTr("%1 (%2)").arg(stay.guest, stay.reason)});
    for (const EvacuationMove &move : plan.moves) {
        MigrationRequest request;
        request.source = config;
        request.target = m_cluster->host(move.target);
        request.uuid = move.uuid;
        request.guest = move.guest;
        request.user = EventRecord::currentUser();
        const quint64 id = m_moves->submit(request);
        evacuation.pending.insert(id);
        m_moveHost.insert(id, plan.host);
    }
    if (evacuation.pending.isEmpty())
        finishEvacuation(plan.host);
    return true;
}

void MaintenanceCoordinator::finishEvacuation(HostId host)
{
    const Evacuation done = m_evacuations.take(host);
    // Every guest still running on the host is named: "1 moved" must not
    // read as "all moved" while another one stayed. One that stopped
    // meanwhile (shut down by its admin) is no longer there to name.
    QSet<QString> running;
    m_cluster->forEachDomain(host, [&running](const DomainInfo &d) {
        if (d.isActive())
            running.insert(d.name);
    });
    QList<StoredText> left;
    QStringList leftText;
    for (const auto &[guest, why] : done.leftRunning)
        if (running.contains(guest)) {
            left << why;
            leftText << why.toString();
        }
    if (left.isEmpty())
        log(m_cluster->host(host).name,
            done.moved == 0 ? storedTr("in maintenance (no guest had to move)")
                            : storedTr("in maintenance: %n guest(s) moved, none left running here", nullptr, done.moved),
            EventRecord::Result::Ok);
    else
        log(m_cluster->host(host).name,
            storedTr("in maintenance: %n guest(s) moved; still running here: %1", nullptr, done.moved)
                .arg(StoredText::joined(left, u"; "_s)),
            EventRecord::Result::Failed);
    Q_EMIT evacuationFinished(host, done.moved, leftText);
}

void MaintenanceCoordinator::onMoveFinished(quint64 id)
{
    const HostId host = m_moveHost.take(id);
    auto it = m_evacuations.find(host);
    if (it == m_evacuations.end())
        return;
    const MigrationStatus status = m_moves->job(id);
    it->pending.remove(id);
    if (status.state == MigrationState::Completed) {
        ++it->moved;
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO maintenance_moves (host_id, uuid, name) VALUES (?, ?, ?) "
                                 "ON CONFLICT (host_id, uuid) DO UPDATE SET name = excluded.name"));
        q.addBindValue(host);
        q.addBindValue(status.request.uuid);
        q.addBindValue(status.request.guest);
        if (!q.exec())
            log(m_cluster->host(host).name,
                storedTr("cannot record %1 for failback: %2").arg(status.request.guest, q.lastError().text()),
                EventRecord::Result::Failed);
    } else {
        it->leftRunning.append(
            {status.request.guest,
             (status.state == MigrationState::Cancelled ? storedTr("%1 (the move to %2 was cancelled: %3)")
                                                        : storedTr("%1 (the move to %2 failed: %3)"))
                 .arg(status.request.guest, status.request.target.name, status.message)});
    }
    if (it->pending.isEmpty())
        finishEvacuation(host);
}

QHash<QString, QString> MaintenanceCoordinator::evacuated(HostId host) const
{
    QHash<QString, QString> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid, name FROM maintenance_moves WHERE host_id = ?"));
    q.addBindValue(host);
    if (q.exec())
        while (q.next())
            result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

bool MaintenanceCoordinator::exit(HostId hostId, bool failback, const QList<Ha::Policy> &policies, QString *error)
{
    HostConfig config = m_cluster->host(hostId);
    if (config.id == 0) {
        *error = tr("the host is no longer configured");
        return false;
    }
    config.maintenance = false;
    if (!m_saveHost(config, error))
        return false;
    log(config.name, storedTr("left maintenance"), EventRecord::Result::Ok);
    const QHash<QString, QString> away = evacuated(hostId);
    QSqlQuery clear(m_db);
    clear.prepare(QStringLiteral("DELETE FROM maintenance_moves WHERE host_id = ?"));
    clear.addBindValue(hostId);
    clear.exec();
    if (!failback)
        return true;
    const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*m_cluster);
    for (const Ha::ClusterSnapshot::Host &h : snapshot.hosts) {
        if (h.id == hostId)
            continue;
        for (const DomainInfo &d : h.domains) {
            if (!away.contains(d.uuid) || !d.isActive())
                continue;
            const QList<Check> checks = preflight(snapshot, h.id, hostId, d.uuid, policies, CpuComparison{});
            if (blocks(checks)) {
                QString why;
                for (const Check &c : checks)
                    if (c.result == Check::Result::Fail)
                        why = c.reason;
                log(config.name, storedTr("failback of %1 skipped: %2").arg(d.name, why), EventRecord::Result::Failed);
                continue;
            }
            MigrationRequest request;
            request.source = m_cluster->host(h.id);
            request.target = config;
            request.uuid = d.uuid;
            request.guest = d.name;
            request.user = EventRecord::currentUser();
            m_moves->submit(request);
        }
    }
    return true;
}

void MaintenanceCoordinator::log(const QString &host, const StoredText &message, EventRecord::Result result)
{
    Q_EMIT eventOccurred(
        EventRecord::make(EventRecord::Kind::Action, host, {}, message, result, EventRecord::currentUser()));
}

} // namespace Vigil::Migration
