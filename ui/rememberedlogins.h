#pragma once

#include <QObject>
#include <QSet>

#include "core/hostconfig.h"
#include "core/hoststate.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ui {

// The console's half of "asked once per host": when a host asks for a login
// the credential store lacks, the desktop keyring is looked up (once per URI
// per run) and a remembered login handed to the store, which makes the host
// connect. Only then is the admin asked (Host ▸ Log In…).
class RememberedLogins : public QObject
{
    Q_OBJECT
public:
    explicit RememberedLogins(ClusterManager *cluster, QObject *parent = nullptr);

Q_SIGNALS:
    // The keyring answered for this URI: found or not. Tests wait on it.
    void lookedUp(const QString &uri, bool found);

private:
    void onStatus(HostId host, const HostStatus &status);

    ClusterManager *m_cluster;
    QSet<QString> m_lookedUp;
};

} // namespace Vigil::Ui
