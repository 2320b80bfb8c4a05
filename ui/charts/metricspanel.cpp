#include "metricspanel.h"

#include "metricchart.h"
#include "core/cluster/clustermanager.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

namespace Vigil::Ui {

using Metrics::Metric;

MetricsPanel::MetricsPanel(ClusterManager *cluster, Store::HistoryReader *history, QWidget *parent)
    : QWidget(parent)
    , m_cluster(cluster)
    , m_history(history)
    , m_title(new QLabel(this))
    , m_ranges(new QButtonGroup(this))
{
    // The range last picked (on any chart panel) is the one shown next time.
    m_rangeSeconds = QSettings().value(QStringLiteral("charts/rangeSeconds"), m_rangeSeconds).toLongLong();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    const std::pair<QString, qint64> ranges[] = {
        {tr("15 min"), 900}, {tr("1 h"), 3600}, {tr("24 h"), 86400}, {tr("7 d"), 7 * 86400}, {tr("30 d"), 30 * 86400}};
    for (const auto &[label, seconds] : ranges) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setCheckable(true);
        button->setAccessibleName(tr("Show the last %1").arg(label));
        button->setChecked(seconds == m_rangeSeconds);
        m_ranges->addButton(button, int(seconds / 60));
        bar->addWidget(button);
    }
    connect(m_ranges, &QButtonGroup::idClicked, this, [this](int minutes) {
        QSettings().setValue(QStringLiteral("charts/rangeSeconds"), qint64(minutes) * 60);
        setRangeSeconds(qint64(minutes) * 60);
    });
    auto *exportButton = new QPushButton(tr("Export PNG…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export charts"), QStringLiteral("vigil-charts.png"),
                                                          tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            QMessageBox::warning(this, tr("Export charts"), tr("Could not write %1.").arg(path));
    });
    bar->addWidget(exportButton);

    auto *grid = new QGridLayout;
    auto *cpu = new MetricChart(tr("CPU"), MetricChart::Unit::Percent, this);
    auto *memory = new MetricChart(tr("Memory"), MetricChart::Unit::KiB, this);
    auto *network = new MetricChart(tr("Network"), MetricChart::Unit::BytesPerSecond, this);
    auto *disk = new MetricChart(tr("Disk throughput"), MetricChart::Unit::BytesPerSecond, this);
    auto *iops = new MetricChart(tr("Disk operations"), MetricChart::Unit::PerSecond, this);
    m_charts = {cpu, memory, network, disk, iops};
    const auto bind = [this](MetricChart *chart, Metric metric, const QColor &color, bool dashed = false) {
        m_bindings.append({chart, chart->addSeries(Metrics::metricLabel(metric), color, dashed), metric});
    };
    bind(cpu, Metric::Cpu, QColor(0x1f, 0x77, 0xb4));
    bind(memory, Metric::MemoryUsed, QColor(0x2c, 0xa0, 0x2c));
    bind(memory, Metric::MemoryTotal, QColor(0x7f, 0x7f, 0x7f), true);
    bind(network, Metric::NetRx, QColor(0x94, 0x67, 0xbd));
    bind(network, Metric::NetTx, QColor(0xff, 0x7f, 0x0e));
    bind(disk, Metric::DiskRead, QColor(0x17, 0xbe, 0xcf));
    bind(disk, Metric::DiskWrite, QColor(0xd6, 0x27, 0x28));
    bind(iops, Metric::DiskReadIops, QColor(0x17, 0xbe, 0xcf));
    bind(iops, Metric::DiskWriteIops, QColor(0xd6, 0x27, 0x28));
    grid->addWidget(cpu, 0, 0);
    grid->addWidget(memory, 0, 1);
    grid->addWidget(network, 0, 2);
    grid->addWidget(disk, 1, 0);
    grid->addWidget(iops, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addLayout(grid, 1);

    if (m_history)
        connect(m_history, &Store::HistoryReader::seriesReady, this, &MetricsPanel::onHistory);
    connect(cluster, &ClusterManager::statsSampled, this, &MetricsPanel::onSample);
}

void MetricsPanel::setSubject(const Store::SeriesKey &key, const QString &title)
{
    m_key = key;
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    reload();
}

void MetricsPanel::setRangeSeconds(qint64 seconds)
{
    m_rangeSeconds = seconds;
    if (QAbstractButton *button = m_ranges->button(int(seconds / 60)))
        button->setChecked(true);
    reload();
}

void MetricsPanel::reload()
{
    for (const Binding &b : std::as_const(m_bindings))
        b.chart->setSeries(b.series, {}, {});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setTimeRange(double(now.addSecs(-m_rangeSeconds).toSecsSinceEpoch()), double(now.toSecsSinceEpoch()));
    if (!m_history || m_key.host == 0) {
        m_pendingRequest = 0;
        refreshCharts();
        Q_EMIT loaded();
        return;
    }
    QList<Store::SeriesRequest> requests;
    for (const Binding &b : std::as_const(m_bindings))
        requests.append({m_key, b.metric});
    m_pendingRequest = m_history->request(requests, now.addSecs(-m_rangeSeconds), now);
    refreshCharts();
}

void MetricsPanel::onHistory(quint64 id, const QList<Store::SeriesData> &series)
{
    if (id != m_pendingRequest)
        return;   // an answer for a subject or range no longer shown
    m_pendingRequest = 0;
    for (int i = 0; i < m_bindings.size() && i < series.size(); ++i) {
        const Binding &b = m_bindings.at(i);
        // Live ticks that arrived while the history was read come after it.
        b.chart->setSeries(b.series, series.at(i).time, series.at(i).avg);
    }
    refreshCharts();
    Q_EMIT loaded();
}

void MetricsPanel::onSample(const Metrics::HostSample &sample)
{
    if (sample.host != m_key.host || !isVisible())
        return;
    const Metrics::MetricValues *values = nullptr;
    if (m_key.guestUuid.isEmpty()) {
        values = &sample.values;
    } else {
        for (const Metrics::GuestSample &g : sample.guests)
            if (g.uuid == m_key.guestUuid)
                values = &g.values;
    }
    if (!values)
        return;
    const double t = double(sample.time.toSecsSinceEpoch());
    for (const Binding &b : std::as_const(m_bindings))
        b.chart->appendPoint(b.series, t, (*values)[b.metric]);
    for (MetricChart *chart : std::as_const(m_charts))
        chart->setTimeRange(t - double(m_rangeSeconds), t);
    refreshCharts();
}

void MetricsPanel::refreshCharts()
{
    for (MetricChart *chart : std::as_const(m_charts))
        chart->refresh();
}

bool MetricsPanel::exportPng(const QString &path)
{
    for (MetricChart *chart : std::as_const(m_charts))
        chart->replot(QCustomPlot::rpImmediateRefresh);
    return grab().save(path, "PNG");
}

} // namespace Vigil::Ui
