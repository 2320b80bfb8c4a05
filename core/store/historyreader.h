#pragma once

#include <QObject>

#include <memory>

#include "metricstore.h"

namespace Vigil::Store {

struct SeriesRequest {
    SeriesKey key;
    Metrics::Metric metric = Metrics::Metric::Cpu;
};

// Answers chart and report queries from the statistics history on its own
// thread and connection, so that reading days of samples never blocks the
// GUI thread. Answers arrive in seriesReady() in request order.
class HistoryReader : public QObject
{
    Q_OBJECT
public:
    explicit HistoryReader(const QString &databasePath, QObject *parent = nullptr);
    ~HistoryReader() override;

    // Returns the id that comes back with the answer.
    quint64 request(const QList<Vigil::Store::SeriesRequest> &series, const QDateTime &from,
                    const QDateTime &to);

Q_SIGNALS:
    void seriesReady(quint64 requestId, const QList<Vigil::Store::SeriesData> &series);
    void failed(quint64 requestId, const QString &error);

private:
    std::unique_ptr<class DatabaseThread> m_thread;
    std::unique_ptr<MetricStore> m_store;   // used on m_thread only (it caches series ids)
    quint64 m_nextId = 1;
};

} // namespace Vigil::Store

Q_DECLARE_METATYPE(Vigil::Store::SeriesData)
