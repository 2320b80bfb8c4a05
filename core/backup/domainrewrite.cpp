#include "domainrewrite.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Vigil::Backup {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::DomainRewrite", text); }

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
            if (at == u"domain/devices/disk"_qs) {
                current = BackupDisk();
                diskType = attrs.value(u"type"_qs).toString();
                device = attrs.value(u"device"_qs).toString();
                readOnly = shareable = false;
            } else if (at == u"domain/devices/disk/source"_qs) {
                current.source = attrs.hasAttribute(u"file"_qs) ? attrs.value(u"file"_qs).toString()
                                                                 : attrs.value(u"dev"_qs).toString();
            } else if (at == u"domain/devices/disk/driver"_qs) {
                current.format = attrs.value(u"type"_qs).toString();
            } else if (at == u"domain/devices/disk/target"_qs) {
                current.target = attrs.value(u"dev"_qs).toString();
            } else if (at == u"domain/devices/disk/readonly"_qs) {
                readOnly = true;
            } else if (at == u"domain/devices/disk/shareable"_qs) {
                shareable = true;
            }
        } else if (reader.isEndElement()) {
            if (path(stack) == u"domain/devices/disk"_qs) {
                if (device == u"cdrom"_qs || device == u"floppy"_qs)
                    current.skipReason = tr("removable media (%1)").arg(device);
                else if (readOnly)
                    current.skipReason = tr("read-only disk");
                else if (shareable)
                    current.skipReason = tr("shareable disk (belongs to more than one guest)");
                else if (diskType != u"file"_qs && diskType != u"block"_qs)
                    current.skipReason = tr("%1 disks are not backed up (only file and block disks)").arg(diskType);
                else if (current.source.isEmpty())
                    current.skipReason = tr("no source");
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
            if (at == u"domain/devices/disk"_qs) {
                ++diskIndex;
                diskTarget = diskTargets.value(diskIndex);
            }
            const bool restoredDisk = at.startsWith(u"domain/devices/disk/"_qs)
                && rewrite.diskSources.contains(diskTarget);
            if ((rewrite.newIdentity && (at == u"domain/uuid"_qs || at == u"domain/devices/interface/mac"_qs))
                || (rewrite.linksDown && at == u"domain/devices/interface/link"_qs)
                || (restoredDisk && at == u"domain/devices/disk/backingStore"_qs)) {
                skipElement(reader);
                stack.removeLast();
                continue;
            }
            if (at == u"domain/name"_qs && !rewrite.name.isEmpty()) {
                writer.writeTextElement(u"name"_qs, rewrite.name);
                skipElement(reader);
                stack.removeLast();
                continue;
            }
            // Declared before the element so that it keeps its prefix (qemu:...).
            for (const auto &ns : reader.namespaceDeclarations())
                writer.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
            writer.writeStartElement(reader.namespaceUri().toString(), reader.name().toString());
            const bool restoredDiskElement = at == u"domain/devices/disk"_qs && rewrite.diskSources.contains(diskTarget);
            for (const QXmlStreamAttribute &attr : reader.attributes()) {
                if (restoredDiskElement && attr.name() == u"type"_qs)
                    continue;
                if (restoredDisk && at == u"domain/devices/disk/source"_qs
                    && (attr.name() == u"file"_qs || attr.name() == u"dev"_qs))
                    continue;
                if (restoredDisk && at == u"domain/devices/disk/driver"_qs && attr.name() == u"type"_qs)
                    continue;
                writer.writeAttribute(attr);
            }
            if (restoredDiskElement)
                writer.writeAttribute(u"type"_qs, u"file"_qs);   // a restored block disk becomes a file

            if (restoredDisk && at == u"domain/devices/disk/source"_qs)
                writer.writeAttribute(u"file"_qs, rewrite.diskSources.value(diskTarget));
            if (restoredDisk && at == u"domain/devices/disk/driver"_qs)
                writer.writeAttribute(u"type"_qs, u"qcow2"_qs);
        } else if (reader.isEndElement()) {
            if (rewrite.linksDown && path(stack) == u"domain/devices/interface"_qs) {
                writer.writeEmptyElement(u"link"_qs);
                writer.writeAttribute(u"state"_qs, u"down"_qs);
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
        *error = tr("the saved definition is not valid XML: %1").arg(reader.errorString());
        return {};
    }
    return out;
}

} // namespace Vigil::Backup
