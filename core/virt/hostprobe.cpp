#include "hostprobe.h"

#include "eventloop.h"
#include "openconnection.h"
#include "virthelpers.h"
#include "../callbackguard.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <thread>

namespace Vigil::Virt {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::HostProbe", text); }

ProbeResult runProbe(const QByteArray &uri)
{
    ProbeResult result;
    QElapsedTimer timer;
    timer.start();
    virConnectPtr conn = openWithoutPrompts(uri, VIR_CONNECT_RO);
    if (!conn) {
        result.message = lastError();
        result.elapsedMs = timer.elapsed();
        return result;
    }
    virNodeInfo node;
    const QString hostname = takeString(virConnectGetHostname(conn));
    const int guests = virConnectNumOfDomains(conn) + virConnectNumOfDefinedDomains(conn);
    if (virNodeGetInfo(conn, &node) == 0) {
        result.ok = true;
        result.message = tr("Connected to %1: %2 CPUs, %3 MiB memory, %4 guests (%5)")
                             .arg(hostname)
                             .arg(node.cpus)
                             .arg(node.memory / 1024)
                             .arg(guests)
                             .arg(QString::fromUtf8(virConnectGetType(conn)));
    } else {
        result.message = lastError();
    }
    virConnectClose(conn);
    result.elapsedMs = timer.elapsed();
    return result;
}

} // namespace

void probeHost(const QString &uri, QObject *context, std::function<void(const ProbeResult &)> onDone)
{
    ensureEventLoopRunning();
    // Detached on purpose: an open() to a hung host can block for a long
    // time and must not hold up the dialog or the application's exit.
    auto guard = std::make_shared<CallbackGuard>(context);
    QObject::connect(context, &QObject::destroyed, [guard]() { guard->invalidate(); });
    std::thread([uri = uri.toUtf8(), guard, onDone = std::move(onDone)]() {
        const ProbeResult result = runProbe(uri);
        guard->post([onDone, result]() { onDone(result); });
    }).detach();
}

} // namespace Vigil::Virt
