#include "historyreader.h"

#include "databasethread.h"

namespace Vigil::Store {

HistoryReader::HistoryReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("history")))
{
    qRegisterMetaType<QList<SeriesData>>();
}

HistoryReader::~HistoryReader()
{
    // The store goes on its own thread, before that thread closes the connection.
    m_thread->post([this](QSqlDatabase, const QString &) { m_store.reset(); });
    m_thread.reset();
}

quint64 HistoryReader::request(const QList<SeriesRequest> &series, const QDateTime &from,
                               const QDateTime &to)
{
    const quint64 id = m_nextId++;
    m_thread->post([this, id, series, from, to](QSqlDatabase db, const QString &openError) {
        if (!openError.isEmpty()) {
            Q_EMIT failed(id, openError);
            return;
        }
        if (!m_store)
            m_store = std::make_unique<MetricStore>(db);
        QList<SeriesData> result;
        result.reserve(series.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SeriesRequest &r : series)
            result.append(m_store->query(r.key, r.metric, from, to, now));
        Q_EMIT seriesReady(id, result);
    });
    return id;
}

} // namespace Vigil::Store
