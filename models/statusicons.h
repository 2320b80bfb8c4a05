#pragma once

#include <QColor>
#include <QIcon>

#include "core/hoststate.h"
#include "core/inventory.h"

namespace Vigil::Models {

// Colours used as state badges (from the state palette, statecolors.h).
QColor hostStateColor(HostState state);
QColor domainStateColor(DomainState state);
// A filled circle of the given colour; cached.
QIcon badgeIcon(const QColor &color);

} // namespace Vigil::Models
