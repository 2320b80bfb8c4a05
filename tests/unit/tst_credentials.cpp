// Host logins: the file vigilctl and the agent read, the in-memory store
// every open answers from, and how libssh's host-key question is read.
#include "common/testsupport.h"
#include "core/credentials/credentialsfile.h"
#include "core/credentials/credentialstore.h"
#include "core/virt/connectfailure.h"
#include "core/virt/loginanswers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Vigil;
using namespace Qt::StringLiterals;

class TestCredentials : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &text, int mode)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
            return {};
        file.close();
        ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
        return path;
    }

private Q_SLOTS:
    void readsOneLoginPerUri()
    {
        const QString path = write(u"good"_s,
                                   "# hosts\n[qemu+libssh://root@hv1/system]\nuser = root\npassword = two words  \n\n"
                                   "[qemu+tcp://hv2/system]\npassword=p=q#1\n",
                                   0600);
        const CredentialsFile file = readCredentialsFile(path, true);
        QVERIFY2(file.error.isEmpty(), qPrintable(file.error));
        QCOMPARE(file.logins.size(), 2);
        QCOMPARE(file.logins.value(u"qemu+libssh://root@hv1/system"_s), (HostCredentials{u"root"_s, u"two words"_s}));
        // Everything after the first "=" is the password, "#" and "=" included.
        QCOMPARE(file.logins.value(u"qemu+tcp://hv2/system"_s).password, u"p=q#1"_s);
    }

    void refusesAFileOthersCanRead()
    {
        const QString path = write(u"open"_s, "[qemu+tcp://hv2/system]\npassword = hunter2\n", 0644);
        const CredentialsFile file = readCredentialsFile(path, true);
        QVERIFY(file.logins.isEmpty());
        QVERIFY2(file.error.contains(u"chmod 600"_s), qPrintable(file.error));
        QVERIFY2(file.error.contains(u"0644"_s), qPrintable(file.error));
        const CredentialsFile group = readCredentialsFile(write(u"group"_s, "[x]\npassword = a\n", 0640), true);
        QVERIFY(group.logins.isEmpty());
        QVERIFY(!group.error.isEmpty());
    }

    void aMistakeIsPlacedButNeverQuoted()
    {
        // A password typed on the wrong line must not be printed back.
        const QString path = write(u"typo"_s, "[qemu+tcp://hv2/system]\nuser = root\npasword = hunter2\n", 0600);
        const CredentialsFile file = readCredentialsFile(path, true);
        QVERIFY(file.logins.isEmpty());
        QVERIFY2(file.error.contains(u"line 3"_s), qPrintable(file.error));
        QVERIFY2(!file.error.contains(u"hunter2"_s), qPrintable(file.error));
        const CredentialsFile noSection = readCredentialsFile(write(u"nosection"_s, "password = hunter2\n", 0600), true);
        QVERIFY2(noSection.error.contains(u"line 1"_s) && !noSection.error.contains(u"hunter2"_s),
                 qPrintable(noSection.error));
    }

    void aSymbolicLinkOrAnotherUsersFileIsRefused()
    {
        const QString target = write(u"target"_s, "[qemu+tcp://hv2/system]\npassword = hunter2\n", 0600);
        const QString link = m_dir.filePath(u"link"_s);
        QVERIFY(QFile::link(target, link));
        const CredentialsFile linked = readCredentialsFile(link, true);
        QVERIFY(linked.logins.isEmpty());
        QVERIFY2(linked.error.contains(u"symbolic link"_s), qPrintable(linked.error));
        if (::geteuid() != 0)
            QSKIP("giving a file to another user needs root");
        QVERIFY(::chown(QFile::encodeName(target).constData(), 65534, 65534) == 0);
        const CredentialsFile named = readCredentialsFile(target, true);
        QVERIFY2(named.error.contains(u"belongs to another user"_s), qPrintable(named.error));
        // The default file of another user (root's, read by an admin's own
        // vigilctl): no logins, and nothing to complain about.
        const CredentialsFile unnamed = readCredentialsFile(target, false);
        QVERIFY(unnamed.logins.isEmpty());
        QVERIFY2(unnamed.error.isEmpty(), qPrintable(unnamed.error));
    }

    void aFifoADuplicateOrAHugeFileIsRefusedAtOnce()
    {
        // A FIFO must not block the reader (the agent's event loop) waiting
        // for a writer.
        const QString fifo = m_dir.filePath(u"fifo"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        QElapsedTimer clock;
        clock.start();
        const CredentialsFile piped = readCredentialsFile(fifo, true);
        QVERIFY(clock.elapsed() < 1000);
        QVERIFY2(piped.error.contains(u"not a regular file"_s), qPrintable(piped.error));

        const CredentialsFile twice = readCredentialsFile(
            write(u"twice"_s, "[u]\npassword = one\n\n[u]\npassword = two\n", 0600), true);
        QVERIFY(twice.logins.isEmpty());
        QVERIFY2(twice.error.contains(u"line 4"_s) && twice.error.contains(u"line 1"_s), qPrintable(twice.error));
        const CredentialsFile key = readCredentialsFile(
            write(u"key"_s, "[u]\npassword = one\npassword = two\n", 0600), true);
        QVERIFY2(key.error.contains(u"line 3"_s) && !key.error.contains(u"two"_s), qPrintable(key.error));
        const CredentialsFile open = readCredentialsFile(write(u"open-bracket"_s, "[u\npassword = x\n", 0600), true);
        QVERIFY2(open.error.contains(u"]"_s), qPrintable(open.error));

        const CredentialsFile huge = readCredentialsFile(
            write(u"huge"_s, QByteArray(2 * 1024 * 1024, '#'), 0600), true);
        QVERIFY2(huge.error.contains(u"larger than"_s), qPrintable(huge.error));
    }

    void aMissingFileIsAnErrorOnlyWhenNamed()
    {
        const QString path = m_dir.filePath(u"absent"_s);
        QVERIFY(readCredentialsFile(path, false).error.isEmpty());
        QVERIFY(readCredentialsFile(path, true).error.contains(u"does not exist"_s));
    }

    void systemdCredentialsDirectoryWins()
    {
        qputenv("CREDENTIALS_DIRECTORY", "/run/credentials/vigil-agent.service");
        QCOMPARE(defaultCredentialsPath(), u"/run/credentials/vigil-agent.service/vigil-hosts"_s);
        qunsetenv("CREDENTIALS_DIRECTORY");
        QCOMPARE(defaultCredentialsPath(), u"/etc/vigil/host-credentials"_s);
    }

    void storeSaysWhichLoginsChanged()
    {
        CredentialStore &store = CredentialStore::instance();
        store.replaceAll({{u"a"_s, {u"u"_s, u"1"_s}}, {u"b"_s, {u"u"_s, u"2"_s}}});
        QSignalSpy changed(&store, &CredentialStore::changed);
        store.replaceAll({{u"a"_s, {u"u"_s, u"1"_s}}, {u"b"_s, {u"u"_s, u"3"_s}}, {u"c"_s, {{}, u"4"_s}}});
        QCOMPARE(changed.size(), 1);
        QStringList uris = changed.first().first().toStringList();
        uris.sort();
        QCOMPARE(uris, (QStringList{u"b"_s, u"c"_s}));
        // Given again by the admin: announced, so a host that refused it tries once more.
        store.setCredentials(u"c"_s, {{}, u"4"_s});
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().toStringList(), QStringList{u"c"_s});
        store.forget(u"a"_s);
        QCOMPARE(changed.last().first().toStringList(), QStringList{u"a"_s});
        QVERIFY(!store.credentials(u"a"_s));
        store.replaceAll({});
    }

    void libsshHostKeyQuestionReadsAsAnOpenSshFingerprint()
    {
        // The lab host's key: ssh-keygen -lf prints SHA256:/tx5iI+eJ12/…
        const QString prompt = u"Accept SSH host key with hash 'fe:dc:79:88:8f:9e:27:5d:bf:8a:64:6e:bc:71:ea:4b:77:27:"
                               "b1:16:c4:d2:f8:45:8b:52:67:0e:9a:e6:b7:df' for host '10.77.0.21:22' (y/n)?"_s;
        QCOMPARE(Virt::libsshOfferedFingerprint(prompt), u"SHA256:/tx5iI+eJ12/imRuvHHqS3cnsRbE0vhFi1JnDprmt98"_s);
        QVERIFY(Virt::libsshOfferedFingerprint(u"Enter root's password for 10.77.0.21"_s).isEmpty());
        // libvirt's German question quotes it differently; the hash is the same.
        QCOMPARE(Virt::libsshOfferedFingerprint(
                     u"SSH-Hostschlüssel mit Hash »fe:dc:79:88:8f:9e:27:5d:bf:8a:64:6e:bc:71:ea:4b:77:27:b1:16:c4:d2:"
                     "f8:45:8b:52:67:0e:9a:e6:b7:df« für Host »10.77.0.21:22« (y/n) akzeptieren?"_s),
                 u"SHA256:/tx5iI+eJ12/imRuvHHqS3cnsRbE0vhFi1JnDprmt98"_s);
        // libssh2 hashes with MD5: shown as ssh-keygen -E md5 -l prints it.
        QCOMPARE(Virt::libsshOfferedFingerprint(u"Accept SSH host key with hash 'a1:b2:c3:d4:e5:f6:07:18:29:3a:4b:5c:"
                                                "6d:7e:8f:90' for host 'hv1:22' (y/n)?"_s),
                 u"MD5:a1:b2:c3:d4:e5:f6:07:18:29:3a:4b:5c:6d:7e:8f:90"_s);
    }

    void loginFailuresAreClassified()
    {
        Virt::LoginReport missing;
        missing.askedForLogin = missing.loginMissing = true;
        missing.prompt = u"Please enter your authentication name"_s;
        const Virt::ConnectFailure needed = Virt::classifyConnectFailure(
            u"tcp"_s, VIR_ERR_AUTH_FAILED, u"authentication failed: Failed to collect auth credentials"_s, false, {},
            missing);
        QCOMPARE(needed.issue, ConnectIssue::CredentialsNeeded);
        QVERIFY(needed.needsAdmin);
        QVERIFY2(needed.reason.contains(u"Please enter your authentication name"_s), qPrintable(needed.reason));

        Virt::LoginReport repeated;
        repeated.askedForLogin = repeated.loginRepeated = true;
        const Virt::ConnectFailure refused = Virt::classifyConnectFailure(
            u"libssh"_s, VIR_ERR_AUTH_FAILED, u"authentication failed: Password request failed"_s, false, {}, repeated);
        QCOMPARE(refused.issue, ConnectIssue::AuthRefused);
        QVERIFY2(refused.reason.contains(u"asked again for the same password"_s), qPrintable(refused.reason));

        // libssh's unknown key, with the key it asked about: the same trust
        // flow as OpenSSH's.
        Virt::LoginReport key;
        key.offeredHostKey = u"SHA256:abc"_s;
        const Virt::ConnectFailure unknown = Virt::classifyConnectFailure(
            u"libssh"_s, VIR_ERR_LIBSSH, u"libssh transport error: failed to retrieve decision to accept host key"_s,
            false, u"SHA256:abc"_s, key);
        QCOMPARE(unknown.issue, ConnectIssue::HostKeyUnknown);
        QVERIFY2(unknown.reason.contains(u"Trust Host Key"_s) && unknown.reason.contains(u"SHA256:abc"_s),
                 qPrintable(unknown.reason));
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
