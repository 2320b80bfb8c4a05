// The qcow2 format as QEMU documents it (docs/interop/qcow2.txt): a header
// in cluster 0, a two-level table from guest clusters to host clusters
// (L1 → L2), and a refcount table whose blocks count every host cluster.
// Everything is big-endian. This writer only ever makes new images with
// 64 KiB clusters, 16-bit refcounts and no snapshots, compression or
// encryption — the subset a backup needs.
#include "qcow2writer.h"

#include <QCoreApplication>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Qcow2Writer)
};

constexpr quint32 kMagic = 0x514649fb;             // "QFI\xfb"
constexpr quint32 kBackingFormatExtension = 0xe2792aca;
constexpr quint64 kCopied = quint64(1) << 63;      // refcount exactly 1: written in place
constexpr quint64 kZero = 1;                       // an L2 entry that reads as zeros
constexpr qint64 kL2Entries = Qcow2Writer::kClusterBytes / 8;
constexpr int kRefcountOrder = 4;                  // 16-bit refcounts
constexpr qint64 kRefcountsPerBlock = Qcow2Writer::kClusterBytes / 2;
constexpr int kHeaderLength = 104;                 // version 3 without the optional fields
constexpr int kMaxBackingName = 1023;              // QEMU's own limit
constexpr qint64 kMaxVirtualSize = qint64(1) << 51; // QEMU's largest L1 table (32 MiB) maps 2 PiB

qint64 clustersFor(qint64 bytes)
{
    return (bytes + Qcow2Writer::kClusterBytes - 1) / Qcow2Writer::kClusterBytes;
}

void put32(QByteArray &b, int at, quint32 v) { qToBigEndian(v, b.data() + at); }
void put64(QByteArray &b, int at, quint64 v) { qToBigEndian(v, b.data() + at); }

} // namespace

bool Qcow2Writer::create(const QString &path, qint64 virtualSize, const QString &backingFile, QString *error)
{
    if (virtualSize <= 0 || virtualSize > kMaxVirtualSize) {
        *error = Text::tr("a disk of %1 bytes cannot be backed up").arg(virtualSize);
        return false;
    }
    if (backingFile.toUtf8().size() > kMaxBackingName) {
        *error = Text::tr("the backing file's name is longer than qcow2 allows: %1").arg(backingFile);
        return false;
    }
    m_file.setFileName(path);
    // A guest's disk is nobody else's to read; an existing file is never overwritten.
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::NewOnly | QIODevice::Unbuffered,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Text::tr("cannot create %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_virtualSize = virtualSize;
    m_backingFile = backingFile;
    m_nextCluster = 1;
    m_l2.clear();
    m_l2Offsets.clear();
    return true;
}

bool Qcow2Writer::writeAt(qint64 offset, const char *data, qint64 length, QString *error)
{
    while (length > 0) {
        const ssize_t written = ::pwrite(m_file.handle(), data, size_t(length), offset);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            const int cause = written < 0 ? errno : ENOSPC;   // a write of nothing: the disk is full
            *error = Text::tr("writing %1 failed: %2").arg(m_file.fileName(), QString::fromLocal8Bit(std::strerror(cause)));
            return false;
        }
        data += written;
        offset += written;
        length -= written;
    }
    return true;
}

bool Qcow2Writer::writeAt(qint64 offset, const QByteArray &bytes, QString *error)
{
    return writeAt(offset, bytes.constData(), bytes.size(), error);
}

quint64 *Qcow2Writer::freeEntry(qint64 offset, QString *error)
{
    if (offset < 0 || offset >= m_virtualSize || offset % kClusterBytes != 0) {
        *error = Text::tr("byte %1 is not the start of a cluster of this %2-byte disk").arg(offset).arg(m_virtualSize);
        return nullptr;
    }
    const qint64 cluster = offset >> kClusterBits;
    if (m_l2Offsets.contains(cluster / kL2Entries)) {
        *error = Text::tr("the cluster at byte %1 was written after its table was done").arg(offset);
        return nullptr;
    }
    std::vector<quint64> &table = m_l2[cluster / kL2Entries];
    if (table.empty())
        table.assign(size_t(kL2Entries), 0);
    quint64 *slot = &table[size_t(cluster % kL2Entries)];
    if (*slot != 0) {
        *error = Text::tr("the cluster at byte %1 was written twice").arg(offset);
        return nullptr;
    }
    return slot;
}

bool Qcow2Writer::writeClusters(qint64 offset, const char *data, qint64 length, QString *error)
{
    const bool whole = length > 0 && (length % kClusterBytes == 0 || offset + length == m_virtualSize);
    if (!whole || offset + length > m_virtualSize) {
        *error = Text::tr("%1 bytes at byte %2 are not whole clusters of this %3-byte disk")
                     .arg(length).arg(offset).arg(m_virtualSize);
        return false;
    }
    // Consecutive host clusters: one write for the lot.
    const qint64 clusters = clustersFor(length);
    std::vector<quint64 *> entries;
    for (qint64 i = 0; i < clusters; ++i) {
        entries.push_back(freeEntry(offset + i * kClusterBytes, error));
        if (!entries.back())
            return false;
    }
    const qint64 host = m_nextCluster << kClusterBits;
    for (qint64 i = 0; i < clusters; ++i)
        *entries[size_t(i)] = quint64(host + i * kClusterBytes) | kCopied;
    m_nextCluster += clusters;
    return writeAt(host, data, length, error);
}

