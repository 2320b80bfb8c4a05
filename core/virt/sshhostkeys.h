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

// Whether Vigil can read the key as OpenSSH would see it: the OpenSSH
// transport (libssh keeps its own known_hosts in libvirt's config folder),
// not through a proxy (ssh-keyscan would ask the wrong machine), and no
// HostKeyAlias (ssh would look the key up under another name).
bool canScanHostKeys(const HostEndpoint &endpoint);

// Whether the endpoint's known_hosts already has a key for it (hashed or not).
bool hasKnownHostKey(const HostEndpoint &endpoint);

// Trusts the key the user was shown (`fingerprint`) in the endpoint's
// known_hosts file, and only that key, provided the host still offers it: a
// key swapped between showing and accepting is refused. Only where
// canScanHostKeys(). Creates ~/.ssh (0700) when needed.
bool trustHostKey(const HostEndpoint &endpoint, const QString &fingerprint, QString *error);

// "SHA256:…" of a public key blob, as OpenSSH prints it.
QString sshFingerprint(const QByteArray &keyBlob);

} // namespace Vigil::Virt
