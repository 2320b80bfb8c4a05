#include "reportwriters.h"

#include "../health/alertrule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Vigil::Report {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Report)
};

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
    return Metrics::isReported(value) ? QStringLiteral("%1 %").arg(value, 0, 'f', 1) : Text::tr("not reported");
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// A time in a table cell: UTC like the range line, never broken across lines.
QString timeCell(const QDateTime &time)
{
    return QStringLiteral("<td nowrap>%1</td>").arg(time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss")
                                                                    : QString());
}

// A section's table, titled by its first header row: the title repeats on
// every page the table continues on and never stays alone at the bottom of
// a page (a heading before a table could; QTextDocument keeps header rows
// with the first body row). `widths` are percentages; 0 lets the column
// take what is left.
QString tableStart(const QString &title, const QStringList &headers, const QList<int> &widths = {})
{
    QString html = QStringLiteral("<table width=\"100%\"><thead><tr><td class=\"caption\" colspan=\"%1\">%2</td></tr><tr>")
                       .arg(headers.size()).arg(esc(title));
    for (qsizetype i = 0; i < headers.size(); ++i)
        html += widths.value(i) > 0 ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.at(i)).arg(esc(headers.at(i)))
                                    : QStringLiteral("<th>%1</th>").arg(esc(headers.at(i)));
    return html + QStringLiteral("</tr></thead>");
}

