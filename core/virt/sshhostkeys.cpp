#include "sshhostkeys.h"

#include "boundedrun.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};

// The name OpenSSH looks up in known_hosts: "host", or "[host]:port" off 22.
QString knownHostsName(const HostEndpoint &endpoint)
{
    return endpoint.port == 22 ? endpoint.host : u"[%1]:%2"_s.arg(endpoint.host).arg(endpoint.port);
}

int preference(const QString &type)
{
    static const QStringList order{u"ssh-ed25519"_s, u"ecdsa-sha2-nistp256"_s, u"ecdsa-sha2-nistp384"_s,
                                   u"ecdsa-sha2-nistp521"_s, u"rsa-sha2-512"_s, u"ssh-rsa"_s};
    const qsizetype index = order.indexOf(type);
    return index < 0 ? int(order.size()) : int(index);
}

} // namespace

QString sshFingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return u"SHA256:"_s + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QList<SshHostKey> scanHostKeys(const HostEndpoint &endpoint, QString *error)
{
    QStringList args{u"-T"_s, u"5"_s, u"-p"_s, QString::number(endpoint.port)};
    if (endpoint.hashKnownHosts)
        args << u"-H"_s;
    args << u"--"_s << endpoint.host;
    const BoundedRun scan = runBounded(u"ssh-keyscan"_s, args, 10000);
    if (!scan.finished) {
        *error = Text::tr("ssh-keyscan %1 did not finish within 10 s").arg(endpoint.display());
        return {};
    }
    QList<SshHostKey> keys;
    const QList<QByteArray> lines = scan.output.split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 3)
            continue;
        keys.append({QString::fromLatin1(fields.at(1)), sshFingerprint(QByteArray::fromBase64(fields.at(2))),
                     line.simplified()});
    }
    std::stable_sort(keys.begin(), keys.end(), [](const SshHostKey &a, const SshHostKey &b) {
        return preference(a.type) < preference(b.type);
    });
    if (keys.isEmpty())
        *error = Text::tr("%1 offered no SSH host key (is it an SSH server?)").arg(endpoint.display());
    return keys;
}

bool canScanHostKeys(const HostEndpoint &endpoint)
{
    return endpoint.transport == u"ssh" && !endpoint.proxied && endpoint.hostKeyAlias.isEmpty();
}

bool hasKnownHostKey(const HostEndpoint &endpoint)
{
    if (!QFileInfo::exists(endpoint.knownHostsFile))
        return false;
    return runBounded(u"ssh-keygen"_s, {u"-F"_s, knownHostsName(endpoint), u"-f"_s, endpoint.knownHostsFile}, 5000)
        .succeeded();
}

bool trustHostKey(const HostEndpoint &endpoint, const QString &fingerprint, QString *error)
{
    if (!canScanHostKeys(endpoint)) {
        *error = Text::tr("%1 is reached through a proxy or under a HostKeyAlias: Vigil cannot read its key the way "
                          "ssh sees it; connect once with ssh in a terminal to trust it")
                     .arg(endpoint.display());
        return false;
    }
    const QList<SshHostKey> keys = scanHostKeys(endpoint, error);
    if (keys.isEmpty())
        return false;
    // Only the key the admin compared: ssh-keyscan reads each key type over
    // its own connection, and the others were never shown to anyone.
    const auto offered = std::find_if(keys.cbegin(), keys.cend(),
                                      [&](const SshHostKey &key) { return key.fingerprint == fingerprint; });
    if (offered == keys.cend()) {
        *error = Text::tr("%1 no longer offers the key %2 (it offers %3): nothing was trusted")
                     .arg(endpoint.display(), fingerprint, keys.first().fingerprint);
        return false;
    }
    const QFileInfo file(endpoint.knownHostsFile);
    if (!QDir().mkpath(file.absolutePath())) {
        *error = Text::tr("cannot create %1").arg(file.absolutePath());
        return false;
    }
    if (file.dir().dirName() == u".ssh")   // as ssh makes it: the owner's only
        QFile::setPermissions(file.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile out(endpoint.knownHostsFile);
    if (!out.open(QIODevice::Append | QIODevice::Text)) {
        *error = Text::tr("cannot write %1: %2").arg(endpoint.knownHostsFile, out.errorString());
        return false;
    }
    if (out.write(offered->knownHostsLine + '\n') < 0 || !out.flush()) {
        *error = Text::tr("cannot write %1: %2").arg(endpoint.knownHostsFile, out.errorString());
        return false;
    }
    return true;
}

} // namespace Vigil::Virt
