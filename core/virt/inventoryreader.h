#pragma once

#include "virthelpers.h"
#include "../inventory.h"

#include <QHash>
#include <QSet>

#include <utility>

namespace Vigil::Virt {

// Reads node info, capabilities, versions, storage pools and networks.
// Parts the driver does not support are left empty rather than invented.
HostDetails readHostDetails(virConnectPtr conn);

// What changes on a running host (free memory, pools, networks), keeping the
// rest of `known` (node info, capabilities, versions): a periodic refresh
// need not fetch the capabilities XML of every host every time.
HostDetails refreshHostDetails(virConnectPtr conn, const HostDetails &known);

// What a few calls per host say about all its guests: a refresh of a host
// with 50 guests made 200 calls over the network for these alone (autostart,
// persistence, snapshots and state, one guest at a time).
struct GuestFacts {
    bool valid = false;   // false: the driver refused one of the calls; ask each guest
    QSet<QString> autostart;
    QSet<QString> persistent;
    QSet<QString> withSnapshots;
    QHash<QString, std::pair<int, int>> states;   // UUID → state, reason
};
GuestFacts readGuestFacts(virConnectPtr conn);

// Runtime state of one domain (state, reason, vCPUs, memory, autostart,
// persistence). With `withXml`, also the configuration parsed from its XML.
// With `facts`, what they hold is not asked again. Returns false (with the
// libvirt error in `error`) when the domain is gone.
bool readDomain(virDomainPtr dom, DomainInfo &info, bool withXml, QString *error, const GuestFacts *facts = nullptr);

} // namespace Vigil::Virt
