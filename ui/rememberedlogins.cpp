#include "rememberedlogins.h"

#include "keyring.h"

#include "core/cluster/clustermanager.h"
#include "core/credentials/credentialstore.h"

namespace Vigil::Ui {

RememberedLogins::RememberedLogins(ClusterManager *cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    connect(cluster, &ClusterManager::statusChanged, this, &RememberedLogins::onStatus);
}

void RememberedLogins::onStatus(HostId host, const HostStatus &status)
{
    if (status.issue != ConnectIssue::CredentialsNeeded)
        return;
    const QString uri = m_cluster->host(host).uri;
    if (uri.isEmpty() || m_lookedUp.contains(uri) || CredentialStore::instance().credentials(uri))
        return;
    m_lookedUp.insert(uri);
    Keyring::readLogin(uri, this, [this, uri](const std::optional<HostCredentials> &login, const QString &error) {
        if (!error.isEmpty())
            qInfo("no remembered login for %s: %s", qPrintable(uri), qPrintable(error));
        if (login)
            CredentialStore::instance().setCredentials(uri, *login);
        Q_EMIT lookedUp(uri, login.has_value());
    });
}

} // namespace Vigil::Ui
