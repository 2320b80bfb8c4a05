#include "openconnection.h"

#include "hostendpoint.h"
#include "reachability.h"
#include "sshhostkeys.h"
#include "tlsdiagnosis.h"
#include "../hosturi.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

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

virConnectPtr openHost(const QString &uri, unsigned int flags, ConnectFailure *failure)
{
    const std::optional<HostEndpoint> endpoint = hostEndpoint(uri);
    if (endpoint && !endpoint->proxied && !probeTcp(*endpoint, kReachTimeoutMs, &failure->reason)) {
        failure->issue = ConnectIssue::Network;
        return nullptr;
    }
    if (virConnectPtr conn = openWithoutPrompts(uri.toUtf8(), flags))
        return conn;
    const int code = lastErrorCode();
    const QString message = lastError();
    const bool openSsh = endpoint && endpoint->transport == u"ssh";
    const QString transport = endpoint ? endpoint->transport : QString();
    const bool knownKey = openSsh && hasKnownHostKey(*endpoint);
    *failure = classifyConnectFailure(transport, code, message, knownKey);
    if (transport == u"tls" && (isServerCertificateRejected(message) || isClientCertificateRejected(message))) {
        const TlsClientFiles files = tlsClientFiles(uri);
        const QString detail = isServerCertificateRejected(message) ? diagnoseServerCertificate(*endpoint, files)
                                                                    : describeClientCertificate(files);
        *failure = classifyConnectFailure(transport, code, message, false, detail);
    }
    // The key to compare with the host's own before trusting it.
    if (openSsh && canScanHostKeys(*endpoint)
        && (failure->issue == ConnectIssue::HostKeyUnknown || failure->issue == ConnectIssue::HostKeyChanged)) {
        QString scanError;
        const QList<SshHostKey> keys = scanHostKeys(*endpoint, &scanError);
        if (!keys.isEmpty()) {
            *failure = classifyConnectFailure(transport, code, message, knownKey,
                                              u"%1 (%2)"_s.arg(keys.first().fingerprint, keys.first().type));
            failure->hostKeyFingerprint = keys.first().fingerprint;
        }
    }
    return nullptr;
}

bool isAuthError(int code)
{
    return code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED
           || code == VIR_ERR_AUTH_UNAVAILABLE;
}

} // namespace Vigil::Virt
