#pragma once

#include <QString>

namespace Vigil {

// Checks a libvirt connection URI before it is stored or opened, so that a
// typo gets a precise message instead of an opaque libvirt error later.
struct UriCheck {
    bool ok = false;
    QString error;      // user-facing reason when !ok
    QString driver;     // qemu, test, ...
    QString transport;  // empty for local, else ssh, tls, tcp, unix, ...
    QString host;       // empty for local URIs
    bool isRemote() const { return !host.isEmpty(); }
};

UriCheck checkLibvirtUri(const QString &uri);

// Whether a host reached at `uri` runs on this machine (a local URI,
// localhost or a loopback address), so that it sees this machine's paths.
bool isOnThisMachine(const QString &uri);

} // namespace Vigil
