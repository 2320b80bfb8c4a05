#pragma once

#include "hostendpoint.h"

namespace Vigil::Virt {

// The files libvirt's TLS transport reads on this machine for a URI:
// pkipath=DIR when given, else ~/.pki/libvirt for an ordinary user who has
// one, else the system's /etc/pki paths (root, and everyone else).
struct TlsClientFiles {
    QString caCertificate;
    QString clientCertificate;
    QString clientKey;
};
TlsClientFiles tlsClientFiles(const QString &uri);

// libvirt says only "Failed to verify peer's certificate"; the reason goes
// to its stderr. This repeats the check in a TLS handshake of Vigil's own
// against the same CA and says what is wrong: the certificate's names
// against the name in the URI, its issuer, its dates. Empty when the check
// passes or the host does not answer. Blocks for up to a few seconds.
QString diagnoseServerCertificate(const HostEndpoint &endpoint, const TlsClientFiles &files);

// Where this machine's client certificate was looked for, for a host that
// ended the TLS session at once (libvirt: "Unable to read TLS confirmation").
QString describeClientCertificate(const TlsClientFiles &files);

} // namespace Vigil::Virt
