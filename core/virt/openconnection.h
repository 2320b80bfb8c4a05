#pragma once

#include "virthelpers.h"

namespace Vigil::Virt {

// virConnectOpenAuth with a callback that refuses every credential request:
// Vigil never stores or asks for passwords, so libvirt reports an
// authentication error instead of prompting on a terminal.
virConnectPtr openWithoutPrompts(const QByteArray &uri, unsigned int flags = 0);

// libvirt's error codes for a refused or unavailable authentication.
bool isAuthError(int code);

} // namespace Vigil::Virt