bool Qcow2Writer::writeZeroCluster(qint64 offset, QString *error)
{
    quint64 *slot = freeEntry(offset, error);
    if (slot)
        *slot = kZero;
    return slot != nullptr;
}

QByteArray Qcow2Writer::header(qint64 l1Offset, int l1Entries, qint64 refcountTableOffset,
                               int refcountTableClusters) const
{
    QByteArray h(int(kClusterBytes), '\0');
    put32(h, 0, kMagic);
    put32(h, 4, 3);
    put32(h, 20, kClusterBits);
    put64(h, 24, quint64(m_virtualSize));
    put32(h, 36, quint32(l1Entries));
    put64(h, 40, quint64(l1Offset));
    put64(h, 48, quint64(refcountTableOffset));
    put32(h, 56, quint32(refcountTableClusters));
    put32(h, 96, kRefcountOrder);
    put32(h, 100, kHeaderLength);
    int at = kHeaderLength;
    if (!m_backingFile.isEmpty()) {
        // Header extension: the backing file is qcow2 (read as such, never probed).
        put32(h, at, kBackingFormatExtension);
        put32(h, at + 4, 5);
        std::copy_n("qcow2", 5, h.data() + at + 8);
        at += 16;
    }
    at += 8;   // the end of the extensions: type 0, length 0
    if (!m_backingFile.isEmpty()) {
        const QByteArray name = m_backingFile.toUtf8();
        put64(h, 8, quint64(at));
        put32(h, 16, quint32(name.size()));
        std::copy_n(name.constData(), name.size(), h.data() + at);
    }
    return h;
}

bool Qcow2Writer::writeTable(qint64 l1Index, QString *error)
{
    QByteArray table(int(kClusterBytes), '\0');
    const std::vector<quint64> &entries = m_l2[l1Index];
    for (qint64 i = 0; i < kL2Entries; ++i)
        put64(table, int(i * 8), entries[size_t(i)]);
    const qint64 at = m_nextCluster++ << kClusterBits;
    if (!writeAt(at, table, error))
        return false;
    m_l2Offsets.insert(l1Index, at);
    m_l2.remove(l1Index);
    return true;
}

bool Qcow2Writer::tablesDoneBelow(qint64 offset, QString *error)
{
    const qint64 mapped = kL2Entries * kClusterBytes;
    QList<qint64> done;
    for (auto it = m_l2.cbegin(); it != m_l2.cend(); ++it)
        if ((it.key() + 1) * mapped <= offset)
            done << it.key();
    for (qint64 index : std::as_const(done))
        if (!writeTable(index, error))
            return false;
    return true;
}

bool Qcow2Writer::finish(QString *error)
{
    // The L2 tables not written yet, in guest order, after the data.
    QList<qint64> l1Indexes = m_l2.keys();
    std::sort(l1Indexes.begin(), l1Indexes.end());
    for (qint64 index : std::as_const(l1Indexes))
        if (!writeTable(index, error))
            return false;
    // The L1 table.
    const int l1Entries = int((clustersFor(m_virtualSize) + kL2Entries - 1) / kL2Entries);
    QByteArray l1(int(clustersFor(qint64(l1Entries) * 8) * kClusterBytes), '\0');
    for (auto it = m_l2Offsets.cbegin(); it != m_l2Offsets.cend(); ++it)
        put64(l1, int(it.key() * 8), quint64(it.value()) | kCopied);
    const qint64 l1Offset = m_nextCluster << kClusterBits;
    m_nextCluster += l1.size() / kClusterBytes;
    if (!writeAt(l1Offset, l1, error))
        return false;
    // Refcounts: every cluster so far, and the refcount blocks and table
    // themselves, count 1. Their number depends on itself: repeat until it
    // stops growing.
    qint64 total = m_nextCluster, blocks = 0, tableClusters = 0;
    for (;;) {
        blocks = (total + kRefcountsPerBlock - 1) / kRefcountsPerBlock;
        tableClusters = clustersFor(blocks * 8);
        const qint64 needed = m_nextCluster + blocks + tableClusters;
        if (needed <= total)
            break;
        total = needed;
    }
    const qint64 firstBlock = m_nextCluster;
    QByteArray table(int(tableClusters * kClusterBytes), '\0');
    for (qint64 b = 0; b < blocks; ++b) {
        QByteArray block(int(kClusterBytes), '\0');
        for (qint64 i = 0; i < kRefcountsPerBlock && b * kRefcountsPerBlock + i < total; ++i)
            qToBigEndian(quint16(1), block.data() + i * 2);
        const qint64 at = (firstBlock + b) << kClusterBits;
        if (!writeAt(at, block, error))
            return false;
        put64(table, int(b * 8), quint64(at));
    }
    const qint64 tableOffset = (firstBlock + blocks) << kClusterBits;
    if (!writeAt(tableOffset, table, error))
        return false;
    // Everything else on disk first: only then the header makes it an image.
    const auto synced = [this, error](int result) {
        if (result == 0)
            return true;
        const int cause = errno;
        *error = Text::tr("writing %1 to disk failed: %2").arg(m_file.fileName(), QString::fromLocal8Bit(std::strerror(cause)));
        return false;
    };
    if (!synced(::fdatasync(m_file.handle()))
        || !writeAt(0, header(l1Offset, l1Entries, tableOffset, int(tableClusters)), error)
        || !synced(::fsync(m_file.handle())))
        return false;
    m_file.close();
    return true;
}

} // namespace Vigil::Backup
