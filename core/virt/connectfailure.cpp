#include "connectfailure.h"

#include "openconnection.h"
#include "../credentials/credentialsfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};

bool has(const QString &message, const char *text)
{
    return message.contains(QLatin1String(text), Qt::CaseInsensitive);
}

QString notRetrying()
{
    return Text::tr("Vigil tries again in 10 minutes, or at once when you reconnect the host or change it.");
}

QString waitingForLogin()
{
    return Text::tr("Vigil tries again as soon as the login changes, or when you reconnect the host.");
}

} // namespace

QString oneLine(const QString &message)
{
    QStringList kept;
    static const QRegularExpression lineBreak(u"[\\r\\n]+"_s);
    for (const QString &line : message.split(lineBreak)) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u"@@@"))
            continue;
        kept.append(trimmed);
    }
    QString text = kept.join(u"; ");
    // How libvirt wraps what ssh printed before it hung up.
    static const QLatin1String prefix("Cannot recv data: "), suffix(": Connection reset by peer");
    if (text.startsWith(prefix) && text.endsWith(suffix) && text.size() > prefix.size() + suffix.size())
        text = text.mid(prefix.size(), text.size() - prefix.size() - suffix.size());
    return text;
}

ConnectFailure classifyConnectFailure(const QString &transport, int code, const QString &message,
                                      bool knownKey, const QString &detail, const LoginReport &login)
{
    const QString text = oneLine(message);
    const bool ssh = transport == u"ssh" || transport == u"libssh" || transport == u"libssh2";
    ConnectFailure failure;
    failure.reason = text;
    const QString offered = detail.isEmpty() ? QString() : Text::tr("; it offers %1").arg(detail);

    // OpenSSH in batch mode; libssh and libssh2 through libvirt's own checks.
    const bool keyChanged = has(text, "REMOTE HOST IDENTIFICATION HAS CHANGED") || has(text, "differs from stored identity")
                            || has(text, "host key for server changed") || has(text, "Host key mismatch");
    // libssh asked to accept a key it did not know, and it was not the one
    // the admin accepted: said by what was asked, not by libvirt's
    // (translated) words.
    const bool keyUnknown = (!login.offeredHostKey.isEmpty() && !login.hostKeyAccepted)
                            || has(text, "failed to retrieve decision to accept host key")
                            || has(text, "No matching host key") || has(text, "host key is known for")
                            || (isHostKeyRejected(text) && !knownKey);
    if (ssh && (keyChanged || (isHostKeyRejected(text) && knownKey))) {
        failure.issue = ConnectIssue::HostKeyChanged;
        failure.needsAdmin = true;
        failure.reason = Text::tr("the host's SSH key is not the one trusted for it (%1)%2. A reinstalled host "
                                  "has a new key; anything else may be an attack. If the change is expected, "
                                  "remove the old key (ssh-keygen -R HOST, or -R '[HOST]:PORT' off port 22) and trust "
                                  "the new one. %3")
                             .arg(text, offered, notRetrying());
        return failure;
    }
    if (ssh && keyUnknown) {
        failure.issue = ConnectIssue::HostKeyUnknown;
        failure.needsAdmin = true;
        // OpenSSH, or libssh with the key it asked about: the admin can trust it.
        failure.reason = transport == u"ssh" || !login.offeredHostKey.isEmpty()
            ? Text::tr("the host's SSH key is not trusted on this machine yet%1. Compare it with the host's own "
                       "(on the host: ssh-keygen -lf /etc/ssh/ssh_host_TYPE_key.pub), then trust it: Host ▸ Trust "
                       "Host Key in the console, or vigilctl hosts trust NAME. %2")
                  .arg(offered, notRetrying())
            : Text::tr("the host's SSH key is not in libvirt's own known_hosts for %1 (%2; ~/.config/libvirt/"
                       "known_hosts, not ssh's). Compare the key with the host's own, then add it there (or connect "
                       "once with virsh -c URI in a terminal and accept it). %3")
                  .arg(transport, text, notRetrying());
        return failure;
    }
    // TLS, before the login check: libvirt reports a rejected server
    // certificate as an authentication failure.
    const bool tls = transport == u"tls";
    if (tls && isServerCertificateRejected(text)) {
        failure.issue = ConnectIssue::Certificate;
        failure.needsAdmin = true;
        failure.reason = Text::tr("the host's TLS certificate failed this machine's check: %1. %2")
                             .arg(detail.isEmpty() ? Text::tr("it may not name the host as the URI does, not be signed "
                                                              "by this machine's CA certificate, or have expired")
                                                   : detail,
                                  notRetrying());
        return failure;
    }
    if (tls && isClientCertificateRejected(text)) {
        failure.issue = ConnectIssue::Certificate;
        failure.needsAdmin = true;
        failure.reason = Text::tr("the host ended the TLS session at once: it did not accept this machine's client "
                                  "certificate (%1). %2")
                             .arg(detail, notRetrying());
        return failure;
    }
    if (tls && (has(text, "Cannot read CA certificate") || has(text, "Cannot read certificate")
                || has(text, "Our own certificate") || has(text, "Cannot read private key"))) {
        failure.issue = ConnectIssue::Certificate;
        failure.needsAdmin = true;
        failure.reason = Text::tr("%1 (libvirt's TLS files for this host: the CA certificate that signed the hosts' "
                                  "certificates, and this machine's certificate and key signed by the CA the hosts "
                                  "trust; pkipath=DIR in the URI says where they are). %2")
                             .arg(text, notRetrying());
        return failure;
    }
    // What the host asked for and Vigil could not answer, or answered wrong.
    if (login.loginMissing) {
        failure.issue = ConnectIssue::CredentialsNeeded;
        failure.needsAdmin = true;
        failure.waitsForLogin = true;
        failure.reason = Text::tr("the host asks for a login Vigil does not have for this URI (\"%1\"). Log in "
                                  "with Host ▸ Log In… in the console (it can remember the login in the desktop "
                                  "keyring), or add a [URI] section with user and password to the credentials file "
                                  "vigilctl and the agent read (%2, or --credentials FILE). %3")
                             .arg(login.prompt, defaultCredentialsPath(), waitingForLogin());
        return failure;
    }
    if (login.askedForLogin && (login.loginRepeated || isAuthError(code))) {
        failure.issue = ConnectIssue::AuthRefused;
        failure.needsAdmin = true;
        // Each retry with the same login is one more failed login in the
        // host's log (faillock, fail2ban): none until it changes.
        failure.waitsForLogin = true;
        failure.reason = Text::tr("the host refused the login Vigil has for this URI (%1). Correct it with Host ▸ "
                                  "Log In… in the console, or in the credentials file vigilctl and the agent read "
                                  "(%3, or --credentials FILE). %2")
                             .arg(login.loginRepeated ? Text::tr("it asked again for the same password") : text,
                                  waitingForLogin(), defaultCredentialsPath());
        return failure;
    }
    const bool loginRefused = isAuthError(code) || has(text, "Permission denied (")
                              || has(text, "Too many authentication failures")
                              || has(text, "authentication failed") || has(text, "Authentication failure");
    if (loginRefused) {
        failure.issue = ConnectIssue::AuthRefused;
        failure.needsAdmin = true;
        const QString advice = ssh
            ? Text::tr("Vigil never types passwords into ssh: load a key into ssh-agent or ~/.ssh and "
                       "authorize it on the host (ssh-copy-id), or log in with a password over "
                       "qemu+libssh:// instead.")
            : Text::tr("Check the client certificate or the SASL credentials libvirt uses for this host.");
        failure.reason = Text::tr("the host refused the login (%1). %2 %3").arg(text, advice, notRetrying());
        return failure;
    }
    if (has(text, "Connection refused") || has(text, "No route to host") || has(text, "Connection timed out")
        || has(text, "Network is unreachable") || has(text, "Could not resolve hostname")
        || has(text, "Name or service not known")) {
        failure.issue = ConnectIssue::Network;
        return failure;
    }
    return failure;
}

bool isHostKeyRejected(const QString &message)
{
    return has(message, "Host key verification failed");
}

bool isServerCertificateRejected(const QString &message)
{
    return has(message, "Failed to verify peer's certificate");
}

bool isClientCertificateRejected(const QString &message)
{
    return has(message, "Unable to read TLS confirmation");
}

} // namespace Vigil::Virt
