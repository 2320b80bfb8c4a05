#include "domainaction.h"

#include <QtGlobal>

namespace Vigil {

StoredText domainActionText(DomainAction action)
{
    switch (action) {
    case DomainAction::Start:    return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "start")};
    case DomainAction::Shutdown: return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "shut down")};
    case DomainAction::ForceOff: return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "force off")};
    case DomainAction::Reboot:   return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "reboot")};
    case DomainAction::Suspend:  return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "suspend")};
    case DomainAction::Resume:   return {"Vigil::DomainAction", QT_TRANSLATE_NOOP("Vigil::DomainAction", "resume")};
    }
    return {};
}

QString domainActionName(DomainAction action)
{
    return domainActionText(action).toString();
}

bool isDestructive(DomainAction action)
{
    return action == DomainAction::Shutdown || action == DomainAction::ForceOff
        || action == DomainAction::Reboot;
}

} // namespace Vigil
