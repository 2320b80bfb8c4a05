#include "clicommands.h"

#include "core/session.h"
#include "core/naturalorder.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Vigil::Cli {
// vigilctl's main loop for the command, not a nested one.
bool waitForCluster(Session &session, int timeoutMs)
{
    ClusterManager *cluster = session.cluster();
    session.connectAll();
    if (cluster->hosts().isEmpty() || cluster->allSettled())
        return true;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(cluster, &ClusterManager::settled, &loop, &QEventLoop::quit);
    loop.exec();
    return cluster->allSettled();
}

namespace {

QString pad(const QString &text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), false) + QLatin1Char(' ');
}

QJsonObject hostJson(const HostConfig &config, const HostStatus &status)
{
    return QJsonObject{
        {QStringLiteral("name"), config.name},
        {QStringLiteral("uri"), config.uri},
        {QStringLiteral("group"), config.group},
        {QStringLiteral("keepalive_interval"), config.keepaliveInterval},
        {QStringLiteral("keepalive_count"), config.keepaliveCount},
        {QStringLiteral("lock_manager"), config.lockManager},
        {QStringLiteral("state"), hostStateName(status.state)},
        {QStringLiteral("reason"), status.reason},
    };
}

} // namespace

int hostsList(Session &session, const CliOptions &options, QTextStream &out, QTextStream &err)
{
    waitForCluster(session, options.timeoutMs);
    ClusterManager *cluster = session.cluster();
    const QList<HostConfig> hosts = cluster->hosts();
    bool anyDown = false;
    QJsonArray array;
    if (!options.json)
        out << pad(QStringLiteral("NAME"), 16) << pad(QStringLiteral("GROUP"), 12)
            << pad(QStringLiteral("STATE"), 12) << QStringLiteral("URI") << Qt::endl;
    for (const HostConfig &config : hosts) {
        const HostStatus status = cluster->status(config.id);
        anyDown = anyDown || status.state != HostState::Up;
        if (options.json) {
            array.append(hostJson(config, status));
            continue;
        }
        out << pad(config.name, 16) << pad(config.group, 12)
            << pad(hostStateName(status.state), 12) << config.uri << Qt::endl;
        if (!status.reason.isEmpty())
            err << config.name << QStringLiteral(": ") << status.reason << Qt::endl;
    }
    if (options.json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("hosts"), array}}).toJson(QJsonDocument::Indented);
    return anyDown ? ExitPartial : ExitOk;
}

int hostsAdd(Session &session, const QStringList &args, const CliOptions &options, QTextStream &out,
             QTextStream &err)
{
    if (args.size() != 2) {
        err << QObject::tr("usage: vigilctl hosts add NAME URI [--group G] "
                           "[--keepalive-interval S] [--keepalive-count N] [--lock-manager]") << Qt::endl;
        return ExitUsage;
    }
    HostConfig config;
    config.name = args.at(0);
    config.uri = args.at(1);
    config.group = options.group;
    config.keepaliveInterval = options.keepaliveInterval;
    config.keepaliveCount = options.keepaliveCount;
    config.lockManager = options.lockManager;
    QString error;
    // Stored and logged: a running console or agent connects it within a
    // second (change feed); this process does not.
    if (!session.storeHost(config, &error)) {
        err << QObject::tr("cannot add host: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    if (options.json)
        out << QJsonDocument(hostJson(config, {})).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        out << QObject::tr("added host %1 (%2)").arg(config.name, config.uri) << Qt::endl;
    return ExitOk;
}

int hostsRemove(Session &session, const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 1) {
        err << QObject::tr("usage: vigilctl hosts remove NAME") << Qt::endl;
        return ExitUsage;
    }
    const auto config = session.hostRepository().findByName(args.at(0));
    if (!config) {
        err << QObject::tr("no host named \"%1\"").arg(args.at(0)) << Qt::endl;
        return ExitUsage;
    }
    QString error;
    if (!session.removeHost(config->id, &error)) {
        err << error << Qt::endl;
        return ExitDatabase;
    }
    out << QObject::tr("removed host %1").arg(config->name) << Qt::endl;
    return ExitOk;
}

int guestsList(Session &session, const CliOptions &options, QTextStream &out, QTextStream &err)
{
    waitForCluster(session, options.timeoutMs);
    ClusterManager *cluster = session.cluster();
    bool anyDown = false;
    QJsonArray guests;
    QJsonArray unreachable;
    if (!options.json)
        out << pad(QStringLiteral("NAME"), 20) << pad(QStringLiteral("HOST"), 12)
            << pad(QStringLiteral("STATE"), 14) << pad(QStringLiteral("VCPUS"), 5)
            << QStringLiteral("MEMORY") << Qt::endl;
    for (const HostConfig &config : cluster->hosts()) {
        if (!options.hostFilter.isEmpty() && config.name != options.hostFilter)
            continue;
        const HostStatus status = cluster->status(config.id);
        if (status.state != HostState::Up) {
            anyDown = true;
            unreachable.append(hostJson(config, status));
            if (!options.json)
                err << QObject::tr("%1 is %2: %3").arg(config.name, hostStateName(status.state), status.reason)
                    << Qt::endl;
            continue;
        }
        QList<DomainInfo> domains = cluster->domains(config.id);
        std::sort(domains.begin(), domains.end(),
                  [](const DomainInfo &a, const DomainInfo &b) { return naturalLess(a.name, b.name); });
        for (const DomainInfo &d : domains) {
            if (options.json) {
                guests.append(QJsonObject{
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("uuid"), d.uuid},
                    {QStringLiteral("host"), config.name},
                    {QStringLiteral("state"), domainStateName(d.state)},
                    {QStringLiteral("state_reason"), d.stateReasonText},
                    {QStringLiteral("vcpus"), d.vcpus},
                    {QStringLiteral("memory_kib"), qint64(d.memoryKiB)},
                    {QStringLiteral("autostart"), d.autostart},
                    {QStringLiteral("persistent"), d.persistent},
                });
                continue;
            }
            out << pad(d.name, 20) << pad(config.name, 12) << pad(domainStateName(d.state), 14)
                << pad(QString::number(d.vcpus), 5) << formatMemoryKiB(d.memoryKiB) << Qt::endl;
        }
    }
    if (options.json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("guests"), guests},
                                         {QStringLiteral("unreachable_hosts"), unreachable}})
                   .toJson(QJsonDocument::Indented);
    return anyDown ? ExitPartial : ExitOk;
}

} // namespace Vigil::Cli
