#include "migrator.h"

#include "openconnection.h"
#include "../jobs.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Migrator)
};


qint64 typedValue(virTypedParameterPtr params, int count, const char *name)
{
    unsigned long long value = 0;
    if (virTypedParamsGetULLong(params, count, name, &value) == 1)
        return qint64(value);
    return -1;
}

Migration::MigrationProgress readProgress(virDomainPtr dom, unsigned int flags)
{
    Migration::MigrationProgress p;
    int type = 0;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(dom, &type, &params, &count, flags) < 0) {
        virResetLastError();
        return p;
    }
    p.dataTotal = typedValue(params, count, VIR_DOMAIN_JOB_DATA_TOTAL);
    p.dataProcessed = typedValue(params, count, VIR_DOMAIN_JOB_DATA_PROCESSED);
    p.dataRemaining = typedValue(params, count, VIR_DOMAIN_JOB_DATA_REMAINING);
    p.bytesPerSecond = typedValue(params, count, VIR_DOMAIN_JOB_MEMORY_BPS);
    p.expectedDowntimeMs = typedValue(params, count, VIR_DOMAIN_JOB_DOWNTIME);
    const qint64 elapsed = typedValue(params, count, VIR_DOMAIN_JOB_TIME_ELAPSED);
    p.elapsedMs = elapsed < 0 ? 0 : elapsed;
    virTypedParamsFree(params, count);
    return p;
}

// The hypervisor's measured downtime of a finished migration, read where the
// guest now lives (the source forgets it when the guest is undefined there).
qint64 completedDowntime(const QByteArray &targetUri, const QByteArray &uuid)
{
    ConnectionHandle target(openWithoutPrompts(targetUri, VIR_CONNECT_RO));
    if (!target)
        return -1;
    DomainHandle dom(virDomainLookupByUUIDString(target.get(), uuid.constData()));
    if (!dom)
        return -1;
    int type = 0;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(dom.get(), &type, &params, &count, VIR_DOMAIN_JOB_STATS_COMPLETED) < 0) {
        virResetLastError();
        return -1;
    }
    const qint64 downtime = typedValue(params, count, VIR_DOMAIN_JOB_DOWNTIME);
    virTypedParamsFree(params, count);
    return downtime;
}

// A connection to the source for one thread. The migrate call blocks until
// the move ends; with the host's keepalive a source that dies or hangs
// mid-move ends it with an error instead of leaving it "running" for ever.
// The progress watcher has a
// connection of its own: sharing one with the blocked migrate call, its
// calls stalled behind it (libvirt 9.0 lets one thread drive a connection
// while others queue) and one never returned once the host stopped answering.
virConnectPtr openToSource(const HostConfig &host)
{
    return openWithKeepAlive(host.uri.toUtf8(), host.keepaliveInterval, host.keepaliveCount);
}

} // namespace

