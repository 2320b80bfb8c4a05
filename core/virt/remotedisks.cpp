#include "remotedisks.h"

#include "../domainxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::RemoteDisks)
};

struct VolumeDeleter { void operator()(virStorageVolPtr v) const { if (v) virStorageVolFree(v); } };
struct StreamDeleter { void operator()(virStreamPtr s) const { if (s) virStreamFree(s); } };
using VolumeHandle = std::unique_ptr<virStorageVol, VolumeDeleter>;
using StreamHandle = std::unique_ptr<virStream, StreamDeleter>;

} // namespace

bool RemoteDisks::openPool(const QString &host, const QString &directory, QString *error)
{
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(m_conn, &pools, VIR_CONNECT_LIST_STORAGE_POOLS_ACTIVE);
    if (count < 0) {
        *error = Text::tr("cannot list the storage pools of %1: %2").arg(host, lastError());
        return false;
    }
    QStringList offered;
    const QString wanted = QDir::cleanPath(directory);
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<virStoragePool, PoolDeleter> pool(pools[i]);
        StoragePoolInfo shape;
        parsePoolXml(takeString(virStoragePoolGetXMLDesc(pool.get(), 0)), shape);
        if (shape.type != u"dir" && shape.type != u"fs" && shape.type != u"netfs")
            continue;
        const QString path = QDir::cleanPath(shape.targetPath);
        if (path == wanted && !m_pool)
            m_pool = std::move(pool);
        else
            offered << path;
    }
    free(pools);
    if (m_pool) {
        // Files written by others since the pool's last look are known to it.
        if (virStoragePoolRefresh(m_pool.get(), 0) < 0)
            virResetLastError();
        return true;
    }
    *error = offered.isEmpty()
        ? Text::tr("%1 is on another machine, so restored disks go into one of its storage pools, and it has no "
                   "active directory pool (virsh pool-define-as)").arg(host)
        : Text::tr("%1 is on another machine, so restored disks go into one of its storage pools, and none has the "
                   "directory %2; choose one of: %3").arg(host, directory, offered.join(u", "_s));
    return false;
}

bool RemoteDisks::exists(const QString &fileName)
{
    VolumeHandle volume(virStorageVolLookupByName(m_pool.get(), fileName.toUtf8().constData()));
    if (!volume)
        virResetLastError();
    return bool(volume);
}

QString RemoteDisks::upload(const QString &source, const QString &fileName, QString *error,
                            const std::atomic<bool> &cancel)
{
    QFile file(source);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(source, file.errorString());
        return {};
    }
    // A raw volume of the file's size: the upload replaces its bytes with
    // the qcow2 image's, and the pool sees a qcow2 volume from then on.
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"volume"_s);
    w.writeTextElement(u"name"_s, fileName);
    w.writeStartElement(u"capacity"_s);
    w.writeAttribute(u"unit"_s, u"bytes"_s);
    w.writeCharacters(QString::number(file.size()));
    w.writeEndElement();
    w.writeTextElement(u"allocation"_s, u"0"_s);   // sparse: the upload writes every byte anyway
    w.writeStartElement(u"target"_s);
    w.writeEmptyElement(u"format"_s);
    w.writeAttribute(u"type"_s, u"raw"_s);
    w.writeStartElement(u"permissions"_s);
    w.writeTextElement(u"mode"_s, u"0600"_s);   // guests' disks are nobody else's to read
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    VolumeHandle volume(virStorageVolCreateXML(m_pool.get(), xml.constData(), 0));
    if (!volume) {
        *error = Text::tr("the host refused a new volume %1: %2").arg(fileName, lastError());
        return {};
    }
    const QString path = takeString(virStorageVolGetPath(volume.get()));
    StreamHandle stream(virStreamNew(m_conn, 0));
    const auto failWith = [&](const QString &message) {
        *error = message;
        if (stream)
            virStreamAbort(stream.get());
        virStorageVolDelete(volume.get(), 0);
        virResetLastError();
        return QString();
    };
    if (!stream || virStorageVolUpload(volume.get(), stream.get(), 0, quint64(file.size()), 0) < 0)
        return failWith(Text::tr("the host refused the upload of %1: %2").arg(fileName, lastError()));
    QByteArray block(4 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel.load())
            return failWith(Text::tr("cancelled"));
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return failWith(Text::tr("cannot read %1: %2").arg(source, file.errorString()));
        if (n == 0)
            break;
        for (qint64 sent = 0; sent < n;) {
            const int r = virStreamSend(stream.get(), block.constData() + sent, size_t(n - sent));
            if (r < 0)
                return failWith(Text::tr("sending %1 to the host failed: %2").arg(fileName, lastError()));
            sent += r;
        }
    }
    if (virStreamFinish(stream.get()) < 0)
        return failWith(Text::tr("the host did not finish writing %1: %2").arg(fileName, lastError()));
    if (virStoragePoolRefresh(m_pool.get(), 0) < 0)
        virResetLastError();
    return path;
}

bool RemoteDisks::remove(const QString &hostPath)
{
    VolumeHandle volume(virStorageVolLookupByPath(m_conn, hostPath.toUtf8().constData()));
    const bool removed = volume && virStorageVolDelete(volume.get(), 0) == 0;
    virResetLastError();
    return removed;
}

} // namespace Vigil::Virt
