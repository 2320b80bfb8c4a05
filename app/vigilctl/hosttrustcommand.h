#pragma once

#include <QString>
#include <QTextStream>

namespace Vigil {
class Session;
}

namespace Vigil::Cli {

// vigilctl hosts trust NAME [--fingerprint SHA256:…]: shows the SSH host key
// the host offers; with the fingerprint the admin compared, adds the host's
// keys to the known_hosts file its transport reads (OpenSSH's, or libvirt's
// own for libssh). Never trusts a key the admin did not name.
int hostsTrust(Session &session, const QString &name, const QString &fingerprint, QTextStream &out,
               QTextStream &err);

} // namespace Vigil::Cli
