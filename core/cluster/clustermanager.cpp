#include "clustermanager.h"

#include "../virt/hostconnection.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace Vigil {
namespace {
std::atomic<bool> s_abandoned{false};   // see abandonedConnections()
}
void registerMetaTypes()
{
    qRegisterMetaType<HostConfig>();
    qRegisterMetaType<HostStatus>();
    qRegisterMetaType<HostDetails>();
    qRegisterMetaType<DomainInfo>();
    qRegisterMetaType<QList<DomainInfo>>();
    qRegisterMetaType<EventRecord>();
    qRegisterMetaType<ActionResult>();
    qRegisterMetaType<DomainAction>();
    qRegisterMetaType<Metrics::HostSample>();
}

ClusterManager::ClusterManager(QObject *parent)
    : QObject(parent)
    , m_inbox(this, 8)
{
    registerMetaTypes();
}

ClusterManager::~ClusterManager()
{
    m_inbox.close();
    shutdown();
}

QList<HostConfig> ClusterManager::hosts() const
{
    QList<HostConfig> result;
    result.reserve(m_hosts.size());
    for (const Entry &entry : m_hosts)
        result.append(entry.config);
    std::sort(result.begin(), result.end(),
              [](const HostConfig &a, const HostConfig &b) { return a.id < b.id; });
    return result;
}

int ClusterManager::domainCount(HostId id) const
{
    const auto it = m_hosts.constFind(id);
    return it == m_hosts.cend() ? 0 : int(it->domains.size());
}

int ClusterManager::activeDomainCount(HostId id) const
{
    const auto it = m_hosts.constFind(id);
    if (it == m_hosts.cend())
        return 0;
    return int(std::count_if(it->domains.cbegin(), it->domains.cend(), [](const DomainInfo &d) { return d.isActive(); }));
}

bool ClusterManager::allSettled() const
{
    return std::all_of(m_hosts.cbegin(), m_hosts.cend(), [](const Entry &e) { return e.settled; });
}

void ClusterManager::addHost(const HostConfig &config)
{
    Q_ASSERT(QThread::currentThread() == thread());
    Q_ASSERT(!m_hosts.contains(config.id));
    Entry &entry = m_hosts[config.id];
    entry.config = config;
    entry.thread = new QThread;
    entry.thread->setObjectName(QStringLiteral("host-%1").arg(config.name.left(10)));
    entry.connection = new Virt::HostConnection(config);
    entry.connection->setLightRefreshInterval(m_lightRefreshMs);
    entry.connection->setStatsInterval(m_statsIntervalMs);
    entry.connection->moveToThread(entry.thread);
    connect(entry.thread, &QThread::finished, entry.connection, &QObject::deleteLater);
    wire(entry);
    entry.thread->start();
    Q_EMIT hostAdded(config);
    QMetaObject::invokeMethod(entry.connection, &Virt::HostConnection::start, Qt::QueuedConnection);
    watchConnecting(config.id, HostStatus{});   // a new host starts out connecting
}

