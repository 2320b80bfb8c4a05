#include "reportwriters.h"

#include "../health/alertrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigil::Report {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::Report", text); }

QJsonValue number(double value)
{
    return Metrics::isReported(value) ? QJsonValue(std::round(value * 100) / 100) : QJsonValue();
}

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString percentText(double value)
{
    return Metrics::isReported(value) ? QStringLiteral("%1 %").arg(value, 0, 'f', 1) : tr("not reported");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString csvField(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'
                         || v.front() == u'\t' || v.front() == u'\r'))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v != value) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

QByteArray toJson(const ReportData &data)
{
    QJsonObject root;
    root[u"schema"_qs] = u"vigil-health-report/1"_qs;
    root[u"generated_at"_qs] = iso(data.generatedAt);
    root[u"vigil_version"_qs] = data.vigilVersion;
    root[u"range"_qs] = QJsonObject{{u"label"_qs, data.rangeLabel}, {u"from"_qs, iso(data.from)}, {u"to"_qs, iso(data.to)}};
    root[u"cluster"_qs] = QJsonObject{
        {u"hosts"_qs, int(data.hosts.size())},
        {u"hosts_up"_qs, data.hostsIn(HostState::Up)},
        {u"hosts_unreachable"_qs, data.hostsIn(HostState::Unreachable)},
        {u"guests"_qs, data.guestsTotal()},
        {u"guests_running"_qs, data.guestsRunning()},
    };
    QJsonArray hosts;
    for (const HostReport &h : data.hosts) {
        QJsonArray findings;
        for (const Health::Finding &f : h.health.findings)
            findings.append(QJsonObject{{u"severity"_qs, Health::severityName(f.severity)},
                                        {u"subject"_qs, f.subject}, {u"message"_qs, f.message}});
        QJsonArray pools, networks;
        for (const StoragePoolInfo &p : h.details.pools)
            pools.append(QJsonObject{{u"name"_qs, p.name}, {u"type"_qs, p.type}, {u"active"_qs, p.active},
                                     {u"capacity_bytes"_qs, double(p.capacity)},
                                     {u"allocation_bytes"_qs, double(p.allocation)},
                                     {u"used_percent"_qs, number(Health::poolUsedPercent(p))}});
        for (const NetworkInfo &n : h.details.networks)
            networks.append(QJsonObject{{u"name"_qs, n.name}, {u"active"_qs, n.active},
                                        {u"forward"_qs, n.forwardMode}, {u"bridge"_qs, n.bridge}});
        hosts.append(QJsonObject{
            {u"name"_qs, h.config.name},
            {u"uri"_qs, h.config.uri},
            {u"group"_qs, h.config.group},
            {u"state"_qs, hostStateName(h.status.state)},
            {u"state_reason"_qs, h.status.reason},
            {u"health_score"_qs, h.health.score},
            {u"findings"_qs, findings},
            {u"cpus"_qs, h.details.host.cpus},
            {u"memory_kib"_qs, double(h.details.host.memoryKiB)},
            {u"guests"_qs, h.guests},
            {u"guests_running"_qs, h.running},
            {u"vcpus_allocated"_qs, h.vcpusAllocated},
            {u"memory_allocated_kib"_qs, double(h.memoryAllocatedKiB)},
            {u"cpu_percent"_qs, QJsonObject{{u"average"_qs, number(h.cpu.average)}, {u"peak"_qs, number(h.cpu.peak)}}},
            {u"memory_used_percent"_qs,
             QJsonObject{{u"average"_qs, number(h.memoryUsed.average)}, {u"peak"_qs, number(h.memoryUsed.peak)}}},
            {u"storage_pools"_qs, pools},
            {u"networks"_qs, networks},
        });
    }
    root[u"hosts"_qs] = hosts;
    QJsonArray alerts;
    for (const Health::Alert &a : data.alerts)
        alerts.append(QJsonObject{{u"rule"_qs, a.rule}, {u"severity"_qs, Health::severityName(a.severity)},
                                  {u"host"_qs, a.host}, {u"subject"_qs, a.subject},
                                  {u"message"_qs, a.message.toString()},
                                  {u"raised_at"_qs, iso(a.raisedAt)},
                                  {u"cleared_at"_qs, a.clearedAt.isValid() ? QJsonValue(iso(a.clearedAt)) : QJsonValue()},
                                  {u"acknowledged_by"_qs, a.acknowledgedBy}});
    root[u"alerts"_qs] = alerts;
    QJsonArray actions;
    for (const EventRecord &e : data.actions)
        actions.append(QJsonObject{{u"time"_qs, iso(e.time)}, {u"kind"_qs, EventRecord::kindName(e.kind)},
                                   {u"host"_qs, e.host}, {u"guest"_qs, e.guest}, {u"message"_qs, e.message.toString()},
                                   {u"result"_qs, e.result}, {u"user"_qs, e.user}});
    root[u"actions"_qs] = actions;
    QJsonArray policies, readiness;
    for (const HaPolicyReadiness &p : data.ha.policies)
        policies.append(QJsonObject{{u"name"_qs, p.policy}, {u"enabled"_qs, p.enabled},
                                    {u"protected_guests"_qs, p.protectedGuests}});
    for (const HaHostReadiness &h : data.ha.hosts) {
        QJsonArray blocked;
        for (const Ha::Unplaced &u : h.blocked)
            blocked.append(QJsonObject{{u"guest"_qs, u.guest}, {u"policy"_qs, u.policy}, {u"reason"_qs, u.reason}});
        readiness.append(QJsonObject{{u"if_host_fails"_qs, h.host}, {u"protected_running"_qs, h.protectedRunning},
                                     {u"restartable"_qs, h.restartable}, {u"blocked"_qs, blocked}});
    }
    root[u"ha_readiness"_qs] = QJsonObject{{u"policies"_qs, policies}, {u"host_failures"_qs, readiness},
                                           {u"lock_manager_warning"_qs, data.ha.lockManagerWarning}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toCsv(const ReportData &data)
{
    QString out;
    const auto row = [&out](const QStringList &fields) {
        QStringList cells;
        cells.reserve(fields.size());
        for (const QString &f : fields)
            cells.append(csvField(f));
        out += cells.join(u',') + QStringLiteral("\r\n");
    };
    const auto num = [](double v) { return Metrics::isReported(v) ? QString::number(v, 'f', 2) : QString(); };
    row({u"section"_qs, u"host"_qs, u"subject"_qs, u"item"_qs, u"value"_qs, u"unit"_qs, u"time"_qs, u"detail"_qs});
    row({u"report"_qs, {}, {}, u"range"_qs, data.rangeLabel, {}, iso(data.from), iso(data.to)});
    row({u"cluster"_qs, {}, {}, u"hosts_up"_qs, QString::number(data.hostsIn(HostState::Up)), {}, {}, {}});
    row({u"cluster"_qs, {}, {}, u"hosts_unreachable"_qs, QString::number(data.hostsIn(HostState::Unreachable)), {}, {}, {}});
    row({u"cluster"_qs, {}, {}, u"guests_running"_qs, QString::number(data.guestsRunning()), {}, {}, {}});
    row({u"cluster"_qs, {}, {}, u"guests"_qs, QString::number(data.guestsTotal()), {}, {}, {}});
    for (const HostReport &h : data.hosts) {
        const QString name = h.config.name;
        row({u"host"_qs, name, {}, u"state"_qs, hostStateName(h.status.state), {}, {}, h.status.reason});
        row({u"host"_qs, name, {}, u"health_score"_qs, QString::number(h.health.score), {}, {}, {}});
        for (const Health::Finding &f : h.health.findings)
            row({u"finding"_qs, name, f.subject, Health::severityName(f.severity), {}, {}, {}, f.message});
        row({u"host"_qs, name, {}, u"cpu_average"_qs, num(h.cpu.average), u"%"_qs, {}, {}});
        row({u"host"_qs, name, {}, u"cpu_peak"_qs, num(h.cpu.peak), u"%"_qs, {}, {}});
        row({u"host"_qs, name, {}, u"memory_used_average"_qs, num(h.memoryUsed.average), u"%"_qs, {}, {}});
        row({u"host"_qs, name, {}, u"memory_kib"_qs, QString::number(h.details.host.memoryKiB), u"KiB"_qs, {}, {}});
        row({u"host"_qs, name, {}, u"memory_allocated_kib"_qs, QString::number(h.memoryAllocatedKiB), u"KiB"_qs, {}, {}});
        row({u"host"_qs, name, {}, u"guests_running"_qs, QString::number(h.running), {}, {}, {}});
        for (const StoragePoolInfo &p : h.details.pools)
            row({u"pool"_qs, name, p.name, u"used_percent"_qs, num(Health::poolUsedPercent(p)), u"%"_qs, {},
                 p.active ? u"active"_qs : u"inactive"_qs});
        for (const NetworkInfo &n : h.details.networks)
            row({u"network"_qs, name, n.name, u"active"_qs, n.active ? u"yes"_qs : u"no"_qs, {}, {}, n.forwardMode});
    }
    for (const Health::Alert &a : data.alerts)
        row({u"alert"_qs, a.host, a.subject, a.rule, Health::severityName(a.severity), {}, iso(a.raisedAt),
             a.message.toString()
                 + (a.clearedAt.isValid() ? QStringLiteral(" (cleared %1)").arg(iso(a.clearedAt)) : QString())});
    for (const EventRecord &e : data.actions)
        row({u"action"_qs, e.host, e.guest, EventRecord::kindName(e.kind), e.result, {}, iso(e.time),
             e.message.toString() + QStringLiteral(" — ") + e.user});
    for (const HaHostReadiness &h : data.ha.hosts) {
        row({u"ha"_qs, h.host, {}, u"restartable_if_host_fails"_qs, QString::number(h.restartable), {}, {},
             QStringLiteral("%1 of %2").arg(h.restartable).arg(h.protectedRunning)});
        for (const Ha::Unplaced &u : h.blocked)
            row({u"ha_blocked"_qs, h.host, u.guest, u.policy, {}, {}, {}, u.reason});
    }
    if (!data.ha.lockManagerWarning.isEmpty())
        row({u"ha_warning"_qs, {}, {}, u"lock_manager"_qs, {}, {}, {}, data.ha.lockManagerWarning});
    return out.toUtf8();
}

QString toHtml(const ReportData &data, const QList<ChartImage> &charts)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                           "<style>body{font-family:sans-serif;margin:24px;color:#222}"
                           "table{border-collapse:collapse;margin:8px 0 16px}"
                           "th,td{border:1px solid #bbb;padding:3px 8px;text-align:left;vertical-align:top}"
                           "th{background:#eee}.bad{color:#c0392b}.warn{color:#b9770e}.ok{color:#1e8449}"
                           "h2{border-bottom:1px solid #ccc;padding-bottom:2px;margin-top:24px}</style></head><body>")
                .arg(esc(tr("Vigil health report")));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(esc(tr("Vigil health report")),
                     esc(tr("Range %1: %2 – %3 (UTC). Generated %4 by Vigil %5.")
                             .arg(data.rangeLabel, data.from.toUTC().toString(u"yyyy-MM-dd HH:mm"),
                                  data.to.toUTC().toString(u"yyyy-MM-dd HH:mm"),
                                  data.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"), data.vigilVersion)));
    if (!data.historyNote.isEmpty())
        html += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(data.historyNote));

    if (data.sections & Summary) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Cluster summary")));
        const auto line = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
        };
        line(tr("Hosts"), tr("%1 (%2 up, %3 unreachable)").arg(data.hosts.size()).arg(data.hostsIn(HostState::Up))
                              .arg(data.hostsIn(HostState::Unreachable)));
        line(tr("Guests"), tr("%1 (%2 running)").arg(data.guestsTotal()).arg(data.guestsRunning()));
        quint64 memory = 0, allocated = 0;
        int cpus = 0, vcpus = 0;
        for (const HostReport &h : data.hosts) {
            memory += h.details.host.memoryKiB;
            allocated += h.memoryAllocatedKiB;
            cpus += h.details.host.cpus;
            vcpus += h.vcpusAllocated;
        }
        line(tr("Memory allocated to running guests"), tr("%1 of %2").arg(formatMemoryKiB(allocated), formatMemoryKiB(memory)));
        line(tr("vCPUs of running guests"), tr("%1 on %2 host CPUs").arg(vcpus).arg(cpus));
        int open = 0;
        for (const Health::Alert &a : data.alerts)
            open += a.isOpen();
        line(tr("Alerts in range"), tr("%1 (%2 still open)").arg(data.alerts.size()).arg(open));
        html += QStringLiteral("</table>");
    }

    if ((data.sections & Charts) && !charts.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Charts")));
        for (const ChartImage &chart : charts)
            html += QStringLiteral("<p><b>%1</b><br><img src=\"%2\" width=\"640\"></p>").arg(esc(chart.title), esc(chart.source));
    }

    if (data.sections & Hosts) {
        html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                    .arg(esc(tr("Hosts")), esc(tr("Host")), esc(tr("State")), esc(tr("Health")), esc(tr("CPU avg / peak")),
                         esc(tr("Memory used avg / peak")), esc(tr("Guests running")), esc(tr("Findings")));
        for (const HostReport &h : data.hosts) {
            QStringList findings;
            for (const Health::Finding &f : h.health.findings)
                findings << QStringLiteral("<span class=\"%1\">%2</span>")
                                .arg(f.severity == Health::Severity::Critical ? u"bad"_qs : u"warn"_qs, esc(f.message));
            const QString scoreClass = h.health.score < 50 ? u"bad"_qs : h.health.score < 85 ? u"warn"_qs : u"ok"_qs;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5 / %6</td><td>%7 / %8</td>"
                                   "<td>%9 / %10</td><td>%11</td></tr>")
                        .arg(esc(h.config.name), esc(hostStateName(h.status.state)), scoreClass)
                        .arg(h.health.score)
                        .arg(esc(percentText(h.cpu.average)), esc(percentText(h.cpu.peak)),
                             esc(percentText(h.memoryUsed.average)), esc(percentText(h.memoryUsed.peak)))
                        .arg(h.running).arg(h.guests)
                        .arg(findings.isEmpty() ? esc(tr("healthy")) : findings.join(u"<br>"));
        }
        html += QStringLiteral("</table>");
    }

    if (data.sections & StorageAndNetworks) {
        html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                    .arg(esc(tr("Storage pools")), esc(tr("Host")), esc(tr("Pool")), esc(tr("State")), esc(tr("Used")),
                         esc(tr("Capacity")));
        for (const HostReport &h : data.hosts)
            for (const StoragePoolInfo &p : h.details.pools)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(esc(h.config.name), esc(p.name), esc(p.active ? tr("active") : tr("inactive")),
                                 esc(percentText(Health::poolUsedPercent(p))), esc(formatBytes(p.capacity)));
        html += QStringLiteral("</table><table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("Host")), esc(tr("Network")), esc(tr("State")), esc(tr("Forward")));
        for (const HostReport &h : data.hosts)
            for (const NetworkInfo &n : h.details.networks)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(h.config.name), esc(n.name), esc(n.active ? tr("active") : tr("inactive")),
                                 esc(n.forwardMode));
        html += QStringLiteral("</table>");
    }

    if (data.sections & Alerts) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Alerts")));
        if (data.alerts.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No alert was raised or cleared in this range.")));
        } else {
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                        .arg(esc(tr("Raised")), esc(tr("Severity")), esc(tr("Host")), esc(tr("Alert")), esc(tr("Cleared")));
            for (const Health::Alert &a : data.alerts)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(esc(iso(a.raisedAt)), esc(Health::severityLabel(a.severity)), esc(a.host),
                                 esc(a.rule + QStringLiteral(": ") + a.message.toString()),
                                 esc(a.clearedAt.isValid() ? iso(a.clearedAt) : tr("open")));
            html += QStringLiteral("</table>");
        }
    }

    if (data.sections & Actions) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Actions and changes")));
        if (data.actions.isEmpty()) {
            html += QStringLiteral("<p>%1</p>").arg(esc(tr("No action in this range.")));
        } else {
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                        .arg(esc(tr("Time")), esc(tr("Host")), esc(tr("Guest")), esc(tr("What")), esc(tr("Result")), esc(tr("By")));
            for (const EventRecord &e : data.actions)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                            .arg(esc(iso(e.time)), esc(e.host), esc(e.guest), esc(e.message.toString()),
                                 esc(e.result), esc(e.user));
            html += QStringLiteral("</table>");
        }
    }

    if (data.sections & HaReadiness) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("HA readiness")));
        if (data.ha.policies.isEmpty()) {
            html += QStringLiteral("<p class=\"warn\">%1</p>")
                        .arg(esc(tr("No failover policy exists: no guest is restarted elsewhere when its host fails.")));
        } else {
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(esc(tr("Policy")), esc(tr("Enabled")), esc(tr("Protected guests")));
            for (const HaPolicyReadiness &p : data.ha.policies)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(esc(p.policy), esc(p.enabled ? tr("yes") : tr("no"))).arg(p.protectedGuests);
            html += QStringLiteral("</table>");
            if (!data.ha.lockManagerWarning.isEmpty())
                html += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(data.ha.lockManagerWarning));
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(esc(tr("If this host fails")), esc(tr("Restartable")), esc(tr("Blocked, and why")));
            for (const HaHostReadiness &h : data.ha.hosts) {
                QStringList blocked;
                for (const Ha::Unplaced &u : h.blocked)
                    blocked << esc(u.guest + QStringLiteral(": ") + u.reason);
                html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>")
                            .arg(esc(h.host), h.restartable == h.protectedRunning ? u"ok"_qs : u"bad"_qs,
                                 esc(tr("%1 of %2").arg(h.restartable).arg(h.protectedRunning)),
                                 blocked.isEmpty() ? esc(tr("none")) : blocked.join(u"<br>"));
            }
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace Vigil::Report
