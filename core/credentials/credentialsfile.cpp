#include "credentialsfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Vigil {
namespace {

constexpr qint64 kMaxCredentialsFileBytes = 1024 * 1024;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::CredentialsFile)
};

// Owned by this user, no permission for anyone else; the systemd credentials
// directory is private to the service by construction. Checked on the
// descriptor that is then read, so the file cannot be swapped in between.
QString permissionProblem(const QString &path, const struct stat &info)
{
    if (!S_ISREG(info.st_mode))
        return Text::tr("%1 is not a regular file").arg(path);
    if (info.st_uid != ::geteuid())
        return Text::tr("%1 belongs to another user (uid %2); it must be this user's own: chown %3 %1")
            .arg(path).arg(info.st_uid).arg(::geteuid());
    if ((info.st_mode & 077) != 0)
        return Text::tr("%1 can be read or changed by other users (mode %2): chmod 600 %1. Vigil reads no "
                        "password from it until then")
            .arg(path, u"%1"_s.arg(info.st_mode & 0777, 4, 8, QLatin1Char('0')));
    return {};
}

} // namespace

QString defaultCredentialsPath()
{
    const QString systemd = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    if (!systemd.isEmpty())
        return systemd + u"/vigil-hosts"_s;
    return u"/etc/vigil/host-credentials"_s;
}

CredentialsFile readCredentialsFile(const QString &path, bool required)
{
    CredentialsFile result;
    // Not a symbolic link: its target's permissions are not the link's.
    // Nor a FIFO someone put there: O_NONBLOCK, so opening it cannot wait
    // for a writer (it is then refused as not a regular file).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        const int error = errno;
        // The default file is root's: another user running vigilctl simply
        // has none (and hears nothing about it) unless it named one.
        if (!required && (error == ENOENT || error == EACCES))
            return result;
        result.error = error == ENOENT ? Text::tr("%1 does not exist").arg(path)
                     : error == ELOOP  ? Text::tr("%1 is a symbolic link; name the file itself").arg(path)
                                       : Text::tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(strerror(error)));
        return result;
    }
    struct stat info {};
    if (::fstat(fd, &info) != 0 || (!required && info.st_uid != ::geteuid())) {
        ::close(fd);
        if (required)
            result.error = Text::tr("cannot read %1").arg(path);
        return result;
    }
    if (const QString problem = permissionProblem(path, info); !problem.isEmpty()) {
        ::close(fd);
        result.error = problem;
        return result;
    }
    // A few logins take a few hundred bytes; anything huge is a mistake.
    if (info.st_size > kMaxCredentialsFileBytes) {
        ::close(fd);
        result.error = Text::tr("%1 is larger than %2 KiB: not a credentials file").arg(path).arg(kMaxCredentialsFileBytes / 1024);
        return result;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        result.error = Text::tr("cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    QString section;
    int lineNumber = 0;
    QHash<QString, int> sectionLines;   // where each URI's section starts
    QSet<QString> keysSeen;             // in the current section
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        const auto fail = [&](const QString &error) {
            result.error = error;
            result.logins.clear();
            return result;
        };
        if (line.startsWith(u'[')) {
            if (!line.endsWith(u']'))
                return fail(Text::tr("%1, line %2: a section header ends with \"]\"").arg(path).arg(lineNumber));
            section = line.mid(1, line.size() - 2).trimmed();
            if (section.isEmpty())
                return fail(Text::tr("%1, line %2: a section needs a host URI: [qemu+tcp://…]").arg(path).arg(lineNumber));
            // Two logins for one URI: which one is meant cannot be guessed.
            if (sectionLines.contains(section))
                return fail(Text::tr("%1, line %2: a second section for the same URI (the first is at line %3)")
                                .arg(path).arg(lineNumber).arg(sectionLines.value(section)));
            sectionLines.insert(section, lineNumber);
            keysSeen.clear();
            result.logins.insert(section, {});
            continue;
        }
        // Values are never quoted back: a typo in a password line must not
        // print the password.
        const qsizetype equals = line.indexOf(u'=');
        const QString key = equals < 0 ? QString() : line.left(equals).trimmed();
        if (section.isEmpty() || (key != u"user" && key != u"password")) {
            return fail(section.isEmpty()
                ? Text::tr("%1, line %2: expected a [URI] section first").arg(path).arg(lineNumber)
                : Text::tr("%1, line %2: expected \"user = …\" or \"password = …\"").arg(path).arg(lineNumber));
        }
        if (keysSeen.contains(key))
            return fail(Text::tr("%1, line %2: a second \"%3\" line in this section").arg(path).arg(lineNumber).arg(key));
        keysSeen.insert(key);
        const QString value = line.mid(equals + 1).trimmed();
        HostCredentials &login = result.logins[section];
        (key == u"user" ? login.user : login.password) = value;
    }
    return result;
}

} // namespace Vigil
