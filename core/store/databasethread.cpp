#include "databasethread.h"

#include "database.h"

#include <QThread>

namespace Vigil::Store {

class DatabaseThread::Worker : public QObject
{
public:
    Worker(const QString &path, const QString &name) : m_path(path), m_name(name) {}
    ~Worker() override
    {
        if (m_opened)
            Database::close(connectionName());
    }

    void run(const Work &work)
    {
        if (!m_opened) {
            m_opened = true;
            const auto opened = Database::open(m_path, connectionName());
            if (!opened.ok)
                m_openError = opened.error;
        }
        work(m_openError.isEmpty() ? QSqlDatabase::database(connectionName(), false) : QSqlDatabase(),
             m_openError);
    }

private:
    QString connectionName() const
    {
        return QStringLiteral("vigil-%1-%2").arg(m_name).arg(quintptr(this), 0, 16);
    }
    QString m_path;
    QString m_name;
    bool m_opened = false;
    QString m_openError;
};

DatabaseThread::DatabaseThread(const QString &databasePath, const QString &name, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(databasePath, name))
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("vigil-%1").arg(name));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
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
