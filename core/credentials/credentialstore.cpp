#include "credentialstore.h"

#include <QMutexLocker>
#include <QSet>

namespace Vigil {

CredentialStore &CredentialStore::instance()
{
    static CredentialStore store;
    return store;
}

std::optional<HostCredentials> CredentialStore::credentials(const QString &uri) const
{
    const QMutexLocker lock(&m_mutex);
    const auto found = m_logins.constFind(uri);
    if (found == m_logins.cend())
        return std::nullopt;
    return *found;
}

void CredentialStore::setCredentials(const QString &uri, const HostCredentials &credentials)
{
    {
        const QMutexLocker lock(&m_mutex);
        m_logins.insert(uri, credentials);
    }
    // Also when it is the same: the admin gave it again, so a host that
    // refused it (the password was fixed on the host meanwhile) tries again.
    Q_EMIT changed({uri});
}

void CredentialStore::forget(const QString &uri)
{
    {
        const QMutexLocker lock(&m_mutex);
        if (!m_logins.remove(uri))
            return;
    }
    Q_EMIT changed({uri});
}

void CredentialStore::replaceAll(const QHash<QString, HostCredentials> &logins)
{
    QStringList changedUris;
    {
        const QMutexLocker lock(&m_mutex);
        QSet<QString> uris(m_logins.keyBegin(), m_logins.keyEnd());
        for (auto it = logins.cbegin(); it != logins.cend(); ++it)
            uris.insert(it.key());
        for (const QString &uri : uris) {
            if (m_logins.contains(uri) != logins.contains(uri) || m_logins.value(uri) != logins.value(uri))
                changedUris.append(uri);
        }
        m_logins = logins;
    }
    if (!changedUris.isEmpty())
        Q_EMIT changed(changedUris);
}

void CredentialStore::acceptHostKey(const QString &uri, const QString &fingerprint)
{
    const QMutexLocker lock(&m_mutex);
    m_acceptedHostKeys.insert(uri, fingerprint);
}

QString CredentialStore::acceptedHostKey(const QString &uri) const
{
    const QMutexLocker lock(&m_mutex);
    return m_acceptedHostKeys.value(uri);
}

} // namespace Vigil
