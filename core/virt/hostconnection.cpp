#include "hostconnection.h"

#include "eventloop.h"
#include "inventoryreader.h"
#include "openconnection.h"
#include "statsreader.h"
#include "virthelpers.h"
#include "workthrottle.h"
#include "../credentials/credentialstore.h"
#include "../hosturi.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace Vigil::Virt {

// Handed to libvirt as callback opaque: posts to the owning connection's
// thread, tagged with the connection generation it was registered for.
struct HostConnection::CallbackContext {
    CallbackGuardPtr guard;
    HostConnection *connection;
    quint64 generation;
};

HostConnection::HostConnection(const HostConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_inProcessDriver(checkLibvirtUri(config.uri).host.isEmpty())
    , m_reconnectTimer(this)
    , m_lightRefreshTimer(this)
    , m_statsTimer(this)
{
    m_reconnectTimer.setSingleShot(true);
    m_lightRefreshTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &HostConnection::connectToHost);
    connect(&m_lightRefreshTimer, &QTimer::timeout, this, &HostConnection::lightRefresh);
    m_statsTimer.setSingleShot(true);
    connect(&m_statsTimer, &QTimer::timeout, this, &HostConnection::collectStats);
    // A host that waited for its login tries again as soon as it changes.
    connect(&CredentialStore::instance(), &CredentialStore::changed, this, [this](const QStringList &uris) {
        const bool waiting = m_status.issue == ConnectIssue::CredentialsNeeded || m_status.issue == ConnectIssue::AuthRefused;
        if (waiting && !m_conn && uris.contains(m_config.uri))
            reconnectNow();
    });
}

HostConnection::~HostConnection()
{
    teardown();
}

void HostConnection::start()
{
    Q_ASSERT(QThread::currentThread() == thread());
    // Host workers are background work: at nice +10 (this thread only) the
    // GUI thread wins the CPU even when hundreds of hosts parse XML at once.
    setpriority(PRIO_PROCESS, id_t(syscall(SYS_gettid)), 10);
    m_stopped = false;
    ensureEventLoopRunning();
    setStatus(HostState::Connecting);
    connectToHost();
}

void HostConnection::stop()
{
    Q_ASSERT(QThread::currentThread() == thread());
    m_stopped = true;
    m_reconnectTimer.stop();
    m_lightRefreshTimer.stop();
    teardown();
}

void HostConnection::reconfigure(const HostConfig &config)
{
    const bool linkChanged = config.uri != m_config.uri
                             || config.keepaliveInterval != m_config.keepaliveInterval
                             || config.keepaliveCount != m_config.keepaliveCount;
    m_config = config;
    m_inProcessDriver = checkLibvirtUri(config.uri).host.isEmpty();
    if (linkChanged && !m_stopped) {
        teardown();
        m_domains.clear();
        Q_EMIT domainsLoaded(m_config.id, {});
        m_status.failedAttempts = 0;
        setStatus(HostState::Connecting);
        connectToHost();
    }
}

void HostConnection::reconnectNow()
{
    if (m_stopped)
        return;
    teardown();
    m_reconnectTimer.stop();
    connectToHost();
}

void HostConnection::refresh()
{
    if (m_conn)
        lightRefresh();
}

