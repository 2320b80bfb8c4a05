#include "common/testsupport.h"
#include "core/hosturi.h"

using namespace Vigil;

class TestHostUri : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("host");
        QTest::newRow("qemu+ssh") << "qemu+ssh://root@kvm1.example.com/system" << "qemu" << "kvm1.example.com";
        QTest::newRow("qemu+tls port") << "qemu+tls://kvm2:16514/system" << "qemu" << "kvm2";
        QTest::newRow("qemu local") << "qemu:///system" << "qemu" << "";
        QTest::newRow("session") << "qemu:///session" << "qemu" << "";
        QTest::newRow("test default") << "test:///default" << "test" << "";
        QTest::newRow("test file") << "test:///srv/nodes/a.xml" << "test" << "";
        QTest::newRow("test+tcp") << "test+tcp://127.0.0.5/default" << "test" << "127.0.0.5";
        QTest::newRow("params") << "qemu+ssh://u@h/system?keyfile=/k&no_verify=1" << "qemu" << "h";
        QTest::newRow("ipv6") << "qemu+tcp://[::1]/system" << "qemu" << "::1";
    }
    void accepts()
    {
        QFETCH(QString, uri);
        QFETCH(QString, driver);
        QFETCH(QString, host);
        const UriCheck check = checkLibvirtUri(uri);
        QVERIFY2(check.ok, qPrintable(check.error));
        QCOMPARE(check.driver, driver);
        QCOMPARE(check.host, host);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << "" << "empty";
        QTest::newRow("no scheme") << "kvm1.example.com" << "no scheme";
        QTest::newRow("unknown driver") << "kvm+ssh://h/system" << "Unknown hypervisor driver";
        QTest::newRow("unknown transport") << "qemu+telnet://h/system" << "Unknown transport";
        QTest::newRow("two transports") << "qemu+ssh+tls://h/system" << "more than one transport";
        QTest::newRow("no slashes") << "qemu:system" << "://";
        QTest::newRow("ssh without host") << "qemu+ssh:///system" << "needs a host";
        QTest::newRow("qemu bad path") << "qemu+ssh://h/sistem" << "/system or /session";
        QTest::newRow("qemu no path") << "qemu+ssh://h" << "/system or /session";
        QTest::newRow("test no path") << "test://" << "/default";
        QTest::newRow("spaces") << "qemu+ssh://h /system" << "spaces";
        QTest::newRow("bad port") << "qemu+tcp://h:99999/system" << "";
    }
    void rejects()
    {
        QFETCH(QString, uri);
        QFETCH(QString, reasonContains);
        const UriCheck check = checkLibvirtUri(uri);
        QVERIFY2(!check.ok, qPrintable(uri));
        QVERIFY(!check.error.isEmpty());
        QVERIFY2(check.error.contains(reasonContains), qPrintable(check.error));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestHostUri)
#include "tst_hosturi.moc"
