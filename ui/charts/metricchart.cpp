#include "metricchart.h"

#include <QFileDialog>
#include <QMenu>
#include <QToolTip>

#include <cmath>

namespace Vigil::Ui {
namespace {

struct Scale {
    double divisor;
    QString suffix;
};

Scale scaleFor(MetricChart::Unit unit, double largest)
{
    switch (unit) {
    case MetricChart::Unit::Percent:
        return {1, QStringLiteral("%")};
    case MetricChart::Unit::PerSecond:
        return {1, QCoreApplication::translate("Vigil::Ui::MetricChart", "/s")};
    case MetricChart::Unit::KiB: {
        // KiB in, shown in MiB or GiB.
        if (largest >= 1024.0 * 1024)
            return {1024.0 * 1024, QStringLiteral("GiB")};
        return {1024.0, QStringLiteral("MiB")};
    }
    case MetricChart::Unit::BytesPerSecond:
        if (largest >= 1024.0 * 1024 * 1024)
            return {1024.0 * 1024 * 1024, QStringLiteral("GiB/s")};
        if (largest >= 1024.0 * 1024)
            return {1024.0 * 1024, QStringLiteral("MiB/s")};
        if (largest >= 1024.0)
            return {1024.0, QStringLiteral("KiB/s")};
        return {1, QStringLiteral("B/s")};
    }
    return {1, {}};
}

} // namespace

MetricChart::MetricChart(const QString &title, Unit unit, QWidget *parent)
    : QCustomPlot(parent)
    , m_unit(unit)
    , m_title(title)
{
    setAccessibleName(title);
    setMinimumHeight(150);
    setNoAntialiasingOnDrag(true);
    setPlottingHint(QCP::phCacheLabels, true);
    plotLayout()->insertRow(0);
    m_titleElement = new QCPTextElement(this, title, QFont(font().family(), font().pointSize(), QFont::Bold));
    plotLayout()->addElement(0, 0, m_titleElement);

    m_ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    m_ticker->setDateTimeFormat(QStringLiteral("HH:mm"));
    m_ticker->setDateTimeSpec(Qt::LocalTime);
    m_ticker->setTickCount(4);
    xAxis->setTicker(m_ticker);
    yAxis->setRange(0, unit == Unit::Percent ? 100 : 1);
    // The legend goes under the plot, in one row: inside it would hide data.
    legend->setVisible(true);
    legend->setFont(QFont(font().family(), std::max(7, font().pointSize() - 1)));
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setRowSpacing(0);
    auto *legendRow = new QCPLayoutGrid;
    plotLayout()->addElement(2, 0, legendRow);
    legendRow->addElement(0, 0, legend);
    legendRow->setMargins(QMargins(0, 0, 0, 2));
    plotLayout()->setRowStretchFactor(2, 0.001);

    m_empty = new QCPItemText(this);
    m_empty->setPositionAlignment(Qt::AlignCenter);
    m_empty->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_empty->position->setCoords(0.5, 0.5);
    m_empty->setText(tr("not reported by this host"));
    m_empty->setColor(QColor(120, 120, 120));
    m_empty->setVisible(true);
    applyScale();
}

int MetricChart::addSeries(const QString &name, const QColor &color, bool dashed)
{
    QCPGraph *graph = addGraph();
    graph->setName(name);
    // A 1-px pen: wider ones make Qt stroke every segment as a polygon,
    // which took a 20-series 30-day replot from 9 ms to 500 ms.
    QPen pen(color, 1);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    graph->setPen(pen);
    // Thousands of points per series: QCustomPlot keeps only what a pixel
    // column can show (min/max per column), so replots stay cheap.
    graph->setAdaptiveSampling(true);
    m_rawValues.append(QVector<double>());
    m_times.append(QVector<double>());
    return graphCount() - 1;
}

void MetricChart::setSeries(int index, const QVector<double> &time, const QVector<double> &values)
{
    m_times[index] = time;
    m_rawValues[index] = values;
}

void MetricChart::appendPoint(int index, double time, double value)
{
    if (!m_times[index].isEmpty() && time <= m_times[index].constLast())
        return;
    m_times[index].append(time);
    m_rawValues[index].append(value);
}

void MetricChart::setTimeRange(double from, double to)
{
    xAxis->setRange(from, to);
    // Hours and minutes within a day; dates beyond.
    m_ticker->setDateTimeFormat(to - from > 86400 ? QStringLiteral("d MMM") : QStringLiteral("HH:mm"));
    for (int i = 0; i < m_times.size(); ++i) {
        qsizetype drop = 0;
        while (drop < m_times[i].size() && m_times[i].at(drop) < from)
            ++drop;
        if (drop > 0) {
            m_times[i].remove(0, drop);
            m_rawValues[i].remove(0, drop);
        }
    }
}

void MetricChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_empty->setText(text);
}

