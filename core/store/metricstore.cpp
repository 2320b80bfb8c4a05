#include "metricstore.h"
#include "sqldialect.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Vigil::Store {
namespace {

using Metrics::Metric;
using Metrics::kMetricCount;

// Values are stored as integers (SQLite packs small ones into 1-4 bytes):
// CPU and IOPS in hundredths, memory in KiB, traffic in bytes/s.
constexpr std::array<double, kMetricCount> kScale = {100, 1, 1, 1, 1, 1, 1, 100, 100};

QVariant toStored(Metric metric, double value)
{
    if (!Metrics::isReported(value))
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant(qint64(std::llround(value * kScale[size_t(metric)])));
}

double fromStored(Metric metric, const QVariant &value)
{
    if (value.isNull())
        return Metrics::kNotReported;
    return value.toDouble() / kScale[size_t(metric)];
}

const char *tableFor(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:    return "samples_raw";
    case Resolution::Minute: return "samples_1m";
    case Resolution::Hour:   return "samples_1h";
    }
    return "samples_raw";
}

QString rawInsertSql()
{
    QString sql = QStringLiteral("INSERT INTO samples_raw (series, t");
    for (int i = 0; i < kMetricCount; ++i)
        sql += QLatin1String(", ") + QLatin1String(Metrics::metricKey(Metric(i)));
    sql += QStringLiteral(") VALUES (?, ?");
    for (int i = 0; i < kMetricCount; ++i)
        sql += QStringLiteral(", ?");
    return sql + QStringLiteral(") ON CONFLICT DO NOTHING");
}

// A bucket written twice (a partial one flushed at exit, then the rest after
// restart) merges: averages weighted by sample count, maxima combined.
QString rollupUpsertSql(const char *table, const QSqlDatabase &db)
{
    // The stored row's columns are qualified with the table name:
    // PostgreSQL finds a bare `n` ambiguous next to excluded.n.
    const QString t = QLatin1String(table);
    QString columns = QStringLiteral("series, t, n");
    QString values = QStringLiteral("?, ?, ?");
    QString merge = QStringLiteral("n = %1.n + excluded.n").arg(t);
    for (int i = 0; i < kMetricCount; ++i) {
        const QString key = QLatin1String(Metrics::metricKey(Metric(i)));
        const QString stored = t + u'.' + key;
        merge += QStringLiteral(", %1 = CASE WHEN %2 IS NULL THEN excluded.%1 WHEN excluded.%1 IS NULL "
                                "THEN %2 ELSE CAST(round((%2 * %3.n + excluded.%1 * excluded.n) * 1.0 "
                                "/ (%3.n + excluded.n)) AS %4) END")
                     .arg(key, stored, t, bigIntType(db))
                 + u", %1_max = "_s.arg(key)
                 + greatestOf(db, u"coalesce(%1_max, excluded.%2_max)"_s.arg(stored, key),
                              u"coalesce(excluded.%1_max, %2_max)"_s.arg(key, stored));
        columns += QStringLiteral(", %1, %1_max").arg(key);
        values += QStringLiteral(", ?, ?");
    }
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (series, t) DO UPDATE SET %4")
        .arg(t, columns, values, merge);
}

} // namespace

QString resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:    return QStringLiteral("raw");
    case Resolution::Minute: return QStringLiteral("1m");
    case Resolution::Hour:   return QStringLiteral("1h");
    }
    return {};
}

MetricStore::MetricStore(QSqlDatabase db, MetricRetention retention)
    : m_db(std::move(db))
    , m_retention(retention)
{
}

qint64 MetricStore::lookupSeries(const SeriesKey &key) const
{
    const auto cached = m_seriesIds.constFind(key);
    if (cached != m_seriesIds.cend())
        return *cached;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM metric_series WHERE host_id = ? AND guest_uuid = ?"));
    q.addBindValue(key.host);
    q.addBindValue(key.guestUuid.isNull() ? QStringLiteral("") : key.guestUuid);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return -1;
}

qint64 MetricStore::seriesId(const SeriesKey &key, const QString &name, QList<SeriesKey> *created,
                             QString *error)
{
    const auto cached = m_seriesIds.constFind(key);
    if (cached != m_seriesIds.cend())
        return *cached;
    qint64 id = lookupSeries(key);
    if (id < 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO metric_series (host_id, guest_uuid, name) VALUES (?, ?, ?)"));
        q.addBindValue(key.host);
        q.addBindValue(key.guestUuid.isNull() ? QStringLiteral("") : key.guestUuid);
        q.addBindValue(name.isNull() ? QStringLiteral("") : name);
        if (!q.exec()) {
            *error = q.lastError().text();
            return -1;
        }
        id = insertedId(q);
        created->append(key);
    }
    m_seriesIds.insert(key, id);
    return id;
}

