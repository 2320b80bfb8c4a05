#pragma once

#include <QMetaType>
#include <QString>

namespace Vigil {

// Database row id of a host; stable for the life of the host entry.
using HostId = qint64;

// What the administrator configured for one libvirt host. Credentials are
// deliberately absent: libvirt's own auth (SSH agent, SASL, TLS) provides them.
struct HostConfig {
    HostId id = 0;
    QString name;
    QString uri;
    QString group;
    int keepaliveInterval = 2;  // seconds between keepalive probes
    int keepaliveCount = 3;     // unanswered probes before the link is declared dead
    // In maintenance: new guests and failover restarts avoid it, and its own
    // loss of connection does not start a failover.
    bool maintenance = false;
    // The host runs a libvirt lock manager (virtlockd or sanlock) whose
    // leases are on storage every host shares: a second copy of a guest
    // cannot start while the first holds its disks, even if a fence lied.
    // Declared by the admin (libvirt does not tell remote clients).
    bool lockManager = false;

    bool operator==(const HostConfig &) const = default;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::HostConfig)
