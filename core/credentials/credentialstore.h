#pragma once

#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>

#include <optional>

namespace Vigil {

// A login for one host: what libvirt asks for when the host wants a user
// name and a password (SASL), a password or keyboard-interactive answer
// (libssh), or a private key's passphrase.
struct HostCredentials {
    QString user;       // empty: the URI's user, or what libvirt suggests
    QString password;

    bool operator==(const HostCredentials &) const = default;
};

// What Vigil may answer when libvirt asks something while opening a host,
// held in memory only (never in SQLite, logs, events, reports or process
// arguments): logins, keyed by the host's URI so that a password only ever
// goes to the URI it was given for, and the libssh host keys the admin
// accepted. The console fills it from the desktop keyring and its Log In
// dialog, vigilctl and the agent from their credentials file.
// Thread-safe: host workers read it while they open connections.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static CredentialStore &instance();

    std::optional<HostCredentials> credentials(const QString &uri) const;
    // Announces it (changed) even when it is the one stored already.
    void setCredentials(const QString &uri, const HostCredentials &credentials);
    void forget(const QString &uri);
    // Every login at once (the agent re-read its file); hosts whose login
    // changed hear about it.
    void replaceAll(const QHash<QString, HostCredentials> &logins);

    // libssh transports: the key (an OpenSSH fingerprint, "SHA256:…") the
    // admin accepted for this URI. The next open answers libvirt's "Accept
    // SSH host key …?" with yes for that key only, and libvirt records it in
    // its own known_hosts.
    void acceptHostKey(const QString &uri, const QString &fingerprint);
    QString acceptedHostKey(const QString &uri) const;

Q_SIGNALS:
    // The logins for these URIs changed: hosts that waited for one try again.
    void changed(const QStringList &uris);

private:
    CredentialStore() = default;

    mutable QMutex m_mutex;
    QHash<QString, HostCredentials> m_logins;
    QHash<QString, QString> m_acceptedHostKeys;
};

} // namespace Vigil
