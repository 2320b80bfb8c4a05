#pragma once

#include <QFile>
#include <QHash>
#include <QString>

#include <vector>

namespace Vigil::Backup {

// Writes a new qcow2 (version 3) image in this process, in whole clusters,
// in any order: what a pull backup reads from the host goes
// straight into the file, with no second copy through qemu-nbd's socket.
// Clusters never written read as the backing file's (or as zeros without
// one); `writeZeroCluster` makes one read as zeros over the backing file.
// The tables and refcounts are written by `finish()`, after the data, and
// the header last, so that a file cut short is not a valid image. One
// thread at a time.
class Qcow2Writer
{
public:
    static constexpr int kClusterBits = 16;
    static constexpr qint64 kClusterBytes = qint64(1) << kClusterBits;

    // `backingFile`: as qcow2 keeps it (relative to `path`'s directory), a
    // qcow2 image; empty: none. Fails when `path` exists.
    bool create(const QString &path, qint64 virtualSize, const QString &backingFile, QString *error);
    // Whole clusters in one write: `offset` is a multiple of kClusterBytes,
    // and so is `length` unless it ends at the end of the disk. Each cluster
    // is written at most once.
    bool writeClusters(qint64 offset, const char *data, qint64 length, QString *error);
    bool writeZeroCluster(qint64 offset, QString *error);
    // Nothing below `offset` will be written any more: the tables that map
    // only that part are written now, so that memory stays small however
    // large the disk (one table maps 512 MiB and takes 64 KiB).
    bool tablesDoneBelow(qint64 offset, QString *error);
    // Tables, refcounts, header, then fsync.
    bool finish(QString *error);

    qint64 virtualSize() const { return m_virtualSize; }

private:
    // The L2 entry of the cluster at `offset`, when it is a cluster's start
    // and was not written yet.
    quint64 *freeEntry(qint64 offset, QString *error);
    bool writeAt(qint64 offset, const char *data, qint64 length, QString *error);
    bool writeAt(qint64 offset, const QByteArray &bytes, QString *error);
    QByteArray header(qint64 l1Offset, int l1Entries, qint64 refcountTableOffset, int refcountTableClusters) const;

    QFile m_file;
    qint64 m_virtualSize = 0;
    QString m_backingFile;
    qint64 m_nextCluster = 1;   // cluster 0 holds the header
    bool writeTable(qint64 l1Index, QString *error);

    // L1 index -> its L2 table while clusters may still be written there;
    // L1 index -> where the table went once written.
    QHash<qint64, std::vector<quint64>> m_l2;
    QHash<qint64, qint64> m_l2Offsets;
};

} // namespace Vigil::Backup