void HostConnection::connectToHost()
{
    if (m_stopped || m_conn)
        return;
    // A URI stored before it would be accepted (a password, a command) is
    // never opened: the check is the same as when adding a host.
    if (const UriCheck check = checkLibvirtUri(m_config.uri); !check.ok) {
        markUnreachable(tr("not connected: %1").arg(check.error));
        return;
    }
    LocalWorkPermit permit(m_inProcessDriver);
    ConnectFailure failure;
    virConnectPtr conn = openHost(m_config.uri, 0, &failure);
    if (!conn) {
        markUnreachable(failure);
        return;
    }
    m_conn = conn;
    ++m_generation;
    m_guard = std::make_shared<CallbackGuard>(this);

    // Local drivers (test:///, qemu:///) have no keepalive: -1 is expected there.
    virConnectSetKeepAlive(conn, m_config.keepaliveInterval, unsigned(m_config.keepaliveCount));
    virResetLastError();
    // libvirt owns a context only when registration succeeds, and only
    // when the driver has close callbacks at all: the in-process test driver
    // has none, and libvirt then "succeeds" without taking the context
    // (LeakSanitizer found one leaked per connection).
    const UriCheck link = checkLibvirtUri(m_config.uri);
    if (!(link.driver == u"test" && link.host.isEmpty() && link.transport.isEmpty())) {
        auto *closeContext = new CallbackContext{m_guard, this, m_generation};
        if (virConnectRegisterCloseCallback(conn, closeTrampoline, closeContext, freeContext) < 0) {
            delete closeContext;
            virResetLastError();
        }
    }
    auto *eventContext = new CallbackContext{m_guard, this, m_generation};
    m_eventCallbackId = virConnectDomainEventRegisterAny(
        conn, nullptr, VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(lifecycleTrampoline),
        eventContext, freeContext);
    if (m_eventCallbackId < 0) {
        delete eventContext;
        logEvent(EventRecord::Kind::Connection, {},
                 storedTr("no lifecycle events from this host (%1); changes are found by polling").arg(lastError()));
    }

    const int previousFailures = m_status.failedAttempts;
    const bool wasLost = m_status.state == HostState::Unreachable;
    fullRefresh();
    if (!m_conn)
        return;  // the refresh found the link dead and already marked the host
    m_status.failedAttempts = 0;
    m_lastContact = QDateTime::currentDateTimeUtc();
    setStatus(HostState::Up);
    if (wasLost)
        logEvent(EventRecord::Kind::Connection, {},
                 storedTr("reconnected after %n failed attempt(s)", nullptr, previousFailures),
                 EventRecord::Result::Ok, QStringLiteral("libvirt"));
    else
        logEvent(EventRecord::Kind::Connection, {}, storedTr("connected to %1").arg(m_config.uri),
                 EventRecord::Result::Ok, QStringLiteral("libvirt"));
    scheduleLightRefresh();
    // Counters from before a reconnect may belong to a restarted daemon.
    // The first tick runs from the loop: this call still holds its work permit.
    m_rates.reset();
    if (m_statsIntervalMs > 0)
        m_statsTimer.start(0);
}

void HostConnection::closeTrampoline(_virConnect *, int reason, void *opaque)
{
    auto *ctx = static_cast<CallbackContext *>(opaque);
    HostConnection *self = ctx->connection;
    const quint64 generation = ctx->generation;
    ctx->guard->post([self, generation, reason]() {
        if (generation == self->m_generation)
            self->onConnectionClosed(reason);
    });
}

int HostConnection::lifecycleTrampoline(_virConnect *, _virDomain *dom, int event, int detail,
                                        void *opaque)
{
    auto *ctx = static_cast<CallbackContext *>(opaque);
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, uuid) < 0)
        return 0;
    // Name and UUID are cached in the virDomainPtr: no RPC on the event thread.
    const QString uuidText = QString::fromLatin1(uuid);
    const QString name = QString::fromUtf8(virDomainGetName(dom));
    HostConnection *self = ctx->connection;
    const quint64 generation = ctx->generation;
    ctx->guard->post([self, generation, uuidText, name, event, detail]() {
        if (generation == self->m_generation)
            self->onLifecycleEvent(uuidText, name, event, detail);
    });
    return 0;
}

void HostConnection::freeContext(void *opaque)
{
    delete static_cast<CallbackContext *>(opaque);
}

void HostConnection::onConnectionClosed(int reason)
{
    if (!m_conn)
        return;
    // The last contact is what recovery times count from. An EOF means the
    // daemon answered until now (killed, or its host closed the socket);
    // after a keepalive timeout the host said nothing for count × interval,
    // so it was last heard at most (count + 1) × interval ago — never less
    // than a poll saw: a host that is merely quiet is not assumed dead early.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reason == VIR_CONNECT_CLOSE_REASON_EOF)
        m_lastContact = now;
    else if (m_config.keepaliveInterval > 0)
        m_lastContact = std::max(m_lastContact,
                                 now.addSecs(-qint64(m_config.keepaliveCount + 1) * m_config.keepaliveInterval));
    teardown();
    markUnreachable(tr("connection lost: %1").arg(closeReasonText(reason)));
}

