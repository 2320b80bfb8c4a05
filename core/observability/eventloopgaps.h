#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace Vigil::Observability {

// Every gap of the calling thread's event loop, measured with a 5 ms timer:
// what a user feels as a frozen window. Serves the performance log and
// the benchmarks alike.
class EventLoopGaps : public QObject
{
public:
    explicit EventLoopGaps(QObject *parent = nullptr);

    void start();   // forgets what was measured before
    void stop();

    struct Summary {
        qsizetype count = 0;
        qint64 p99 = 0;         // ms
        qint64 worst = 0;       // ms
        qsizetype over16 = 0;   // gaps above one 60 Hz frame
    };
    Summary summary() const;

private:
    QTimer m_tick;
    QElapsedTimer m_clock;
    QList<qint64> m_gaps;
};

} // namespace Vigil::Observability
