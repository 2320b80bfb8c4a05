#pragma once

#include <QHash>

#include "metricsample.h"

namespace Vigil::Metrics {

// Sample timestamps that never go backwards. They follow the wall clock
// while it moves forward, but when it is stepped back (NTP, an admin) they
// keep advancing by the steady clock until the wall clock catches up, so a
// clock step can never overwrite or interleave with stored history.
class SampleClock
{
public:
    QDateTime stamp(const QDateTime &wallNow, qint64 monotonicNs);

private:
    QDateTime m_last;
    qint64 m_lastMonotonicNs = 0;
};

// Turns consecutive counter readings of one host into rates. A counter that
// went down (a guest restarted, a device was hot-unplugged, QEMU restarted)
// or a guest seen for the first time gives "not reported" for that tick,
// never a negative rate or a spike.
class RateCalculator
{
public:
    HostSample derive(const HostCounters &now);
    void reset() { m_havePrevious = false; m_guests.clear(); }

private:
    HostCounters m_previous;
    bool m_havePrevious = false;
    QHash<QString, GuestCounters> m_guests;   // previous tick, by UUID
};

} // namespace Vigil::Metrics
