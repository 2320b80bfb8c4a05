#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "../hostconfig.h"

namespace Vigil::Demo {

// The embedded demo cluster: libvirt test-driver node files shipped as Qt
// resources, written to a cache folder (the test driver needs a real path)
// and returned as host configurations with test:///<path> URIs. One extra
// host points at a loopback address where nothing listens, so the demo also
// shows what an unreachable host looks like — for real, with libvirt's error.
QList<HostConfig> demoHosts(QString *error);

// The demo's example failover policy (JSON, see docs/POLICIES.md).
QByteArray examplePolicy();

// Where the node files are written.
QString demoDirectory();

} // namespace Vigil::Demo
