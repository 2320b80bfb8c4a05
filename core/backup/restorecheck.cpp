#include "restorecheck.h"

#include "../guestname.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
using Migration::Check;
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::RestoreCheck)
};

} // namespace

QList<Check> restoreChecks(const Ha::ClusterSnapshot &snapshot, HostId target, const DomainInfo &guest,
                           const QString &name, bool start)
{
    QList<Check> checks;
    const Ha::ClusterSnapshot::Host *host = nullptr;
    for (const Ha::ClusterSnapshot::Host &h : snapshot.hosts)
        if (h.id == target)
            host = &h;
    if (!host) {
        checks.append({Text::tr("Host"), Check::Result::Fail, Text::tr("the host is not configured")});
        return checks;
    }
    if (!host->up)
        checks.append({Text::tr("Host"), Check::Result::Fail, Text::tr("%1 is not up").arg(host->name)});
    else if (host->maintenance)
        checks.append({Text::tr("Host"), Check::Result::Warning, Text::tr("%1 is in maintenance").arg(host->name)});
    else
        checks.append({Text::tr("Host"), Check::Result::Pass, Text::tr("%1 is up").arg(host->name)});

    bool clash = false;
    for (const DomainInfo &d : host->domains)
        if (d.name == name)
            clash = true;
    // The original identity (same UUID) while the guest runs somewhere:
    // restoring it would make a second copy that can be started.
    QString runningOn;
    if (name == guest.name && !guest.uuid.isEmpty())
        for (const Ha::ClusterSnapshot::Host &h : snapshot.hosts)
            for (const DomainInfo &d : h.domains)
                if (d.uuid == guest.uuid && (d.state == DomainState::Running || d.state == DomainState::Paused))
                    runningOn = h.name;
    if (!runningOn.isEmpty())
        checks.append({Text::tr("Name"), Check::Result::Fail,
                       Text::tr("%1 runs on %2: restore it under a new name, or stop that copy first").arg(name, runningOn)});
    else if (const QString bad = checkGuestName(name); !bad.isEmpty())
        checks.append({Text::tr("Name"), Check::Result::Fail, bad});
    else if (clash)
        checks.append({Text::tr("Name"), Check::Result::Fail, Text::tr("%1 already has a guest named %2").arg(host->name, name)});
    else
        checks.append({Text::tr("Name"), Check::Result::Pass, Text::tr("%1 is free on %2").arg(name, host->name)});

    QStringList missing, inactive, unchecked;
    for (const InterfaceInfo &nic : guest.interfaces) {
        if (nic.type != u"network") {
            unchecked << (nic.bridge.isEmpty() ? nic.type : nic.bridge);
            continue;
        }
        const auto it = std::find_if(host->details.networks.cbegin(), host->details.networks.cend(),
                                     [&](const NetworkInfo &n) { return n.name == nic.network; });
        if (it == host->details.networks.cend())
            missing << nic.network;
        else if (!it->active)
            inactive << nic.network;
    }
    if (!missing.isEmpty())
        checks.append({Text::tr("Networks"), Check::Result::Fail,
                       Text::tr("%1 has no network %2; the guest cannot be defined there").arg(host->name,
                                                                                               missing.join(u", "_s))});
    else if (!inactive.isEmpty())
        checks.append({Text::tr("Networks"), start ? Check::Result::Fail : Check::Result::Warning,
                       Text::tr("network %1 is not active on %2").arg(inactive.join(u", "_s), host->name)});
    else if (!unchecked.isEmpty())
        checks.append({Text::tr("Networks"), Check::Result::Unknown,
                       Text::tr("bridged or direct interfaces (%1) cannot be checked from here").arg(unchecked.join(u", "_s))});
    else
        checks.append({Text::tr("Networks"), Check::Result::Pass,
                       guest.interfaces.isEmpty() ? Text::tr("the guest has no network interface")
                                                  : Text::tr("every network is active on %1").arg(host->name)});

    if (start) {
        checks.append(Migration::memoryCheck(*host, guest));
        checks.append(Migration::architectureCheck(*host, guest));
    }
    return checks;
}

} // namespace Vigil::Backup
