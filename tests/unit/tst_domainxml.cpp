#include "common/testsupport.h"
#include "core/domainxml.h"

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestDomainXml : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void consolePasswordsAreRemovedFromWhatIsStored()
    {
        const QByteArray secure = "<domain><devices>"
                                  "<graphics type='vnc' port='-1' passwd='s3cret' passwdValidTo='2030-01-01T00:00:00'/>"
                                  "<graphics type=\"spice\" passwd=\"other&apos;s\" autoport=\"yes\"/>"
                                  "</devices></domain>";
        const QByteArray stored = withoutSecrets(secure);
        QVERIFY2(!stored.contains("s3cret") && !stored.contains("other"), stored.constData());
        QVERIFY(stored.contains("passwdValidTo='2030-01-01T00:00:00'"));
        QVERIFY(stored.contains("<graphics type='vnc' port='-1'"));
        QVERIFY(stored.contains("autoport=\"yes\""));
        QVERIFY(hasGraphicalConsole(stored));
        QCOMPARE(withoutSecrets("<domain><name>x</name></domain>"), QByteArray("<domain><name>x</name></domain>"));
    }

    void cpuCompareInputTakesTheCpuAndTheGuestKind()
    {
        const CpuCompareInput tcg = cpuCompareInput(
            "<domain type='qemu'><os><type arch='x86_64' machine=\"pc-i440fx-7.2\">hvm</type></os>"
            "<cpu mode='custom' match='exact'><model fallback='forbid'>qemu64</model></cpu></domain>");
        QCOMPARE(tcg.virtType, QByteArray("qemu"));
        QCOMPARE(tcg.arch, QByteArray("x86_64"));
        QCOMPARE(tcg.machine, QByteArray("pc-i440fx-7.2"));
        QCOMPARE(tcg.cpuXml, QByteArray("<cpu mode='custom' match='exact'><model fallback='forbid'>qemu64</model></cpu>"));
        QVERIFY(!tcg.hostPassthrough);
        const CpuCompareInput passthrough = cpuCompareInput("<domain type='kvm'><cpu mode='host-passthrough'/></domain>");
        QCOMPARE(passthrough.cpuXml, QByteArray("<cpu mode='host-passthrough'/>"));
        QVERIFY(passthrough.hostPassthrough);
        QVERIFY(cpuCompareInput("<domain type='kvm'><os><type>hvm</type></os></domain>").cpuXml.isEmpty());
    }

    void parsesDomain()
    {
        const QString xml = QStringLiteral(R"(<domain type='kvm' id='3'>
  <name>web-1</name><uuid>1b4e28ba-2fa1-11d2-883f-0016d3cca427</uuid>
  <memory unit='GiB'>4</memory><currentMemory unit='MiB'>3072</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os><type arch='x86_64' machine='pc-q35-7.2'>hvm</type><boot dev='hd'/></os>
  <cpu mode='custom' match='exact'><model fallback='forbid'>Skylake-Server</model></cpu>
  <devices>
    <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
      <source file='/var/lib/libvirt/images/web-1.qcow2'/><target dev='vda' bus='virtio'/></disk>
    <disk type='volume' device='disk'><source pool='ssd' volume='web-1-data'/><target dev='vdb' bus='virtio'/></disk>
    <disk type='file' device='cdrom'><target dev='sda' bus='sata'/><readonly/></disk>
    <interface type='network'><mac address='52:54:00:aa:bb:cc'/><source network='default'/><model type='virtio'/></interface>
    <interface type='bridge'><mac address='52:54:00:aa:bb:cd'/><source bridge='br0'/></interface>
  </devices></domain>)");
        DomainInfo info;
        QString error;
        QVERIFY2(parseDomainXml(xml, info, &error), qPrintable(error));
        QCOMPARE(info.name, u"web-1"_s);
        QCOMPARE(info.uuid, u"1b4e28ba-2fa1-11d2-883f-0016d3cca427"_s);
        QCOMPARE(info.maxMemoryKiB, 4ull * 1024 * 1024);
        QCOMPARE(info.memoryKiB, 3072ull * 1024);
        QCOMPARE(info.vcpus, 2);
        QCOMPARE(info.arch, u"x86_64"_s);
        QCOMPARE(info.osType, u"hvm"_s);
        QCOMPARE(info.cpuMode, u"custom"_s);
        QCOMPARE(info.cpuModel, u"Skylake-Server"_s);
        QCOMPARE(info.disks.size(), 3);
        QCOMPARE(info.disks[0].source, u"/var/lib/libvirt/images/web-1.qcow2"_s);
        QCOMPARE(info.disks[0].bus, u"virtio"_s);
        QCOMPARE(info.disks[1].sourcePool, u"ssd"_s);
        QCOMPARE(info.disks[1].source, u"ssd/web-1-data"_s);
        QCOMPARE(info.disks[2].device, u"cdrom"_s);
        QVERIFY(info.disks[2].source.isEmpty());
        QCOMPARE(info.interfaces.size(), 2);
        QCOMPARE(info.interfaces[0].network, u"default"_s);
        QCOMPARE(info.interfaces[0].model, u"virtio"_s);
        QCOMPARE(info.interfaces[1].bridge, u"br0"_s);
        QCOMPARE(info.interfaces[1].mac, u"52:54:00:aa:bb:cd"_s);
    }

    void rejectsNonDomain()
    {
        DomainInfo info;
        QString error;
        QVERIFY(!parseDomainXml(QStringLiteral("<network/>"), info, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!parseDomainXml(QStringLiteral("<domain><name>x</name>"), info, &error));
        QVERIFY(!error.isEmpty());
    }

    void hostileNamesStayVerbatim()
    {
        DomainInfo info;
        QVERIFY(parseDomainXml(QStringLiteral("<domain><name>&lt;script&gt;=cmd|' /C calc'!A0 ünï</name></domain>"), info));
        QCOMPARE(info.name, u"<script>=cmd|' /C calc'!A0 ünï"_s);
    }

    void parsesPoolNetworkCapabilities()
    {
        StoragePoolInfo pool;
        parsePoolXml(QStringLiteral("<pool type='netfs'><name>n</name><target><path>/srv/nfs</path></target></pool>"), pool);
        QCOMPARE(pool.type, u"netfs"_s);
        QCOMPARE(pool.targetPath, u"/srv/nfs"_s);

        NetworkInfo nat;
        parseNetworkXml(QStringLiteral("<network><name>d</name><forward mode='nat'/><bridge name='virbr0'/></network>"), nat);
        QCOMPARE(nat.forwardMode, u"nat"_s);
        QCOMPARE(nat.bridge, u"virbr0"_s);
        NetworkInfo isolated;
        parseNetworkXml(QStringLiteral("<network><name>i</name><bridge name='virbr9'/></network>"), isolated);
        QCOMPARE(isolated.forwardMode, u"isolated"_s);

        HostInfo host;
        parseCapabilitiesXml(QStringLiteral("<capabilities><host><uuid>x</uuid><cpu><arch>x86_64</arch>"
                                            "<model>Icelake-Server</model><vendor>Intel</vendor></cpu></host>"
                                            "<guest><arch name='i686'/></guest></capabilities>"), host);
        QCOMPARE(host.arch, u"x86_64"_s);
        QCOMPARE(host.cpuModel, u"Icelake-Server"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestDomainXml)
#include "tst_domainxml.moc"
