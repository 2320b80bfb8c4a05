#include "domainxml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Vigil {
namespace {

quint64 toKiB(quint64 value, QStringView unit)
{
    // libvirt's memory units; the default for <memory> is KiB.
    const QString u = unit.toString().toLower();
    if (u.isEmpty() || u == u"k" || u == u"kib")
        return value;
    if (u == u"b" || u == u"bytes")
        return value / 1024;
    if (u == u"kb")
        return value * 1000 / 1024;
    if (u == u"m" || u == u"mib")
        return value * 1024;
    if (u == u"mb")
        return value * 1000 * 1000 / 1024;
    if (u == u"g" || u == u"gib")
        return value * 1024 * 1024;
    if (u == u"gb")
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"t" || u == u"tib")
        return value * 1024 * 1024 * 1024;
    return value;
}

DiskInfo readDisk(QXmlStreamReader &xml)
{
    DiskInfo disk;
    disk.device = xml.attributes().value(QLatin1String("device")).toString();
    if (disk.device.isEmpty())
        disk.device = QStringLiteral("disk");
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == u"source") {
            if (attrs.hasAttribute(QLatin1String("file")))
                disk.source = attrs.value(QLatin1String("file")).toString();
            else if (attrs.hasAttribute(QLatin1String("dev")))
                disk.source = attrs.value(QLatin1String("dev")).toString();
            else if (attrs.hasAttribute(QLatin1String("volume"))) {
                disk.sourcePool = attrs.value(QLatin1String("pool")).toString();
                disk.source = disk.sourcePool + QLatin1Char('/') + attrs.value(QLatin1String("volume")).toString();
            } else if (attrs.hasAttribute(QLatin1String("name")))
                disk.source = attrs.value(QLatin1String("protocol")).toString() + QStringLiteral("://")
                              + attrs.value(QLatin1String("name")).toString();
            xml.skipCurrentElement();
        } else if (name == u"target") {
            disk.target = attrs.value(QLatin1String("dev")).toString();
            disk.bus = attrs.value(QLatin1String("bus")).toString();
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    return disk;
}

InterfaceInfo readInterface(QXmlStreamReader &xml)
{
    InterfaceInfo nic;
    nic.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        const auto attrs = xml.attributes();
        if (name == u"source") {
            nic.network = attrs.value(QLatin1String("network")).toString();
            nic.bridge = attrs.value(QLatin1String("bridge")).toString();
            if (nic.bridge.isEmpty() && nic.type == u"direct")
                nic.bridge = attrs.value(QLatin1String("dev")).toString();
        } else if (name == u"mac") {
            nic.mac = attrs.value(QLatin1String("address")).toString();
        } else if (name == u"model") {
            nic.model = attrs.value(QLatin1String("type")).toString();
        }
        xml.skipCurrentElement();
    }
    return nic;
}

void readDevices(QXmlStreamReader &xml, DomainInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"disk")
            info.disks.append(readDisk(xml));
        else if (xml.name() == u"interface")
            info.interfaces.append(readInterface(xml));
        else
            xml.skipCurrentElement();
    }
}

void readOs(QXmlStreamReader &xml, DomainInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"type") {
            info.arch = xml.attributes().value(QLatin1String("arch")).toString();
            info.osType = xml.readElementText();
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readCpu(QXmlStreamReader &xml, DomainInfo &info)
{
    info.cpuMode = xml.attributes().value(QLatin1String("mode")).toString();
    if (info.cpuMode.isEmpty())
        info.cpuMode = QStringLiteral("custom");
    while (xml.readNextStartElement()) {
        if (xml.name() == u"model")
            info.cpuModel = xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

} // namespace

bool parseDomainXml(const QString &text, DomainInfo &info, QString *error)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"domain") {
        if (error)
            *error = QStringLiteral("not a <domain> document");
        return false;
    }
    info.disks.clear();
    info.interfaces.clear();
    info.cpuMode.clear();
    info.cpuModel.clear();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            info.name = xml.readElementText();
        } else if (name == u"uuid") {
            info.uuid = xml.readElementText();
        } else if (name == u"memory") {
            const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
            info.maxMemoryKiB = toKiB(xml.readElementText().toULongLong(), unit);
        } else if (name == u"currentMemory") {
            const QString unit = xml.attributes().value(QLatin1String("unit")).toString();
            info.memoryKiB = toKiB(xml.readElementText().toULongLong(), unit);
        } else if (name == u"vcpu") {
            const QString current = xml.attributes().value(QLatin1String("current")).toString();
            const int max = xml.readElementText().toInt();
            info.vcpus = current.isEmpty() ? max : current.toInt();
        } else if (name == u"os") {
            readOs(xml, info);
        } else if (name == u"cpu") {
            readCpu(xml, info);
        } else if (name == u"devices") {
            readDevices(xml, info);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        if (error)
            *error = xml.errorString();
        return false;
    }
    if (info.memoryKiB == 0)
        info.memoryKiB = info.maxMemoryKiB;
    return true;
}

