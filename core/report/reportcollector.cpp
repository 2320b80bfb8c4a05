#include "reportcollector.h"

#include "../cluster/clustermanager.h"
#include "../ha/policyindex.h"
#include "../store/alertstore.h"
#include "../store/backupstore.h"
#include "../store/eventlogstore.h"

#include <QCoreApplication>

namespace Vigil::Report {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Report)
};

MetricSummary summarize(Store::SeriesData series)
{
    MetricSummary summary;
    double sum = 0;
    int count = 0;
    for (qsizetype i = 0; i < series.avg.size(); ++i) {
        const double v = series.avg.at(i);
        if (!Metrics::isReported(v))
            continue;
        sum += v;
        ++count;
        const double peak = Metrics::isReported(series.max.at(i)) ? series.max.at(i) : v;
        summary.peak = Metrics::isReported(summary.peak) ? std::max(summary.peak, peak) : peak;
    }
    if (count > 0)
        summary.average = sum / count;
    summary.series = std::move(series);
    return summary;
}

// Memory used as a percentage of the host's memory, point by point.
Store::SeriesData memoryPercent(const Store::SeriesData &used, const Store::SeriesData &total)
{
    Store::SeriesData out;
    out.resolution = used.resolution;
    for (qsizetype i = 0; i < used.time.size() && i < total.time.size(); ++i) {
        const double whole = total.avg.at(i);
        const bool known = Metrics::isReported(used.avg.at(i)) && Metrics::isReported(whole) && whole > 0;
        out.time.append(used.time.at(i));
        out.avg.append(known ? 100.0 * used.avg.at(i) / whole : Metrics::kNotReported);
        out.max.append(known && Metrics::isReported(used.max.at(i)) ? 100.0 * used.max.at(i) / whole
                                                                    : Metrics::kNotReported);
    }
    return out;
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::Pdf:  return QStringLiteral("pdf");
    case Format::Html: return QStringLiteral("html");
    case Format::Csv:  return QStringLiteral("csv");
    case Format::Json: return QStringLiteral("json");
    }
    return {};
}

std::optional<Format> formatFromName(const QString &name)
{
    for (Format f : {Format::Pdf, Format::Html, Format::Csv, Format::Json})
        if (formatName(f) == name.toLower())
            return f;
    return std::nullopt;
}

qint64 rangeSeconds(const QString &range)
{
    if (range == u"1h")
        return 3600;
    if (range == u"24h")
        return 86400;
    if (range == u"7d")
        return 7 * 86400;
    if (range == u"30d")
        return 30 * 86400;
    return 0;
}

int ReportData::hostsIn(HostState state) const
{
    return int(std::count_if(hosts.cbegin(), hosts.cend(), [state](const HostReport &h) { return h.status.state == state; }));
}

int ReportData::guestsTotal() const
{
    int n = 0;
    for (const HostReport &h : hosts)
        n += h.guests;
    return n;
}

int ReportData::guestsRunning() const
{
    int n = 0;
    for (const HostReport &h : hosts)
        n += h.running;
    return n;
}

ReportInput captureInput(const ClusterManager &cluster, const QList<Ha::Policy> &policies,
                         const QDateTime &from, const QDateTime &to, const QString &rangeLabel,
                         unsigned sections, const QStringList &hostNames)
{
    ReportInput input;
    input.from = from;
    input.to = to;
    input.rangeLabel = rangeLabel;
    input.sections = sections;
    input.policies = policies;
    input.wholeCluster = Ha::ClusterSnapshot::capture(cluster);
    for (const Ha::ClusterSnapshot::Host &host : std::as_const(input.wholeCluster.hosts)) {
        if (!hostNames.isEmpty() && !hostNames.contains(host.name))
            continue;
        input.cluster.hosts.append(host);
        input.configs.append(cluster.host(host.id));
        input.statuses.append(cluster.status(host.id));
    }
    return input;
}

