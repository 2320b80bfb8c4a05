#include "workthrottle.h"

#include <QSemaphore>
#include <QThread>

namespace Vigil::Virt {
namespace {

QSemaphore &permits()
{
    static QSemaphore semaphore(std::max(2, QThread::idealThreadCount()));
    return semaphore;
}

} // namespace

LocalWorkPermit::LocalWorkPermit(bool needed)
    : m_held(needed)
{
    if (m_held)
        permits().acquire();
}

LocalWorkPermit::~LocalWorkPermit()
{
    if (m_held)
        permits().release();
}

} // namespace Vigil::Virt
