// The mirror on another server: sftp batches to copy and delete (they work
// for sftp-only accounts too), one ssh command to have the server hash the
// copy. Every ssh and sftp call trusts only the job's pinned host key.

#include "sshmirror.h"

#include "backupjob.h"
#include "manifest.h"
#include "qemuimg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::SshMirror)
};

// The name the pinned key is filed under in the private known_hosts: ssh
// looks the server up under it whatever its address and port.
constexpr auto kHostKeyAlias = "vigil-mirror";

// A private known_hosts holding only the pinned key, for one ssh or sftp call.
class PinnedKnownHosts
{
public:
    explicit PinnedKnownHosts(const QString &hostKey)
    {
        if (m_file.open()) {
            // Type and key only: nothing after them can add a line.
            m_file.write(QByteArray(kHostKeyAlias) + ' ' + hostKey.section(u' ', 0, 1).toUtf8() + '\n');
            m_file.flush();
        }
    }
    QString path() const { return m_file.fileName(); }

private:
    QTemporaryFile m_file;
};

QStringList sshOptions(const SshMirror &mirror, const PinnedKnownHosts &knownHosts)
{
    QStringList options{u"-o"_s, u"BatchMode=yes"_s,
                        u"-o"_s, u"StrictHostKeyChecking=yes"_s,
                        u"-o"_s, u"UserKnownHostsFile="_s + knownHosts.path(),
                        u"-o"_s, u"GlobalKnownHostsFile=/dev/null"_s,
                        u"-o"_s, u"HostKeyAlias="_s + QLatin1String(kHostKeyAlias),
                        u"-o"_s, u"CheckHostIP=no"_s,
                        // Nothing may widen the pin: no DNS (SSHFP) answers,
                        // no keys from a command or learned from the server.
                        u"-o"_s, u"VerifyHostKeyDNS=no"_s,
                        u"-o"_s, u"UpdateHostKeys=no"_s,
                        u"-o"_s, u"KnownHostsCommand=none"_s,
                        u"-o"_s, u"ConnectTimeout=10"_s,
                        // A server gone silent mid-copy fails the copy within 15 s.
                        u"-o"_s, u"ServerAliveInterval=5"_s,
                        u"-o"_s, u"ServerAliveCountMax=3"_s,
                        u"-o"_s, u"LogLevel=ERROR"_s,
                        u"-o"_s, u"Port=%1"_s.arg(mirror.port)};
    if (!mirror.user.isEmpty())
        options << u"-o"_s << u"User="_s + mirror.user;
    if (!mirror.identity.isEmpty())
        options << u"-o"_s << u"IdentitiesOnly=yes"_s << u"-i"_s << mirror.identity;
    return options;
}

