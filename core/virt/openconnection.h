#pragma once

#include "virthelpers.h"

namespace Vigil::Virt {

// virConnectOpenAuth with a callback that refuses every credential request,
// over withoutTerminal(uri): libvirt reports an authentication error instead
// of anything prompting on a terminal or a desktop.
virConnectPtr openWithoutPrompts(const QByteArray &uri, unsigned int flags = 0);

// An ssh URI with no_tty=1 added (unless it says otherwise): libvirt then
// runs ssh in batch mode (-T -o BatchMode=yes -e none), so ssh never asks for
// a password, a passphrase or a host key on the terminal or through
// ssh-askpass; it fails at once with its reason instead.
QByteArray withoutTerminal(const QByteArray &uri);

// libvirt's error codes for a refused or unavailable authentication.
bool isAuthError(int code);

} // namespace Vigil::Virt
