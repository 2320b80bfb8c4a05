#include "libsshhostkeys.h"

#include "openconnection.h"
#include "../credentials/credentialstore.h"

#include <QCoreApplication>

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};

// One read-only open; the connection is not kept.
ConnectFailure openOnce(const QString &uri)
{
    ConnectFailure failure;
    if (virConnectPtr conn = openHost(uri, VIR_CONNECT_RO, &failure))
        virConnectClose(conn);
    return failure;
}

} // namespace

QString offeredLibsshHostKey(const QString &uri, QString *error)
{
    const ConnectFailure failure = openOnce(uri);
    error->clear();
    if (failure.issue == ConnectIssue::HostKeyUnknown && !failure.hostKeyFingerprint.isEmpty())
        return failure.hostKeyFingerprint;
    // Connected (no reason), or failed after the key check (a login): the
    // key is trusted already.
    if (failure.issue != ConnectIssue::AuthRefused && failure.issue != ConnectIssue::CredentialsNeeded)
        *error = failure.reason;
    return {};
}

bool trustLibsshHostKey(const QString &uri, const QString &fingerprint, QString *error)
{
    CredentialStore::instance().acceptHostKey(uri, fingerprint);
    const ConnectFailure failure = openOnce(uri);
    if (failure.issue == ConnectIssue::HostKeyUnknown) {
        *error = failure.hostKeyFingerprint.isEmpty()
            ? failure.reason
            : Text::tr("the host offers %1 now, not %2").arg(failure.hostKeyFingerprint, fingerprint);
        return false;
    }
    if (failure.issue == ConnectIssue::Network || failure.issue == ConnectIssue::HostKeyChanged) {
        *error = failure.reason;
        return false;
    }
    return true;
}

} // namespace Vigil::Virt
