#pragma once

#include <QHash>
#include <QObject>
#include <QTimer>

#include "../callbackguard.h"
#include "../domainaction.h"
#include "../eventrecord.h"
#include "../hostconfig.h"
#include "../hoststate.h"
#include "../inventory.h"
#include "../metrics/ratecalculator.h"
#include "connectfailure.h"

struct _virConnect;
struct _virDomain;

namespace Vigil::Virt {

// One libvirt host. Lives on its own worker thread and is the only object
// that touches its virConnectPtr. It connects asynchronously, keeps the link
// alive (keepalive + close callback), reconnects with exponential back-off,
// turns libvirt domain events into value-type signals, refreshes the
// inventory (fully on connect, lightly on a timer) and runs guest actions.
// All public slots must be invoked through queued calls from other threads.
class HostConnection : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    explicit HostConnection(const HostConfig &config, QObject *parent = nullptr);
    ~HostConnection() override;

    // Tunables (tests and the benchmark shorten them).
    static constexpr int kMinBackoffMs = 1000;
    static constexpr int kMaxBackoffMs = 60000;
    void setLightRefreshInterval(int ms) { m_lightRefreshMs = ms; }
    // Statistics tick (default 5 s); 0 turns collection off.
    void setStatsInterval(int ms) { m_statsIntervalMs = ms; }

public Q_SLOTS:
    void start();
    void stop();
    void reconfigure(const Vigil::HostConfig &config);
    void reconnectNow();
    void refresh();

public:
    // Guest operations (guestcommands.cpp), called on this worker's thread
    // (ClusterManager::ask posts them here and hands the result to whoever
    // asked). Each answers after re-reading the guest, so the answer never
    // precedes its effect.
    ActionResult performAction(const QString &uuid, DomainAction action);
    // Failover: start the guest described by `xml` here, defining it first
    // when this host does not know it yet. Refuses if it is already running.
    ActionResult startGuest(const QByteArray &xml, const QString &uuid, const QString &name);
    // Migration pre-flight: can this host's hypervisor give a guest with this
    // definition its <cpu>?
    CpuComparison compareGuestCpu(const QByteArray &domainXml);
    // Cold relocation steps (drivers that cannot migrate): define a guest
    // here from its XML without starting it; remove a shut-off guest's
    // definition.
    StepResult defineGuest(const QByteArray &xml, const QString &uuid);
    StepResult undefineGuest(const QString &uuid);
    // A stopped copy a failover left behind: autostart off, then undefined.
    StepResult retireStaleCopy(const QString &uuid);

Q_SIGNALS:
    void statusChanged(Vigil::HostId host, const Vigil::HostStatus &status);
    void detailsUpdated(Vigil::HostId host, const Vigil::HostDetails &details);
    // Authoritative list after a full refresh: guests not in it are gone.
    void domainsLoaded(Vigil::HostId host, const QList<Vigil::DomainInfo> &domains);
    void domainUpdated(Vigil::HostId host, const Vigil::DomainInfo &domain);
    void domainRemoved(Vigil::HostId host, const QString &uuid);
    void eventOccurred(const Vigil::EventRecord &event);
    // A full or light refresh completed (whether or not anything changed).
    void refreshed(Vigil::HostId host);
    // One statistics tick: rates derived from this tick and the previous one.
    void statsSampled(const Vigil::Metrics::HostSample &sample);

private:
    struct CallbackContext;
    static void closeTrampoline(_virConnect *conn, int reason, void *opaque);
    static int lifecycleTrampoline(_virConnect *conn, _virDomain *dom, int event, int detail,
                                   void *opaque);
    static void freeContext(void *opaque);

    void connectToHost();
    void onConnectionClosed(int reason);
    void onLifecycleEvent(const QString &uuid, const QString &name, int event, int detail);
    void teardown();
    void markUnreachable(const QString &reason);
    // Retried with back-off, or every kAdminRetryMs when only the admin can
    // fix it (failure.needsAdmin); reconnectNow() or a new URI try at once.
    void markUnreachable(const ConnectFailure &failure);
    void setStatus(HostState state, const QString &reason = {});
    void fullRefresh();
    void lightRefresh();
    void refreshDomain(const QString &uuid, bool withXml);
    bool connectionLost();
    void scheduleLightRefresh();
    void logEvent(EventRecord::Kind kind, const QString &guest, const StoredText &message,
                  EventRecord::Result result = {}, const QString &user = {});
    void rememberDomain(DomainInfo &info);
    void collectStats();
    void scheduleStats();

    HostConfig m_config;
    bool m_inProcessDriver;      // no host in the URI: the driver runs in this process
    _virConnect *m_conn = nullptr;
    CallbackGuardPtr m_guard;
    int m_eventCallbackId = -1;
    quint64 m_generation = 0;   // bumps on every (re)connect; stale callbacks are ignored
    bool m_stopped = false;
    HostStatus m_status;
    QDateTime m_lastContact;    // the last call or event that proved the host alive
    HostDetails m_details;
    QHash<QString, DomainInfo> m_domains;   // last known guests, by UUID
    QTimer m_reconnectTimer;
    QTimer m_lightRefreshTimer;
    int m_lightRefreshMs = 15000;
    QTimer m_statsTimer;
    int m_statsIntervalMs = 5000;
    Metrics::SampleClock m_sampleClock;
    Metrics::RateCalculator m_rates;
    bool m_bulkStatsUnsupported = false;
};

} // namespace Vigil::Virt
