#include "stalecopyretirer.h"

#include "journal.h"
#include "../cluster/clustermanager.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {

StaleCopyRetirer::StaleCopyRetirer(ClusterManager *cluster, const FailoverJournal *journal, QObject *parent)
    : QObject(parent), m_cluster(cluster), m_journal(journal)
{
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
        const Copy copy{host, guest.uuid};
        if (m_retired.contains(copy) || m_retiring.contains(copy))
            continue;
        Q_EMIT logged(name, guest.name,
                      storedTr("a failover restarted this guest on %1; removing its stale definition here so that "
                               "nothing can start it twice").arg(where),
                      {});
        m_retiring.insert(copy);
        m_cluster->retireStaleCopy(host, guest.uuid, this,
                                   [this, copy, name, guestName = guest.name](const StepResult &step) {
            m_retiring.remove(copy);
            if (step.ok)
                m_retired.insert(copy);
            Q_EMIT logged(name, guestName,
                          step.ok ? storedTr("stale definition removed (%1)").arg(step.message)
                                  : storedTr("the stale definition could not be removed: %1").arg(step.message),
                          EventRecord::outcome(step.ok));
        });
    }
}

} // namespace Vigil::Ha
