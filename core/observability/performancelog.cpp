#include "performancelog.h"

#include "eventloopgaps.h"
#include "processfigures.h"

#include "core/cluster/clustermanager.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace Vigil::Observability {

Q_LOGGING_CATEGORY(lcPerformance, "vigil.performance", QtWarningMsg)

void logWhenSettled(ClusterManager *cluster)
{
    if (!lcPerformance().isInfoEnabled())
        return;
    const auto figures = [cluster]() {
        qsizetype guests = 0;
        for (const HostConfig &host : cluster->hosts())
            guests += cluster->domains(host.id).size();
        const ProcessFigures self = processFigures();
        return QStringLiteral("%1 guests, %2 ms after exec, %3 s CPU, RSS %4 MiB")
            .arg(guests).arg(self.ageMs).arg(self.cpuSeconds, 0, 'f', 1).arg(self.residentKiB / 1024);
    };
    // Settled: every host answered or was given up on (the connect watch).
    QObject::connect(cluster, &ClusterManager::settled, cluster, [cluster, figures]() {
        qsizetype unreachable = 0;
        QString firstReason;
        for (const HostConfig &host : cluster->hosts()) {
            const HostStatus status = cluster->status(host.id);
            if (status.state == HostState::Unreachable && unreachable++ == 0)
                firstReason = QStringLiteral(", first: ") + host.name + QStringLiteral(": ") + status.reason;
        }
        qCInfo(lcPerformance, "settled: %lld hosts (%lld unreachable%s), %s", qlonglong(cluster->hosts().size()),
               qlonglong(unreachable), qPrintable(firstReason), qPrintable(figures()));
    }, Qt::SingleShotConnection);
    // Every host up with its inventory loaded, however long that took.
    auto loaded = std::make_shared<QSet<HostId>>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(cluster, &ClusterManager::domainsLoaded, cluster,
                                   [cluster, figures, loaded, connection](HostId id) {
        loaded->insert(id);
        if (loaded->size() < cluster->hosts().size())
            return;
        QObject::disconnect(*connection);
        qCInfo(lcPerformance, "all hosts up: %lld hosts, %s", qlonglong(cluster->hosts().size()),
               qPrintable(figures()));
    });
}

namespace {

class EventLoopWatch : public QObject
{
public:
    EventLoopWatch(QObject *owner, int reportEveryMs)
        : QObject(owner)
    {
        m_report.setInterval(reportEveryMs);
        connect(&m_report, &QTimer::timeout, this, &EventLoopWatch::report);
        m_gaps.start();
        m_report.start();
    }

private:
    void report()
    {
        const EventLoopGaps::Summary s = m_gaps.summary();
        m_gaps.start();
        if (s.count == 0)
            return;
        qCInfo(lcPerformance, "event loop: %lld gaps, p99 %lld ms, worst %lld ms, %lld over 16 ms",
               qlonglong(s.count), s.p99, s.worst, qlonglong(s.over16));
    }

    EventLoopGaps m_gaps{this};
    QTimer m_report;
};

} // namespace

void watchEventLoop(QObject *owner, int reportEveryMs)
{
    if (lcPerformance().isInfoEnabled())
        new EventLoopWatch(owner, reportEveryMs);
}

} // namespace Vigil::Observability