void HostConnection::teardown()
{
    m_lightRefreshTimer.stop();
    m_statsTimer.stop();
    if (m_guard)
        m_guard->invalidate();
    m_guard.reset();
    if (!m_conn)
        return;
    ++m_generation;
    if (m_eventCallbackId >= 0)
        virConnectDomainEventDeregisterAny(m_conn, m_eventCallbackId);
    m_eventCallbackId = -1;
    virConnectUnregisterCloseCallback(m_conn, closeTrampoline);
    virConnectClose(m_conn);
    virResetLastError();
    m_conn = nullptr;
}

void HostConnection::markUnreachable(const QString &reason)
{
    markUnreachable(ConnectFailure{ConnectIssue::None, reason, false, {}, false});
}

void HostConnection::markUnreachable(const ConnectFailure &failure)
{
    const QString &reason = failure.reason;
    const bool firstFailure = m_status.state != HostState::Unreachable || m_status.reason != reason;
    ++m_status.failedAttempts;
    m_status.issue = failure.issue;
    m_status.hostKeyFingerprint = failure.hostKeyFingerprint;
    // Exponential back-off 1 s, 2 s, 4 s ... 60 s, with ±20 % jitter so that
    // many consoles do not hammer a recovering host in lock-step; what only
    // the admin can fix waits kAdminRetryMs.
    const int exponent = std::min(m_status.failedAttempts - 1, 6);
    const int base = std::min(kMinBackoffMs << exponent, kMaxBackoffMs);
    const int jitter = int(QRandomGenerator::global()->bounded(base / 5 * 2 + 1)) - base / 5;
    const int delay = failure.needsAdmin ? kAdminRetryMs : std::max(kMinBackoffMs / 2, base + jitter);
    m_status.nextRetry = failure.waitsForLogin ? QDateTime() : QDateTime::currentDateTimeUtc().addMSecs(delay);
    setStatus(HostState::Unreachable, reason);
    if (firstFailure)
        logEvent(EventRecord::Kind::Connection, {}, reason, EventRecord::Result::Failed,
                 QStringLiteral("libvirt"));
    if (!m_stopped && !failure.waitsForLogin)
        m_reconnectTimer.start(delay);
}

void HostConnection::setStatus(HostState state, const QString &reason)
{
    if (m_status.state != state)
        m_status.since = QDateTime::currentDateTimeUtc();
    m_status.state = state;
    m_status.reason = reason;
    m_status.lastContact = state == HostState::Unreachable ? m_lastContact : QDateTime();
    if (state != HostState::Unreachable) {
        m_status.nextRetry = {};
        m_status.issue = ConnectIssue::None;
        m_status.hostKeyFingerprint.clear();
    }
    Q_EMIT statusChanged(m_config.id, m_status);
}

bool HostConnection::connectionLost()
{
    if (!m_conn)
        return true;
    if (virConnectIsAlive(m_conn) == 1)
        return false;
    const QString reason = tr("connection lost: %1").arg(lastError());
    teardown();
    markUnreachable(reason);
    return true;
}