void ClusterManager::wire(Entry &entry)
{
    using Virt::HostConnection;
    HostConnection *c = entry.connection;
    // Each result is handed to the inbox on the worker thread and applied
    // here later; results for a host removed meanwhile are dropped. The
    // worker holds its own handle on the inbox: a worker abandoned in a hung
    // libvirt call may wake after this manager is gone, and then posts into
    // a closed inbox instead of a destroyed member.
    const auto relay = [this, c](auto signal, auto apply) {
        connect(c, signal, c, [inbox = m_inbox, this, apply](auto... args) mutable {
            inbox.post([this, apply, args...]() { apply(args...); });
        }, Qt::DirectConnection);
    };
    relay(&HostConnection::statusChanged, [this](HostId id, const HostStatus &status) {
        auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            return;
        if (status == it->status)
            return;   // the worker confirms what the connect watch already said
        it->status = status;
        watchConnecting(id, status);
        Q_EMIT statusChanged(id, status);
        if (status.state != HostState::Connecting)
            markSettled(id);
    });
    relay(&HostConnection::detailsUpdated, [this](HostId id, const HostDetails &details) {
        auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            return;
        it->details = details;
        Q_EMIT detailsUpdated(id, details);
    });
    relay(&HostConnection::domainsLoaded, [this](HostId id, const QList<DomainInfo> &list) {
        auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            return;
        it->domains.clear();
        for (const DomainInfo &d : list)
            it->domains.insert(d.uuid, d);
        Q_EMIT domainsLoaded(id, list);
    });
    relay(&HostConnection::domainUpdated, [this](HostId id, const DomainInfo &domain) {
        auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            return;
        it->domains.insert(domain.uuid, domain);
        Q_EMIT domainUpdated(id, domain);
    });
    relay(&HostConnection::domainRemoved, [this](HostId id, const QString &uuid) {
        auto it = m_hosts.find(id);
        if (it == m_hosts.end())
            return;
        it->domains.remove(uuid);
        Q_EMIT domainRemoved(id, uuid);
    });
    relay(&HostConnection::eventOccurred, [this](const EventRecord &record) { Q_EMIT eventOccurred(record); });
    if (m_sampleSink)
        connect(c, &HostConnection::statsSampled, c, m_sampleSink, Qt::DirectConnection);
    relay(&HostConnection::statsSampled, [this](const Metrics::HostSample &sample) {
        auto it = m_hosts.find(sample.host);
        if (it == m_hosts.end())
            return;
        it->latestSample = sample;
        Q_EMIT statsSampled(sample);
    });
    relay(&HostConnection::refreshed, [this](HostId id) {
        if (m_hosts.contains(id))
            Q_EMIT hostRefreshed(id);
    });
}

void ClusterManager::markSettled(HostId id)
{
    auto it = m_hosts.find(id);
    if (it == m_hosts.end() || it->settled)
        return;
    it->settled = true;
    if (allSettled())
        Q_EMIT settled();
}

void ClusterManager::updateHost(const HostConfig &config)
{
    auto it = m_hosts.find(config.id);
    if (it == m_hosts.end())
        return;
    it->config = config;
    QMetaObject::invokeMethod(it->connection, [c = it->connection, config]() { c->reconfigure(config); },
                              Qt::QueuedConnection);
    Q_EMIT hostChanged(config);
}

int ClusterManager::connectTimeoutMs(const HostConfig &config)
{
    // Twice what keepalive takes to call an open connection dead, and never
    // under 15 s: a slow but healthy host must not look failed (a failover
    // would fence it).
    return std::max(15000, 2000 * config.keepaliveInterval * (config.keepaliveCount + 1));
}

void ClusterManager::watchConnecting(HostId id, const HostStatus &status)
{
    Entry &entry = m_hosts[id];
    if (status.state != HostState::Connecting) {
        if (entry.connectWatch)
            entry.connectWatch->stop();
        return;
    }
    if (!entry.connectWatch) {
        entry.connectWatch = new QTimer(this);
        entry.connectWatch->setSingleShot(true);
        connect(entry.connectWatch, &QTimer::timeout, this, [this, id]() {
            auto it = m_hosts.find(id);
            if (it == m_hosts.end() || it->status.state != HostState::Connecting)
                return;
            HostStatus stuck = it->status;
            stuck.state = HostState::Unreachable;
            stuck.since = QDateTime::currentDateTimeUtc();
            stuck.reason = tr("no answer within %1 s while connecting (the host or its libvirtd may hang)")
                               .arg(connectTimeoutMs(it->config) / 1000);
            it->status = stuck;
            Q_EMIT statusChanged(id, stuck);
            markSettled(id);
        });
    }
    entry.connectWatch->start(connectTimeoutMs(entry.config));
}

void ClusterManager::stopEntry(Entry &entry)
{
    delete std::exchange(entry.connectWatch, nullptr);
    QThread *thread = entry.thread;
    QMetaObject::invokeMethod(entry.connection, [c = entry.connection, thread]() {
        c->stop();
        thread->quit();
    }, Qt::QueuedConnection);
    entry.connection = nullptr;
    entry.thread = nullptr;
    m_retiring.append(thread);
    connect(thread, &QThread::finished, this, [this, thread]() {
        if (m_retiring.removeOne(thread))
            thread->deleteLater();
    });
}

