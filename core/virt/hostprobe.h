#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Vigil::Virt {

struct ProbeResult {
    bool ok = false;
    QString message;      // what the user sees: node summary or libvirt's error
    qint64 elapsedMs = 0;
};

// "Test connection": opens the URI on a detached thread, reads node info and
// the guest count, and closes it. The answer is delivered on `context`'s
// thread; if `context` is gone by then, it is dropped. The GUI never waits.
void probeHost(const QString &uri, QObject *context,
               std::function<void(const ProbeResult &)> onDone);

} // namespace Vigil::Virt
