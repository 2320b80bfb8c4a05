#pragma once

#include <QImage>

#include "core/report/reportdata.h"

namespace Vigil::Ui {

struct RenderedChart {
    QString title;
    QImage image;
};

// The report's charts, drawn by QCustomPlot: host CPU and host memory use
// over the range for the ten busiest hosts. GUI thread only (QCustomPlot
// is a widget); a few milliseconds per chart.
QList<RenderedChart> renderReportCharts(const Report::ReportData &data);

// Writes the report in `format` to `path`. Safe on a worker thread: the
// charts come pre-rendered. PDF goes through QTextDocument and QPdfWriter
// (A4, charts embedded). Returns false with a message naming the file and
// the reason (e.g. not writable); a failed write leaves no partial file.
bool writeReport(const Report::ReportData &data, const QList<RenderedChart> &charts, Report::Format format,
                 const QString &path, QString *error);

} // namespace Vigil::Ui
