#include "hostprobe.h"

#include "eventloop.h"
#include "openconnection.h"
#include "virthelpers.h"
#include "../jobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::HostProbe)
};

ProbeResult runProbe(const QString &uri)
{
    ProbeResult result;
    QElapsedTimer timer;
    timer.start();
    ConnectFailure failure;
    virConnectPtr conn = openHost(uri, VIR_CONNECT_RO, &failure);
    if (!conn) {
        result.message = failure.reason;
        result.issue = failure.issue;
        result.hostKeyFingerprint = failure.hostKeyFingerprint;
        result.elapsedMs = timer.elapsed();
        return result;
    }
    virNodeInfo node;
    const QString hostname = takeString(virConnectGetHostname(conn));
    const int guests = virConnectNumOfDomains(conn) + virConnectNumOfDefinedDomains(conn);
    if (virNodeGetInfo(conn, &node) == 0) {
        result.ok = true;
        result.message = Text::tr("Connected to %1: %2 CPUs, %3 MiB memory, %4 guests (%5)")
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
    // An open() to a hung host can block for a long time: the job holds up
    // neither the dialog (its answer is dropped once the dialog is gone)
    // nor the application's exit.
    Jobs::run(context, [uri]() { return runProbe(uri); }, std::move(onDone));
}

} // namespace Vigil::Virt
