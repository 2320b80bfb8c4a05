// bench_dashboard: replot time of one chart with 20 series over 30 days.
//   bench_dashboard [series=20] [pointsPerSeries=43200]
// 43,200 points = 30 days at 1-minute resolution (what a chart would get
// if it asked for the finest roll-up; the store answers 30 d with 720
// hourly points). Prints the median and worst of 21 replots, and the cost
// of handing new data to the chart.
#include "core/virt/eventloop.h"
#include "ui/charts/metricchart.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Vigil;

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int series = args.size() > 1 ? args.at(1).toInt() : 20;
    const int points = args.size() > 2 ? args.at(2).toInt() : 43200;

    Ui::MetricChart chart(QStringLiteral("bench"), Ui::MetricChart::Unit::Percent);
    chart.resize(900, 320);
    chart.show();
    const double end = double(QDateTime::currentSecsSinceEpoch());
    const double start = end - 30 * 86400.0;
    const double step = (end - start) / points;
    for (int s = 0; s < series; ++s) {
        const int index = chart.addSeries(QStringLiteral("series %1").arg(s), QColor::fromHsv(s * 17 % 360, 200, 200));
        QVector<double> t(points), v(points);
        for (int i = 0; i < points; ++i) {
            t[i] = start + i * step;
            v[i] = 50 + 40 * std::sin(i / 300.0 + s) + (i % 7);
        }
        chart.setSeries(index, t, v);
    }
    chart.setTimeRange(start, end);
    QElapsedTimer load;
    load.start();
    chart.refresh();
    const qint64 loadMs = load.elapsed();
    QList<double> times;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer timer;
        timer.start();
        chart.replot(QCustomPlot::rpImmediateRefresh);
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("chart with %d series x %d points (30 days): setting data %lld ms; replot median %.1f ms, "
                "worst %.1f ms (QCustomPlot reports %.1f ms)\n", series, points, loadMs, times.at(times.size() / 2),
                times.last(), chart.replotTime(false));
    return 0;
}
