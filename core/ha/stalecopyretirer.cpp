#include "stalecopyretirer.h"

#include "journal.h"
#include "../cluster/clustermanager.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {

StaleCopyRetirer::StaleCopyRetirer(ClusterManager *cluster, const FailoverJournal *journal, QObject *parent)
    : QObject(parent), m_cluster(cluster), m_journal(journal)
{
    connect(cluster, &ClusterManager::stepFinished, this, &StaleCopyRetirer::onStepFinished);
    connect(cluster, &ClusterManager::domainRemoved, this,
            [this](HostId host, const QString &uuid) { m_retired.remove({host, uuid}); });
}

void StaleCopyRetirer::check(HostId host)
{
    if (m_cluster->status(host).state != HostState::Up)
        return;
    const QString name = m_cluster->host(host).name;
    std::optional<QSet<QString>> restartedAway;   // read only when a candidate shows up
    for (const DomainInfo &guest : m_cluster->domains(host)) {
        if (guest.isActive())
            continue;
        const QString where = m_cluster->reachableHostRunning(guest.uuid);
        if (where.isEmpty())
            continue;
        if (!restartedAway)
            restartedAway = m_journal->restartedAwayFrom(name);
        if (!restartedAway->contains(guest.uuid))
            continue;
        if (m_retired.contains({host, guest.uuid})
            || std::any_of(m_retiring.cbegin(), m_retiring.cend(),
                           [&](const Retiring &r) { return r.host == host && r.uuid == guest.uuid; }))
            continue;
        Q_EMIT logged(name, guest.name,
                      storedTr("a failover restarted this guest on %1; removing its stale definition here so that "
                               "nothing can start it twice").arg(where),
                      {});
        m_retiring.insert(m_cluster->retireStaleCopy(host, guest.uuid), {host, name, guest.uuid, guest.name});
    }
}

void StaleCopyRetirer::onStepFinished(quint64 requestId, bool ok, const QString &message)
{
    const auto it = m_retiring.constFind(requestId);
    if (it == m_retiring.cend())
        return;
    const Retiring retiring = *it;
    m_retiring.erase(it);
    if (ok)
        m_retired.insert({retiring.host, retiring.uuid});
    Q_EMIT logged(retiring.hostName, retiring.guest,
                  ok ? storedTr("stale definition removed (%1)").arg(message)
                     : storedTr("the stale definition could not be removed: %1").arg(message),
                  EventRecord::outcome(ok));
}

} // namespace Vigil::Ha
