#include "jobs.h"

#include <QThreadPool>

namespace Vigil::Jobs {

QThreadPool *pool()
{
    static QThreadPool *const jobs = [] {
        auto *p = new QThreadPool;   // deliberately never deleted (see the header)
        p->setObjectName(QStringLiteral("vigil-jobs"));
        // Threads mostly wait on the network or the disk; a cap only guards
        // against a runaway caller.
        p->setMaxThreadCount(256);
        p->setExpiryTimeout(60 * 1000);
        return p;
    }();
    return jobs;
}

CallbackGuardPtr linkTo(QObject *owner)
{
    auto guard = std::make_shared<CallbackGuard>(owner);
    QObject::connect(owner, &QObject::destroyed, [guard]() { guard->invalidate(); });
    return guard;
}

} // namespace Vigil::Jobs