bool collectReport(const ReportInput &input, QSqlDatabase db, ReportData &out, const Progress &progress)
{
    const auto step = [&](int percent, const QString &what) { return !progress || progress(percent, what); };
    out.generatedAt = QDateTime::currentDateTimeUtc();
    out.from = input.from;
    out.to = input.to;
    out.rangeLabel = input.rangeLabel;
    out.sections = input.sections;
    out.vigilVersion = QStringLiteral(VIGIL_VERSION);

    Store::MetricStore history(db);
    const qsizetype hostCount = input.cluster.hosts.size();
    for (qsizetype i = 0; i < hostCount; ++i) {
        const Ha::ClusterSnapshot::Host &snap = input.cluster.hosts.at(i);
        if (!step(int(5 + 60 * i / std::max<qsizetype>(1, hostCount)), Text::tr("Reading the history of %1").arg(snap.name)))
            return false;
        HostReport host;
        host.config = input.configs.at(i);
        host.status = input.statuses.at(i);
        host.details = snap.details;
        QList<DomainInfo> troubled;
        for (const DomainInfo &d : snap.domains) {
            ++host.guests;
            if (d.isActive()) {
                ++host.running;
                host.vcpusAllocated += d.vcpus;
                host.memoryAllocatedKiB += d.memoryKiB;
            }
            if (d.state == DomainState::Crashed || d.state == DomainState::Paused)
                troubled.append(d);
        }
        const Store::SeriesKey key{snap.id, {}};
        const Store::Resolution resolution = history.resolutionFor(input.from, input.to, input.to);
        Metrics::HostSample last;
        last.values[Metrics::Metric::Cpu] = Metrics::kNotReported;
        if (input.sections & (Hosts | Charts | Summary)) {
            host.cpu = summarize(history.query(key, Metrics::Metric::Cpu, input.from, input.to, resolution));
            host.memoryUsed = summarize(memoryPercent(
                history.query(key, Metrics::Metric::MemoryUsed, input.from, input.to, resolution),
                history.query(key, Metrics::Metric::MemoryTotal, input.from, input.to, resolution)));
            if (!host.cpu.series.avg.isEmpty())
                last.values[Metrics::Metric::Cpu] = host.cpu.series.avg.constLast();
        }
        host.health = Health::assessHost(host.status, host.details, troubled, last);
        out.hosts.append(host);
    }

    if (input.sections & Alerts) {
        if (!step(70, Text::tr("Reading alerts")))
            return false;
        Store::AlertStore alerts(db);
        QString error;
        for (const Health::Alert &a : alerts.alerts(input.from, &error))
            if (a.raisedAt <= input.to)
                out.alerts.append(a);
        if (!error.isEmpty())
            out.historyNote = Text::tr("Alerts could not be read: %1").arg(error);
    }
    if (input.sections & Actions) {
        if (!step(80, Text::tr("Reading the event log")))
            return false;
        Store::EventLogStore events(db);
        out.actions = events.between(input.from, input.to,
                                     {EventRecord::Kind::Action, EventRecord::Kind::Failover,
                                      EventRecord::Kind::Configuration},
                                     5000);
    }
    if (input.sections & HaReadiness) {
        if (!step(90, Text::tr("Running the failover dry run")))
            return false;
        const Ha::PolicyIndex index(input.policies);
        for (const Ha::Policy &policy : input.policies) {
            HaPolicyReadiness p;
            p.policy = policy.name;
            p.enabled = policy.enabled;
            for (const Ha::ClusterSnapshot::Host &host : input.wholeCluster.hosts)
                for (const DomainInfo &d : host.domains)
                    if (const auto m = index.lookup(d.name); m && m.policy->name == policy.name)
                        ++p.protectedGuests;
            out.ha.policies.append(p);
        }
        if (!input.policies.isEmpty()) {
            out.ha.lockManagerWarning = Ha::lockManagerWarning(input.wholeCluster, index);
            for (const Ha::FailoverPlan &plan : Ha::planAllHosts(input.wholeCluster, index)) {
                const bool covered = std::any_of(input.cluster.hosts.cbegin(), input.cluster.hosts.cend(),
                                                 [&](const Ha::ClusterSnapshot::Host &h) { return h.id == plan.failedHost; });
                if (!covered)
                    continue;
                HaHostReadiness h;
                h.host = plan.failedHostName;
                h.restartable = int(plan.placements.size());
                h.protectedRunning = int(plan.placements.size() + plan.unplaced.size());
                h.blocked = plan.unplaced;
                out.ha.hosts.append(h);
            }
        }
    }
    if (input.sections & Backups) {
        if (!step(95, Text::tr("Reading the backups")))
            return false;
        // The RPO is judged at the report's end (for a report up to now: now).
        const Store::BackupStore backups(db);
        out.backups = Backup::guestBackupStatus(backups, input.to);
    }
    step(100, Text::tr("Collected"));
    return true;
}

} // namespace Vigil::Report