void parsePoolXml(const QString &text, StoragePoolInfo &pool)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"pool")
        return;
    pool.type = xml.attributes().value(QLatin1String("type")).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() != u"target") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"path")
                pool.targetPath = xml.readElementText();
            else
                xml.skipCurrentElement();
        }
    }
}

void parseNetworkXml(const QString &text, NetworkInfo &network)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"network")
        return;
    network.forwardMode = QStringLiteral("isolated");
    while (xml.readNextStartElement()) {
        if (xml.name() == u"forward") {
            const QString mode = xml.attributes().value(QLatin1String("mode")).toString();
            network.forwardMode = mode.isEmpty() ? QStringLiteral("nat") : mode;
        } else if (xml.name() == u"bridge") {
            network.bridge = xml.attributes().value(QLatin1String("name")).toString();
        }
        xml.skipCurrentElement();
    }
}

void parseCapabilitiesXml(const QString &text, HostInfo &host)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"capabilities")
        return;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"host") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"cpu") {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"arch")
                    host.arch = xml.readElementText();
                else if (xml.name() == u"model")
                    host.cpuModel = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        }
    }
}

CpuCompareInput cpuCompareInput(const QByteArray &domainXml)
{
    CpuCompareInput input;
    // The <cpu> element verbatim: that is what the target must provide.
    const qsizetype begin = domainXml.indexOf("<cpu");
    const qsizetype end = domainXml.indexOf("</cpu>", begin);
    if (begin >= 0) {
        const qsizetype close = domainXml.indexOf('>', begin);
        const bool selfClosing = close > 0 && domainXml.at(close - 1) == '/';
        if (selfClosing)
            input.cpuXml = domainXml.mid(begin, close + 1 - begin);
        else if (end > begin)
            input.cpuXml = domainXml.mid(begin, end + 6 - begin);
    }
    input.hostPassthrough = input.cpuXml.contains("mode='host-passthrough'")
                            || input.cpuXml.contains("mode=\"host-passthrough\"");
    const auto attribute = [&domainXml](const QByteArray &element, const QByteArray &name) {
        const qsizetype at = domainXml.indexOf(QByteArray("<").append(element));
        if (at < 0)
            return QByteArray();
        const qsizetype close = domainXml.indexOf('>', at);
        const QByteArray tag = domainXml.mid(at, close - at);
        for (const char quote : {'\'', '"'}) {
            const QByteArray key = QByteArray(name).append('=').append(quote);
            const qsizetype from = tag.indexOf(key);
            if (from >= 0) {
                const qsizetype start = from + key.size();
                return tag.mid(start, tag.indexOf(quote, start) - start);
            }
        }
        return QByteArray();
    };
    input.virtType = attribute("domain", "type");
    input.arch = attribute("type", "arch");
    input.machine = attribute("type", "machine");
    return input;
}

QByteArray withoutSecrets(const QByteArray &secureXml)
{
    // libvirt writes attributes as name='value' with quotes inside escaped,
    // so one pattern finds every console password; passwdValidTo stays.
    if (!secureXml.contains(" passwd="))
        return secureXml;   // most guests: no conversion, no regular expression (read for every guest)
    static const QRegularExpression passwd(uR"( passwd=('[^']*'|"[^"]*"))"_s);
    QString xml = QString::fromUtf8(secureXml);
    xml.remove(passwd);
    return xml.toUtf8();
}

bool hasGraphicalConsole(const QByteArray &domainXml)
{
    return domainXml.contains("<graphics ");
}

} // namespace Vigil
