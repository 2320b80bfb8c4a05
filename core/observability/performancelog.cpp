#include "performancelog.h"
#include "processfigures.h"

#include "core/cluster/clustermanager.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace Vigil::Observability {

Q_LOGGING_CATEGORY(lcPerformance, "vigil.performance", QtWarningMsg)

void logWhenSettled(ClusterManager *cluster)
{
    if (!lcPerformance().isInfoEnabled())
        return;
    auto report = [cluster]() {
        qsizetype guests = 0, unreachable = 0;
        QString firstReason;
        for (const HostConfig &host : cluster->hosts()) {
            guests += cluster->domains(host.id).size();
            const HostStatus status = cluster->status(host.id);
            if (status.state == HostState::Unreachable && unreachable++ == 0)
                firstReason = host.name + QStringLiteral(": ") + status.reason;
        }
        const ProcessFigures self = processFigures();
        qCInfo(lcPerformance, "settled: %lld hosts (%lld unreachable%s), %lld guests, %lld ms after exec, RSS %lld MiB",
               qlonglong(cluster->hosts().size()), qlonglong(unreachable),
               qPrintable(firstReason.isEmpty() ? QString() : QStringLiteral(", first: ") + firstReason),
               qlonglong(guests), self.ageMs, self.residentKiB / 1024);
    };
    QObject::connect(cluster, &ClusterManager::settled, cluster, report, Qt::SingleShotConnection);
}

namespace {

class EventLoopWatch : public QObject
{
public:
    EventLoopWatch(QObject *owner, int reportEveryMs)
        : QObject(owner)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(5);
        connect(&m_tick, &QTimer::timeout, this, [this]() { m_gaps.append(m_clock.restart()); });
        m_report.setInterval(reportEveryMs);
        connect(&m_report, &QTimer::timeout, this, &EventLoopWatch::report);
        m_clock.start();
        m_tick.start();
        m_report.start();
    }

private:
    void report()
    {
        if (m_gaps.isEmpty())
            return;
        std::sort(m_gaps.begin(), m_gaps.end());
        const qint64 p99 = m_gaps.at(qsizetype(double(m_gaps.size() - 1) * 0.99));
        const qint64 over16 = m_gaps.cend() - std::upper_bound(m_gaps.cbegin(), m_gaps.cend(), qint64(16));
        qCInfo(lcPerformance, "event loop: %lld gaps, p99 %lld ms, worst %lld ms, %lld over 16 ms",
               qlonglong(m_gaps.size()), p99, m_gaps.last(), qlonglong(over16));
        m_gaps.clear();
    }

    QTimer m_tick;
    QTimer m_report;
    QElapsedTimer m_clock;
    QList<qint64> m_gaps;
};

} // namespace

void watchEventLoop(QObject *owner, int reportEveryMs)
{
    if (lcPerformance().isInfoEnabled())
        new EventLoopWatch(owner, reportEveryMs);
}

} // namespace Vigil::Observability
