#pragma once

// One way to run blocking work — libvirt calls, disk, qemu-img, a report —
// off the GUI thread: Jobs::run(context, work, done). The work runs on a
// dedicated pool and polls a stop flag; its result comes back to `done` on
// the context's thread, and never after the context is destroyed.
//
// Not jobs: a host's connection (an actor with its own thread and event
// loop, core/virt/hostconnection), the database writers (a queue on one
// connection, core/store/databasethread) and libvirt's event loop.

#include "callbackguard.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>
#include <type_traits>
#include <utility>

class QThreadPool;

namespace Vigil::Jobs {

// The pool every job runs on. Separate from Qt's global pool, so hours of
// backup never delay a CPU-bound dry run; sized for work that waits rather
// than computes (how many run at once is each caller's policy: a backup
// job's concurrency, the migration limit). Never destroyed: a probe stuck
// on a hung host must not hold up the application's exit.
QThreadPool *pool();

// A stop request shared by a job's owner and its work. Blocking code below
// (a migration, a backup, hashing a file) polls it and ends early, still
// returning a result that says it stopped.
using StopFlag = std::shared_ptr<std::atomic<bool>>;
inline StopFlag makeStopFlag()
{
    return std::make_shared<std::atomic<bool>>(false);
}

// A started job, for its owner: ask it to stop, or wait for it where the
// owner must outlive its work (a destructor).
class Job
{
public:
    Job() = default;
    Job(QFuture<void> future, StopFlag stop) : m_future(std::move(future)), m_stop(std::move(stop)) {}

    void requestStop() const
    {
        if (m_stop)
            m_stop->store(true);
    }
    bool stopRequested() const { return m_stop && m_stop->load(); }
    bool isRunning() const { return m_future.isValid() && !m_future.isFinished(); }
    void waitForFinished() { m_future.waitForFinished(); }

private:
    QFuture<void> m_future;
    StopFlag m_stop;
};

// A link from a job's work to its owner's thread, for progress: what is
// posted through it after the owner was destroyed is dropped. (An owner that
// waits for its jobs before it dies can post to itself directly.)
CallbackGuardPtr linkTo(QObject *owner);

namespace Detail {
template<typename Work>
auto callWork(Work &work, const std::atomic<bool> &stop)
{
    if constexpr (std::is_invocable_v<Work &, const std::atomic<bool> &>)
        return work(stop);
    else
        return work();
}
} // namespace Detail

// Runs `work` — work(const std::atomic<bool> &stop) or work() — on pool();
// then done(result) (or done() for void work) on `context`'s thread, unless
// `context` was destroyed first.
template<typename Work, typename Done>
Job run(QObject *context, Work work, Done done, StopFlag stop = makeStopFlag())
{
    using Result = decltype(Detail::callWork(work, std::declval<const std::atomic<bool> &>()));
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        if constexpr (std::is_void_v<Result>)
            done();
        else
            done(watcher->result());
    });
    const QFuture<Result> future = QtConcurrent::run(pool(), [work = std::move(work), stop]() mutable {
        return Detail::callWork(work, std::as_const(*stop));
    });
    watcher->setFuture(future);
    return Job(QFuture<void>(future), std::move(stop));
}

// Work with no owner to answer (removing leftover files, watching a
// blocking call): its future, for whoever must wait for it.
template<typename Work>
QFuture<void> start(Work work)
{
    return QtConcurrent::run(pool(), std::move(work));
}

} // namespace Vigil::Jobs
