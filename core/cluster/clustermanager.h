#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

#include "../domainaction.h"
#include "../eventrecord.h"
#include "../hostconfig.h"
#include "../hoststate.h"
#include "../inventory.h"
#include "../metrics/metricsample.h"
#include "inbox.h"

class QThread;

namespace Vigil {

namespace Virt { class HostConnection; }

// Registers the value types that cross threads in queued signals.
void registerMetaTypes();

// Owns one HostConnection per host, each on its own worker thread, and
// relays their results to the thread that created the manager (the GUI
// thread, or vigilctl's main thread). It never calls libvirt itself, so
// nothing here can block on a host. It also keeps the latest known state of
// every host and guest for code that needs a snapshot (vigilctl, dialogs).
class ClusterManager : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    explicit ClusterManager(QObject *parent = nullptr);
    ~ClusterManager() override;

    void addHost(const HostConfig &config);
    void updateHost(const HostConfig &config);
    void removeHost(HostId id);
    void reconnect(HostId id);
    void refresh(HostId id);
    // Guest operations run on the host's worker; each answer goes to
    // `reply`, on this thread, in order with that host's other results —
    // unless `context` was destroyed first (no context: always delivered).
    // A host removed before the operation ran answers "the host was removed".
    using ActionReply = std::function<void(const ActionResult &)>;
    using StepReply = std::function<void(const StepResult &)>;
    using CpuReply = std::function<void(const CpuComparison &)>;

    // Every action is also written to the event log (eventOccurred). Start
    // and Resume are refused (with the reason) when another host runs the
    // same guest (UUID) or was running it when it last answered: a fenced
    // host's stale copy must not run next to the one failover started.
    void performAction(HostId host, const QString &uuid, DomainAction action, QObject *context = nullptr,
                       ActionReply reply = {});
    // Why starting `uuid` on `host` would run the guest twice: another host
    // that answers runs or pauses it; with `lastKnown`, also a host that
    // does not answer and ran it when last seen. Empty when no copy runs.
    QString runningElsewhere(HostId host, const QString &uuid, bool lastKnown) const;
    HostId hostIdByName(const QString &name) const;   // 0 when no host has that name
    // The name of a host that answers and runs (or pauses) `uuid`; empty when none.
    QString reachableHostRunning(const QString &uuid) const;
    // Failover restart on `host` from a guest's last known definition.
    void startGuest(HostId host, const DomainInfo &guest, QObject *context, ActionReply reply);
    // Migration pre-flight: can `host`'s hypervisor run `guest`'s CPU?
    void compareGuestCpu(HostId host, const DomainInfo &guest, QObject *context, CpuReply reply);
    // Cold relocation steps.
    void defineGuest(HostId host, const DomainInfo &guest, QObject *context, StepReply reply);
    void undefineGuest(HostId host, const QString &uuid, QObject *context, StepReply reply);
    // A stopped copy that a failover left behind: autostart off, then
    // undefined (running copies are refused).
    void retireStaleCopy(HostId host, const QString &uuid, QObject *context, StepReply reply);

    // Stops every connection; waits up to `timeoutMs` for the workers, then
    // abandons any that are stuck inside libvirt (a hung host) so that the
    // process can still exit.
    void shutdown(int timeoutMs = 3000);
    // True once any shutdown abandoned a worker: the process must then end
    // without static destructors and exit handlers, which that thread could
    // still be using when its libvirt call returns (see endProcess).
    static bool abandonedConnections();

    // Light-refresh period for connections created after this call.
    void setLightRefreshInterval(int ms) { m_lightRefreshMs = ms; }
    // Statistics tick for connections created after this call (0: off).
    void setStatsInterval(int ms) { m_statsIntervalMs = ms; }
    int statsInterval() const { return m_statsIntervalMs; }
    // Called on the host worker threads with every statistics tick, before
    // the GUI sees it: the history writer takes samples here so that
    // persisting them never passes through (or waits for) the GUI thread.
    // Set before adding hosts; must be thread-safe.
    using SampleSink = std::function<void(const Metrics::HostSample &)>;
    void setSampleSink(SampleSink sink) { m_sampleSink = std::move(sink); }
    // The latest statistics tick of a host (invalid before the first).
    Metrics::HostSample latestSample(HostId id) const { return m_hosts.value(id).latestSample; }

