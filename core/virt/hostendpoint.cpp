#include "hostendpoint.h"

#include "boundedrun.h"
#include "../hosturi.h"

#include <QDir>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

// OpenSSH's effective configuration for this destination, or empty when ssh
// is missing or slow (then the URI's own values are used).
QHash<QString, QString> sshConfig(const QString &host, int port, const QString &user)
{
    QStringList args{u"-G"_s};
    if (port > 0)
        args << u"-p"_s << QString::number(port);
    if (!user.isEmpty())
        args << u"-l"_s << user;
    args << u"--"_s << host;
    const BoundedRun ssh = runBounded(u"ssh"_s, args, 3000);
    if (!ssh.succeeded())
        return {};
    QHash<QString, QString> config;
    const QList<QByteArray> lines = ssh.output.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype space = line.indexOf(' ');
        if (space > 0)
            config.insert(QString::fromUtf8(line.left(space)), QString::fromUtf8(line.mid(space + 1)).trimmed());
    }
    return config;
}

// OpenSSH's "~" is the account's home from the password database, not $HOME.
QString sshHome()
{
    const passwd *account = getpwuid(getuid());
    return account && account->pw_dir ? QString::fromLocal8Bit(account->pw_dir) : QDir::homePath();
}

QString expandHome(QString path)
{
    if (path.startsWith(u"~/"))
        path.replace(0, 1, sshHome());
    return path;
}

} // namespace

QString HostEndpoint::display() const
{
    const bool v6 = host.contains(u':');   // a name never has one
    return (v6 ? u"[%1]:%2"_s : u"%1:%2"_s).arg(host).arg(port);
}

std::optional<HostEndpoint> hostEndpoint(const QString &uri)
{
    const UriCheck check = checkLibvirtUri(uri);
    if (!check.ok || !check.isRemote())
        return std::nullopt;
    const QUrl url(uri);
    HostEndpoint endpoint;
    // A host name without a transport means TLS (libvirt's default).
    endpoint.transport = check.transport.isEmpty() ? u"tls"_s : check.transport;
    endpoint.host = url.host();
    endpoint.user = url.userName();
    if (endpoint.transport == u"tls")
        endpoint.port = url.port(16514);
    else if (endpoint.transport == u"tcp")
        endpoint.port = url.port(16509);
    else
        endpoint.port = url.port(22);
    if (endpoint.transport == u"ssh" || endpoint.transport == u"libssh") {
        const QHash<QString, QString> config = sshConfig(endpoint.host, url.port(-1), endpoint.user);
        if (!config.isEmpty()) {
            endpoint.host = config.value(u"hostname"_s, endpoint.host);
            endpoint.port = config.value(u"port"_s).toInt() > 0 ? config.value(u"port"_s).toInt() : endpoint.port;
            endpoint.user = config.value(u"user"_s, endpoint.user);
            endpoint.proxied = config.contains(u"proxycommand"_s) || config.contains(u"proxyjump"_s);
            endpoint.knownHostsFile = expandHome(config.value(u"userknownhostsfile"_s).section(u' ', 0, 0));
            endpoint.hashKnownHosts = config.value(u"hashknownhosts"_s) == u"yes";
            endpoint.hostKeyAlias = config.value(u"hostkeyalias"_s);
        }
    }
    if (endpoint.usesSsh() && endpoint.knownHostsFile.isEmpty())
        endpoint.knownHostsFile = sshHome() + u"/.ssh/known_hosts"_s;
    return endpoint;
}

} // namespace Vigil::Virt
