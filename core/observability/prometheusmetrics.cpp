#include "prometheusmetrics.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace Vigil::Observability {
namespace {

// Recovery phases span seconds to minutes (detection is the keepalive's
// seconds, a fence tens of seconds, a start a few seconds).
constexpr std::array<double, 11> kPhaseBuckets{1, 2.5, 5, 10, 15, 30, 60, 120, 300, 600, 1800};

QString escaped(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

class Writer
{
public:
    void family(const char *name, const char *type, const char *help)
    {
        m_text += u"# HELP %1 %2\n# TYPE %1 %3\n"_s.arg(QLatin1String(name), QLatin1String(help), QLatin1String(type));
    }
    void sample(const QString &name, const QList<std::pair<QString, QString>> &labels, double value)
    {
        m_text += name;
        if (!labels.isEmpty()) {
            QStringList parts;
            for (const auto &[key, v] : labels)
                parts << u"%1=\"%2\""_s.arg(key, escaped(v));
            m_text += u'{' + parts.join(u',') + u'}';
        }
        m_text += u' ' + number(value) + u'\n';
    }
    void sample(const char *name, const QList<std::pair<QString, QString>> &labels, double value)
    {
        sample(QString::fromLatin1(name), labels, value);
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

    static QString number(double value)
    {
        if (std::isinf(value))
            return value > 0 ? u"+Inf"_s : u"-Inf"_s;
        return QString::number(value, 'g', 15);
    }

private:
    QString m_text;
};

void histogram(Writer &w, const char *name, const char *help, const QList<double> &seconds)
{
    w.family(name, "histogram", help);
    const QString base = QString::fromLatin1(name);
    double sum = 0;
    for (double s : seconds)
        sum += s;
    for (double bound : kPhaseBuckets) {
        const auto count = std::count_if(seconds.cbegin(), seconds.cend(), [bound](double s) { return s <= bound; });
        w.sample(base + u"_bucket"_s, {{u"le"_s, Writer::number(bound)}}, double(count));
    }
    w.sample(base + u"_bucket"_s, {{u"le"_s, u"+Inf"_s}}, double(seconds.size()));
    w.sample(base + u"_sum"_s, {}, sum);
    w.sample(base + u"_count"_s, {}, double(seconds.size()));
}

double unixSeconds(const QDateTime &t)
{
    return double(t.toMSecsSinceEpoch()) / 1000.0;
}

} // namespace

QString hostStateLabel(HostState state)
{
    switch (state) {
    case HostState::Connecting: return u"connecting"_s;
    case HostState::Up: return u"up"_s;
    case HostState::Unreachable: return u"unreachable"_s;
    }
    return u"unknown"_s;
}

QString guestStateLabel(DomainState state)
{
    switch (state) {
    case DomainState::NoState: return u"no_state"_s;
    case DomainState::Running: return u"running"_s;
    case DomainState::Blocked: return u"blocked"_s;
    case DomainState::Paused: return u"paused"_s;
    case DomainState::ShuttingDown: return u"shutting_down"_s;
    case DomainState::Shutoff: return u"shut_off"_s;
    case DomainState::Crashed: return u"crashed"_s;
    case DomainState::PmSuspended: return u"pm_suspended"_s;
    }
    return u"unknown"_s;
}

QByteArray prometheusText(const MetricsSnapshot &s)
{
    Writer w;
    w.family("vigil_build_info", "gauge", "The Vigil version serving these metrics.");
    w.sample("vigil_build_info", {{u"version"_s, s.version}}, 1);

    // Hosts: one series per state, 1 for the current one, so that
    // `vigil_host_state{state="unreachable"} == 1` selects the hosts down.
    w.family("vigil_host_state", "gauge", "1 for the connection state each host is in, 0 for the others.");
    for (const MetricsSnapshot::Host &h : s.hosts)
        for (HostState state : {HostState::Connecting, HostState::Up, HostState::Unreachable})
            w.sample("vigil_host_state", {{u"host"_s, h.name}, {u"state"_s, hostStateLabel(state)}},
                     h.state == state ? 1 : 0);
    w.family("vigil_host_maintenance", "gauge", "1 while a host is in maintenance (no failover, no placements).");
    for (const MetricsSnapshot::Host &h : s.hosts)
        w.sample("vigil_host_maintenance", {{u"host"_s, h.name}}, h.maintenance ? 1 : 0);

    w.family("vigil_guest_running", "gauge",
             "1 when a guest runs, 0 otherwise, as its host last reported (guests of unreachable hosts are absent).");
    for (const MetricsSnapshot::Guest &g : s.guests)
        w.sample("vigil_guest_running",
                 {{u"host"_s, g.host}, {u"guest"_s, g.name}, {u"protected"_s, g.isProtected ? u"true"_s : u"false"_s}},
                 g.state == DomainState::Running ? 1 : 0);
    std::map<QString, int> byState;
    for (const MetricsSnapshot::Guest &g : s.guests)
        ++byState[guestStateLabel(g.state)];
    w.family("vigil_guests", "gauge", "Guests by state on the hosts that answer.");
    for (const auto &[state, count] : byState)
        w.sample("vigil_guests", {{u"state"_s, state}}, count);

    w.family("vigil_alerts_open", "gauge", "Open alerts by severity.");
    for (Health::Severity severity : {Health::Severity::Info, Health::Severity::Warning, Health::Severity::Critical})
        w.sample("vigil_alerts_open", {{u"severity"_s, Health::severityName(severity)}}, s.openAlerts.value(severity));

    w.family("vigil_engine_active", "gauge", "1 when this process holds the failover lease and acts on failures.");
    w.sample("vigil_engine_active", {}, s.engineActive ? 1 : 0);
    w.family("vigil_engine_lease_holder_info", "gauge", "The failover engine that holds the lease (1 per holder).");
    if (!s.leaseHolder.isEmpty())
        w.sample("vigil_engine_lease_holder_info", {{u"holder"_s, s.leaseHolder}}, 1);

    if (!s.aggregatesAt.isValid())
        return w.bytes();   // the first refresh has not finished: no made-up zeros

    w.family("vigil_aggregates_timestamp_seconds", "gauge",
             "When the HA readiness, failover and backup figures below were computed (Unix time).");
    w.sample("vigil_aggregates_timestamp_seconds", {}, unixSeconds(s.aggregatesAt));

    w.family("vigil_ha_unplaced_guests", "gauge",
             "Protected guests running on a host that could not be restarted elsewhere if that host failed now.");
    QStringList failed = s.unplacedIfHostFails.keys();
    failed.sort();
    for (const QString &host : std::as_const(failed))
        w.sample("vigil_ha_unplaced_guests", {{u"failed_host"_s, host}}, s.unplacedIfHostFails.value(host));

    QSet<QString> incidents;
    std::map<QString, int> entriesByState;
    QList<double> detect, fence, start, rto;
    for (const Ha::FailoverJournal::Entry &e : s.journal) {
        incidents.insert(e.incident);
        ++entriesByState[Ha::FailoverJournal::stateName(e.state)];
        if (e.state != Ha::FailoverJournal::State::Done || !e.phases.running.isValid())
            continue;   // "already running" entries carry no start
        if (const qint64 ms = e.phases.detectMs(); ms >= 0)
            detect << ms / 1000.0;
        if (const qint64 ms = e.phases.fenceMs(); ms >= 0)
            fence << ms / 1000.0;
        if (const qint64 ms = e.phases.startMs(); ms >= 0)
            start << ms / 1000.0;
        if (const qint64 ms = e.phases.rtoMs(); ms >= 0)
            rto << ms / 1000.0;
    }
    w.family("vigil_failover_incidents_total", "counter", "Host failures the failover engines acted on (journalled).");
    w.sample("vigil_failover_incidents_total", {}, incidents.size());
    w.family("vigil_failover_guests_total", "counter",
             "Guests of failed hosts by the journal state they reached (done, skipped, …).");
    for (const auto &[state, count] : entriesByState)
        w.sample("vigil_failover_guests_total", {{u"state"_s, state}}, count);
    histogram(w, "vigil_failover_detect_seconds", "From the failed host's last answer to its declared failure.", detect);
    histogram(w, "vigil_failover_fence_seconds", "From the declared failure to the confirmed fence.", fence);
    histogram(w, "vigil_failover_start_seconds", "From the fence (or the declared failure) to the guest running.",
              start);
    histogram(w, "vigil_failover_recovery_seconds",
              "Recovery time: from the failed host's last answer to the guest running again.", rto);

    w.family("vigil_backup_newest_complete_timestamp_seconds", "gauge",
             "The newest complete backup of each guest of each backup job (Unix time).");
    for (const Store::BackupStore::GuestBackups &b : s.backups)
        if (b.newestComplete.isValid())
            w.sample("vigil_backup_newest_complete_timestamp_seconds", {{u"job"_s, b.job}, {u"guest"_s, b.guest}},
                     unixSeconds(b.newestComplete));
    w.family("vigil_backup_newest_verified_timestamp_seconds", "gauge",
             "When a backup of each guest last passed verification (Unix time).");
    for (const Store::BackupStore::GuestBackups &b : s.backups)
        if (b.newestVerified.isValid())
            w.sample("vigil_backup_newest_verified_timestamp_seconds", {{u"job"_s, b.job}, {u"guest"_s, b.guest}},
                     unixSeconds(b.newestVerified));

    // Recovery point objectives and restore drills, as the backup alert judges them.
    w.family("vigil_backup_rpo_seconds", "gauge", "The recovery point objective of each backup job that states one.");
    QSet<QString> jobsWithObjective;
    for (const Backup::GuestBackupStatus &g : s.backupStatus)
        if (g.rpo != Backup::GuestBackupStatus::Rpo::NoObjective && !jobsWithObjective.contains(g.job)) {
            jobsWithObjective.insert(g.job);
            w.sample("vigil_backup_rpo_seconds", {{u"job"_s, g.job}}, double(g.rpoHours) * 3600);
        }
    w.family("vigil_backup_rpo_met", "gauge",
             "1 when a guest's newest good backup (complete, and verified where the job verifies) is within its "
             "job's RPO, 0 when it misses it.");
    for (const Backup::GuestBackupStatus &g : s.backupStatus)
        if (g.rpo != Backup::GuestBackupStatus::Rpo::NoObjective)
            w.sample("vigil_backup_rpo_met", {{u"job"_s, g.job}, {u"guest"_s, g.guest}},
                     g.rpo == Backup::GuestBackupStatus::Rpo::Met ? 1 : 0);
    w.family("vigil_backup_last_drill_timestamp_seconds", "gauge",
             "When each guest's newest backup was last restore-tested by its job's drill schedule (Unix time).");
    for (const Backup::GuestBackupStatus &g : s.backupStatus)
        if (g.lastDrill.isValid())
            w.sample("vigil_backup_last_drill_timestamp_seconds", {{u"job"_s, g.job}, {u"guest"_s, g.guest}},
                     unixSeconds(g.lastDrill));
    w.family("vigil_backup_last_drill_success", "gauge", "1 when a guest's last restore drill booted and passed.");
    for (const Backup::GuestBackupStatus &g : s.backupStatus)
        if (g.lastDrill.isValid())
            w.sample("vigil_backup_last_drill_success", {{u"job"_s, g.job}, {u"guest"_s, g.guest}}, g.drillOk ? 1 : 0);
    return w.bytes();
}

} // namespace Vigil::Observability
