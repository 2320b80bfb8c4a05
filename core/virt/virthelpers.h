#pragma once

// Small RAII and error helpers shared by the libvirt-facing classes.
// Only core/virt includes libvirt.

#include <libvirt/libvirt.h>
#include <libvirt/libvirt-domain-checkpoint.h>
#include <libvirt/virterror.h>

#include <QString>

#include "core/storedtext.h"

#include <memory>

namespace Vigil::Virt {

struct DomainDeleter { void operator()(virDomainPtr d) const { if (d) virDomainFree(d); } };
struct PoolDeleter { void operator()(virStoragePoolPtr p) const { if (p) virStoragePoolFree(p); } };
struct NetworkDeleter { void operator()(virNetworkPtr n) const { if (n) virNetworkFree(n); } };

struct CheckpointDeleter { void operator()(virDomainCheckpointPtr c) const { if (c) virDomainCheckpointFree(c); } };

struct ConnectionCloser { void operator()(virConnectPtr c) const { if (c) virConnectClose(c); } };

using DomainHandle = std::unique_ptr<virDomain, DomainDeleter>;
using CheckpointHandle = std::unique_ptr<virDomainCheckpoint, CheckpointDeleter>;
// A connection of one worker's own (migrations, backups, restores).
using ConnectionHandle = std::unique_ptr<virConnect, ConnectionCloser>;

// The calling thread's last libvirt error, as a user-facing sentence.
inline QString lastError()
{
    const char *message = virGetLastErrorMessage();
    return message ? QString::fromUtf8(message) : QStringLiteral("unknown libvirt error");
}

inline int lastErrorCode()
{
    virErrorPtr error = virGetLastError();
    return error ? error->code : VIR_ERR_OK;
}

// Takes ownership of a malloc'ed C string from libvirt.
inline QString takeString(char *text)
{
    if (!text)
        return {};
    QString result = QString::fromUtf8(text);
    free(text);
    return result;
}

// Whether the calling thread's last error says a guest could not start
// because one of its disks is in use by another process, maybe on another
// host: a lock manager's lease (virtlockd, sanlock) or QEMU's own image lock.
// For failover this means the copy that should be dead is alive.
bool lastErrorIsDiskInUse();

QString closeReasonText(int reason);
StoredText lifecycleEventText(int event, int detail);
QString stateReasonText(int state, int reason);

} // namespace Vigil::Virt
