#include "inventoryreader.h"

#include "../domainxml.h"

namespace Vigil::Virt {
namespace {

QString versionText(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

QList<StoragePoolInfo> readPools(virConnectPtr conn)
{
    QList<StoragePoolInfo> result;
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(conn, &pools, 0);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<virStoragePool, PoolDeleter> pool(pools[i]);
        StoragePoolInfo info;
        info.name = QString::fromUtf8(virStoragePoolGetName(pool.get()));
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virStoragePoolGetUUIDString(pool.get(), uuid) == 0)
            info.uuid = QString::fromLatin1(uuid);
        virStoragePoolInfo raw;
        if (virStoragePoolGetInfo(pool.get(), &raw) == 0) {
            info.active = raw.state == VIR_STORAGE_POOL_RUNNING
                          || raw.state == VIR_STORAGE_POOL_DEGRADED;
            info.capacity = raw.capacity;
            info.allocation = raw.allocation;
            info.available = raw.available;
        }
        int autostart = 0;
        if (virStoragePoolGetAutostart(pool.get(), &autostart) == 0)
            info.autostart = autostart != 0;
        parsePoolXml(takeString(virStoragePoolGetXMLDesc(pool.get(), 0)), info);
        result.append(info);
    }
    free(pools);
    return result;
}

QList<NetworkInfo> readNetworks(virConnectPtr conn)
{
    QList<NetworkInfo> result;
    virNetworkPtr *networks = nullptr;
    const int count = virConnectListAllNetworks(conn, &networks, 0);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<virNetwork, NetworkDeleter> network(networks[i]);
        NetworkInfo info;
        info.name = QString::fromUtf8(virNetworkGetName(network.get()));
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virNetworkGetUUIDString(network.get(), uuid) == 0)
            info.uuid = QString::fromLatin1(uuid);
        info.active = virNetworkIsActive(network.get()) == 1;
        int autostart = 0;
        if (virNetworkGetAutostart(network.get(), &autostart) == 0)
            info.autostart = autostart != 0;
        parseNetworkXml(takeString(virNetworkGetXMLDesc(network.get(), 0)), info);
        result.append(info);
    }
    free(networks);
    return result;
}

} // namespace

HostDetails refreshHostDetails(virConnectPtr conn, const HostDetails &known)
{
    HostDetails details = known;
    const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
    details.host.freeMemoryKnown = freeBytes > 0;
    details.host.freeMemoryKiB = freeBytes / 1024;
    details.pools = readPools(conn);
    details.networks = readNetworks(conn);
    return details;
}

GuestFacts readGuestFacts(virConnectPtr conn)
{
    GuestFacts facts;
    const auto listed = [conn](unsigned int filter, QSet<QString> &into) {
        virDomainPtr *domains = nullptr;
        const int count = virConnectListAllDomains(conn, &domains, filter);
        if (count < 0)
            return false;
        for (int i = 0; i < count; ++i) {
            DomainHandle dom(domains[i]);
            char uuid[VIR_UUID_STRING_BUFLEN];
            if (virDomainGetUUIDString(dom.get(), uuid) == 0)
                into.insert(QString::fromLatin1(uuid));
        }
        free(domains);
        return true;
    };
    if (!listed(VIR_CONNECT_LIST_DOMAINS_AUTOSTART, facts.autostart)
        || !listed(VIR_CONNECT_LIST_DOMAINS_PERSISTENT, facts.persistent)
        || !listed(VIR_CONNECT_LIST_DOMAINS_HAS_SNAPSHOT, facts.withSnapshots)) {
        virResetLastError();
        return {};
    }
    virDomainStatsRecordPtr *records = nullptr;
    const int count = virConnectGetAllDomainStats(conn, VIR_DOMAIN_STATS_STATE, &records, 0);
    if (count < 0) {
        virResetLastError();
        return {};
    }
    for (int i = 0; i < count; ++i) {
        char uuid[VIR_UUID_STRING_BUFLEN];
        int state = -1, reason = 0;
        for (int p = 0; p < records[i]->nparams; ++p) {
            const virTypedParameter &param = records[i]->params[p];
            if (qstrcmp(param.field, "state.state") == 0)
                state = param.value.i;
            else if (qstrcmp(param.field, "state.reason") == 0)
                reason = param.value.i;
        }
        if (state >= 0 && virDomainGetUUIDString(records[i]->dom, uuid) == 0)
            facts.states.insert(QString::fromLatin1(uuid), {state, reason});
    }
    virDomainStatsRecordListFree(records);
    facts.valid = true;
    return facts;
}

