#include "metricsserver.h"
#include "clitext.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/failoverengine.h"
#include "core/ha/planner.h"
#include "core/ha/policyindex.h"
#include "core/health/alertengine.h"
#include "core/jobs.h"
#include "core/session.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServerResponse>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {

MetricsServer::MetricsServer(Session &session, QObject *parent) : QObject(parent), m_session(session)
{
    m_server.route(u"/metrics"_s, [this]() {
        return QHttpServerResponse("text/plain; version=0.0.4; charset=utf-8", metricsText());
    });
    connect(&m_refresh, &QTimer::timeout, this, &MetricsServer::refreshAggregates);
    m_refresh.start(15000);
    // Readiness changes with the hosts and the policies: refreshed a second
    // after they do (one refresh for a burst), not only every 15 s.
    m_soon.setSingleShot(true);
    m_soon.setInterval(1000);
    connect(&m_soon, &QTimer::timeout, this, &MetricsServer::refreshAggregates);
    const auto soon = [this]() { m_soon.start(); };
    ClusterManager *cluster = m_session.cluster();
    connect(cluster, &ClusterManager::settled, this, soon);
    connect(cluster, &ClusterManager::statusChanged, this, soon);
    connect(cluster, &ClusterManager::hostAdded, this, soon);
    connect(cluster, &ClusterManager::hostRemoved, this, soon);
    connect(&m_session, &Session::policiesChanged, this, soon);
}

MetricsServer::~MetricsServer()
{
    m_refreshing.waitForFinished();
}

bool MetricsServer::listen(const QString &address, QString *error)
{
    const qsizetype colon = address.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon >= 0 ? address.mid(colon + 1).toUInt(&portOk) : 0;
    QString host = colon >= 0 ? address.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress bindTo = host.isEmpty() ? QHostAddress(QHostAddress::Any) : QHostAddress(host);
    if (!portOk || port > 65535 || bindTo.isNull()) {
        *error = CliText::tr("--metrics needs ADDRESS:PORT (for example 127.0.0.1:9464), not \"%1\"").arg(address);
        return false;
    }
    m_port = m_server.listen(bindTo, quint16(port));
    if (m_port == 0) {
        *error = CliText::tr("cannot serve metrics on %1 (in use, or not an address of this machine)").arg(address);
        return false;
    }
    refreshAggregates();   // the first aggregates, once there is someone to serve them to
    return true;
}

QByteArray MetricsServer::metricsText() const
{
    Observability::MetricsSnapshot s = m_aggregates;
    s.version = QCoreApplication::applicationVersion();
    const ClusterManager &cluster = *m_session.cluster();
    const Ha::PolicyIndex policies(m_session.policies());
    for (const HostConfig &h : cluster.hosts()) {
        const HostState state = cluster.status(h.id).state;
        s.hosts.append({h.name, state, h.maintenance});
        if (state != HostState::Up)
            continue;   // what an unreachable host last said is not its state now
        for (const DomainInfo &d : cluster.domains(h.id))
            s.guests.append({h.name, d.name, d.state, policies.lookup(d.name).policy != nullptr});
    }
    if (const Health::AlertEngine *alerts = m_session.alertEngine())
        for (const Health::Alert &a : alerts->openAlerts())
            ++s.openAlerts[a.severity];
    if (const Ha::FailoverEngine *engine = m_session.failoverEngine()) {
        s.engineActive = engine->isActive();
        s.leaseHolder = engine->leaseHolder();
    }
    return Observability::prometheusText(s);
}

void MetricsServer::refreshAggregates()
{
    if (m_refreshing.isRunning())
        return;   // one at a time: a slow database must not pile them up
    struct Aggregates {
        bool ok = false;
        QHash<QString, int> unplaced;
        QList<Ha::FailoverJournal::Entry> journal;
        QList<Store::BackupStore::GuestBackups> backups;
        QList<Backup::GuestBackupStatus> backupStatus;
    };
    m_refreshing = Jobs::run(this, [snapshot = Ha::ClusterSnapshot::capture(*m_session.cluster()),
                     policies = m_session.policies(), path = m_session.databasePath()]() {
        Aggregates a;
        for (const Ha::FailoverPlan &plan : Ha::planAllHosts(snapshot, Ha::PolicyIndex(policies)))
            a.unplaced.insert(plan.failedHostName, int(plan.unplaced.size()));
        Store::Database::withConnection(path, u"metrics"_s, [&a](QSqlDatabase db, const QString &error) {
            if (!error.isEmpty())
                return;
            a.journal = Ha::FailoverJournal(db).history();
            const Store::BackupStore store(db);
            a.backups = store.newestPerGuest();
            a.backupStatus = Backup::guestBackupStatus(store, QDateTime::currentDateTimeUtc(), Backup::LastBackup::Skip);
            a.ok = true;
        });
        return a;
    }, [this](const Aggregates &a) {
        if (!a.ok)
            return;   // served as of the last refresh that could read the database
        m_aggregates.aggregatesAt = QDateTime::currentDateTimeUtc();
        m_aggregates.unplacedIfHostFails = a.unplaced;
        m_aggregates.journal = a.journal;
        m_aggregates.backups = a.backups;
        m_aggregates.backupStatus = a.backupStatus;
    });
}

} // namespace Vigil::Cli
