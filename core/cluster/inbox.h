#pragma once

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>

#include <deque>
#include <functional>
#include <memory>

namespace Vigil {

// Results from the host workers, applied on the owner's thread in slices of
// at most `budgetMs`. Hundreds of hosts answering at once would otherwise
// reach the GUI thread as one long burst of queued calls that Qt drains
// without ever returning to timers and painting. Between slices the loop
// runs again, so the GUI thread's stalls stay bounded by the budget.
class Inbox
{
public:
    Inbox(QObject *owner, int budgetMs);
    // Thread-safe. `work` runs later on the owner's thread, in posting order.
    void post(std::function<void()> work);
    // Owner thread only: drop anything not yet run and accept nothing more.
    void close();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace Vigil
