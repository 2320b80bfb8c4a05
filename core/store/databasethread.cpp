#include "databasethread.h"

#include "database.h"

namespace Vigil::Store {

class DatabaseThread::Worker : public QObject
{
public:
    Worker(const QString &path, const QString &name) : m_path(path), m_name(name) {}
    ~Worker() override
    {
        if (m_open)
            Database::close(connectionName());
    }

    void run(const Work &work)
    {
        QString openError;
        if (!m_open) {
            const auto opened = Database::open(m_path, connectionName());
            m_open = opened.ok;
            if (!opened.ok) {
                Database::close(connectionName());
                openError = opened.error;
            }
        }
        work(m_open ? QSqlDatabase::database(connectionName(), false) : QSqlDatabase(), openError);
    }

private:
    QString connectionName() const
    {
        return QStringLiteral("vigil-%1-%2").arg(m_name).arg(quintptr(this), 0, 16);
    }
    QString m_path;
    QString m_name;
    bool m_open = false;
};

DatabaseThread::DatabaseThread(const QString &databasePath, const QString &name, QThread::Priority priority,
                               QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, name))
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("vigil-%1").arg(name));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(priority);
}

DatabaseThread::~DatabaseThread()
{
    flush();
    m_thread->quit();
    m_thread->wait();
}

void DatabaseThread::post(Work work)
{
    QMetaObject::invokeMethod(m_worker, [w = m_worker, work = std::move(work)]() { w->run(work); },
                              Qt::QueuedConnection);
}

void DatabaseThread::flush()
{
    if (QThread::currentThread() == m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, []() {}, Qt::BlockingQueuedConnection);
}

} // namespace Vigil::Store
