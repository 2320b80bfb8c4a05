#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <cmath>
#include <limits>
#include <optional>

#include "../hostconfig.h"
#include "../inventory.h"

namespace Vigil::Metrics {

// The figures Vigil charts and stores, per host and per guest. Host network
// and disk rates are the sums over its guests.
enum class Metric : int {
    Cpu = 0,         // percent: host of all its CPUs, guest of its own vCPUs
    MemoryUsed,      // KiB
    MemoryTotal,     // KiB
    NetRx,           // bytes/s
    NetTx,           // bytes/s
    DiskRead,        // bytes/s
    DiskWrite,       // bytes/s
    DiskReadIops,    // requests/s
    DiskWriteIops,   // requests/s
};
constexpr int kMetricCount = 9;
const char *metricKey(Metric metric);         // "cpu", "mem_used"... (database columns, JSON keys)
QString metricLabel(Metric metric);           // translated, for charts and reports
std::optional<Metric> metricFromKey(const QString &key);

// NaN marks "not reported by this host": never zero, never invented.
constexpr double kNotReported = std::numeric_limits<double>::quiet_NaN();
inline bool isReported(double value) { return !std::isnan(value); }

struct MetricValues {
    std::array<double, kMetricCount> values;
    MetricValues() { values.fill(kNotReported); }
    double operator[](Metric m) const { return values[size_t(m)]; }
    double &operator[](Metric m) { return values[size_t(m)]; }
};

// Raw cumulative counters read from libvirt in one tick. Unset optionals are
// groups the driver did not report.
struct GuestCounters {
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    int vcpus = 0;
    std::optional<quint64> cpuTimeNs;
    std::optional<quint64> memoryCurrentKiB;   // balloon.current
    std::optional<quint64> memoryUsedKiB;      // available - unused, else the QEMU process RSS
    std::optional<quint64> netRxBytes, netTxBytes;
    std::optional<quint64> diskReadBytes, diskWriteBytes, diskReadReqs, diskWriteReqs;
};

struct HostCounters {
    HostId host = 0;
    QString hostName;
    qint64 monotonicNs = 0;     // when the tick was read (steady clock)
    QDateTime time;             // sample time (see SampleClock)
    std::optional<quint64> cpuBusyNs, cpuTotalNs;
    std::optional<quint64> memoryTotalKiB, memoryFreeKiB;
    QList<GuestCounters> guests;
};

// Derived values of one tick: what the GUI shows and the store writes.
struct GuestSample {
    QString uuid;
    QString name;
    DomainState state = DomainState::NoState;
    MetricValues values;
};

struct HostSample {
    HostId host = 0;
    QString hostName;
    QDateTime time;
    MetricValues values;
    QList<GuestSample> guests;
    // The first tick after (re)connecting: rates (CPU, network, disk) need a
    // second reading, so their absence says nothing about the host yet.
    bool ratesPending = false;
    bool isValid() const { return host != 0 && time.isValid(); }
};

} // namespace Vigil::Metrics

Q_DECLARE_METATYPE(Vigil::Metrics::HostSample)
