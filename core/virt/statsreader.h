#pragma once

#include "virthelpers.h"
#include "../metrics/metricsample.h"

namespace Vigil::Virt {

// Reads one tick of counters from a host: node CPU times and free memory,
// then every guest's state, CPU time, balloon, vCPU, interface and block
// counters in one virConnectGetAllDomainStats call. Groups the driver does
// not report stay unset. Returns false (with the libvirt error) when the
// bulk call failed; the caller decides whether the link is gone.
bool readHostCounters(virConnectPtr conn, quint64 nodeMemoryKiB, Metrics::HostCounters &out,
                      QString *error);

} // namespace Vigil::Virt