bool MetricChart::hasData() const
{
    for (const QVector<double> &values : m_rawValues)
        for (double v : values)
            if (!std::isnan(v))
                return true;
    return false;
}

void MetricChart::applyScale()
{
    double largest = 0;
    for (const QVector<double> &values : std::as_const(m_rawValues))
        for (double v : values)
            if (!std::isnan(v))
                largest = std::max(largest, v);
    const Scale scale = scaleFor(m_unit, largest);
    m_divisor = scale.divisor;
    yAxis->setLabel(scale.suffix);
    for (int i = 0; i < graphCount(); ++i) {
        QVector<double> scaled = m_rawValues.at(i);
        for (double &v : scaled)
            v /= m_divisor;
        graph(i)->setData(m_times.at(i), scaled, true);
        // A few points (a fresh start) would be a sliver of line: mark them.
        graph(i)->setScatterStyle(scaled.size() < 60 ? QCPScatterStyle(QCPScatterStyle::ssDisc, 4)
                                                     : QCPScatterStyle(QCPScatterStyle::ssNone));
    }
    if (m_unit == Unit::Percent)
        yAxis->setRange(0, std::max(100.0, std::ceil(largest)));
    else
        yAxis->setRange(0, largest > 0 ? largest / m_divisor * 1.1 : 1);
    const bool empty = !hasData();
    bool anyPoint = false;
    for (const QVector<double> &times : std::as_const(m_times))
        anyPoint = anyPoint || !times.isEmpty();
    // Points that are all "not reported" are the host's answer; no points
    // at all means nothing was collected in this range yet.
    m_empty->setText(anyPoint || !m_emptyText.isEmpty() ? (m_emptyText.isEmpty() ? tr("not reported by this host") : m_emptyText)
                                                        : tr("no statistics in this range yet"));
    m_empty->setVisible(empty);
    legend->setVisible(!empty);
}

void MetricChart::refresh()
{
    applyScale();
    replot(QCustomPlot::rpQueuedReplot);
}

bool MetricChart::savePngFile(const QString &path)
{
    return savePng(path, 0, 0, 1.0, -1, 96);
}

void MetricChart::mouseMoveEvent(QMouseEvent *event)
{
    QCustomPlot::mouseMoveEvent(event);
    if (graphCount() == 0 || !axisRect()->rect().contains(event->pos())) {
        QToolTip::hideText();
        return;
    }
    const double x = xAxis->pixelToCoord(event->pos().x());
    QStringList lines;
    double shownTime = 0;
    for (int i = 0; i < graphCount(); ++i) {
        const auto points = graph(i)->data();
        if (points->isEmpty())
            continue;
        auto it = points->findBegin(x, false);
        if (it == points->constEnd())
            --it;
        shownTime = it->key;
        lines << (std::isnan(it->value) ? tr("%1: not reported").arg(graph(i)->name())
                                        : tr("%1: %2 %3").arg(graph(i)->name())
                                              .arg(it->value, 0, 'f', it->value < 10 ? 2 : 1)
                                              .arg(yAxis->label()));
    }
    if (lines.isEmpty())
        return;
    lines.prepend(QDateTime::fromSecsSinceEpoch(qint64(shownTime)).toString(u"yyyy-MM-dd HH:mm:ss"));
    QToolTip::showText(event->globalPosition().toPoint(), lines.join(u'\n'), this);
}

void MetricChart::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Save chart as PNG…"), this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), m_title + QStringLiteral(".png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !savePngFile(path))
            QToolTip::showText(QCursor::pos(), tr("Could not write %1").arg(path), this);
    });
    menu.exec(event->globalPos());
}

} // namespace Vigil::Ui
