#include "metricsample.h"

#include <QCoreApplication>

namespace Vigil::Metrics {

const char *metricKey(Metric metric)
{
    switch (metric) {
    case Metric::Cpu:           return "cpu";
    case Metric::MemoryUsed:    return "mem_used";
    case Metric::MemoryTotal:   return "mem_total";
    case Metric::NetRx:         return "net_rx";
    case Metric::NetTx:         return "net_tx";
    case Metric::DiskRead:      return "disk_rd";
    case Metric::DiskWrite:     return "disk_wr";
    case Metric::DiskReadIops:  return "disk_rd_iops";
    case Metric::DiskWriteIops: return "disk_wr_iops";
    }
    return "";
}

QString metricLabel(Metric metric)
{
    const char *text = "";
    switch (metric) {
    case Metric::Cpu:           text = QT_TRANSLATE_NOOP("Vigil::Metrics", "CPU %"); break;
    case Metric::MemoryUsed:    text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Memory used"); break;
    case Metric::MemoryTotal:   text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Memory total"); break;
    case Metric::NetRx:         text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Network received"); break;
    case Metric::NetTx:         text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Network sent"); break;
    case Metric::DiskRead:      text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Disk read"); break;
    case Metric::DiskWrite:     text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Disk write"); break;
    case Metric::DiskReadIops:  text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Disk read IOPS"); break;
    case Metric::DiskWriteIops: text = QT_TRANSLATE_NOOP("Vigil::Metrics", "Disk write IOPS"); break;
    }
    return QCoreApplication::translate("Vigil::Metrics", text);
}

std::optional<Metric> metricFromKey(const QString &key)
{
    for (int i = 0; i < kMetricCount; ++i) {
        if (key == QLatin1String(metricKey(Metric(i))))
            return Metric(i);
    }
    return std::nullopt;
}

} // namespace Vigil::Metrics