    QList<HostConfig> hosts() const;
    HostConfig host(HostId id) const { return m_hosts.value(id).config; }
    HostStatus status(HostId id) const { return m_hosts.value(id).status; }
    HostDetails details(HostId id) const { return m_hosts.value(id).details; }
    QList<DomainInfo> domains(HostId id) const { return m_hosts.value(id).domains.values(); }
    // One guest of a host by UUID, if the host knows it (a hash lookup).
    std::optional<DomainInfo> domain(HostId id, const QString &uuid) const
    {
        const auto host = m_hosts.constFind(id);
        if (host == m_hosts.cend())
            return std::nullopt;
        const auto guest = host->domains.constFind(uuid);
        return guest == host->domains.cend() ? std::nullopt : std::optional<DomainInfo>(*guest);
    }
    int domainCount(HostId id) const;
    int activeDomainCount(HostId id) const;
    // Visits a host's guests in place (no copies: dashboards over 50,000 guests).
    template<typename Visitor>
    void forEachDomain(HostId id, Visitor &&visit) const
    {
        const auto it = m_hosts.constFind(id);
        if (it != m_hosts.cend())
            for (const DomainInfo &d : it->domains)
                visit(d);
    }
    bool contains(HostId id) const { return m_hosts.contains(id); }
    // True once every host has either loaded its inventory or failed to connect.
    bool allSettled() const;

Q_SIGNALS:
    void hostAdded(const Vigil::HostConfig &config);
    void hostChanged(const Vigil::HostConfig &config);
    void hostRemoved(Vigil::HostId id);
    void statusChanged(Vigil::HostId host, const Vigil::HostStatus &status);
    void detailsUpdated(Vigil::HostId host, const Vigil::HostDetails &details);
    void domainsLoaded(Vigil::HostId host, const QList<Vigil::DomainInfo> &domains);
    void domainUpdated(Vigil::HostId host, const Vigil::DomainInfo &domain);
    void domainRemoved(Vigil::HostId host, const QString &uuid);
    void eventOccurred(const Vigil::EventRecord &event);
    void settled();
    void hostRefreshed(Vigil::HostId host);
    void statsSampled(const Vigil::Metrics::HostSample &sample);

private:
    struct Entry {
        HostConfig config;
        HostStatus status;
        HostDetails details;
        QHash<QString, DomainInfo> domains;
        Metrics::HostSample latestSample;
        bool settled = false;
        Virt::HostConnection *connection = nullptr;
        QThread *thread = nullptr;
        // While the worker is connecting: it may be stuck in virConnectOpen
        // (a daemon that accepts TCP and never answers), where keepalive
        // does not reach. Owned by the manager.
        QTimer *connectWatch = nullptr;
    };
    void wire(Entry &entry);
    // A connection attempt that has not ended after connectTimeoutMs() is
    // reported Unreachable (the worker's own answer replaces it if it comes).
    void watchConnecting(HostId id, const HostStatus &status);
    static int connectTimeoutMs(const HostConfig &config);
    // Runs `work` on the host's worker and hands its result to `reply`
    // through the inbox (or `whenGone` at once, queued, without the host).
    template<typename Result>
    void ask(HostId host, std::function<Result(Virt::HostConnection *)> work, Result whenGone,
             QObject *context, std::function<void(const Result &)> reply);
    // Writes an action's answer to the event log, then hands it to `reply`
    // (while `context` exists).
    ActionReply loggedThen(QObject *context, ActionReply reply);
    void logAction(const ActionResult &result);
    void stopEntry(Entry &entry);
    void markSettled(HostId id);

    Inbox m_inbox;                 // worker results, applied in time-boxed slices
    QHash<HostId, Entry> m_hosts;
    QList<QThread *> m_retiring;   // threads of removed hosts, still winding down
    int m_lightRefreshMs = 15000;
    int m_statsIntervalMs = 5000;
    SampleSink m_sampleSink;
};

} // namespace Vigil
