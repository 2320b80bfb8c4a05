#include "inbox.h"

#include <QTimer>

namespace Vigil {

struct Inbox::State : std::enable_shared_from_this<State> {
    QMutex mutex;
    std::deque<std::function<void()>> queue;
    bool scheduled = false;
    bool closed = false;
    QObject *owner = nullptr;
    int budgetMs = 8;

    // Called with the mutex held.
    void schedule()
    {
        if (scheduled || closed)
            return;
        scheduled = true;
        // A real (1 ms) timer, not a posted call: Qt turns zero-delay single
        // shots into posted calls, and those would run in the same pass over
        // posted events, before any timer or paint gets its turn.
        QMetaObject::invokeMethod(owner, [self = shared_from_this()]() {
            QTimer::singleShot(1, Qt::PreciseTimer, self->owner, [self]() { self->drain(); });
        }, Qt::QueuedConnection);
    }

    void drain()
    {
        QElapsedTimer clock;
        clock.start();
        for (;;) {
            std::function<void()> work;
            {
                QMutexLocker lock(&mutex);
                if (closed || queue.empty()) {
                    scheduled = false;
                    return;
                }
                if (clock.elapsed() >= budgetMs) {
                    scheduled = false;
                    schedule();
                    return;
                }
                work = std::move(queue.front());
                queue.pop_front();
            }
            work();
        }
    }
};

Inbox::Inbox(QObject *owner, int budgetMs)
    : m_state(std::make_shared<State>())
{
    m_state->owner = owner;
    m_state->budgetMs = budgetMs;
}

void Inbox::post(std::function<void()> work)
{
    QMutexLocker lock(&m_state->mutex);
    if (m_state->closed)
        return;
    m_state->queue.push_back(std::move(work));
    m_state->schedule();
}

void Inbox::close()
{
    QMutexLocker lock(&m_state->mutex);
    m_state->closed = true;
    m_state->queue.clear();
}

} // namespace Vigil
