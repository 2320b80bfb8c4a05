#include "statsreader.h"

#include <cstring>
#include <vector>

namespace Vigil::Virt {
namespace {

std::optional<quint64> paramValue(const virTypedParameter &param)
{
    switch (param.type) {
    case VIR_TYPED_PARAM_INT:    return param.value.i < 0 ? std::nullopt : std::optional<quint64>(quint64(param.value.i));
    case VIR_TYPED_PARAM_UINT:   return quint64(param.value.ui);
    case VIR_TYPED_PARAM_LLONG:  return param.value.l < 0 ? std::nullopt : std::optional<quint64>(quint64(param.value.l));
    case VIR_TYPED_PARAM_ULLONG: return quint64(param.value.ul);
    default:                     return std::nullopt;
    }
}

void add(std::optional<quint64> &sum, const std::optional<quint64> &value)
{
    if (value)
        sum = sum.value_or(0) + *value;
}

// "net.0.rx.bytes" -> suffix "rx.bytes" when `name` is "net.<n>.<suffix>".
const char *indexedSuffix(const char *name, const char *prefix)
{
    const size_t length = std::strlen(prefix);
    if (std::strncmp(name, prefix, length) != 0)
        return nullptr;
    const char *p = name + length;
    if (*p < '0' || *p > '9')
        return nullptr;
    while (*p >= '0' && *p <= '9')
        ++p;
    return *p == '.' ? p + 1 : nullptr;
}

Metrics::GuestCounters readRecord(const virDomainStatsRecord &record)
{
    Metrics::GuestCounters guest;
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(record.dom, uuid) == 0)
        guest.uuid = QString::fromLatin1(uuid);
    guest.name = QString::fromUtf8(virDomainGetName(record.dom));
    std::optional<quint64> balloonAvailable, balloonUnused, balloonRss;
    for (int i = 0; i < record.nparams; ++i) {
        const virTypedParameter &param = record.params[i];
        const char *name = param.field;
        const auto value = paramValue(param);
        if (std::strcmp(name, "state.state") == 0) {
            guest.state = DomainState(value.value_or(0));
        } else if (std::strcmp(name, "cpu.time") == 0) {
            guest.cpuTimeNs = value;
        } else if (std::strcmp(name, "vcpu.current") == 0) {
            guest.vcpus = int(value.value_or(0));
        } else if (std::strcmp(name, "balloon.current") == 0) {
            guest.memoryCurrentKiB = value;
        } else if (std::strcmp(name, "balloon.available") == 0) {
            balloonAvailable = value;
        } else if (std::strcmp(name, "balloon.unused") == 0) {
            balloonUnused = value;
        } else if (std::strcmp(name, "balloon.rss") == 0) {
            balloonRss = value;
        } else if (const char *net = indexedSuffix(name, "net.")) {
            if (std::strcmp(net, "rx.bytes") == 0)
                add(guest.netRxBytes, value);
            else if (std::strcmp(net, "tx.bytes") == 0)
                add(guest.netTxBytes, value);
        } else if (const char *block = indexedSuffix(name, "block.")) {
            if (std::strcmp(block, "rd.bytes") == 0)
                add(guest.diskReadBytes, value);
            else if (std::strcmp(block, "wr.bytes") == 0)
                add(guest.diskWriteBytes, value);
            else if (std::strcmp(block, "rd.reqs") == 0)
                add(guest.diskReadReqs, value);
            else if (std::strcmp(block, "wr.reqs") == 0)
                add(guest.diskWriteReqs, value);
        }
    }
    // What the guest itself uses when its balloon driver reports it;
    // otherwise what its QEMU process holds on the host.
    if (balloonAvailable && balloonUnused && *balloonUnused <= *balloonAvailable)
        guest.memoryUsedKiB = *balloonAvailable - *balloonUnused;
    else if (balloonRss)
        guest.memoryUsedKiB = balloonRss;
    return guest;
}

void readNodeCpu(virConnectPtr conn, Metrics::HostCounters &out)
{
    int count = 0;
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &count, 0) < 0 || count <= 0) {
        virResetLastError();
        return;
    }
    std::vector<virNodeCPUStats> stats(static_cast<size_t>(count));
    if (virNodeGetCPUStats(conn, VIR_NODE_CPU_STATS_ALL_CPUS, stats.data(), &count, 0) < 0) {
        virResetLastError();
        return;
    }
    quint64 busy = 0, idle = 0;
    bool haveBusy = false, haveIdle = false;
    for (int i = 0; i < count; ++i) {
        const char *field = stats[size_t(i)].field;
        const quint64 value = stats[size_t(i)].value;
        if (std::strcmp(field, VIR_NODE_CPU_STATS_KERNEL) == 0
            || std::strcmp(field, VIR_NODE_CPU_STATS_USER) == 0) {
            busy += value;
            haveBusy = true;
        } else if (std::strcmp(field, VIR_NODE_CPU_STATS_IDLE) == 0
                   || std::strcmp(field, VIR_NODE_CPU_STATS_IOWAIT) == 0) {
            idle += value;
            haveIdle = true;
        }
    }
    if (haveBusy && haveIdle) {
        out.cpuBusyNs = busy;
        out.cpuTotalNs = busy + idle;
    }
}

} // namespace

bool readHostCounters(virConnectPtr conn, quint64 nodeMemoryKiB, Metrics::HostCounters &out,
                      QString *error)
{
    readNodeCpu(conn, out);
    if (nodeMemoryKiB > 0) {
        out.memoryTotalKiB = nodeMemoryKiB;
        const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
        if (freeBytes > 0)
            out.memoryFreeKiB = freeBytes / 1024;
        else
            virResetLastError();
    }

    virDomainStatsRecordPtr *records = nullptr;
    const unsigned groups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL
                            | VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU
                            | VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;
    const int count = virConnectGetAllDomainStats(conn, groups, &records, 0);
    if (count < 0) {
        if (error)
            *error = lastError();
        return false;
    }
    out.guests.reserve(count);
    for (int i = 0; i < count; ++i)
        out.guests.append(readRecord(*records[i]));
    virDomainStatsRecordListFree(records);
    return true;
}

} // namespace Vigil::Virt
