#pragma once

#include "connectfailure.h"
#include "loginanswers.h"
#include "virthelpers.h"

namespace Vigil::Virt {

// virConnectOpenAuth over withoutTerminal(uri) with a callback that answers
// only from CredentialStore (LoginAnswers): nothing ever prompts on a
// terminal or a desktop; what could not be answered is in `report`.
virConnectPtr openWithoutPrompts(const QByteArray &uri, unsigned int flags = 0, LoginReport *report = nullptr);

// openWithoutPrompts for one worker's blocking calls, with the host's
// keepalive: a host that dies or is cut off mid-call ends the call with an
// error within interval × count seconds instead of the kernel's TCP timeout
// (local drivers refuse keepalive: fine).
virConnectPtr openWithKeepAlive(const QByteArray &uri, int interval, int count);

// An ssh URI with no_tty=1 added (unless it says otherwise): libvirt then
// runs ssh in batch mode (-T -o BatchMode=yes -e none), so ssh never asks for
// a password, a passphrase or a host key on the terminal or through
// ssh-askpass; it fails at once with its reason instead.
QByteArray withoutTerminal(const QByteArray &uri);

// How Vigil opens a host, everywhere (host connections, the Add Host
// dialog's test): without prompts; for a remote URI only after the host
// accepted a TCP connection within kReachTimeoutMs (else libvirt would wait
// for the kernel's two-minute timeout); a failure classified, with the host
// key's fingerprint when ssh did not trust it. Blocks: worker threads only.
virConnectPtr openHost(const QString &uri, unsigned int flags, ConnectFailure *failure);

// libvirt's error codes for a refused or unavailable authentication.
bool isAuthError(int code);

} // namespace Vigil::Virt
