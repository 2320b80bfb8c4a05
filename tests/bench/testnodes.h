#pragma once

#include <QByteArray>

namespace Vigil::Bench {

// A libvirt test-driver node file (test:///path.xml) for host number `host`
// with `guests` guests of mixed size, mostly running, some off or paused.
QByteArray nodeXml(int host, int guests);

} // namespace Vigil::Bench
