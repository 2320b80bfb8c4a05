#pragma once

#include <QString>

namespace Vigil::Virt {

// Host keys for the libssh and libssh2 transports, which keep their own
// known_hosts (libvirt's, $XDG_CONFIG_HOME/libvirt/known_hosts), not ssh's:
// the key is learned and recorded by opening the host, answering libvirt's
// "Accept SSH host key …?" for the one key the admin compared. Both block:
// worker threads only.

// The key the host offers ("SHA256:…"); empty when it is trusted already
// (then `error` is empty too) or the host could not be asked (`error` says why).
QString offeredLibsshHostKey(const QString &uri, QString *error);

// Accepts `fingerprint` for `uri` from now on and opens the host once, so
// that libvirt records the key. False, with the reason, when the host
// offers another key or could not be reached.
bool trustLibsshHostKey(const QString &uri, const QString &fingerprint, QString *error);

} // namespace Vigil::Virt