void ClusterManager::removeHost(HostId id)
{
    auto it = m_hosts.find(id);
    if (it == m_hosts.end())
        return;
    stopEntry(*it);
    m_hosts.erase(it);
    Q_EMIT hostRemoved(id);
    if (!m_hosts.isEmpty() && allSettled())
        Q_EMIT settled();
}

void ClusterManager::reconnect(HostId id)
{
    auto it = m_hosts.find(id);
    if (it != m_hosts.end())
        QMetaObject::invokeMethod(it->connection, &Virt::HostConnection::reconnectNow, Qt::QueuedConnection);
}

void ClusterManager::refresh(HostId id)
{
    auto it = m_hosts.find(id);
    if (it != m_hosts.end())
        QMetaObject::invokeMethod(it->connection, &Virt::HostConnection::refresh, Qt::QueuedConnection);
}

namespace {

// `reply`, called only while `context` (if given) still exists.
template<typename Result>
std::function<void(const Result &)> boundTo(QObject *context, std::function<void(const Result &)> reply)
{
    return [guard = QPointer<QObject>(context), bound = context != nullptr,
            reply = std::move(reply)](const Result &result) {
        if (reply && (!bound || guard))
            reply(result);
    };
}

} // namespace

template<typename Result>
void ClusterManager::ask(HostId host, std::function<Result(Virt::HostConnection *)> work, Result whenGone,
                         QObject *context, std::function<void(const Result &)> reply)
{
    const auto deliver = boundTo(context, std::move(reply));
    auto it = m_hosts.find(host);
    if (it == m_hosts.end()) {
        QMetaObject::invokeMethod(this, [deliver, whenGone]() { deliver(whenGone); }, Qt::QueuedConnection);
        return;
    }
    // Through the inbox like every other result of this worker (an abandoned
    // worker posts into a closed inbox, never into a destroyed manager).
    QMetaObject::invokeMethod(it->connection, [c = it->connection, inbox = m_inbox, work = std::move(work),
                                               deliver]() mutable {
        inbox.post([deliver, result = work(c)]() { deliver(result); });
    }, Qt::QueuedConnection);
}

QString ClusterManager::runningElsewhere(HostId host, const QString &uuid, bool lastKnown) const
{
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it) {
        if (it.key() == host)
            continue;
        const auto d = it->domains.constFind(uuid);
        if (d == it->domains.cend() || (d->state != DomainState::Running && d->state != DomainState::Paused
                                        && d->state != DomainState::Blocked))
            continue;
        if (it->status.state == HostState::Up)
            return tr("%1 runs on %2 (the same guest: UUID %3); starting this copy would run it twice")
                .arg(d->name, it->config.name, uuid);
        if (lastKnown)
            return tr("%1 was running on %2 when that host last answered; until %2 is fenced or its copy "
                      "is gone, starting this one could run the guest twice")
                .arg(d->name, it->config.name);
    }
    return {};
}

HostId ClusterManager::hostIdByName(const QString &name) const
{
    for (auto it = m_hosts.cbegin(); it != m_hosts.cend(); ++it)
        if (it->config.name == name)
            return it.key();
    return 0;
}

QString ClusterManager::reachableHostRunning(const QString &uuid) const
{
    for (const auto &h : m_hosts) {
        if (h.status.state != HostState::Up)
            continue;
        if (const auto d = h.domains.constFind(uuid); d != h.domains.cend() && d->isActive())
            return h.config.name;
    }
    return {};
}

