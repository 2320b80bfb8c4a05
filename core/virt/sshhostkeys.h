#pragma once

#include "hostendpoint.h"

#include <QList>

namespace Vigil::Virt {

// A key an ssh server offers, as `ssh-keyscan` reads it.
struct SshHostKey {
    QString type;            // ssh-ed25519, ecdsa-sha2-nistp256, ssh-rsa
    QString fingerprint;     // "SHA256:…", as ssh and ssh-keygen -l print it
    QByteArray knownHostsLine;
};

// The keys the endpoint offers now, the one OpenSSH prefers (Ed25519) first.
// Empty, with `error`, when the host does not answer within a few seconds.
// Runs ssh-keyscan: call it from a worker thread.
QList<SshHostKey> scanHostKeys(const HostEndpoint &endpoint, QString *error);

// Whether the endpoint's known_hosts already has a key for it (hashed or not).
bool hasKnownHostKey(const HostEndpoint &endpoint);

// Trusts the endpoint's keys in its known_hosts file, provided the host still
// offers the key the user was shown (`fingerprint`): a key swapped between
// showing and accepting is refused. Creates ~/.ssh (0700) when needed.
bool trustHostKey(const HostEndpoint &endpoint, const QString &fingerprint, QString *error);

// "SHA256:…" of a public key blob, as OpenSSH prints it.
QString sshFingerprint(const QByteArray &keyBlob);

} // namespace Vigil::Virt
