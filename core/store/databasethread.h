#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QThread>

#include <functional>

namespace Vigil::Store {

// A thread with its own connection to Vigil's database, for work that must
// never make the calling thread (usually the GUI) wait for the disk or for
// a lock held by another program: the alert, event and metric writers, the
// history reader, the change feed. Work runs in posting order; the
// connection opens on first use (again on the next work after an open
// failed) and closes with the thread.
class DatabaseThread : public QObject
{
    Q_OBJECT
public:
    // `work` gets the open database, or an invalid one with the reason it
    // could not be opened.
    using Work = std::function<void(QSqlDatabase db, const QString &openError)>;

    DatabaseThread(const QString &databasePath, const QString &name,
                   QThread::Priority priority = QThread::InheritPriority, QObject *parent = nullptr);
    // Runs what is still queued, then stops.
    ~DatabaseThread() override;

    void post(Work work);
    // Blocks until everything posted so far has run.
    void flush();

private:
    class Worker;
    Worker *m_worker;
    QThread *m_thread;
};

} // namespace Vigil::Store