MigrationOutcome runMigration(const Migration::MigrationRequest &request,
                              const std::function<void(const Migration::MigrationProgress &)> &progress,
                              const std::atomic<bool> &cancel)
{
    MigrationOutcome outcome;
    const QByteArray targetUri = request.target.uri.toUtf8();
    const QByteArray uuid = request.uuid.toLatin1();
    ConnectionHandle source(openToSource(request.source));
    if (!source) {
        outcome.message = Text::tr("cannot connect to %1: %2").arg(request.source.name, lastError());
        return outcome;
    }
    const char *driver = virConnectGetType(source.get());
    if (driver && qstricmp(driver, "Test") == 0) {
        outcome.message = Text::tr("%1's driver (libvirt's test driver) cannot migrate guests").arg(request.source.name);
        return outcome;
    }
    DomainHandle dom(virDomainLookupByUUIDString(source.get(), uuid.constData()));
    if (!dom) {
        outcome.message = Text::tr("%1 is no longer on %2").arg(request.guest, request.source.name);
        return outcome;
    }
    const bool active = virDomainIsActive(dom.get()) == 1;
    const Migration::MigrationOptions &o = request.options;
    if (o.live && !active) {
        outcome.message = Text::tr("%1 is not running: move it offline instead").arg(request.guest);
        return outcome;
    }

    unsigned long flags = VIR_MIGRATE_PEER2PEER;
    if (o.live)
        flags |= VIR_MIGRATE_LIVE;
    else
        flags |= VIR_MIGRATE_OFFLINE;
    if (o.persistOnTarget || !o.live)
        flags |= VIR_MIGRATE_PERSIST_DEST;
    if (o.undefineSource)
        flags |= VIR_MIGRATE_UNDEFINE_SOURCE;
    if (o.copyStorage && o.live)
        flags |= VIR_MIGRATE_NON_SHARED_DISK;
    if (o.autoConverge && o.live)
        flags |= VIR_MIGRATE_AUTO_CONVERGE;
    if (o.postCopy && o.live)
        flags |= VIR_MIGRATE_POSTCOPY;
    if (o.compressed && o.live)
        flags |= VIR_MIGRATE_COMPRESSED;

    virTypedParameterPtr params = nullptr;
    int count = 0;
    int capacity = 0;
    if (o.bandwidthMiBs > 0)
        virTypedParamsAddULLong(&params, &count, &capacity, VIR_MIGRATE_PARAM_BANDWIDTH,
                                static_cast<unsigned long long>(o.bandwidthMiBs));

    // While the migration call blocks this thread, a watcher reports
    // progress and carries out a cancel, on its own connection (see
    // openToSource); should that fail to open, on this one.
    std::mutex lock;
    std::condition_variable wake;
    bool done = false;
    bool aborted = false;
    virDomainRef(dom.get());
    DomainHandle shared(dom.get());
    QFuture<void> watcher = Jobs::start([&, shared = std::move(shared)]() {
        ConnectionHandle own;
        DomainHandle ownDomain;
        virDomainPtr watched = nullptr;
        std::unique_lock<std::mutex> guard(lock);
        while (!done) {
            wake.wait_for(guard, std::chrono::milliseconds(500), [&] { return done; });
            if (done)
                break;
            guard.unlock();
            if (!watched) {   // opened only for a move that lasts: a quick one costs no connection
                own.reset(openToSource(request.source));
                ownDomain.reset(own ? virDomainLookupByUUIDString(own.get(), uuid.constData()) : nullptr);
                if (!ownDomain)
                    virResetLastError();
                watched = ownDomain ? ownDomain.get() : shared.get();
            }
            if (cancel.load() && !aborted) {
                aborted = virDomainAbortJob(watched) == 0;
                if (!aborted)
                    virResetLastError();
            }
            if (progress && o.live)
                progress(readProgress(watched, 0));
            guard.lock();
        }
    });

    QElapsedTimer clock;
    clock.start();
    const int rc = virDomainMigrateToURI3(dom.get(), targetUri.constData(), params, unsigned(count), flags);
    const QString error = rc < 0 ? lastError() : QString();
    const int errorCode = rc < 0 ? lastErrorCode() : 0;
    {
        std::lock_guard<std::mutex> guard(lock);
        done = true;
    }
    wake.notify_all();
    watcher.waitForFinished();
    virTypedParamsFree(params, count);

    if (rc == 0) {
        outcome.ok = true;
        outcome.downtimeMs = o.live ? completedDowntime(targetUri, uuid) : -1;
        outcome.message = Text::tr("moved to %1 in %2 s").arg(request.target.name).arg(clock.elapsed() / 1000.0, 0, 'f', 1);
        return outcome;
    }
    outcome.cancelled = aborted || (cancel.load() && errorCode == VIR_ERR_OPERATION_ABORTED);
    if (outcome.cancelled)
        outcome.message = Text::tr("cancelled; %1 keeps running on %2").arg(request.guest, request.source.name);
    else if (virConnectIsAlive(source.get()) == 0)
        // The source drives a peer-to-peer move: it may still finish it.
        outcome.message = Text::tr("lost contact with %1 during the move (%2); where %3 runs is known once %1 answers again")
                              .arg(request.source.name, error, request.guest);
    else
        outcome.message = error;
    return outcome;
}

} // namespace Vigil::Virt
