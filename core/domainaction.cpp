#include "domainaction.h"

#include <QCoreApplication>

namespace Vigil {

QString domainActionName(DomainAction action)
{
    const char *ctx = "Vigil::DomainAction";
    switch (action) {
    case DomainAction::Start:    return QCoreApplication::translate(ctx, "start");
    case DomainAction::Shutdown: return QCoreApplication::translate(ctx, "shut down");
    case DomainAction::ForceOff: return QCoreApplication::translate(ctx, "force off");
    case DomainAction::Reboot:   return QCoreApplication::translate(ctx, "reboot");
    case DomainAction::Suspend:  return QCoreApplication::translate(ctx, "suspend");
    case DomainAction::Resume:   return QCoreApplication::translate(ctx, "resume");
    }
    return {};
}

bool isDestructive(DomainAction action)
{
    return action == DomainAction::Shutdown || action == DomainAction::ForceOff
        || action == DomainAction::Reboot;
}

} // namespace Vigil