// The row an empty table shows instead of nothing.
QString noneRow(int columns)
{
    return QStringLiteral("<tr><td colspan=\"%1\">%2</td></tr>").arg(columns).arg(esc(Text::tr("none")));
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
    root[u"schema"_s] = u"vigil-health-report/1"_s;
    root[u"generated_at"_s] = iso(data.generatedAt);
    root[u"vigil_version"_s] = data.vigilVersion;
    root[u"range"_s] = QJsonObject{{u"label"_s, data.rangeLabel}, {u"from"_s, iso(data.from)}, {u"to"_s, iso(data.to)}};
    root[u"cluster"_s] = QJsonObject{
        {u"hosts"_s, int(data.hosts.size())},
        {u"hosts_up"_s, data.hostsIn(HostState::Up)},
        {u"hosts_unreachable"_s, data.hostsIn(HostState::Unreachable)},
        {u"guests"_s, data.guestsTotal()},
        {u"guests_running"_s, data.guestsRunning()},
    };
    QJsonArray hosts;
    for (const HostReport &h : data.hosts) {
        QJsonArray findings;
        for (const Health::Finding &f : h.health.findings)
            findings.append(QJsonObject{{u"severity"_s, Health::severityName(f.severity)},
                                        {u"subject"_s, f.subject}, {u"message"_s, f.message}});
        QJsonArray pools, networks;
        for (const StoragePoolInfo &p : h.details.pools)
            pools.append(QJsonObject{{u"name"_s, p.name}, {u"type"_s, p.type}, {u"active"_s, p.active},
                                     {u"capacity_bytes"_s, double(p.capacity)},
                                     {u"allocation_bytes"_s, double(p.allocation)},
                                     {u"used_percent"_s, number(Health::poolUsedPercent(p))}});
        for (const NetworkInfo &n : h.details.networks)
            networks.append(QJsonObject{{u"name"_s, n.name}, {u"active"_s, n.active},
                                        {u"forward"_s, n.forwardMode}, {u"bridge"_s, n.bridge}});
        hosts.append(QJsonObject{
            {u"name"_s, h.config.name},
            {u"uri"_s, h.config.uri},
            {u"group"_s, h.config.group},
            {u"state"_s, hostStateName(h.status.state)},
            {u"state_reason"_s, h.status.reason},
            {u"health_score"_s, h.health.score},
            {u"findings"_s, findings},
            {u"cpus"_s, h.details.host.cpus},
            {u"memory_kib"_s, double(h.details.host.memoryKiB)},
            {u"guests"_s, h.guests},
            {u"guests_running"_s, h.running},
            {u"vcpus_allocated"_s, h.vcpusAllocated},
            {u"memory_allocated_kib"_s, double(h.memoryAllocatedKiB)},
            {u"cpu_percent"_s, QJsonObject{{u"average"_s, number(h.cpu.average)}, {u"peak"_s, number(h.cpu.peak)}}},
            {u"memory_used_percent"_s,
             QJsonObject{{u"average"_s, number(h.memoryUsed.average)}, {u"peak"_s, number(h.memoryUsed.peak)}}},
            {u"storage_pools"_s, pools},
            {u"networks"_s, networks},
        });
    }
    root[u"hosts"_s] = hosts;
    QJsonArray alerts;
    for (const Health::Alert &a : data.alerts)
        alerts.append(QJsonObject{{u"rule"_s, a.rule}, {u"severity"_s, Health::severityName(a.severity)},
                                  {u"host"_s, a.host}, {u"subject"_s, a.subject},
                                  {u"message"_s, a.message.toString()},
                                  {u"raised_at"_s, iso(a.raisedAt)},
                                  {u"cleared_at"_s, a.clearedAt.isValid() ? QJsonValue(iso(a.clearedAt)) : QJsonValue()},
                                  {u"acknowledged_by"_s, a.acknowledgedBy}});
    root[u"alerts"_s] = alerts;
    QJsonArray actions;
    for (const EventRecord &e : data.actions)
        actions.append(QJsonObject{{u"time"_s, iso(e.time)}, {u"kind"_s, EventRecord::kindName(e.kind)},
                                   {u"host"_s, e.host}, {u"guest"_s, e.guest}, {u"message"_s, e.message.toString()},
                                   {u"result"_s, EventRecord::resultName(e.result)}, {u"user"_s, e.user}});
    root[u"actions"_s] = actions;
    QJsonArray policies, readiness;
    for (const HaPolicyReadiness &p : data.ha.policies)
        policies.append(QJsonObject{{u"name"_s, p.policy}, {u"enabled"_s, p.enabled},
                                    {u"protected_guests"_s, p.protectedGuests}});
    for (const HaHostReadiness &h : data.ha.hosts) {
        QJsonArray blocked;
        for (const Ha::Unplaced &u : h.blocked)
            blocked.append(QJsonObject{{u"guest"_s, u.guest}, {u"policy"_s, u.policy}, {u"reason"_s, u.reason}});
        readiness.append(QJsonObject{{u"if_host_fails"_s, h.host}, {u"protected_running"_s, h.protectedRunning},
                                     {u"restartable"_s, h.restartable}, {u"blocked"_s, blocked}});
    }
    root[u"ha_readiness"_s] = QJsonObject{{u"policies"_s, policies}, {u"host_failures"_s, readiness},
                                           {u"lock_manager_warning"_s, data.ha.lockManagerWarning}};
    QJsonArray backups;
    for (const Backup::GuestBackupStatus &b : data.backups)
        backups.append(QJsonObject{
            {u"job"_s, b.job}, {u"guest"_s, b.guest},
            {u"last_backup"_s, b.lastBackup.isValid() ? QJsonValue(iso(b.lastBackup)) : QJsonValue()},
            {u"kind"_s, b.lastBackup.isValid() ? QJsonValue(b.lastIncremental ? u"incremental"_s : u"full"_s) : QJsonValue()},
            {u"verified"_s, Backup::checkName(b.verify)},
            {u"mirrored"_s, b.mirrored ? QJsonValue(Backup::checkName(b.mirror)) : QJsonValue()},
            {u"newest_good"_s, b.newestGood.isValid() ? QJsonValue(iso(b.newestGood)) : QJsonValue()},
            {u"rpo_hours"_s, b.rpoHours}, {u"rpo"_s, Backup::rpoName(b.rpo)},
            {u"last_drill"_s, b.lastDrill.isValid() ? QJsonValue(iso(b.lastDrill)) : QJsonValue()},
            {u"drill_ok"_s, b.lastDrill.isValid() ? QJsonValue(b.drillOk) : QJsonValue()},
            {u"drill_boot_ms"_s, b.lastDrill.isValid() && b.drillBootMs >= 0 ? QJsonValue(double(b.drillBootMs)) : QJsonValue()},
        });
    root[u"backups"_s] = backups;
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
    row({u"section"_s, u"host"_s, u"subject"_s, u"item"_s, u"value"_s, u"unit"_s, u"time"_s, u"detail"_s});
    row({u"report"_s, {}, {}, u"range"_s, data.rangeLabel, {}, iso(data.from), iso(data.to)});
    row({u"cluster"_s, {}, {}, u"hosts_up"_s, QString::number(data.hostsIn(HostState::Up)), {}, {}, {}});
    row({u"cluster"_s, {}, {}, u"hosts_unreachable"_s, QString::number(data.hostsIn(HostState::Unreachable)), {}, {}, {}});
    row({u"cluster"_s, {}, {}, u"guests_running"_s, QString::number(data.guestsRunning()), {}, {}, {}});
    row({u"cluster"_s, {}, {}, u"guests"_s, QString::number(data.guestsTotal()), {}, {}, {}});
    for (const HostReport &h : data.hosts) {
        const QString name = h.config.name;
        row({u"host"_s, name, {}, u"state"_s, hostStateName(h.status.state), {}, {}, h.status.reason});
        row({u"host"_s, name, {}, u"health_score"_s, QString::number(h.health.score), {}, {}, {}});
        for (const Health::Finding &f : h.health.findings)
            row({u"finding"_s, name, f.subject, Health::severityName(f.severity), {}, {}, {}, f.message});
        row({u"host"_s, name, {}, u"cpu_average"_s, num(h.cpu.average), u"%"_s, {}, {}});
        row({u"host"_s, name, {}, u"cpu_peak"_s, num(h.cpu.peak), u"%"_s, {}, {}});
        row({u"host"_s, name, {}, u"memory_used_average"_s, num(h.memoryUsed.average), u"%"_s, {}, {}});
        row({u"host"_s, name, {}, u"memory_kib"_s, QString::number(h.details.host.memoryKiB), u"KiB"_s, {}, {}});
        row({u"host"_s, name, {}, u"memory_allocated_kib"_s, QString::number(h.memoryAllocatedKiB), u"KiB"_s, {}, {}});
        row({u"host"_s, name, {}, u"guests_running"_s, QString::number(h.running), {}, {}, {}});
        for (const StoragePoolInfo &p : h.details.pools)
            row({u"pool"_s, name, p.name, u"used_percent"_s, num(Health::poolUsedPercent(p)), u"%"_s, {},
                 p.active ? u"active"_s : u"inactive"_s});
        for (const NetworkInfo &n : h.details.networks)
            row({u"network"_s, name, n.name, u"active"_s, n.active ? u"yes"_s : u"no"_s, {}, {}, n.forwardMode});
    }
    for (const Health::Alert &a : data.alerts)
        row({u"alert"_s, a.host, a.subject, a.rule, Health::severityName(a.severity), {}, iso(a.raisedAt),
             a.message.toString()
                 + (a.clearedAt.isValid() ? QStringLiteral(" (cleared %1)").arg(iso(a.clearedAt)) : QString())});
    for (const EventRecord &e : data.actions)
        row({u"action"_s, e.host, e.guest, EventRecord::kindName(e.kind), EventRecord::resultName(e.result), {},
             iso(e.time), e.message.toString() + QStringLiteral(" — ") + e.user});
    for (const HaHostReadiness &h : data.ha.hosts) {
        row({u"ha"_s, h.host, {}, u"restartable_if_host_fails"_s, QString::number(h.restartable), {}, {},
             QStringLiteral("%1 of %2").arg(h.restartable).arg(h.protectedRunning)});
        for (const Ha::Unplaced &u : h.blocked)
            row({u"ha_blocked"_s, h.host, u.guest, u.policy, {}, {}, {}, u.reason});
    }
    if (!data.ha.lockManagerWarning.isEmpty())
        row({u"ha_warning"_s, {}, {}, u"lock_manager"_s, {}, {}, {}, data.ha.lockManagerWarning});
    for (const Backup::GuestBackupStatus &b : data.backups) {
        row({u"backup"_s, {}, b.guest, u"last_backup"_s, b.lastBackup.isValid() ? (b.lastIncremental ? u"incremental"_s : u"full"_s) : QString(),
             {}, iso(b.lastBackup), u"job "_s + b.job});
        row({u"backup"_s, {}, b.guest, u"verified"_s, Backup::checkName(b.verify), {}, {}, {}});
        if (b.mirrored)
            row({u"backup"_s, {}, b.guest, u"mirrored"_s, Backup::checkName(b.mirror), {}, {}, {}});
        row({u"backup"_s, {}, b.guest, u"rpo"_s, Backup::rpoName(b.rpo), u"h"_s, iso(b.newestGood),
             b.rpoHours > 0 ? QString::number(b.rpoHours) : QString()});
        if (b.lastDrill.isValid())
            row({u"backup"_s, {}, b.guest, u"restore_drill"_s, b.drillOk ? u"ok"_s : u"failed"_s, u"ms"_s,
                 iso(b.lastDrill), b.drillBootMs >= 0 ? QString::number(b.drillBootMs) : b.drillMessage});
    }
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
                           "h2{border-bottom:1px solid #ccc;padding-bottom:2px;margin-top:24px}"
                           "td.caption{border:none;border-bottom:1px solid #ccc;font-size:x-large;font-weight:bold;"
                           "padding:16px 0 4px}</style></head><body>")
                .arg(esc(Text::tr("Vigil health report")));
    html += QStringLiteral("<h1>%1</h1><p>%2</p>")
                .arg(esc(Text::tr("Vigil health report")),
                     esc(Text::tr("Range %1: %2 – %3 (UTC). Generated %4 by Vigil %5.")
                             .arg(data.rangeLabel, data.from.toUTC().toString(u"yyyy-MM-dd HH:mm"),
                                  data.to.toUTC().toString(u"yyyy-MM-dd HH:mm"),
                                  data.generatedAt.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"), data.vigilVersion)));
    if (!data.historyNote.isEmpty())
        html += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(data.historyNote));

    if (data.sections & Summary) {
        html += QStringLiteral("<h2>%1</h2><table>").arg(esc(Text::tr("Cluster summary")));
        const auto line = [&html](const QString &label, const QString &value) {
            html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), esc(value));
        };
        line(Text::tr("Hosts"), Text::tr("%1 (%2 up, %3 unreachable)").arg(data.hosts.size()).arg(data.hostsIn(HostState::Up))
                              .arg(data.hostsIn(HostState::Unreachable)));
        line(Text::tr("Guests"), Text::tr("%1 (%2 running)").arg(data.guestsTotal()).arg(data.guestsRunning()));
        quint64 memory = 0, allocated = 0;
        int cpus = 0, vcpus = 0;
        for (const HostReport &h : data.hosts) {
            memory += h.details.host.memoryKiB;
            allocated += h.memoryAllocatedKiB;
            cpus += h.details.host.cpus;
            vcpus += h.vcpusAllocated;
        }
        line(Text::tr("Memory allocated to running guests"), Text::tr("%1 of %2").arg(formatMemoryKiB(allocated),
                                                                                      formatMemoryKiB(memory)));
        line(Text::tr("vCPUs of running guests"), Text::tr("%1 on %2 host CPUs").arg(vcpus).arg(cpus));
        int open = 0;
        for (const Health::Alert &a : data.alerts)
            open += a.isOpen();
        line(Text::tr("Alerts in range"), Text::tr("%1 (%2 still open)").arg(data.alerts.size()).arg(open));
        html += QStringLiteral("</table>");
    }

    if ((data.sections & Charts) && !charts.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("Charts")));
        for (const ChartImage &chart : charts)
            html += QStringLiteral("<p><b>%1</b><br><img src=\"%2\" width=\"640\"></p>").arg(esc(chart.title), esc(chart.source));
    }

    if (data.sections & Hosts) {
        html += tableStart(Text::tr("Hosts"),
                           {Text::tr("Host"), Text::tr("State"), Text::tr("Health"), Text::tr("CPU avg / peak"),
                            Text::tr("Memory used avg / peak"), Text::tr("Guests running"), Text::tr("Findings")});
        if (data.hosts.isEmpty())
            html += noneRow(7);
        for (const HostReport &h : data.hosts) {
            QStringList findings;
            for (const Health::Finding &f : h.health.findings)
                findings << QStringLiteral("<span class=\"%1\">%2</span>")
                                .arg(f.severity == Health::Severity::Critical ? u"bad"_s : u"warn"_s, esc(f.message));
            const QString scoreClass = h.health.score < 50 ? u"bad"_s : h.health.score < 85 ? u"warn"_s : u"ok"_s;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5 / %6</td><td>%7 / %8</td>"
                                   "<td>%9 / %10</td><td>%11</td></tr>")
                        .arg(esc(h.config.name), esc(hostStateName(h.status.state)), scoreClass)
                        .arg(h.health.score)
                        .arg(esc(percentText(h.cpu.average)), esc(percentText(h.cpu.peak)),
                             esc(percentText(h.memoryUsed.average)), esc(percentText(h.memoryUsed.peak)))
                        .arg(h.running).arg(h.guests)
                        .arg(findings.isEmpty() ? esc(Text::tr("healthy")) : findings.join(u"<br>"));
        }
        html += QStringLiteral("</table>");
    }

    if (data.sections & StorageAndNetworks) {
        html += tableStart(Text::tr("Storage pools"),
                           {Text::tr("Host"), Text::tr("Pool"), Text::tr("State"), Text::tr("Used"), Text::tr("Capacity")});
        qsizetype rows = 0;
        for (const HostReport &h : data.hosts)
            rows += h.details.pools.size();
        if (rows == 0)
            html += noneRow(5);
        for (const HostReport &h : data.hosts)
            for (const StoragePoolInfo &p : h.details.pools)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(esc(h.config.name), esc(p.name), esc(p.active ? Text::tr("active") : Text::tr("inactive")),
                                 esc(percentText(Health::poolUsedPercent(p))), esc(formatBytes(p.capacity)));
        html += QStringLiteral("</table>");
        html += tableStart(Text::tr("Networks"), {Text::tr("Host"), Text::tr("Network"), Text::tr("State"),
                                                  Text::tr("Forward")});
        rows = 0;
        for (const HostReport &h : data.hosts)
            rows += h.details.networks.size();
        if (rows == 0)
            html += noneRow(4);
        for (const HostReport &h : data.hosts)
            for (const NetworkInfo &n : h.details.networks)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                            .arg(esc(h.config.name), esc(n.name), esc(n.active ? Text::tr("active") : Text::tr("inactive")),
                                 esc(n.forwardMode));
        html += QStringLiteral("</table>");
    }

    if (data.sections & Alerts) {
        if (data.alerts.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                        .arg(esc(Text::tr("Alerts")), esc(Text::tr("No alert was raised or cleared in this range.")));
        } else {
            html += tableStart(Text::tr("Alerts"), {Text::tr("Raised"), Text::tr("Severity"), Text::tr("Host"),
                                                    Text::tr("Alert"), Text::tr("Cleared")},
                               {0, 8, 12, 0, 0});
            for (const Health::Alert &a : data.alerts)
                html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td><td>%4</td>%5</tr>")
                            .arg(timeCell(a.raisedAt), esc(Health::severityLabel(a.severity)), esc(a.host),
                                 esc(a.rule + QStringLiteral(": ") + a.message.toString()),
                                 a.clearedAt.isValid() ? timeCell(a.clearedAt)
                                                       : QStringLiteral("<td>%1</td>").arg(esc(Text::tr("open"))));
            html += QStringLiteral("</table>");
        }
    }

    if (data.sections & Actions) {
        if (data.actions.isEmpty()) {
            html += QStringLiteral("<h2>%1</h2><p>%2</p>")
                        .arg(esc(Text::tr("Actions and changes")), esc(Text::tr("No action in this range.")));
        } else {
            // The message takes what the time, names and result leave.
            html += tableStart(Text::tr("Actions and changes"),
                               {Text::tr("Time"), Text::tr("Host"), Text::tr("Guest"), Text::tr("What"),
                                Text::tr("Result"), Text::tr("By")},
                               {0, 10, 12, 0, 7, 10});
            for (const EventRecord &e : data.actions)
                html += QStringLiteral("<tr>%1<td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                            .arg(timeCell(e.time), esc(e.host), esc(e.guest), esc(e.message.toString()),
                                 esc(EventRecord::resultName(e.result)), esc(e.user));
            html += QStringLiteral("</table>");
        }
    }

    if (data.sections & HaReadiness) {
        html += QStringLiteral("<h2>%1</h2>").arg(esc(Text::tr("HA readiness")));
        if (data.ha.policies.isEmpty()) {
            html += QStringLiteral("<p class=\"warn\">%1</p>")
                        .arg(esc(Text::tr("No failover policy exists: no guest is restarted elsewhere when its host fails.")));
        } else {
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(esc(Text::tr("Policy")), esc(Text::tr("Enabled")), esc(Text::tr("Protected guests")));
            for (const HaPolicyReadiness &p : data.ha.policies)
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                            .arg(esc(p.policy), esc(p.enabled ? Text::tr("yes") : Text::tr("no"))).arg(p.protectedGuests);
            html += QStringLiteral("</table>");
            if (!data.ha.lockManagerWarning.isEmpty())
                html += QStringLiteral("<p class=\"warn\">%1</p>").arg(esc(data.ha.lockManagerWarning));
            html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                        .arg(esc(Text::tr("If this host fails")), esc(Text::tr("Restartable")),
                             esc(Text::tr("Blocked, and why")));
            for (const HaHostReadiness &h : data.ha.hosts) {
                QStringList blocked;
                for (const Ha::Unplaced &u : h.blocked)
                    blocked << esc(u.guest + QStringLiteral(": ") + u.reason);
                html += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td><td>%4</td></tr>")
                            .arg(esc(h.host), h.restartable == h.protectedRunning ? u"ok"_s : u"bad"_s,
                                 esc(Text::tr("%1 of %2").arg(h.restartable).arg(h.protectedRunning)),
                                 blocked.isEmpty() ? esc(Text::tr("none")) : blocked.join(u"<br>"));
            }
            html += QStringLiteral("</table>");
        }
    }
    if (data.sections & Backups) {
        html += tableStart(Text::tr("Backups"),
                           {Text::tr("Guest"), Text::tr("Job"), Text::tr("Last backup"), Text::tr("Verified"),
                            Text::tr("Mirrored"), Text::tr("RPO"), Text::tr("Last restore drill")},
                           {10, 11, 16, 13, 13, 12, 0});
        if (data.backups.isEmpty())
            html += noneRow(7);
        const auto check = [](Backup::ArtifactRecord::Check c) {
            return c == Backup::ArtifactRecord::Check::Passed ? QStringLiteral("<td class=\"ok\">%1</td>").arg(esc(Text::tr("passed")))
                 : c == Backup::ArtifactRecord::Check::Failed ? QStringLiteral("<td class=\"bad\">%1</td>").arg(esc(Text::tr("failed")))
                                                              : QStringLiteral("<td>%1</td>").arg(esc(Text::tr("not checked")));
        };
        for (const Backup::GuestBackupStatus &b : data.backups) {
            const QString last = b.lastBackup.isValid()
                ? esc(b.lastBackup.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u' '
                      + (b.lastIncremental ? Text::tr("incremental") : Text::tr("full")))
                : QStringLiteral("<span class=\"bad\">%1</span>").arg(esc(Text::tr("none")));
            const QString rpo = b.rpo == Backup::GuestBackupStatus::Rpo::NoObjective
                ? esc(Text::tr("none"))
                : QStringLiteral("<span class=\"%1\">%2</span>")
                      .arg(b.rpo == Backup::GuestBackupStatus::Rpo::Met ? u"ok"_s : u"bad"_s,
                           esc(Text::tr("%1 (%2 h)").arg(Backup::rpoText(b.rpo)).arg(b.rpoHours)));
            QString drill = esc(Text::tr("never"));
            if (b.lastDrill.isValid())
                drill = QStringLiteral("<span class=\"%1\">%2</span>")
                            .arg(b.drillOk ? u"ok"_s : u"bad"_s,
                                 esc(b.lastDrill.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u' '
                                     + (b.drillOk ? Text::tr("ran after %1 s").arg(double(b.drillBootMs) / 1000.0, 0, 'f', 1)
                                                  : Text::tr("failed: %1").arg(b.drillMessage))));
            const QString nothing = QStringLiteral("<td>—</td>");   // no backup: nothing to check
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td>%4%5<td>%6</td><td>%7</td></tr>")
                        .arg(esc(b.guest), esc(b.job), last, b.lastBackup.isValid() ? check(b.verify) : nothing,
                             !b.mirrored ? QStringLiteral("<td>%1</td>").arg(esc(Text::tr("no mirror")))
                             : b.lastBackup.isValid() ? check(b.mirror) : nothing,
                             rpo, drill);
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("</body></html>");
    return html;
}

} // namespace Vigil::Report