void MetricStore::rollUp(qint64 series, qint64 t, const Metrics::MetricValues &values)
{
    Rollups &r = m_rollups[series];
    const auto add = [&](Bucket &bucket, qint64 start, bool hourly) {
        if (bucket.start != start) {
            if (bucket.samples > 0)
                m_closed.append({series, hourly, bucket});
            bucket = Bucket();
            bucket.start = start;
        }
        ++bucket.samples;
        for (int i = 0; i < kMetricCount; ++i) {
            const double v = values.values[size_t(i)];
            if (!Metrics::isReported(v))
                continue;
            bucket.sum[size_t(i)] += v;
            bucket.max[size_t(i)] = bucket.count[size_t(i)] == 0 ? v : std::max(bucket.max[size_t(i)], v);
            ++bucket.count[size_t(i)];
        }
    };
    add(r.minute, t - t % 60, false);
    add(r.hour, t - t % 3600, true);
}

bool MetricStore::writeClosedBuckets(QString *error)
{
    if (m_closed.isEmpty())
        return true;
    QSqlQuery minute(m_db), hour(m_db);
    if (!minute.prepare(rollupUpsertSql("samples_1m", m_db)) || !hour.prepare(rollupUpsertSql("samples_1h", m_db))) {
        *error = minute.lastError().isValid() ? minute.lastError().text() : hour.lastError().text();
        return false;
    }
    for (const ClosedBucket &closed : std::as_const(m_closed)) {
        QSqlQuery &q = closed.hourly ? hour : minute;
        const Bucket &b = closed.bucket;
        int column = 0;
        q.bindValue(column++, closed.series);
        q.bindValue(column++, b.start);
        q.bindValue(column++, b.samples);
        for (int i = 0; i < kMetricCount; ++i) {
            const bool known = b.count[size_t(i)] > 0;
            const double avg = known ? b.sum[size_t(i)] / b.count[size_t(i)] : Metrics::kNotReported;
            q.bindValue(column++, toStored(Metric(i), avg));
            q.bindValue(column++, toStored(Metric(i), known ? b.max[size_t(i)] : Metrics::kNotReported));
        }
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

bool MetricStore::write(const QList<Metrics::HostSample> &batch, bool &rolledUp, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    QList<SeriesKey> created;
    const auto fail = [&](const QString &message) {
        m_db.rollback();
        for (const SeriesKey &key : std::as_const(created))
            m_seriesIds.remove(key);   // their rows were rolled back
        *error = message;
        return false;
    };
    QSqlQuery insert(m_db);
    if (!insert.prepare(rawInsertSql()))
        return fail(insert.lastError().text());
    const auto writeRow = [&](qint64 series, qint64 t, const Metrics::MetricValues &values) {
        insert.bindValue(0, series);
        insert.bindValue(1, t);
        for (int i = 0; i < kMetricCount; ++i)
            insert.bindValue(2 + i, toStored(Metric(i), values.values[size_t(i)]));
        return insert.exec();
    };
    for (const Metrics::HostSample &sample : batch) {
        const qint64 t = sample.time.toSecsSinceEpoch();
        const qint64 hostSeries = seriesId({sample.host, {}}, sample.hostName, &created, error);
        if (hostSeries < 0)
            return fail(*error);
        if (!writeRow(hostSeries, t, sample.values))
            return fail(insert.lastError().text());
        for (const Metrics::GuestSample &guest : sample.guests) {
            const qint64 series = seriesId({sample.host, guest.uuid}, guest.name, &created, error);
            if (series < 0)
                return fail(*error);
            if (!writeRow(series, t, guest.values))
                return fail(insert.lastError().text());
        }
    }
    // Counted into the roll-ups only once every raw row is in: a batch is
    // rolled up exactly once however many attempts its raw rows take.
    if (!rolledUp) {
        for (const Metrics::HostSample &sample : batch) {
            const qint64 t = sample.time.toSecsSinceEpoch();
            rollUp(m_seriesIds.value({sample.host, {}}), t, sample.values);
            for (const Metrics::GuestSample &guest : sample.guests)
                rollUp(m_seriesIds.value({sample.host, guest.uuid}), t, guest.values);
        }
        rolledUp = true;
    }
    if (!writeClosedBuckets(error))
        return fail(*error);
    if (!m_db.commit())
        return fail(m_db.lastError().text());
    m_closed.clear();
    return true;
}

bool MetricStore::flushRollups(QString *error)
{
    for (auto it = m_rollups.begin(); it != m_rollups.end(); ++it) {
        if (it->minute.samples > 0)
            m_closed.append({it.key(), false, it->minute});
        if (it->hour.samples > 0)
            m_closed.append({it.key(), true, it->hour});
    }
    m_rollups.clear();
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    if (!writeClosedBuckets(error) || !m_db.commit()) {
        if (error->isEmpty())
            *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    m_closed.clear();
    return true;
}

bool MetricStore::prune(const QDateTime &now, QString *error)
{
    const qint64 nowSecs = now.toSecsSinceEpoch();
    QList<qint64> series;
    {
        QSqlQuery ids(m_db);
        if (!ids.exec(QStringLiteral("SELECT id FROM metric_series"))) {
            *error = ids.lastError().text();
            return false;
        }
        while (ids.next())
            series.append(ids.value(0).toLongLong());
    }
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    // Per series: each DELETE is a range on the primary key, never a scan.
    const std::pair<Resolution, qint64> cutoffs[] = {
        {Resolution::Raw, nowSecs - m_retention.rawSeconds},
        {Resolution::Minute, nowSecs - m_retention.minuteSeconds},
        {Resolution::Hour, nowSecs - m_retention.hourSeconds},
    };
    for (const auto &[resolution, cutoff] : cutoffs) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE series = ? AND t < ?")
                      .arg(QLatin1String(tableFor(resolution))));
        for (qint64 id : std::as_const(series)) {
            q.bindValue(0, id);
            q.bindValue(1, cutoff);
            if (!q.exec()) {
                *error = q.lastError().text();
                m_db.rollback();
                return false;
            }
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

Resolution MetricStore::resolutionFor(const QDateTime &from, const QDateTime &to,
                                      const QDateTime &now) const
{
    const qint64 span = from.secsTo(to);
    const qint64 age = from.secsTo(now);
    // Up to ~4,000 points per chart at 5-s ticks; coarser beyond.
    if (span <= 6 * 3600 && age <= m_retention.rawSeconds)
        return Resolution::Raw;
    if (span <= 8 * 24 * 3600 && age <= m_retention.minuteSeconds)
        return Resolution::Minute;
    return Resolution::Hour;
}

SeriesData MetricStore::query(const SeriesKey &key, Metric metric, const QDateTime &from,
                              const QDateTime &to, const QDateTime &now) const
{
    return query(key, metric, from, to, resolutionFor(from, to, now));
}

SeriesData MetricStore::query(const SeriesKey &key, Metric metric, const QDateTime &from,
                              const QDateTime &to, Resolution resolution) const
{
    SeriesData data;
    data.resolution = resolution;
    const qint64 series = lookupSeries(key);
    if (series < 0)
        return data;
    const QString column = QLatin1String(Metrics::metricKey(metric));
    const QString maxColumn = resolution == Resolution::Raw ? column : column + QStringLiteral("_max");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t, %1, %2 FROM %3 WHERE series = ? AND t >= ? AND t <= ? ORDER BY t")
                  .arg(column, maxColumn, QLatin1String(tableFor(resolution))));
    q.addBindValue(series);
    q.addBindValue(from.toSecsSinceEpoch());
    q.addBindValue(to.toSecsSinceEpoch());
    if (!q.exec())
        return data;
    while (q.next()) {
        data.time.append(q.value(0).toDouble());
        data.avg.append(fromStored(metric, q.value(1)));
        data.max.append(fromStored(metric, q.value(2)));
    }
    return data;
}

QHash<QString, double> MetricStore::recentGuestAverages(Metric metric, const QDateTime &from) const
{
    QHash<QString, double> result;
    const QString column = QLatin1String(Metrics::metricKey(metric));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.guest_uuid, (SELECT avg(r.%1) FROM samples_raw r WHERE r.series = s.id AND r.t >= ?) "
                             "FROM metric_series s WHERE s.guest_uuid != ''").arg(column));
    q.addBindValue(from.toSecsSinceEpoch());
    if (!q.exec())
        return result;
    while (q.next())
        if (!q.value(1).isNull())
            result.insert(q.value(0).toString(), fromStored(metric, q.value(1)));
    return result;
}

qint64 MetricStore::sizeOnDisk() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name IN "
                              "('samples_raw', 'samples_1m', 'samples_1h', 'metric_series')"))
        && q.next() && !q.value(0).isNull())
        return q.value(0).toLongLong();
    QSqlQuery pages(m_db);
    if (pages.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"))
        && pages.next())
        return pages.value(0).toLongLong();
    return QFileInfo(m_db.databaseName()).size();
}

} // namespace Vigil::Store
