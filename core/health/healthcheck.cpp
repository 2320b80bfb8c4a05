#include "healthcheck.h"

#include <QCoreApplication>

namespace Vigil::Health {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Health)
};

// virDomainPausedReason values that mean "stopped by a fault", not by a user.
constexpr int kPausedIoError = 5;
constexpr int kPausedWatchdog = 6;
constexpr int kPausedCrashed = 10;
constexpr int kPausedPostcopyFailed = 13;

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:     return QStringLiteral("info");
    case Severity::Warning:  return QStringLiteral("warning");
    case Severity::Critical: return QStringLiteral("critical");
    }
    return {};
}

Severity severityFromName(const QString &name)
{
    if (name == u"critical")
        return Severity::Critical;
    if (name == u"warning")
        return Severity::Warning;
    return Severity::Info;
}

StoredText severityText(Severity severity)
{
    switch (severity) {
    case Severity::Info:     return StoredText("Vigil::Health", QT_TRANSLATE_NOOP("Vigil::Health", "Info"));
    case Severity::Warning:  return StoredText("Vigil::Health", QT_TRANSLATE_NOOP("Vigil::Health", "Warning"));
    case Severity::Critical: return StoredText("Vigil::Health", QT_TRANSLATE_NOOP("Vigil::Health", "Critical"));
    }
    return {};
}

QString severityLabel(Severity severity)
{
    return severityText(severity).toString();
}

bool isErrorPause(const DomainInfo &guest)
{
    if (guest.state != DomainState::Paused)
        return false;
    return guest.stateReason == kPausedIoError || guest.stateReason == kPausedWatchdog
           || guest.stateReason == kPausedCrashed || guest.stateReason == kPausedPostcopyFailed;
}

double poolUsedPercent(const StoragePoolInfo &pool)
{
    if (pool.capacity == 0)
        return Metrics::kNotReported;
    return 100.0 * double(pool.allocation) / double(pool.capacity);
}

HostHealth assessHost(const HostStatus &status, const HostDetails &details,
                      const QList<DomainInfo> &guests, const Metrics::HostSample &latest,
                      const HealthThresholds &thresholds)
{
    HostHealth health;
    const auto add = [&health](Severity severity, const QString &subject, const QString &message) {
        health.findings.append({severity, subject, message});
    };
    if (status.state == HostState::Unreachable) {
        add(Severity::Critical, {}, Text::tr("unreachable: %1").arg(status.reason));
        health.score = 0;
        return health;   // everything else would be stale
    }
    if (status.state == HostState::Connecting) {
        add(Severity::Info, {}, Text::tr("connecting"));
        return health;
    }

    const HostInfo &host = details.host;
    if (host.freeMemoryKnown && host.memoryKiB > 0) {
        const double used = 100.0 * double(host.memoryKiB - std::min(host.freeMemoryKiB, host.memoryKiB))
                            / double(host.memoryKiB);
        if (used >= thresholds.memoryCriticalPercent)
            add(Severity::Critical, {}, Text::tr("memory %1 % used").arg(used, 0, 'f', 0));
        else if (used >= thresholds.memoryWarnPercent)
            add(Severity::Warning, {}, Text::tr("memory %1 % used").arg(used, 0, 'f', 0));
    }
    const double cpu = latest.values[Metrics::Metric::Cpu];
    if (Metrics::isReported(cpu) && cpu >= thresholds.cpuWarnPercent)
        add(Severity::Warning, {}, Text::tr("CPU load %1 %").arg(cpu, 0, 'f', 0));

    for (const StoragePoolInfo &pool : details.pools) {
        if (!pool.active) {
            add(Severity::Warning, pool.name, Text::tr("storage pool %1 is inactive").arg(pool.name));
            continue;
        }
        const double used = poolUsedPercent(pool);
        if (!Metrics::isReported(used))
            continue;
        if (used >= thresholds.poolCriticalPercent)
            add(Severity::Critical, pool.name, Text::tr("storage pool %1 is %2 % full").arg(pool.name).arg(used, 0, 'f', 0));
        else if (used >= thresholds.poolWarnPercent)
            add(Severity::Warning, pool.name, Text::tr("storage pool %1 is %2 % full").arg(pool.name).arg(used, 0, 'f', 0));
    }
    for (const NetworkInfo &network : details.networks) {
        if (!network.active)
            add(Severity::Warning, network.name, Text::tr("network %1 is inactive").arg(network.name));
    }
    for (const DomainInfo &guest : guests) {
        if (guest.state == DomainState::Crashed)
            add(Severity::Critical, guest.name, Text::tr("guest %1 crashed").arg(guest.name));
        else if (isErrorPause(guest))
            add(Severity::Critical, guest.name,
                Text::tr("guest %1 is paused: %2").arg(guest.name, guest.stateReasonText));
    }
    for (const Finding &finding : std::as_const(health.findings)) {
        if (finding.severity == Severity::Critical)
            health.score -= 40;
        else if (finding.severity == Severity::Warning)
            health.score -= 15;
    }
    health.score = std::max(health.score, 0);
    return health;
}

} // namespace Vigil::Health
