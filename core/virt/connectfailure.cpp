#include "connectfailure.h"

#include "openconnection.h"

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
    return Text::tr("Vigil does not retry until you reconnect the host or change it.");
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
                                      bool knownKey, const QString &offeredKey)
{
    const QString text = oneLine(message);
    const bool ssh = transport == u"ssh" || transport == u"libssh" || transport == u"libssh2";
    ConnectFailure failure;
    failure.reason = text;
    const QString offered = offeredKey.isEmpty() ? QString() : Text::tr("; it offers %1").arg(offeredKey);

    // OpenSSH in batch mode; libssh and libssh2 through libvirt's own checks.
    const bool keyChanged = has(text, "REMOTE HOST IDENTIFICATION HAS CHANGED") || has(text, "differs from stored identity")
                            || has(text, "host key for server changed") || has(text, "Host key mismatch");
    const bool keyUnknown = has(text, "failed to retrieve decision to accept host key")
                            || has(text, "No matching host key") || has(text, "host key is known for")
                            || (has(text, "Host key verification failed") && !knownKey);
    if (ssh && (keyChanged || (has(text, "Host key verification failed") && knownKey))) {
        failure.issue = ConnectIssue::HostKeyChanged;
        failure.retry = false;
        failure.reason = Text::tr("the host's SSH key is not the one trusted for it (%1)%2. A reinstalled host "
                                  "has a new key; anything else may be an attack. If the change is expected, "
                                  "remove the old key (ssh-keygen -R HOST) and trust the new one. %3")
                             .arg(text, offered, notRetrying());
        return failure;
    }
    if (ssh && keyUnknown) {
        failure.issue = ConnectIssue::HostKeyUnknown;
        failure.retry = false;
        failure.reason = Text::tr("the host's SSH key is not trusted on this machine yet%1. Compare it with the "
                                  "host's own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub on the host), then "
                                  "trust it: Host ▸ Trust Host Key in the console, or vigilctl hosts trust NAME. %2")
                             .arg(offered, notRetrying());
        return failure;
    }
    const bool loginRefused = isAuthError(code) || has(text, "Permission denied (")
                              || has(text, "Too many authentication failures")
                              || has(text, "authentication failed") || has(text, "Authentication failure");
    if (loginRefused) {
        failure.issue = ConnectIssue::AuthRefused;
        failure.retry = false;
        const QString advice = ssh
            ? Text::tr("Vigil never types passwords into ssh: load a key into ssh-agent or ~/.ssh and "
                       "authorize it on the host (ssh-copy-id).")
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
    // A TLS certificate problem names its cause on libvirt's stderr only;
    // the error itself is generic. Say where to look.
    if (transport == u"tls" && has(text, "TLS")) {
        failure.reason = Text::tr("%1 (check the CA certificate, the client certificate and key, and that the "
                                  "server certificate names this host)").arg(text);
    }
    return failure;
}

} // namespace Vigil::Virt