HostDetails readHostDetails(virConnectPtr conn)
{
    HostDetails details;
    HostInfo &host = details.host;
    host.hostname = takeString(virConnectGetHostname(conn));
    virNodeInfo node;
    if (virNodeGetInfo(conn, &node) == 0) {
        host.cpuModel = QString::fromLatin1(node.model);
        host.cpus = int(node.cpus);
        host.sockets = int(node.sockets);
        host.cores = int(node.cores);
        host.threads = int(node.threads);
        host.numaNodes = int(node.nodes);
        host.mhz = int(node.mhz);
        host.memoryKiB = node.memory;
    }
    HostInfo fromCaps;
    parseCapabilitiesXml(takeString(virConnectGetCapabilities(conn)), fromCaps);
    host.arch = fromCaps.arch;
    if (!fromCaps.cpuModel.isEmpty())
        host.cpuModel = fromCaps.cpuModel;  // the real model name beats nodeinfo's arch string
    const unsigned long long freeBytes = virNodeGetFreeMemory(conn);
    // 0 means "failed" for this call; a host with truly zero free bytes is not a case to serve.
    host.freeMemoryKnown = freeBytes > 0;
    host.freeMemoryKiB = freeBytes / 1024;
    if (const char *type = virConnectGetType(conn))
        host.hypervisor = QString::fromUtf8(type);
    unsigned long version = 0;
    if (virConnectGetVersion(conn, &version) == 0 && version > 0)
        host.hypervisorVersion = versionText(version);
    if (virConnectGetLibVersion(conn, &version) == 0)
        host.libvirtVersion = versionText(version);
    details.pools = readPools(conn);
    details.networks = readNetworks(conn);
    return details;
}

bool readDomain(virDomainPtr dom, DomainInfo &info, bool withXml, QString *error, const GuestFacts *facts)
{
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, uuid) == 0)
        info.uuid = QString::fromLatin1(uuid);
    info.name = QString::fromUtf8(virDomainGetName(dom));
    if (facts && !facts->valid)
        facts = nullptr;

    int state = 0;
    int reason = 0;
    virDomainInfo raw;
    const auto known = facts ? facts->states.constFind(info.uuid) : QHash<QString, std::pair<int, int>>::const_iterator();
    if (facts && known != facts->states.cend())
        std::tie(state, reason) = *known;
    else if (virDomainGetState(dom, &state, &reason, 0) < 0) {
        if (error)
            *error = lastError();
        return false;
    }
    if (virDomainGetInfo(dom, &raw) < 0) {
        if (error)
            *error = lastError();
        return false;
    }
    info.state = static_cast<DomainState>(state);
    info.stateReason = reason;
    info.stateReasonText = stateReasonText(state, reason);
    info.vcpus = raw.nrVirtCpu;
    info.memoryKiB = raw.memory;
    info.maxMemoryKiB = raw.maxMem;
    if (facts) {
        info.autostart = facts->autostart.contains(info.uuid);
        info.persistent = facts->persistent.contains(info.uuid);
    } else {
        int autostart = 0;
        info.autostart = virDomainGetAutostart(dom, &autostart) == 0 && autostart != 0;
        info.persistent = virDomainIsPersistent(dom) == 1;
    }

    if (withXml) {
        // With console passwords where the connection may read them (kept in
        // memory only, for failover); a read-only or restricted one may not.
        QString xml = takeString(virDomainGetXMLDesc(dom, VIR_DOMAIN_XML_SECURE));
        info.secretsHidden = xml.isEmpty();
        if (info.secretsHidden) {
            virResetLastError();
            xml = takeString(virDomainGetXMLDesc(dom, 0));
        }
        if (xml.isEmpty()) {
            if (error)
                *error = lastError();
            return false;
        }
        // Runtime numbers from GetInfo win over the XML's configured ones.
        const int vcpus = info.vcpus;
        const quint64 memory = info.memoryKiB;
        const quint64 maxMemory = info.maxMemoryKiB;
        parseDomainXml(xml, info, error);
        const QByteArray full = xml.toUtf8();
        info.xml = withoutSecrets(full);
        if (info.xml != full)
            info.secureXml = full;
        info.snapshotCount = facts && !facts->withSnapshots.contains(info.uuid) ? 0 : virDomainSnapshotNum(dom, 0);
        if (info.snapshotCount < 0)
            virResetLastError();
        info.vcpus = vcpus;
        info.memoryKiB = memory;
        info.maxMemoryKiB = maxMemory;
    }
    return true;
}

} // namespace Vigil::Virt