// A path in sftp's batch syntax: double quotes, with quotes and
// backslashes escaped. sftp takes glob characters inside quotes literally.
QString sftpQuoted(const QString &path)
{
    QString escaped;
    for (const QChar c : path) {
        if (c == u'"' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'"' + escaped + u'"';
}
// Every file in a directory: the glob outside the quotes.
QString sftpFilesIn(const QString &directory) { return sftpQuoted(directory) + u"/*"_s; }

// sftp reads its batch line by line (a line starting with "!" runs a local
// shell): no path in it may hold a line break or any other control character.
bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// A word for the server's POSIX shell.
QString shellQuoted(const QString &word)
{
    QString quoted = word;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

ToolResult runSftp(const SshMirror &mirror, const QStringList &batch, const std::atomic<bool> *cancel)
{
    const PinnedKnownHosts knownHosts(mirror.hostKey);
    QStringList arguments{u"-b"_s, u"-"_s};
    arguments << sshOptions(mirror, knownHosts) << mirror.host;
    return runTool(u"sftp"_s, u"openssh-client"_s, arguments, cancel, (batch.join(u'\n') + u'\n').toUtf8());
}

ToolResult runSsh(const SshMirror &mirror, const QString &command, const std::atomic<bool> *cancel)
{
    const PinnedKnownHosts knownHosts(mirror.hostKey);
    QStringList arguments = sshOptions(mirror, knownHosts);
    arguments << mirror.host << u"--"_s << command;
    return runTool(u"ssh"_s, u"openssh-client"_s, arguments, cancel);
}

// ssh's words for a refused key are terse; say what it means for a mirror.
QString explained(const SshMirror &mirror, const QString &error)
{
    if (error.contains(u"REMOTE HOST IDENTIFICATION HAS CHANGED"_s) || error.contains(u"Host key verification failed"_s)
        || error.contains(u"host key"_s, Qt::CaseInsensitive))
        return Text::tr("%1 did not offer the pinned host key (a different server, or its key changed): %2")
            .arg(mirror.host, error);
    return error;
}

} // namespace

QString SshMirror::url(const QString &relative) const
{
    QUrl url;
    url.setScheme(u"ssh"_s);
    url.setUserName(user);
    url.setHost(host);
    if (port != 22)
        url.setPort(port);
    url.setPath(relative.isEmpty() ? directory : QDir::cleanPath(directory + u'/' + relative), QUrl::DecodedMode);
    return url.toString();
}

bool isSshLocation(const QString &location) { return location.startsWith(u"ssh://"_s); }

bool isHostKeyLine(const QString &hostKey)
{
    const QStringList fields = hostKey.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (fields.size() < 2)
        return false;
    const QString &type = fields.at(0);
    const bool knownType = type == u"ssh-ed25519"_s || type == u"ssh-rsa"_s || type.startsWith(u"ecdsa-sha2-"_s)
        || type.startsWith(u"sk-"_s);
    const QByteArray blob = QByteArray::fromBase64(fields.at(1).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return knownType && !blob.isEmpty();
}

std::optional<SshMirror> sshMirrorOf(const BackupJob &job, QString *error)
{
    const QUrl url(job.mirror, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"ssh"_s || url.host().isEmpty() || url.hasQuery() || url.hasFragment()
        || !url.path().startsWith(u'/') || url.path() == u"/"_s) {
        *error = Text::tr("The mirror server \"%1\" is not ssh://[user@]server[:port]/absolute/directory.").arg(job.mirror);
        return std::nullopt;
    }
    if (url.host().startsWith(u'-')) {   // ssh and sftp would read it as an option
        *error = Text::tr("The mirror server \"%1\" is not a host name.").arg(url.host());
        return std::nullopt;
    }
    if (hasControlCharacter(url.path(QUrl::FullyDecoded))) {
        *error = Text::tr("The mirror directory contains a control character.");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = Text::tr("The mirror server's address contains a password; the mirror logs in with a key.");
        return std::nullopt;
    }
    SshMirror mirror;
    mirror.user = url.userName();
    mirror.host = url.host();
    mirror.port = url.port(22);
    mirror.directory = QDir::cleanPath(url.path(QUrl::FullyDecoded));
    mirror.hostKey = job.mirrorHostKey.trimmed();
    mirror.identity = job.mirrorIdentity;
    if (mirror.hostKey.isEmpty()) {
        *error = Text::tr("The mirror server's host key is not pinned: add the key that `ssh-keyscan -p %1 %2` "
                          "prints (compare its fingerprint with the server's).").arg(mirror.port).arg(mirror.host);
        return std::nullopt;
    }
    if (!isHostKeyLine(mirror.hostKey)) {
        *error = Text::tr("The mirror server's host key is not an OpenSSH public key (\"ssh-ed25519 AAAA…\").");
        return std::nullopt;
    }
    if (!mirror.identity.isEmpty() && QDir::isRelativePath(mirror.identity)) {
        *error = Text::tr("The mirror's key file must be an absolute path.");
        return std::nullopt;
    }
    return mirror;
}

FileCheck copyArtifactOverSsh(const QString &directory, const SshMirror &mirror, QString *copyUrl,
                              const std::atomic<bool> *cancel)
{
    FileCheck check;
    const QFileInfo source(directory);
    const QString relative = source.dir().dirName() + u'/' + source.fileName();
    const QString target = QDir::cleanPath(mirror.directory + u'/' + relative);
    const QString partial = target + QLatin1String(kPartialSuffix);

    // What the copy must hash to: the manifest's figures for the disks,
    // this machine's own reading for the small files it does not list.
    QFile manifestFile(QDir(directory).filePath(QLatin1String(kManifestFileName)));
    Manifest manifest;
    QString error;
    if (!manifestFile.open(QIODevice::ReadOnly) || !manifestFromJson(manifestFile.readAll(), &manifest, &error)) {
        check.message = Text::tr("the backup's manifest cannot be read: %1")
                            .arg(error.isEmpty() ? manifestFile.errorString() : error);
        return check;
    }
    QHash<QString, QString> expected;
    for (const ManifestFile &f : std::as_const(manifest.files))
        expected.insert(f.name, f.sha256);
    const QStringList files = QDir(directory).entryList(QDir::Files, QDir::Name);
    if (hasControlCharacter(relative + files.join(u'/'))) {
        check.message = Text::tr("a name in %1 contains a control character; it is not sent over sftp").arg(directory);
        return check;
    }
    for (const QString &name : files)
        if (!expected.contains(name)) {
            const QString sha = sha256OfFile(QDir(directory).filePath(name), &error, cancel);
            if (sha.isEmpty()) {
                check.message = error;
                return check;
            }
            expected.insert(name, sha);
        }

    QStringList batch;
    // sftp's mkdir makes one level: every ancestor, failures ignored ("-").
    QString made;
    for (const QString &part : QDir::cleanPath(mirror.directory + u'/' + source.dir().dirName()).split(u'/', Qt::SkipEmptyParts)) {
        made += u'/' + part;
        batch << u"-mkdir "_s + sftpQuoted(made);
    }
    batch << u"-rm "_s + sftpFilesIn(partial) << u"-rmdir "_s + sftpQuoted(partial)
          << u"mkdir "_s + sftpQuoted(partial);
    for (const QString &name : files)
        batch << u"put "_s + sftpQuoted(QDir(directory).filePath(name)) + u' ' + sftpQuoted(partial + u'/' + name);
    batch << u"-rm "_s + sftpFilesIn(target) << u"-rmdir "_s + sftpQuoted(target)
          << u"rename "_s + sftpQuoted(partial) + u' ' + sftpQuoted(target);
    const ToolResult copied = runSftp(mirror, batch, cancel);
    if (!copied.ok) {
        check.message = Text::tr("copy to %1 failed: %2").arg(mirror.url(), explained(mirror, copied.error));
        return check;
    }
    *copyUrl = mirror.url(relative);

    // The server reads its copy back itself: nothing travels twice. Names
    // relative to the copy, so that sha256sum prints them plainly.
    QStringList words{u"cd"_s, u"--"_s, shellQuoted(target), u"&&"_s, u"sha256sum"_s, u"--"_s};
    for (const QString &name : files)
        words << shellQuoted(name);
    const ToolResult hashed = runSsh(mirror, words.join(u' '), cancel);
    if (!hashed.ok) {
        check.message = Text::tr("the copy on %1 could not be checked there (sha256sum over ssh): %2")
                            .arg(mirror.host, explained(mirror, hashed.error));
        return check;
    }
    // An sftp-only account (ForceCommand internal-sftp) runs no command
    // and answers nothing.
    if (hashed.output.trimmed().isEmpty()) {
        check.message = Text::tr("%1 did not hash the copy (an sftp-only account runs no commands): "
                                 "it cannot be verified there").arg(mirror.host);
        return check;
    }
    QHash<QString, QString> remote;
    for (QString line : hashed.output.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'\\'))   // GNU marks a line whose name it escaped
            line.remove(0, 1);
        const qsizetype gap = line.indexOf(u"  "_s);
        if (gap > 0)
            remote.insert(line.mid(gap + 2), line.left(gap));
    }
    for (const QString &name : files) {
        if (remote.value(name) != expected.value(name)) {
            check.message = Text::tr("%1 on %2 is damaged: its SHA-256 there is %3, expected %4")
                                .arg(name, mirror.host, remote.value(name, Text::tr("missing")), expected.value(name));
            return check;
        }
    }
    check.ok = true;
    check.message = Text::tr("%n file(s) copied to %1 match their SHA-256 there", nullptr, int(files.size()))
                        .arg(mirror.host);
    return check;
}

bool removeCopyOverSsh(const SshMirror &mirror, const QString &copyUrl, QString *error)
{
    const QString path = QDir::cleanPath(QUrl(copyUrl).path(QUrl::FullyDecoded));
    if (!copyUrl.startsWith(mirror.url() + u'/') || !path.startsWith(mirror.directory + u'/')) {
        *error = Text::tr("%1 is not in the mirror %2; it was left alone").arg(copyUrl, mirror.url());
        return false;
    }
    const ToolResult removed = runSftp(mirror, {u"-rm "_s + sftpFilesIn(path),
                                                u"rmdir "_s + sftpQuoted(path)}, nullptr);
    // The last word is rmdir's: "No such file" when the copy was gone already.
    if (removed.ok || removed.error.section(u'\n', -1).contains(u"No such file"_s))
        return true;
    *error = Text::tr("%1 could not be deleted: %2").arg(copyUrl, explained(mirror, removed.error));
    return false;
}

} // namespace Vigil::Backup
