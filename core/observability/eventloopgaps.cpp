#include "eventloopgaps.h"

#include <algorithm>

namespace Vigil::Observability {

EventLoopGaps::EventLoopGaps(QObject *parent) : QObject(parent)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(5);
    connect(&m_tick, &QTimer::timeout, this, [this]() { m_gaps.append(m_clock.restart()); });
}

void EventLoopGaps::start()
{
    m_gaps.clear();
    m_clock.start();
    m_tick.start();
}

void EventLoopGaps::stop()
{
    m_tick.stop();
}

EventLoopGaps::Summary EventLoopGaps::summary() const
{
    if (m_gaps.isEmpty())
        return {};
    QList<qint64> sorted = m_gaps;
    std::sort(sorted.begin(), sorted.end());
    Summary s;
    s.count = sorted.size();
    s.p99 = sorted.at(qsizetype(double(sorted.size() - 1) * 0.99));
    s.worst = sorted.last();
    s.over16 = sorted.cend() - std::upper_bound(sorted.cbegin(), sorted.cend(), qint64(16));
    return s;
}

} // namespace Vigil::Observability
