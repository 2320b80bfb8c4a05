#include "reportcommand.h"
#include "clitext.h"

#include "core/report/reportcollector.h"
#include "core/session.h"
#include "ui/report/reportrenderer.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include "core/outputfile.h"

namespace Vigil::Cli {

int reportCommand(Session &session, const QString &format, const QString &range, const QString &out,
                  const CliOptions &options, QTextStream &stdOut, QTextStream &err)
{
    if (out.isEmpty()) {
        err << CliText::tr("report needs --out FILE") << Qt::endl;
        return ExitUsage;
    }
    if (const QString refused = checkOutputTarget(out); !refused.isEmpty()) {
        err << refused << Qt::endl;   // before any work: nothing would be written
        return ExitUsage;
    }
    const QString formatName = format.isEmpty() ? QFileInfo(out).suffix().toLower() : format.toLower();
    const auto parsed = Report::formatFromName(formatName);
    if (!parsed) {
        err << CliText::tr("unknown report format \"%1\": use pdf, html, csv or json").arg(formatName) << Qt::endl;
        return ExitUsage;
    }
    const qint64 seconds = Report::rangeSeconds(range);
    if (seconds == 0) {
        err << CliText::tr("unknown range \"%1\": use 1h, 24h, 7d or 30d").arg(range) << Qt::endl;
        return ExitUsage;
    }
    QStringList hosts;
    if (!options.hostFilter.isEmpty()) {
        const QList<HostConfig> all = session.cluster()->hosts();
        if (std::none_of(all.cbegin(), all.cend(), [&](const HostConfig &h) { return h.name == options.hostFilter; })
            && !session.hostRepository().findByName(options.hostFilter)) {
            err << CliText::tr("no host named \"%1\"").arg(options.hostFilter) << Qt::endl;
            return ExitUsage;
        }
        hosts << options.hostFilter;
    }
    QElapsedTimer clock;
    clock.start();
    waitForCluster(session, options.timeoutMs);
    const QDateTime to = QDateTime::currentDateTimeUtc();
    const Report::ReportInput input = Report::captureInput(*session.cluster(), session.policies(), to.addSecs(-seconds),
                                                           to, range, Report::AllSections, hosts);
    Report::ReportData data;
    Report::collectReport(input, session.database(), data);
    const QList<Ui::RenderedChart> charts =
        (*parsed == Report::Format::Pdf || *parsed == Report::Format::Html) ? Ui::renderReportCharts(data)
                                                                            : QList<Ui::RenderedChart>();
    QString error;
    if (!Ui::writeReport(data, charts, *parsed, out, &error)) {
        err << QStringLiteral("vigilctl: ") << error << Qt::endl;
        return ExitUsage;
    }
    stdOut << CliText::tr("wrote %1 (%2 report, %3 host(s), range %4) in %5 ms")
                  .arg(out, Report::formatName(*parsed)).arg(data.hosts.size()).arg(range).arg(clock.elapsed())
           << Qt::endl;
    for (const Report::HostReport &h : std::as_const(data.hosts))
        if (h.status.state == HostState::Unreachable)
            stdOut << CliText::tr("note: %1 is unreachable (%2); the report shows it as such").arg(h.config.name, h.status.reason)
                   << Qt::endl;
    return ExitOk;
}

} // namespace Vigil::Cli
