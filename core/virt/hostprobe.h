#pragma once

#include "../hoststate.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Vigil::Virt {

struct ProbeResult {
    bool ok = false;
    QString message;      // what the user sees: node summary or why it failed
    qint64 elapsedMs = 0;
    ConnectIssue issue = ConnectIssue::None;
    QString hostKeyFingerprint;   // HostKeyUnknown: the key to compare, then trust
};

// "Test connection": opens the URI on a detached thread, reads node info and
// the guest count, and closes it. The answer is delivered on `context`'s
// thread; if `context` is gone by then, it is dropped. The GUI never waits.
void probeHost(const QString &uri, QObject *context,
               std::function<void(const ProbeResult &)> onDone);

} // namespace Vigil::Virt