void HostConnection::fullRefresh()
{
    const HostDetails details = readHostDetails(m_conn);
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(m_conn, &domains, 0);
    if (count < 0) {
        const QString error = lastError();
        if (!connectionLost())
            logEvent(EventRecord::Kind::Connection, {},
                     storedTr("cannot list guests: %1").arg(error), EventRecord::Result::Failed);
        return;
    }
    // Over the network a call per guest costs a round trip; in-process ones
    // are function calls, where asking each guest is cheaper.
    const GuestFacts facts = m_inProcessDriver ? GuestFacts() : readGuestFacts(m_conn);
    QHash<QString, DomainInfo> previous;
    previous.swap(m_domains);
    QList<DomainInfo> loaded;
    loaded.reserve(count);
    for (int i = 0; i < count; ++i) {
        DomainHandle dom(domains[i]);
        DomainInfo info;
        if (!readDomain(dom.get(), info, true, nullptr, &facts))
            continue;  // vanished between list and read
        const auto old = previous.constFind(info.uuid);
        if (old != previous.cend() && old->isActive() && info.isActive())
            info.runningSince = old->runningSince;
        m_domains.insert(info.uuid, info);
        loaded.append(info);
    }
    free(domains);
    m_details = details;
    Q_EMIT detailsUpdated(m_config.id, details);
    Q_EMIT domainsLoaded(m_config.id, loaded);
    Q_EMIT refreshed(m_config.id);
}

void HostConnection::lightRefresh()
{
    if (!m_conn)
        return;
    LocalWorkPermit permit(m_inProcessDriver);
    virDomainPtr *domains = nullptr;
    const int count = virConnectListAllDomains(m_conn, &domains, 0);
    if (count < 0) {
        if (!connectionLost())
            scheduleLightRefresh();
        return;
    }
    const GuestFacts facts = m_inProcessDriver ? GuestFacts() : readGuestFacts(m_conn);
    QSet<QString> seen;
    for (int i = 0; i < count; ++i) {
        DomainHandle dom(domains[i]);
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(dom.get(), uuid) < 0)
            continue;
        const QString key = QString::fromLatin1(uuid);
        seen.insert(key);
        const auto known = m_domains.constFind(key);
        DomainInfo info = known != m_domains.cend() ? *known : DomainInfo();
        // Only unknown guests need their XML; configuration changes of known
        // ones arrive as DEFINED events.
        if (!readDomain(dom.get(), info, known == m_domains.cend(), nullptr, &facts))
            continue;
        rememberDomain(info);
    }
    free(domains);
    const QStringList knownUuids = m_domains.keys();
    for (const QString &uuid : knownUuids) {
        if (!seen.contains(uuid)) {
            m_domains.remove(uuid);
            Q_EMIT domainRemoved(m_config.id, uuid);
        }
    }
    HostDetails details = refreshHostDetails(m_conn, m_details);
    if (!(details == m_details)) {
        m_details = details;
        Q_EMIT detailsUpdated(m_config.id, details);
    }
    if (!connectionLost()) {
        m_lastContact = QDateTime::currentDateTimeUtc();
        Q_EMIT refreshed(m_config.id);
        scheduleLightRefresh();
    }
}

void HostConnection::rememberDomain(DomainInfo &info)
{
    const auto old = m_domains.constFind(info.uuid);
    if (old != m_domains.cend()) {
        if (info.isActive() && !old->isActive())
            info.runningSince = QDateTime::currentDateTimeUtc();
        else if (!info.isActive())
            info.runningSince = {};
        if (*old == info)
            return;  // nothing changed: no signal, no model churn
    }
    m_domains.insert(info.uuid, info);
    Q_EMIT domainUpdated(m_config.id, info);
}

void HostConnection::scheduleLightRefresh()
{
    if (m_stopped || !m_conn)
        return;
    // ±10 % jitter keeps many hosts from refreshing in lock-step.
    const int spread = m_lightRefreshMs / 10;
    const int jitter = spread > 0 ? int(QRandomGenerator::global()->bounded(2 * spread + 1)) - spread : 0;
    m_lightRefreshTimer.start(m_lightRefreshMs + jitter);
}

void HostConnection::scheduleStats()
{
    if (m_stopped || !m_conn || m_statsIntervalMs <= 0)
        return;
    m_statsTimer.start(m_statsIntervalMs);
}

