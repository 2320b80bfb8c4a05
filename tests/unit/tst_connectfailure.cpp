// What Vigil says when a host cannot be opened: libvirt's texts for each
// transport's failures, as real ssh, libssh and libvirtd print them,
// classified into what the admin can do about them.
#include "core/virt/connectfailure.h"
#include "core/virt/openconnection.h"
#include "core/virt/sshhostkeys.h"

#include <QTest>

#include <libvirt/virterror.h>

using namespace Qt::StringLiterals;
using namespace Vigil;
using Virt::classifyConnectFailure;

class TestConnectFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void openSshUnknownKeyIsNotRetriedAndNamesTheKey()
    {
        const auto f = classifyConnectFailure(u"ssh"_s, VIR_ERR_SYSTEM_ERROR,
                                              u"Cannot recv data: Host key verification failed.: Connection reset by peer"_s,
                                              false, u"SHA256:abc (ssh-ed25519)"_s);
        QCOMPARE(f.issue, ConnectIssue::HostKeyUnknown);
        QVERIFY(f.needsAdmin);
        QVERIFY2(f.reason.contains(u"not trusted on this machine yet; it offers SHA256:abc (ssh-ed25519)"_s),
                 qPrintable(f.reason));
        QVERIFY(!f.reason.contains(u"Cannot recv data"_s));
    }

    void theSameWordsWithAKnownKeyMeanItChanged()
    {
        const auto f = classifyConnectFailure(u"ssh"_s, VIR_ERR_SYSTEM_ERROR,
                                              u"Cannot recv data: Host key verification failed.: Connection reset by peer"_s,
                                              true);
        QCOMPARE(f.issue, ConnectIssue::HostKeyChanged);
        QVERIFY(f.needsAdmin);
        QVERIFY(f.reason.contains(u"ssh-keygen -R"_s));
    }

    void multiLineWarningsStayWholeOnOneLine()
    {
        const QString banner = u"@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                               "@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\n"
                               "@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n"
                               "IT IS POSSIBLE THAT SOMEONE IS DOING SOMETHING NASTY!\r\n"
                               "\nHost key for 10.0.0.5 has changed and you have requested strict checking.\n"
                               "Host key verification failed."_s;
        const auto f = classifyConnectFailure(u"ssh"_s, VIR_ERR_SYSTEM_ERROR, banner, true);
        QCOMPARE(f.issue, ConnectIssue::HostKeyChanged);
        QVERIFY(!f.reason.contains(u'\n') && !f.reason.contains(u"@@@"_s));
        QVERIFY2(f.reason.contains(u"SOMETHING NASTY!; Host key for 10.0.0.5 has changed"_s), qPrintable(f.reason));
        QVERIFY(f.reason.contains(u"Host key verification failed."_s));
    }

    void libsshUndecidedKeyIsUnknown()
    {
        const auto f = classifyConnectFailure(u"libssh"_s, VIR_ERR_LIBSSH,
                                              u"internal error: failed to retrieve decision to accept host key"_s, false);
        QCOMPARE(f.issue, ConnectIssue::HostKeyUnknown);
        QVERIFY(f.needsAdmin);
    }

    void refusedLoginSaysWhatToDoAndStops()
    {
        const auto f = classifyConnectFailure(u"ssh"_s, VIR_ERR_SYSTEM_ERROR,
                                              u"Cannot recv data: root@10.77.0.21: Permission denied (publickey,password).: "
                                              "Connection reset by peer"_s,
                                              true);
        QCOMPARE(f.issue, ConnectIssue::AuthRefused);
        QVERIFY(f.needsAdmin);
        QVERIFY(f.reason.contains(u"ssh-agent"_s));
        QVERIFY(f.reason.contains(u"Permission denied (publickey,password)"_s));
        const auto sasl = classifyConnectFailure(u"tcp"_s, VIR_ERR_AUTH_FAILED, u"authentication failed: SASL(-13)"_s, false);
        QCOMPARE(sasl.issue, ConnectIssue::AuthRefused);
        QVERIFY(sasl.reason.contains(u"SASL"_s));
    }

    void networkFailuresAreRetried()
    {
        for (const QString &message : {u"Cannot recv data: ssh: connect to host 10.9.9.9 port 22: No route to host: "
                                       "Connection reset by peer"_s,
                                       u"unable to connect to server at 'h:16509': Connection refused"_s,
                                       u"Cannot recv data: ssh: Could not resolve hostname nosuch: Name or service not "
                                       "known: Connection reset by peer"_s}) {
            const auto f = classifyConnectFailure(u"ssh"_s, VIR_ERR_SYSTEM_ERROR, message, false);
            QCOMPARE(f.issue, ConnectIssue::Network);
            QVERIFY(!f.needsAdmin);
        }
    }

    void onlySshUrisRunWithoutATerminal()
    {
        QCOMPARE(Virt::withoutTerminal("qemu+ssh://root@h/system"), QByteArray("qemu+ssh://root@h/system?no_tty=1"));
        QCOMPARE(Virt::withoutTerminal("qemu+ssh://h/system?keyfile=/k"),
                 QByteArray("qemu+ssh://h/system?keyfile=/k&no_tty=1"));
        QCOMPARE(Virt::withoutTerminal("qemu+ssh://h/system?no_tty=0"), QByteArray("qemu+ssh://h/system?no_tty=0"));
        QCOMPARE(Virt::withoutTerminal("qemu+tls://h/system"), QByteArray("qemu+tls://h/system"));
        QCOMPARE(Virt::withoutTerminal("test:///default"), QByteArray("test:///default"));
    }

    void fingerprintsAreOpenSshs()
    {
        // ssh-keygen -lf of this key prints SHA256:kIQAlZHKneFEsiC/RA+OWn3I1TlxP/HtnYmOJudWtZY
        const QByteArray blob = QByteArray::fromBase64(
            "AAAAC3NzaC1lZDI1NTE5AAAAIHdVoaxQ7bn0hBO3nPcm2gkGO0KumDVbqjH4kMDQ2N4a");
        QCOMPARE(Virt::sshFingerprint(blob), u"SHA256:kIQAlZHKneFEsiC/RA+OWn3I1TlxP/HtnYmOJudWtZY"_s);
    }
};

QTEST_GUILESS_MAIN(TestConnectFailure)
#include "tst_connectfailure.moc"
