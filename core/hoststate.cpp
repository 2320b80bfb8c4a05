#include "hoststate.h"

#include <QCoreApplication>

namespace Vigil {

QString hostStateName(HostState state)
{
    switch (state) {
    case HostState::Connecting:
        return QCoreApplication::translate("Vigil::HostState", "connecting");
    case HostState::Up:
        return QCoreApplication::translate("Vigil::HostState", "up");
    case HostState::Unreachable:
        return QCoreApplication::translate("Vigil::HostState", "unreachable");
    }
    return {};
}

} // namespace Vigil