void HostConnection::collectStats()
{
    if (!m_conn || m_statsIntervalMs <= 0)
        return;
    LocalWorkPermit permit(m_inProcessDriver);
    Metrics::HostCounters counters;
    counters.host = m_config.id;
    counters.hostName = m_config.name;
    QString error;
    bool ok = false;
    if (!m_bulkStatsUnsupported) {
        ok = readHostCounters(m_conn, m_details.host.memoryKiB, counters, &error);
        if (!ok && lastErrorCode() == VIR_ERR_NO_SUPPORT) {
            m_bulkStatsUnsupported = true;
            logEvent(EventRecord::Kind::Connection, {},
                     storedTr("this host cannot report guest statistics in bulk (%1); only states "
                        "are recorded").arg(error));
        }
    }
    if (!ok) {
        // A host that vanished mid-collection produces no sample at all:
        // a gap in the charts, never a row of zeros.
        if (connectionLost())
            return;
        if (!m_bulkStatsUnsupported) {
            scheduleStats();
            return;
        }
        for (const DomainInfo &domain : std::as_const(m_domains)) {
            Metrics::GuestCounters guest;
            guest.uuid = domain.uuid;
            guest.name = domain.name;
            guest.state = domain.state;
            counters.guests.append(guest);
        }
    }
    // Fill what the inventory already knows for drivers whose bulk call
    // leaves groups out (the test driver reports only the state group).
    for (Metrics::GuestCounters &guest : counters.guests) {
        const auto known = m_domains.constFind(guest.uuid);
        if (known == m_domains.cend())
            continue;
        if (guest.vcpus <= 0)
            guest.vcpus = known->vcpus;
        if (!guest.memoryCurrentKiB && known->isActive() && known->memoryKiB > 0)
            guest.memoryCurrentKiB = known->memoryKiB;
    }
    if (ok)
        m_lastContact = QDateTime::currentDateTimeUtc();
    QElapsedTimer steady;
    steady.start();
    counters.monotonicNs = steady.msecsSinceReference() * 1000000;
    counters.time = m_sampleClock.stamp(QDateTime::currentDateTimeUtc(), counters.monotonicNs);
    Q_EMIT statsSampled(m_rates.derive(counters));
    scheduleStats();
}

void HostConnection::refreshDomain(const QString &uuid, bool withXml)
{
    if (!m_conn)
        return;
    const QByteArray key = uuid.toLatin1();
    DomainHandle dom(virDomainLookupByUUIDString(m_conn, key.constData()));
    if (!dom) {
        if (lastErrorCode() == VIR_ERR_NO_DOMAIN) {
            if (m_domains.remove(uuid) > 0)
                Q_EMIT domainRemoved(m_config.id, uuid);
        } else {
            connectionLost();
        }
        return;
    }
    const auto known = m_domains.constFind(uuid);
    DomainInfo info = known != m_domains.cend() ? *known : DomainInfo();
    if (!readDomain(dom.get(), info, withXml || known == m_domains.cend(), nullptr)) {
        if (lastErrorCode() == VIR_ERR_NO_DOMAIN && m_domains.remove(uuid) > 0)
            Q_EMIT domainRemoved(m_config.id, uuid);
        return;
    }
    rememberDomain(info);
}

void HostConnection::onLifecycleEvent(const QString &uuid, const QString &name, int event,
                                      int detail)
{
    m_lastContact = QDateTime::currentDateTimeUtc();
    logEvent(EventRecord::Kind::Lifecycle, name, lifecycleEventText(event, detail), {},
             QStringLiteral("libvirt"));
    if (event == VIR_DOMAIN_EVENT_UNDEFINED) {
        // A transient guest that still runs stays; a defined one that is gone is removed.
        refreshDomain(uuid, false);
        return;
    }
    refreshDomain(uuid, event == VIR_DOMAIN_EVENT_DEFINED || event == VIR_DOMAIN_EVENT_STARTED);
}

void HostConnection::logEvent(EventRecord::Kind kind, const QString &guest, const StoredText &message,
                              EventRecord::Result result, const QString &user)
{
    Q_EMIT eventOccurred(EventRecord::make(kind, m_config.name, guest, message, result,
                                           user.isEmpty() ? QStringLiteral("libvirt") : user));
}

} // namespace Vigil::Virt
