#include "inventory.h"

#include <QCoreApplication>
#include <QLocale>

namespace Vigil {

QString domainStateName(DomainState state)
{
    const char *ctx = "Vigil::DomainState";
    switch (state) {
    case DomainState::NoState:      return QCoreApplication::translate(ctx, "no state");
    case DomainState::Running:      return QCoreApplication::translate(ctx, "running");
    case DomainState::Blocked:      return QCoreApplication::translate(ctx, "blocked");
    case DomainState::Paused:       return QCoreApplication::translate(ctx, "paused");
    case DomainState::ShuttingDown: return QCoreApplication::translate(ctx, "shutting down");
    case DomainState::Shutoff:      return QCoreApplication::translate(ctx, "shut off");
    case DomainState::Crashed:      return QCoreApplication::translate(ctx, "crashed");
    case DomainState::PmSuspended:  return QCoreApplication::translate(ctx, "suspended (PM)");
    }
    return {};
}

QString formatBytes(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

QString formatMemoryKiB(quint64 kib)
{
    return formatBytes(kib * 1024);
}

} // namespace Vigil
