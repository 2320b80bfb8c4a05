#include "reportrenderer.h"

#include "core/report/reportwriters.h"
#include "ui/charts/metricchart.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>

#include "core/outputfile.h"
#include <QTextDocument>

#include <algorithm>

namespace Vigil::Ui {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Ui::Report)
};

QImage renderChart(const QString &title, const QList<const Report::HostReport *> &hosts, bool memory,
                   const Report::ReportData &data)
{
    MetricChart chart(title, MetricChart::Unit::Percent);
    chart.resize(900, 320);
    chart.setEmptyText(Text::tr("no statistics recorded for these hosts in this range"));
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        const Report::HostReport *h = hosts.at(i);
        const Report::MetricSummary &m = memory ? h->memoryUsed : h->cpu;
        // Ten colours that stay apart on paper (the "tab10" palette).
        static const QColor palette[] = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                         0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf};
        const int index = chart.addSeries(h->config.name, palette[i % 10]);
        chart.setSeries(index, m.series.time, m.series.avg);
    }
    chart.setTimeRange(double(data.from.toSecsSinceEpoch()), double(data.to.toSecsSinceEpoch()));
    chart.refresh();
    chart.replot(QCustomPlot::rpImmediateRefresh);
    return chart.toPixmap(900, 320).toImage();
}

QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

bool writePdf(const Report::ReportData &data, const QList<RenderedChart> &charts, QIODevice *device)
{
    QList<Report::ChartImage> refs;
    QTextDocument document;
    for (qsizetype i = 0; i < charts.size(); ++i) {
        const QString name = QStringLiteral("vigil-chart-%1.png").arg(i);
        document.addResource(QTextDocument::ImageResource, QUrl(name), charts.at(i).image);
        refs.append({charts.at(i).title, name});
    }
    document.setHtml(Report::toHtml(data, refs));
    QPdfWriter pdf(device);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(96);
    pdf.setTitle(Text::tr("Vigil health report"));
    pdf.setCreator(QStringLiteral("Vigil %1").arg(data.vigilVersion));
    document.setPageSize(QSizeF(pdf.width(), pdf.height()));
    document.print(&pdf);
    return true;
}

} // namespace

QList<RenderedChart> renderReportCharts(const Report::ReportData &data)
{
    if (!(data.sections & Report::Charts))
        return {};
    QList<const Report::HostReport *> hosts;
    for (const Report::HostReport &h : data.hosts)
        if (!h.cpu.series.isEmpty() || !h.memoryUsed.series.isEmpty())
            hosts.append(&h);
    const auto average = [](const Report::MetricSummary &m) { return Metrics::isReported(m.average) ? m.average : -1; };
    QList<const Report::HostReport *> byCpu = hosts;
    std::sort(byCpu.begin(), byCpu.end(), [&](auto *a, auto *b) { return average(a->cpu) > average(b->cpu); });
    byCpu = byCpu.mid(0, 10);
    QList<const Report::HostReport *> byMemory = hosts;
    std::sort(byMemory.begin(), byMemory.end(),
              [&](auto *a, auto *b) { return average(a->memoryUsed) > average(b->memoryUsed); });
    byMemory = byMemory.mid(0, 10);
    return {
        {Text::tr("Host CPU load (the ten busiest hosts)"), renderChart(Text::tr("Host CPU"), byCpu, false, data)},
        {Text::tr("Host memory used (the ten fullest hosts)"), renderChart(Text::tr("Host memory used"), byMemory, true, data)},
    };
}

bool writeReport(const Report::ReportData &data, const QList<RenderedChart> &charts, Report::Format format,
                 const QString &path, QString *error)
{
    // QSaveFile: the target only appears once it is complete.
    if (const QString refused = checkOutputTarget(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    switch (format) {
    case Report::Format::Json:
        file.write(Report::toJson(data));
        break;
    case Report::Format::Csv:
        file.write(Report::toCsv(data));
        break;
    case Report::Format::Html: {
        QList<Report::ChartImage> refs;
        for (const RenderedChart &chart : charts)
            refs.append({chart.title, dataUri(chart.image)});
        file.write(Report::toHtml(data, refs).toUtf8());
        break;
    }
    case Report::Format::Pdf:
        writePdf(data, charts, &file);
        break;
    }
    return commitOutputFile(file, path, error);
}

} // namespace Vigil::Ui
