#pragma once

#include <QMetaObject>
#include <QMutex>
#include <QObject>

#include <memory>

namespace Vigil {

// Lets a foreign thread (libvirt's event loop, a detached probe thread) post
// work to a QObject that may be destroyed at any moment. The owner calls
// invalidate() from its own thread before it dies; after that, post() drops
// the work instead of touching a dangling pointer.
class CallbackGuard
{
public:
    explicit CallbackGuard(QObject *target) : m_target(target) {}

    template<typename Functor>
    void post(Functor &&functor)
    {
        QMutexLocker lock(&m_mutex);
        if (m_target)
            QMetaObject::invokeMethod(m_target, std::forward<Functor>(functor), Qt::QueuedConnection);
    }

    void invalidate()
    {
        QMutexLocker lock(&m_mutex);
        m_target = nullptr;
    }

private:
    QMutex m_mutex;
    QObject *m_target;
};

using CallbackGuardPtr = std::shared_ptr<CallbackGuard>;

} // namespace Vigil