void ClusterManager::performAction(HostId host, const QString &uuid, DomainAction action, QObject *context,
                                   ActionReply reply)
{
    ActionResult failure;
    failure.hostId = host;
    failure.uuid = uuid;
    failure.guestName = m_hosts.value(host).domains.value(uuid).name;
    failure.action = action;
    failure.message = tr("the host was removed");
    if (m_hosts.contains(host) && (action == DomainAction::Start || action == DomainAction::Resume)) {
        if (const QString twice = runningElsewhere(host, uuid, true); !twice.isEmpty()) {
            failure.message = twice;
            QMetaObject::invokeMethod(this, [failure, deliver = boundTo(context, std::move(reply))]() {
                deliver(failure);
            }, Qt::QueuedConnection);
            return;
        }
    }
    ask<ActionResult>(host, [uuid, action](Virt::HostConnection *c) { return c->performAction(uuid, action); },
                      failure, nullptr, loggedThen(context, std::move(reply)));
}

void ClusterManager::startGuest(HostId host, const DomainInfo &guest, QObject *context, ActionReply reply)
{
    ActionResult failure;
    failure.hostId = host;
    failure.uuid = guest.uuid;
    failure.guestName = guest.name;
    failure.message = tr("the host was removed");
    ask<ActionResult>(host, [xml = guest.xml, uuid = guest.uuid, name = guest.name](Virt::HostConnection *c) {
        return c->startGuest(xml, uuid, name);
    }, failure, nullptr, loggedThen(context, std::move(reply)));
}

ClusterManager::ActionReply ClusterManager::loggedThen(QObject *context, ActionReply reply)
{
    // Logged even when whoever asked is gone: the action happened.
    return [this, deliver = boundTo(context, std::move(reply))](const ActionResult &result) {
        logAction(result);
        deliver(result);
    };
}

void ClusterManager::logAction(const ActionResult &result)
{
    Q_EMIT eventOccurred(EventRecord::make(
        EventRecord::Kind::Action, m_hosts.value(result.hostId).config.name, result.guestName,
        result.ok ? domainActionText(result.action)
                  : storedTr("%1: %2").arg(domainActionText(result.action), result.message),
        EventRecord::outcome(result.ok), EventRecord::currentUser()));
}

void ClusterManager::defineGuest(HostId host, const DomainInfo &guest, QObject *context, StepReply reply)
{
    ask<StepResult>(host, [xml = guest.xml, uuid = guest.uuid](Virt::HostConnection *c) {
        return c->defineGuest(xml, uuid);
    }, {false, tr("the host was removed")}, context, std::move(reply));
}

void ClusterManager::undefineGuest(HostId host, const QString &uuid, QObject *context, StepReply reply)
{
    ask<StepResult>(host, [uuid](Virt::HostConnection *c) { return c->undefineGuest(uuid); },
                    {false, tr("the host was removed")}, context, std::move(reply));
}

void ClusterManager::retireStaleCopy(HostId host, const QString &uuid, QObject *context, StepReply reply)
{
    ask<StepResult>(host, [uuid](Virt::HostConnection *c) { return c->retireStaleCopy(uuid); },
                    {false, tr("the host was removed")}, context, std::move(reply));
}

void ClusterManager::compareGuestCpu(HostId host, const DomainInfo &guest, QObject *context, CpuReply reply)
{
    ask<CpuComparison>(host, [xml = guest.xml](Virt::HostConnection *c) { return c->compareGuestCpu(xml); },
                       {CpuComparison::Verdict::Unknown, tr("the host was removed")}, context, std::move(reply));
}

bool ClusterManager::abandonedConnections()
{
    return s_abandoned.load();
}

void ClusterManager::shutdown(int timeoutMs)
{
    for (Entry &entry : m_hosts)
        if (entry.connection)
            stopEntry(entry);
    m_hosts.clear();
    QDeadlineTimer deadline(timeoutMs);
    const QList<QThread *> threads = std::exchange(m_retiring, {});
    for (QThread *thread : threads) {
        if (thread->wait(deadline)) {
            delete thread;
        } else {
            // Stuck in a blocking libvirt call to a hung host: let it go
            // rather than hang the exit. The OS reclaims it with the process.
            qWarning("a host connection did not stop within %d ms; abandoning it", timeoutMs);
            s_abandoned.store(true);
        }
    }
}

} // namespace Vigil
