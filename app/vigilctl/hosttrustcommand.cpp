#include "hosttrustcommand.h"

#include "clicommands.h"
#include "core/session.h"
#include "core/virt/libsshhostkeys.h"
#include "core/virt/sshhostkeys.h"

#include <QObject>

namespace Vigil::Cli {
namespace {

// What to do with a key the host offers, for OpenSSH and libssh alike.
void printCompareThenTrust(QTextStream &out, const QString &name, const QString &fingerprint)
{
    out << QObject::tr("Compare with the host's own (on the host: for k in /etc/ssh/ssh_host_*_key.pub; do "
                       "ssh-keygen -lf $k; done), then trust it:")
        << Qt::endl
        << QStringLiteral("  vigilctl hosts trust %1 --fingerprint %2").arg(name, fingerprint) << Qt::endl;
}

// libssh and libssh2 keep libvirt's own known_hosts: the key is read and
// recorded by opening the host.
int trustLibssh(const QString &name, const QString &uri, const QString &fingerprint, QTextStream &out,
                QTextStream &err)
{
    QString error;
    if (fingerprint.isEmpty()) {
        const QString offered = Virt::offeredLibsshHostKey(uri, &error);
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return ExitPartial;
        }
        if (offered.isEmpty()) {
            out << QObject::tr("%1's host key is trusted already (libvirt's known_hosts)").arg(name) << Qt::endl;
            return ExitOk;
        }
        out << QObject::tr("%1 offers this SSH host key: %2").arg(name, offered) << Qt::endl;
        printCompareThenTrust(out, name, offered);
        return ExitOk;
    }
    if (!Virt::trustLibsshHostKey(uri, fingerprint, &error)) {
        err << QObject::tr("not trusted: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    out << QObject::tr("trusted %1 for %2 in libvirt's known_hosts; a running console or agent connects on its "
                       "next attempt (within 10 minutes; Reconnect in the console at once)")
               .arg(fingerprint, name)
        << Qt::endl;
    return ExitOk;
}

} // namespace

int hostsTrust(Session &session, const QString &name, const QString &fingerprint, QTextStream &out,
               QTextStream &err)
{
    const auto config = session.hostRepository().findByName(name);
    if (!config) {
        err << QObject::tr("no host named \"%1\"").arg(name) << Qt::endl;
        return ExitUsage;
    }
    const std::optional<Virt::HostEndpoint> endpoint = Virt::hostEndpoint(config->uri);
    if (!endpoint || !endpoint->usesSsh()) {
        err << QObject::tr("%1 is not reached over ssh (%2): only ssh hosts have host keys to trust; TLS hosts "
                           "are trusted through their CA certificate")
                   .arg(name, config->uri)
            << Qt::endl;
        return ExitUsage;
    }
    if (endpoint->transport != u"ssh")
        return trustLibssh(name, config->uri, fingerprint, out, err);
    if (!Virt::canScanHostKeys(*endpoint)) {
        err << QObject::tr("%1 (%2) is reached through a proxy or a HostKeyAlias: Vigil cannot read its key "
                           "the way ssh checks it. Connect once with ssh after comparing its fingerprint.")
                   .arg(name, config->uri)
            << Qt::endl;
        return ExitUsage;
    }
    if (fingerprint.isEmpty()) {
        QString error;
        const QList<Virt::SshHostKey> keys = Virt::scanHostKeys(*endpoint, &error);
        if (keys.isEmpty()) {
            err << error << Qt::endl;
            return ExitPartial;
        }
        out << QObject::tr("%1 (%2) offers these SSH host keys:").arg(name, endpoint->display()) << Qt::endl;
        for (const Virt::SshHostKey &key : keys)
            out << QStringLiteral("  %1  %2").arg(key.fingerprint, key.type) << Qt::endl;
        printCompareThenTrust(out, name, keys.first().fingerprint);
        return ExitOk;
    }
    QString error;
    if (!Virt::trustHostKey(*endpoint, fingerprint, &error)) {
        err << QObject::tr("not trusted: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    out << QObject::tr("trusted %1 for %2 in %3; a running console or agent connects on its next attempt "
                       "(within 10 minutes; Reconnect in the console at once)")
               .arg(fingerprint, name, endpoint->knownHostsFile)
        << Qt::endl;
    return ExitOk;
}

} // namespace Vigil::Cli
