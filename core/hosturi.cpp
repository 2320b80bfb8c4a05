#include "hosturi.h"

#include <QHostAddress>

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Vigil {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::HostUri)
};

const QStringList &knownDrivers()
{
    static const QStringList drivers{u"qemu"_s, u"test"_s, u"lxc"_s, u"xen"_s,
                                     u"libxl"_s, u"vbox"_s, u"bhyve"_s, u"ch"_s,
                                     u"vz"_s, u"openvz"_s, u"esx"_s, u"gsx"_s,
                                     u"vpx"_s, u"hyperv"_s};
    return drivers;
}

const QStringList &knownTransports()
{
    // Not "ext": it runs an arbitrary local command (whoever can write the
    // database would run code as the agent, root under systemd).
    static const QStringList transports{u"tls"_s, u"tcp"_s, u"ssh"_s, u"libssh"_s,
                                        u"libssh2"_s, u"unix"_s};
    return transports;
}

} // namespace

UriCheck checkLibvirtUri(const QString &uri)
{
    UriCheck result;
    const QString text = uri.trimmed();
    if (text.isEmpty()) {
        result.error = Text::tr("The URI is empty.");
        return result;
    }
    if (text != uri || text.contains(QLatin1Char(' '))) {
        result.error = Text::tr("The URI must not contain spaces.");
        return result;
    }
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        result.error = Text::tr("The URI has no scheme; expected e.g. qemu+ssh://host/system.");
        return result;
    }
    const QString scheme = text.left(colon).toLower();
    const QStringList parts = scheme.split(QLatin1Char('+'));
    if (parts.size() > 2) {
        result.error = Text::tr("The scheme \"%1\" has more than one transport.").arg(scheme);
        return result;
    }
    result.driver = parts.at(0);
    result.transport = parts.size() == 2 ? parts.at(1) : QString();
    if (!knownDrivers().contains(result.driver)) {
        result.error = Text::tr("Unknown hypervisor driver \"%1\" (known: %2).")
                           .arg(result.driver, knownDrivers().join(u", "));
        return result;
    }
    if (result.transport == u"ext") {
        result.error = Text::tr("The ext transport runs a local command and is not accepted; use ssh, tls or tcp.");
        return result;
    }
    if (!result.transport.isEmpty() && !knownTransports().contains(result.transport)) {
        result.error = Text::tr("Unknown transport \"%1\" (known: %2).")
                           .arg(result.transport, knownTransports().join(u", "));
        return result;
    }
    if (!text.mid(colon).startsWith(u"://")) {
        result.error = Text::tr("Expected \"://\" after the scheme.");
        return result;
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        result.error = Text::tr("The URI is malformed: %1").arg(url.errorString());
        return result;
    }
    if (!url.password().isEmpty()) {
        result.error = Text::tr("The URI contains a password. Vigil never stores passwords: use SSH keys, "
                          "TLS certificates or SASL credentials configured for libvirt.");
        return result;
    }
    // libvirt runs `command` instead of ssh/nc: a stored URI must not choose
    // what this machine executes.
    // libvirt matches parameter names ignoring case, after decoding.
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        for (const char *parameter : {"command", "netcat"}) {
            if (name.compare(QLatin1String(parameter), Qt::CaseInsensitive) == 0) {
                result.error = Text::tr("The URI parameter \"%1\" makes libvirt run a program and is not accepted.")
                                   .arg(QLatin1String(parameter));
                return result;
            }
        }
    }
    result.host = url.host();
    if (url.port() == 0 || url.port() > 65535) {
        result.error = Text::tr("The port must be between 1 and 65535.");
        return result;
    }

    const bool networkTransport = !result.transport.isEmpty() && result.transport != u"unix"
                                  && result.transport != u"ext";
    if (networkTransport && result.host.isEmpty()) {
        result.error = Text::tr("The transport \"%1\" needs a host name, e.g. %2+%1://server/...")
                           .arg(result.transport, result.driver);
        return result;
    }
    // Without a transport, a host name means TLS to that host: accept it.

    const QString path = url.path();
    if (result.driver == u"qemu" || result.driver == u"lxc" || result.driver == u"ch") {
        static const QStringList paths{u"/system"_s, u"/session"_s, u"/embed"_s};
        if (!paths.contains(path)) {
            result.error = Text::tr("The %1 driver needs the path /system or /session, not \"%2\".")
                               .arg(result.driver, path.isEmpty() ? Text::tr("(none)") : path);
            return result;
        }
    } else if (result.driver == u"test") {
        if (path.isEmpty() || path == u"/") {
            result.error = Text::tr("The test driver needs /default or the absolute path of a node "
                              "file, e.g. test:///default.");
            return result;
        }
    }
    result.ok = true;
    return result;
}

bool isOnThisMachine(const QString &uri)
{
    const QString host = checkLibvirtUri(uri).host;
    if (host.isEmpty() || host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    return QHostAddress(host.startsWith(u'[') ? host.mid(1, host.size() - 2) : host).isLoopback();
}

} // namespace Vigil
