#pragma once

#include "virthelpers.h"
#include "../inventory.h"

namespace Vigil::Virt {

// Reads node info, capabilities, versions, storage pools and networks.
// Parts the driver does not support are left empty rather than invented.
HostDetails readHostDetails(virConnectPtr conn);

// Runtime state of one domain (state, reason, vCPUs, memory, autostart,
// persistence). With `withXml`, also the configuration parsed from its XML.
// Returns false (with the libvirt error in `error`) when the domain is gone.
bool readDomain(virDomainPtr dom, DomainInfo &info, bool withXml, QString *error);

} // namespace Vigil::Virt
