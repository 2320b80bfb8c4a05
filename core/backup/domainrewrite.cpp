#include "domainrewrite.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::DomainRewrite)
};

QString path(const QStringList &stack) { return stack.join(u'/'); }

// Skips the current element and everything inside it.
void skipElement(QXmlStreamReader &reader) { reader.skipCurrentElement(); }

} // namespace

QList<BackupDisk> backupDisks(const QByteArray &domainXml)
{
    QList<BackupDisk> disks;
    QXmlStreamReader reader(domainXml);
    QStringList stack;
    BackupDisk current;
    QString diskType, device;
    bool readOnly = false, shareable = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            stack.append(reader.name().toString());
            const QString at = path(stack);
            const auto attrs = reader.attributes();
            if (at == u"domain/devices/disk"_s) {
                current = BackupDisk();
                diskType = attrs.value(u"type"_s).toString();
                device = attrs.value(u"device"_s).toString();
                readOnly = shareable = false;
            } else if (at == u"domain/devices/disk/source"_s) {
                current.source = attrs.hasAttribute(u"file"_s) ? attrs.value(u"file"_s).toString()
                                                                 : attrs.value(u"dev"_s).toString();
            } else if (at == u"domain/devices/disk/driver"_s) {
                current.format = attrs.value(u"type"_s).toString();
            } else if (at == u"domain/devices/disk/target"_s) {
                current.target = attrs.value(u"dev"_s).toString();
            } else if (at == u"domain/devices/disk/readonly"_s) {
                readOnly = true;
            } else if (at == u"domain/devices/disk/shareable"_s) {
                shareable = true;
            }
        } else if (reader.isEndElement()) {
            if (path(stack) == u"domain/devices/disk"_s) {
                if (device == u"cdrom"_s || device == u"floppy"_s)
                    current.skipReason = Text::tr("removable media (%1)").arg(device);
                else if (readOnly)
                    current.skipReason = Text::tr("read-only disk");
                else if (shareable)
                    current.skipReason = Text::tr("shareable disk (belongs to more than one guest)");
                else if (diskType != u"file"_s && diskType != u"block"_s)
                    current.skipReason = Text::tr("%1 disks are not backed up (only file and block disks)").arg(diskType);
                else if (current.source.isEmpty())
                    current.skipReason = Text::tr("no source");
                current.included = current.skipReason.isEmpty();
                disks.append(current);
            }
            stack.removeLast();
        }
    }
    return disks;
}

QByteArray rewriteForRestore(const QByteArray &domainXml, const RestoreRewrite &rewrite, QString *error)
{
    // First pass: the target of each disk, in document order (the target
    // comes after the source, which the second pass must already rewrite).
    QStringList diskTargets;
    for (const BackupDisk &d : backupDisks(domainXml))
        diskTargets.append(d.target);

    QByteArray out;
    QXmlStreamReader reader(domainXml);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    QStringList stack;
    int diskIndex = -1;
    QString diskTarget;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartDocument() || reader.isEndDocument() || reader.isWhitespace())
            continue;
        if (reader.isStartElement()) {
            stack.append(reader.name().toString());
            const QString at = path(stack);
            if (at == u"domain/devices/disk"_s) {
                ++diskIndex;
                diskTarget = diskTargets.value(diskIndex);
            }
            const bool restoredDisk = at.startsWith(u"domain/devices/disk/"_s)
                && rewrite.diskSources.contains(diskTarget);
            if ((rewrite.newIdentity && (at == u"domain/uuid"_s || at == u"domain/devices/interface/mac"_s))
                || (rewrite.linksDown && at == u"domain/devices/interface/link"_s)
                || (restoredDisk && at == u"domain/devices/disk/backingStore"_s)) {
                skipElement(reader);
                stack.removeLast();
                continue;
            }
            if (at == u"domain/name"_s && !rewrite.name.isEmpty()) {
                writer.writeTextElement(u"name"_s, rewrite.name);
                skipElement(reader);
                stack.removeLast();
                continue;
            }
            // Declared before the element so that it keeps its prefix (qemu:...).
            for (const auto &ns : reader.namespaceDeclarations())
                writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            const bool restoredDiskElement = at == u"domain/devices/disk"_s && rewrite.diskSources.contains(diskTarget);
            for (const QXmlStreamAttribute &attr : reader.attributes()) {
                if (restoredDiskElement && attr.name() == u"type"_s)
                    continue;
                if (restoredDisk && at == u"domain/devices/disk/source"_s
                    && (attr.name() == u"file"_s || attr.name() == u"dev"_s))
                    continue;
                if (restoredDisk && at == u"domain/devices/disk/driver"_s && attr.name() == u"type"_s)
                    continue;
                writer.writeAttribute(attr);
            }
            if (restoredDiskElement)
                writer.writeAttribute(u"type"_s, u"file"_s);   // a restored block disk becomes a file

            if (restoredDisk && at == u"domain/devices/disk/source"_s)
                writer.writeAttribute(u"file"_s, rewrite.diskSources.value(diskTarget));
            if (restoredDisk && at == u"domain/devices/disk/driver"_s)
                writer.writeAttribute(u"type"_s, u"qcow2"_s);
        } else if (reader.isEndElement()) {
            if (rewrite.linksDown && path(stack) == u"domain/devices/interface"_s) {
                writer.writeEmptyElement(u"link"_s);
                writer.writeAttribute(u"state"_s, u"down"_s);
            }
            writer.writeEndElement();
            stack.removeLast();
        } else if (reader.isCharacters()) {
            writer.writeCharacters(reader.text().toString());
        } else if (reader.isComment()) {
            writer.writeComment(reader.text().toString());
        }
    }
    if (reader.hasError()) {
        *error = Text::tr("the saved definition is not valid XML: %1").arg(reader.errorString());
        return {};
    }
    return out;
}

} // namespace Vigil::Backup
