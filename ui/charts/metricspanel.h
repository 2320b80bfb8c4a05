#pragma once

#include <QWidget>

#include "core/metrics/metricsample.h"
#include "core/store/historyreader.h"

class QButtonGroup;
class QLabel;

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ui {

class MetricChart;

// CPU, memory, network and disk charts of one host or one guest over a
// chosen range (15 min … 30 days). History is read on the history thread;
// new ticks are appended live. Without a history reader (one-shot tools,
// tests) the charts show live ticks only.
class MetricsPanel : public QWidget
{
    Q_OBJECT
public:
    MetricsPanel(ClusterManager *cluster, Store::HistoryReader *history, QWidget *parent = nullptr);

    void setSubject(const Store::SeriesKey &key, const QString &title);
    Store::SeriesKey subject() const { return m_key; }
    // Seconds shown back from now.
    void setRangeSeconds(qint64 seconds);
    qint64 rangeSeconds() const { return m_rangeSeconds; }
    QList<MetricChart *> charts() const { return m_charts; }
    bool exportPng(const QString &path);
    // True once the history answer for the current subject and range arrived.
    bool isLoaded() const { return m_pendingRequest == 0; }

Q_SIGNALS:
    void loaded();

private:
    struct Binding {
        MetricChart *chart;
        int series;
        Metrics::Metric metric;
    };
    void reload();
    void onHistory(quint64 id, const QList<Store::SeriesData> &series);
    void onSample(const Metrics::HostSample &sample);
    void refreshCharts();

    ClusterManager *m_cluster;
    Store::HistoryReader *m_history;
    Store::SeriesKey m_key;
    qint64 m_rangeSeconds = 3600;
    quint64 m_pendingRequest = 0;
    QLabel *m_title;
    QButtonGroup *m_ranges;
    QList<MetricChart *> m_charts;
    QList<Binding> m_bindings;
};

} // namespace Vigil::Ui
