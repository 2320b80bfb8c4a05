#include "openconnection.h"

#include "eventloop.h"
#include "hostendpoint.h"
#include "reachability.h"
#include "sshhostkeys.h"
#include "tlsdiagnosis.h"
#include "../hosturi.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {

QByteArray withoutTerminal(const QByteArray &uri)
{
    const UriCheck check = checkLibvirtUri(QString::fromUtf8(uri));
    if (check.transport != u"ssh" || QUrlQuery(QUrl(QString::fromUtf8(uri))).hasQueryItem(QStringLiteral("no_tty")))
        return uri;
    return uri + (uri.contains('?') ? "&no_tty=1" : "?no_tty=1");
}

virConnectPtr openWithoutPrompts(const QByteArray &uri, unsigned int flags, LoginReport *report)
{
    // libvirt's quiet error handler and event loop, whoever opens first.
    ensureEventLoopRunning();
    LoginAnswers answers(QString::fromUtf8(uri));
    virConnectPtr conn = virConnectOpenAuth(withoutTerminal(uri).constData(), answers.auth(), flags);
    if (report)
        *report = answers.report();
    return conn;
}

virConnectPtr openWithKeepAlive(const QByteArray &uri, int interval, int count)
{
    virConnectPtr conn = openWithoutPrompts(uri);
    if (conn && interval > 0 && virConnectSetKeepAlive(conn, interval, unsigned(std::max(1, count))) < 0)
        virResetLastError();
    return conn;
}

virConnectPtr openHost(const QString &uri, unsigned int flags, ConnectFailure *failure)
{
    const std::optional<HostEndpoint> endpoint = hostEndpoint(uri);
    if (endpoint && !endpoint->proxied && !probeTcp(*endpoint, kReachTimeoutMs, &failure->reason)) {
        failure->issue = ConnectIssue::Network;
        return nullptr;
    }
    LoginReport login;
    if (virConnectPtr conn = openWithoutPrompts(uri.toUtf8(), flags, &login))
        return conn;
    const int code = lastErrorCode();
    const QString message = lastError();
    const QString transport = endpoint ? endpoint->transport : QString();
    // What libvirt does not say, looked up only for the failures that need
    // it: known_hosts and the offered key when OpenSSH rejected the host key
    // (the key to compare before trusting it), the TLS check's cause.
    bool knownKey = false;
    QString detail, fingerprint;
    if (transport == u"ssh" && isHostKeyRejected(message)) {
        knownKey = hasKnownHostKey(*endpoint);
        QString scanError;
        const QList<SshHostKey> keys = canScanHostKeys(*endpoint) ? scanHostKeys(*endpoint, &scanError)
                                                                 : QList<SshHostKey>();
        if (!keys.isEmpty()) {
            fingerprint = keys.first().fingerprint;
            detail = u"%1 (%2)"_s.arg(fingerprint, keys.first().type);
        }
    } else if (transport == u"tls" && isServerCertificateRejected(message)) {
        detail = diagnoseServerCertificate(*endpoint, tlsClientFiles(uri));
    } else if (transport == u"tls" && isClientCertificateRejected(message)) {
        detail = describeClientCertificate(tlsClientFiles(uri));
    }
    if (!login.offeredHostKey.isEmpty() && !login.hostKeyAccepted) {
        // libssh asked to accept a key it did not know: the admin decides.
        fingerprint = login.offeredHostKey;
        detail = fingerprint;
    }
    *failure = classifyConnectFailure(transport, code, message, knownKey, detail, login);
    failure->hostKeyFingerprint = fingerprint;
    return nullptr;
}

bool isAuthError(int code)
{
    return code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED
           || code == VIR_ERR_AUTH_UNAVAILABLE;
}

} // namespace Vigil::Virt
