// The qcow2 images a pull backup writes in-process, judged by QEMU's own
// tools: `qemu-img check` finds no error or leak, and `qemu-img compare`
// reads exactly the data written — full images, incremental ones over a
// backing file (zeros hiding older data), clusters in any order, a disk
// whose size is not a whole number of clusters, and more than one L2 table.
#include "common/testsupport.h"

#include "core/backup/qcow2writer.h"
#include "core/backup/qemuimg.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Vigil;
using namespace Vigil::Backup;

namespace {

constexpr qint64 kCluster = Qcow2Writer::kClusterBytes;

QByteArray randomBytes(qint64 length, quint32 seed)
{
    QByteArray bytes(int(length), '\0');
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes;
}

// A raw file with the same content, for `qemu-img compare`.
bool writeRaw(const QString &path, const QByteArray &content)
{
    QFile raw(path);
    return raw.open(QIODevice::WriteOnly) && raw.write(content) == content.size();
}

QString check(const QString &image)
{
    const ToolResult checked = runQemuImg({u"check"_s, u"-f"_s, u"qcow2"_s, image});
    return checked.ok ? QString() : checked.error + checked.output;
}

QString compare(const QString &image, const QString &raw)
{
    const ToolResult compared = runQemuImg({u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"raw"_s, image, raw});
    return compared.ok ? QString() : compared.error + compared.output;
}

} // namespace

