#include "testnodes.h"

#include <QString>

namespace Vigil::Bench {

QByteArray nodeXml(int host, int guests)
{
    QByteArray xml = "<node><cpu><mhz>2900</mhz><model>x86_64</model><nodes>2</nodes><sockets>2</sockets>"
                     "<cores>16</cores><threads>2</threads><active>64</active></cpu><memory>536870912</memory>"
                     "<network><name>default</name><bridge name='virbr0'/><forward mode='nat'/>"
                     "<ip address='192.168.122.1' netmask='255.255.255.0'/></network>"
                     "<pool type='dir'><name>images</name><target><path>/var/lib/libvirt/images</path></target></pool>";
    for (int g = 0; g < guests; ++g) {
        const int state = g % 10 == 0 ? 5 : (g % 17 == 0 ? 3 : 1);   // mostly running, some off/paused
        xml += QStringLiteral("<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
                              "<name>h%1-vm%2</name><uuid>%3-0000-4000-8000-%4</uuid>"
                              "<memory unit='MiB'>%5</memory><vcpu>%6</vcpu><os><type arch='x86_64'>hvm</type></os>"
                              "<devices><disk type='file' device='disk'><source file='/var/lib/libvirt/images/h%1-vm%2.qcow2'/>"
                              "<target dev='vda' bus='virtio'/></disk><interface type='network'><source network='default'/>"
                              "</interface></devices><test:runstate>%7</test:runstate></domain>")
                   .arg(host).arg(g)
                   .arg(host, 8, 16, QLatin1Char('0'))
                   .arg(g, 12, 16, QLatin1Char('0'))
                   .arg(512 * (1 + g % 8)).arg(1 + g % 4).arg(state)
                   .toUtf8();
    }
    return xml + "</node>";
}

} // namespace Vigil::Bench
