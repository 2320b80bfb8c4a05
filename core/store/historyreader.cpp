#include "historyreader.h"

#include "database.h"

#include <QThread>

namespace Vigil::Store {

class HistoryReader::Worker : public QObject
{
public:
    explicit Worker(const QString &path) : m_path(path) {}
    ~Worker() override
    {
        m_store.reset();
        if (m_opened)
            Database::close(connectionName());
    }

    void answer(HistoryReader *owner, quint64 id, const QList<SeriesRequest> &series,
                const QDateTime &from, const QDateTime &to)
    {
        if (!m_store) {
            const auto opened = Database::open(m_path, connectionName());
            m_opened = true;
            if (!opened.ok) {
                Q_EMIT owner->failed(id, opened.error);
                return;
            }
            m_store = std::make_unique<MetricStore>(opened.db);
        }
        QList<SeriesData> result;
        result.reserve(series.size());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const SeriesRequest &r : series)
            result.append(m_store->query(r.key, r.metric, from, to, now));
        Q_EMIT owner->seriesReady(id, result);
    }

private:
    QString connectionName() const
    {
        return QStringLiteral("vigil-history-%1").arg(quintptr(this), 0, 16);
    }
    QString m_path;
    bool m_opened = false;
    std::unique_ptr<MetricStore> m_store;
};

HistoryReader::HistoryReader(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath))
    , m_thread(new QThread(this))
{
    qRegisterMetaType<QList<SeriesData>>();
    m_thread->setObjectName(QStringLiteral("vigil-history"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HistoryReader::~HistoryReader()
{
    m_thread->quit();
    m_thread->wait();
}

quint64 HistoryReader::request(const QList<SeriesRequest> &series, const QDateTime &from,
                               const QDateTime &to)
{
    const quint64 id = m_nextId++;
    QMetaObject::invokeMethod(m_worker, [w = m_worker, this, id, series, from, to]() {
        w->answer(this, id, series, from, to);
    }, Qt::QueuedConnection);
    return id;
}

} // namespace Vigil::Store
