#include "ratecalculator.h"

namespace Vigil::Metrics {
namespace {

// Rate of a cumulative counter per second; NaN when either reading is
// missing or the counter went backwards (reset).
double ratePerSecond(const std::optional<quint64> &before, const std::optional<quint64> &after,
                     double seconds)
{
    if (!before || !after || seconds <= 0 || *after < *before)
        return kNotReported;
    return double(*after - *before) / seconds;
}

double optionalValue(const std::optional<quint64> &value)
{
    return value ? double(*value) : kNotReported;
}

// Adds `value` to `sum` treating NaN as "nothing known": the sum is known
// as soon as one part is.
void accumulate(double &sum, double value)
{
    if (!isReported(value))
        return;
    sum = isReported(sum) ? sum + value : value;
}

} // namespace

QDateTime SampleClock::stamp(const QDateTime &wallNow, qint64 monotonicNs)
{
    // Whole milliseconds: the store keeps seconds, charts need no finer.
    QDateTime result = wallNow.toUTC();
    if (m_last.isValid()) {
        const qint64 steadyMs = std::max<qint64>(1, (monotonicNs - m_lastMonotonicNs) / 1000000);
        const QDateTime steady = m_last.addMSecs(steadyMs);
        if (result <= m_last)
            result = steady;
    }
    m_last = result;
    m_lastMonotonicNs = monotonicNs;
    return result;
}

HostSample RateCalculator::derive(const HostCounters &now)
{
    HostSample sample;
    sample.host = now.host;
    sample.hostName = now.hostName;
    sample.time = now.time;
    const bool havePrevious = m_havePrevious && m_previous.host == now.host;
    const double seconds = havePrevious ? double(now.monotonicNs - m_previous.monotonicNs) / 1e9 : 0;
    sample.ratesPending = !havePrevious;

    if (havePrevious && now.cpuBusyNs && now.cpuTotalNs && m_previous.cpuBusyNs
        && m_previous.cpuTotalNs && *now.cpuTotalNs > *m_previous.cpuTotalNs
        && *now.cpuBusyNs >= *m_previous.cpuBusyNs) {
        const double busy = double(*now.cpuBusyNs - *m_previous.cpuBusyNs);
        const double total = double(*now.cpuTotalNs - *m_previous.cpuTotalNs);
        sample.values[Metric::Cpu] = std::clamp(100.0 * busy / total, 0.0, 100.0);
    }
    if (now.memoryTotalKiB) {
        sample.values[Metric::MemoryTotal] = double(*now.memoryTotalKiB);
        if (now.memoryFreeKiB && *now.memoryFreeKiB <= *now.memoryTotalKiB)
            sample.values[Metric::MemoryUsed] = double(*now.memoryTotalKiB - *now.memoryFreeKiB);
    }

    QHash<QString, GuestCounters> current;
    current.reserve(now.guests.size());
    sample.guests.reserve(now.guests.size());
    for (const GuestCounters &guest : now.guests) {
        GuestSample out;
        out.uuid = guest.uuid;
        out.name = guest.name;
        out.state = guest.state;
        out.values[Metric::MemoryTotal] = optionalValue(guest.memoryCurrentKiB);
        out.values[Metric::MemoryUsed] = optionalValue(guest.memoryUsedKiB);
        const auto before = m_guests.constFind(guest.uuid);
        if (havePrevious && before != m_guests.cend()) {
            const double cpuNsPerSecond = ratePerSecond(before->cpuTimeNs, guest.cpuTimeNs, seconds);
            if (isReported(cpuNsPerSecond) && guest.vcpus > 0)
                out.values[Metric::Cpu] = std::clamp(cpuNsPerSecond / 1e9 / guest.vcpus * 100.0, 0.0, 100.0);
            out.values[Metric::NetRx] = ratePerSecond(before->netRxBytes, guest.netRxBytes, seconds);
            out.values[Metric::NetTx] = ratePerSecond(before->netTxBytes, guest.netTxBytes, seconds);
            out.values[Metric::DiskRead] = ratePerSecond(before->diskReadBytes, guest.diskReadBytes, seconds);
            out.values[Metric::DiskWrite] = ratePerSecond(before->diskWriteBytes, guest.diskWriteBytes, seconds);
            out.values[Metric::DiskReadIops] = ratePerSecond(before->diskReadReqs, guest.diskReadReqs, seconds);
            out.values[Metric::DiskWriteIops] = ratePerSecond(before->diskWriteReqs, guest.diskWriteReqs, seconds);
        }
        for (Metric m : {Metric::NetRx, Metric::NetTx, Metric::DiskRead, Metric::DiskWrite,
                         Metric::DiskReadIops, Metric::DiskWriteIops})
            accumulate(sample.values[m], out.values[m]);
        current.insert(guest.uuid, guest);
        sample.guests.append(std::move(out));
    }
    m_guests.swap(current);
    m_previous = now;
    m_havePrevious = true;
    m_previous.guests.clear();   // kept by UUID in m_guests
    return sample;
}

} // namespace Vigil::Metrics
