#pragma once

#include <QHttpServer>
#include <QObject>
#include <QTimer>

#include "core/jobs.h"

#include "core/observability/prometheusmetrics.h"

namespace Vigil {
class Session;
}

namespace Vigil::Cli {

// GET /metrics for Prometheus, served by `vigilctl agent --metrics
// ADDR:PORT`. A scrape never waits for the database or the planner: hosts,
// guests, alerts and the lease are read live (copies in memory); the HA
// readiness (a dry run of every host's failure), the failover journal's
// counters and histograms and the backup times are recomputed as a job
// every 15 s and a second after hosts or policies change, and served as of
// then (vigil_aggregates_timestamp_seconds).
class MetricsServer : public QObject
{
    Q_OBJECT
public:
    explicit MetricsServer(Session &session, QObject *parent = nullptr);
    // Waits for a refresh under way: it reads the database, which must not
    // happen while the process exits (it crashed vigilctl after a bad
    // --metrics address).
    ~MetricsServer() override;

    // "127.0.0.1:9464", "[::1]:9464" or ":9464" (every address). False
    // with the reason when the address is malformed or cannot be bound.
    bool listen(const QString &address, QString *error);
    // The port bound (useful with port 0 in tests).
    quint16 port() const { return m_port; }
    // What a scrape returns now.
    QByteArray metricsText() const;

private:
    void refreshAggregates();

    Session &m_session;
    QHttpServer m_server;
    quint16 m_port = 0;
    QTimer m_refresh;
    QTimer m_soon;
    Jobs::Job m_refreshing;
    Observability::MetricsSnapshot m_aggregates;   // only its aggregate fields are used
};

} // namespace Vigil::Cli