class TestQcow2Writer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"qemu-img"_s).isEmpty())
            QSKIP("qemu-img (qemu-utils) is missing");
    }

    void fullImageReadsWhatWasWritten()
    {
        QTemporaryDir dir;
        // 40 clusters and a half: the last cluster is written short.
        const qint64 size = 40 * kCluster + 32768;
        QByteArray expected(int(size), '\0');
        QList<qint64> clusters{39, 0, 7, 8, 40, 21, 3};   // out of order, as replies arrive
        Qcow2Writer writer;
        QString error;
        QVERIFY2(writer.create(dir.filePath(u"full.qcow2"_s), size, QString(), &error), qPrintable(error));
        for (qint64 c : std::as_const(clusters)) {
            const qint64 offset = c * kCluster;
            const qint64 length = std::min(kCluster, size - offset);
            const QByteArray data = randomBytes(length, quint32(c + 1));
            std::copy(data.begin(), data.end(), expected.begin() + offset);
            QVERIFY2(writer.writeClusters(offset, data.constData(), length, &error), qPrintable(error));
        }
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QVERIFY(writeRaw(dir.filePath(u"full.raw"_s), expected));
        const QString image = dir.filePath(u"full.qcow2"_s);
        const QString checked = check(image), compared = compare(image, dir.filePath(u"full.raw"_s));
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        QVERIFY2(compared.isEmpty(), qPrintable(compared));
        // Nobody else reads a guest's disk.
        QCOMPARE(QFile::permissions(image) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    // An incremental image over a backing file: written clusters replace
    // the older data, zero clusters hide it, the rest shows through.
    void incrementalImageLaysOverItsBackingFile()
    {
        QTemporaryDir dir;
        const qint64 size = 16 * kCluster;
        const QByteArray base = randomBytes(size, 42);
        QString error;
        {
            Qcow2Writer writer;
            QVERIFY2(writer.create(dir.filePath(u"base.qcow2"_s), size, QString(), &error), qPrintable(error));
            QVERIFY2(writer.writeClusters(0, base.constData(), size, &error), qPrintable(error));   // one write
            QVERIFY2(writer.finish(&error), qPrintable(error));
        }
        QByteArray expected = base;
        Qcow2Writer writer;
        QVERIFY2(writer.create(dir.filePath(u"inc.qcow2"_s), size, u"base.qcow2"_s, &error), qPrintable(error));
        const QByteArray changed = randomBytes(kCluster, 7);
        QVERIFY(writer.writeClusters(5 * kCluster, changed.constData(), kCluster, &error));
        std::copy(changed.begin(), changed.end(), expected.begin() + 5 * kCluster);
        QVERIFY(writer.writeZeroCluster(9 * kCluster, &error));
        std::fill(expected.begin() + 9 * kCluster, expected.begin() + 10 * kCluster, '\0');
        QVERIFY2(writer.finish(&error), qPrintable(error));
        QVERIFY(writeRaw(dir.filePath(u"inc.raw"_s), expected));
        const QString image = dir.filePath(u"inc.qcow2"_s);
        const QString checked = check(image), compared = compare(image, dir.filePath(u"inc.raw"_s));
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        QVERIFY2(compared.isEmpty(), qPrintable(compared));
        // The chain is named as qemu-img names it: relative, format given.
        const ToolResult info = runQemuImg({u"info"_s, u"--output=json"_s, image});
        QVERIFY(info.ok);
        QVERIFY2(info.output.contains(u"\"backing-filename\": \"base.qcow2\""_s), qPrintable(info.output));
        QVERIFY2(info.output.contains(u"\"backing-filename-format\": \"qcow2\""_s), qPrintable(info.output));
    }

    // A disk over 512 MiB needs a second L2 table (one maps 512 MiB).
    void largeSparseDiskGetsSeveralTables()
    {
        QTemporaryDir dir;
        const qint64 size = qint64(1300) << 20;
        const QString image = dir.filePath(u"large.qcow2"_s);
        Qcow2Writer writer;
        QString error;
        QVERIFY2(writer.create(image, size, QString(), &error), qPrintable(error));
        const QByteArray a = randomBytes(kCluster, 1), b = randomBytes(kCluster, 2);
        const qint64 far = size - kCluster;
        QVERIFY(writer.writeClusters(far, b.constData(), kCluster, &error));
        QVERIFY(writer.writeClusters(0, a.constData(), kCluster, &error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        const QString checked = check(image);
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        const QString raw = dir.filePath(u"large.raw"_s);
        QFile file(raw);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(a) == kCluster && file.resize(size) && file.seek(far) && file.write(b) == kCluster);
        file.close();
        const QString compared = compare(image, raw);
        QVERIFY2(compared.isEmpty(), qPrintable(compared));
        // Only what was written takes space: data, tables and header.
        QVERIFY(QFileInfo(image).size() < 16 * kCluster);
    }

    // A 5 TiB disk: its L1 table spans two clusters, and tables written
    // early (tablesDoneBelow) free their memory and stay where they went.
    void hugeDiskWithTablesWrittenEarly()
    {
        QTemporaryDir dir;
        const qint64 size = qint64(5) << 40;
        const QString image = dir.filePath(u"huge.qcow2"_s);
        Qcow2Writer writer;
        QString error;
        QVERIFY2(writer.create(image, size, QString(), &error), qPrintable(error));
        const QByteArray a(int(2 * kCluster), '\x5a'), b(int(kCluster), '\x6b');
        QVERIFY(writer.writeClusters(0, a.constData(), a.size(), &error));
        QVERIFY2(writer.tablesDoneBelow(qint64(600) << 20, &error), qPrintable(error));
        QVERIFY(!writer.writeClusters(2 * kCluster, b.constData(), kCluster, &error));   // its table is written
        QVERIFY2(error.contains(u"after its table was done"_s), qPrintable(error));
        const qint64 far = size - kCluster;
        QVERIFY(writer.writeClusters(far, b.constData(), kCluster, &error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        const QString checked = check(image);
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        // The data reads back where it was written; the rest reads as zeros.
        const auto reads = [&](qint64 offset, qint64 length, int pattern) {
            const ToolResult r = runTool(u"qemu-io"_s, u"qemu-utils"_s,
                                         {u"-f"_s, u"qcow2"_s, u"-c"_s,
                                          u"read -P %1 %2 %3"_s.arg(pattern).arg(offset).arg(length), image});
            return r.ok && !r.output.contains(u"failed"_s) && r.output.contains(u"read %1/%1 bytes"_s.arg(length));
        };
        QVERIFY(reads(0, 2 * kCluster, 0x5a));
        QVERIFY(reads(far, kCluster, 0x6b));
        QVERIFY(!reads(far, kCluster, 0x5a));   // the check can fail
        QVERIFY(reads(qint64(3) << 40, kCluster, 0));
    }

    // Bad writes are refused with the reason; an image never finished is
    // not an image (its header comes last).
    void badWritesAreRefusedAndUnfinishedImagesAreNotImages()
    {
        QTemporaryDir dir;
        const QString image = dir.filePath(u"bad.qcow2"_s);
        const QByteArray data = randomBytes(kCluster, 3);
        QString error;
        {
            Qcow2Writer writer;
            QVERIFY(writer.create(image, 4 * kCluster, QString(), &error));
            QVERIFY(!writer.writeClusters(4096, data.constData(), kCluster, &error));
            QVERIFY2(error.contains(u"not the start of a cluster"_s), qPrintable(error));
            QVERIFY(!writer.writeClusters(0, data.constData(), 4096, &error));
            QVERIFY2(error.contains(u"not whole clusters"_s), qPrintable(error));
            QVERIFY(!writer.writeClusters(4 * kCluster, data.constData(), kCluster, &error));
            QVERIFY(writer.writeClusters(kCluster, data.constData(), kCluster, &error));
            QVERIFY(!writer.writeZeroCluster(kCluster, &error));
            QVERIFY2(error.contains(u"written twice"_s), qPrintable(error));
        }
        QVERIFY(!check(image).isEmpty());
        Qcow2Writer again;
        QVERIFY(!again.create(image, 4 * kCluster, QString(), &error));   // never overwrites
        QVERIFY2(error.contains(u"cannot create"_s), qPrintable(error));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestQcow2Writer)
#include "tst_qcow2writer.moc"
