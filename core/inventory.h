#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include "hostconfig.h"

namespace Vigil {

// Mirrors virDomainState without exposing libvirt above core/virt.
enum class DomainState {
    NoState = 0,
    Running = 1,
    Blocked = 2,
    Paused = 3,
    ShuttingDown = 4,
    Shutoff = 5,
    Crashed = 6,
    PmSuspended = 7,
};

QString domainStateName(DomainState state);

struct DiskInfo {
    QString target;    // vda, sda...
    QString bus;       // virtio, sata, ide, scsi...
    QString device;    // disk, cdrom
    QString source;    // file path, block device, pool/volume or network name
    QString sourcePool;  // set for type='volume' disks
    bool operator==(const DiskInfo &) const = default;
};

struct InterfaceInfo {
    QString type;      // network, bridge, direct...
    QString network;   // for type='network'
    QString bridge;    // for type='bridge'
    QString mac;
    QString model;
    bool operator==(const InterfaceInfo &) const = default;
};

struct DomainInfo {
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    int stateReason = 0;        // virDomain*Reason of the state
    QString stateReasonText;
    int vcpus = 0;
    quint64 memoryKiB = 0;      // current allocation
    quint64 maxMemoryKiB = 0;
    bool autostart = false;
    bool persistent = false;
    QString osType;
    QString arch;
    QString cpuMode;            // host-model, host-passthrough, custom...
    QString cpuModel;
    QList<DiskInfo> disks;
    QList<InterfaceInfo> interfaces;
    // When Vigil saw the guest enter Running; invalid when it was already
    // running before Vigil connected (libvirt does not report a start time).
    QDateTime runningSince;
    // The definition as last read, without secrets (console passwords): what
    // is shown, exported and stored (the last-known table, the failover
    // journal). Failover restarts a guest from it after its host has died.
    QByteArray xml;
    // In memory only, never written anywhere: the same definition with its
    // console passwords (VIR_DOMAIN_XML_SECURE), so a restarted guest keeps
    // them. Empty when it has none, or when `secretsHidden`: the connection
    // may not read them (read-only or ACL-restricted).
    QByteArray secureXml;
    bool secretsHidden = false;
    // Snapshots libvirt knows for the guest (read with the XML); -1 when the
    // driver cannot say. Migration refuses guests with snapshots.
    int snapshotCount = -1;

    bool isActive() const
    {
        return state != DomainState::Shutoff && state != DomainState::NoState
            && state != DomainState::Crashed;
    }
    bool operator==(const DomainInfo &) const = default;
};

struct HostInfo {
    QString hostname;
    QString cpuModel;
    QString arch;
    int cpus = 0;
    int sockets = 0;
    int cores = 0;
    int threads = 0;
    int numaNodes = 0;
    int mhz = 0;
    quint64 memoryKiB = 0;
    quint64 freeMemoryKiB = 0;   // 0 with freeMemoryKnown=false when the driver cannot say
    bool freeMemoryKnown = false;
    QString hypervisor;          // QEMU, TEST...
    QString hypervisorVersion;
    QString libvirtVersion;
    bool operator==(const HostInfo &) const = default;
};

struct StoragePoolInfo {
    QString uuid;
    QString name;
    QString type;
    QString targetPath;
    bool active = false;
    bool autostart = false;
    quint64 capacity = 0;
    quint64 allocation = 0;
    quint64 available = 0;
    bool operator==(const StoragePoolInfo &) const = default;
};

struct NetworkInfo {
    QString uuid;
    QString name;
    QString bridge;
    QString forwardMode;   // nat, route, bridge, open, isolated (no <forward>)
    bool active = false;
    bool autostart = false;
    bool operator==(const NetworkInfo &) const = default;
};

// What a refresh learns about a host itself (guests travel separately).
struct HostDetails {
    HostInfo host;
    QList<StoragePoolInfo> pools;
    QList<NetworkInfo> networks;
    bool operator==(const HostDetails &) const = default;
};

QString formatMemoryKiB(quint64 kib);
QString formatBytes(quint64 bytes);

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::DomainInfo)
Q_DECLARE_METATYPE(Vigil::HostInfo)
Q_DECLARE_METATYPE(Vigil::HostDetails)
