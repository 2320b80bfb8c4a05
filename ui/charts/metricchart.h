#pragma once

#include "qcustomplot_include.h"

#include "core/store/metricstore.h"

namespace Vigil::Ui {

// One time-series chart of a few metrics that share a unit (CPU %, memory,
// traffic...). Gaps stay gaps: a value a host did not report is drawn as
// nothing, and a chart with nothing at all says so. Values are scaled to a
// readable unit (KiB/s, MiB/s...) from the largest one shown. A tooltip
// shows every series at the time under the mouse; the context menu saves
// the chart as PNG.
class MetricChart : public QCustomPlot
{
    Q_OBJECT
public:
    enum class Unit { Percent, KiB, BytesPerSecond, PerSecond };

    MetricChart(const QString &title, Unit unit, QWidget *parent = nullptr);

    // Adds a series; returns its index. `secondary` puts it on the right axis.
    int addSeries(const QString &name, const QColor &color, bool dashed = false);
    // Replaces a series' points (times in seconds since the epoch).
    void setSeries(int index, const QVector<double> &time, const QVector<double> &values);
    void appendPoint(int index, double time, double value);
    // Shows [from, to] and drops live points older than `from`.
    void setTimeRange(double from, double to);
    // Rescales the value axis and replots (queued: many calls, one paint).
    void refresh();
    bool hasData() const;
    // What an empty chart says (default: "not reported by this host" when
    // every point is unreported, "no statistics in this range yet" when
    // there is no point at all).
    void setEmptyText(const QString &text);
    bool savePngFile(const QString &path);

protected:
    void mouseMoveEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void applyScale();

    Unit m_unit;
    QString m_title;
    QCPItemText *m_empty;
    QCPTextElement *m_titleElement;
    QSharedPointer<QCPAxisTickerDateTime> m_ticker;
    QString m_emptyText;
    double m_divisor = 1;
    QList<QVector<double>> m_rawValues;   // unscaled, per series
    QList<QVector<double>> m_times;
};

} // namespace Vigil::Ui
