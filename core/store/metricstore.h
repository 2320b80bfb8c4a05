#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

#include <array>

#include "../metrics/metricsample.h"

namespace Vigil::Store {

// How long each resolution of the statistics history is kept.
struct MetricRetention {
    qint64 rawSeconds = 24 * 3600;
    qint64 minuteSeconds = 30 * 24 * 3600;
    qint64 hourSeconds = 365 * 24 * 3600;
};

enum class Resolution { Raw, Minute, Hour };
QString resolutionName(Resolution resolution);

// A host's own series has an empty guest UUID.
struct SeriesKey {
    HostId host = 0;
    QString guestUuid;
    bool operator==(const SeriesKey &) const = default;
};
inline size_t qHash(const SeriesKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.host, key.guestUuid);
}

// One metric over a range. Roll-ups carry the bucket average and maximum;
// raw samples have max == avg. Missing values are NaN.
struct SeriesData {
    Resolution resolution = Resolution::Raw;
    QVector<double> time;   // seconds since the epoch (QCustomPlot's date axis unit)
    QVector<double> avg;
    QVector<double> max;
    bool isEmpty() const { return time.isEmpty(); }
};

// Statistics history on a connection owned by the calling thread. Raw
// samples go in as they come; 1-minute and 1-hour roll-ups are built in
// memory while samples stream past and written when their bucket closes
// (or at flushRollups()), so nothing is read back to roll up. A failed
// write leaves nothing half-done: the caller retries the same batch.
class MetricStore
{
public:
    explicit MetricStore(QSqlDatabase db, MetricRetention retention = {});

    const MetricRetention &retention() const { return m_retention; }
    void setRetention(const MetricRetention &retention) { m_retention = retention; }

    // One transaction. `rolledUp` (in/out) says whether this batch was
    // already counted into the in-memory roll-ups by an earlier attempt whose
    // transaction failed; pass false for a new batch and keep the flag with
    // the batch for retries.
    bool write(const QList<Metrics::HostSample> &batch, bool &rolledUp, QString *error);
    // Writes the roll-up buckets still open (partial minutes/hours); they
    // merge with whatever arrives for the same bucket later.
    bool flushRollups(QString *error);
    // Deletes rows older than the retention of their resolution.
    bool prune(const QDateTime &now, QString *error);

    // The finest resolution that still holds `from` and gives a chart a
    // sensible number of points for the span.
    Resolution resolutionFor(const QDateTime &from, const QDateTime &to, const QDateTime &now) const;
    SeriesData query(const SeriesKey &key, Metrics::Metric metric, const QDateTime &from,
                     const QDateTime &to, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    SeriesData query(const SeriesKey &key, Metrics::Metric metric, const QDateTime &from,
                     const QDateTime &to, Resolution resolution) const;

    // Every guest's average of `metric` since `from` (raw samples), by UUID;
    // guests without a reported value are absent. One index range per series.
    QHash<QString, double> recentGuestAverages(Metrics::Metric metric, const QDateTime &from) const;

    // Bytes the history tables occupy (sqlite's dbstat, else the file size).
    qint64 sizeOnDisk() const;

private:
    struct Bucket {
        qint64 start = -1;
        int samples = 0;
        std::array<double, Metrics::kMetricCount> sum{};
        std::array<int, Metrics::kMetricCount> count{};
        std::array<double, Metrics::kMetricCount> max{};
    };
    struct ClosedBucket {
        qint64 series;
        bool hourly;
        Bucket bucket;
    };
    struct Rollups {
        Bucket minute;
        Bucket hour;
    };

    qint64 seriesId(const SeriesKey &key, const QString &name, QList<SeriesKey> *created, QString *error);
    qint64 lookupSeries(const SeriesKey &key) const;
    void rollUp(qint64 series, qint64 t, const Metrics::MetricValues &values);
    bool writeClosedBuckets(QString *error);

    QSqlDatabase m_db;
    MetricRetention m_retention;
    QHash<SeriesKey, qint64> m_seriesIds;
    QHash<qint64, Rollups> m_rollups;
    QList<ClosedBucket> m_closed;   // waiting to be written
};

} // namespace Vigil::Store
