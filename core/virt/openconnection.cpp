#include "openconnection.h"

#include "../hosturi.h"

#include <QUrl>
#include <QUrlQuery>

namespace Vigil::Virt {
namespace {

int refuseCredentials(virConnectCredentialPtr, unsigned int, void *)
{
    return -1;
}

int credentialTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
                         VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM, VIR_CRED_EXTERNAL};
virConnectAuth noInteractionAuth = {credentialTypes, sizeof(credentialTypes) / sizeof(int),
                                    refuseCredentials, nullptr};

} // namespace

QByteArray withoutTerminal(const QByteArray &uri)
{
    const UriCheck check = checkLibvirtUri(QString::fromUtf8(uri));
    if (check.transport != u"ssh" || QUrlQuery(QUrl(QString::fromUtf8(uri))).hasQueryItem(QStringLiteral("no_tty")))
        return uri;
    return uri + (uri.contains('?') ? "&no_tty=1" : "?no_tty=1");
}

virConnectPtr openWithoutPrompts(const QByteArray &uri, unsigned int flags)
{
    return virConnectOpenAuth(withoutTerminal(uri).constData(), &noInteractionAuth, flags);
}

bool isAuthError(int code)
{
    return code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED
           || code == VIR_ERR_AUTH_UNAVAILABLE;
}

} // namespace Vigil::Virt
