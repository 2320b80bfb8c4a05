// A pull backup's copy without a lab: qemu-nbd serves a disk on loopback as
// a host's QEMU would, pullNbdExport reads it into a new qcow2 file, and
// QEMU's own tools judge the result — every byte of an odd-sized disk with
// zero clusters inside a request, and an incremental copy that reads only
// the clusters a persistent dirty bitmap marks and hides zeroed data.
#include "common/testsupport.h"

#include "core/backup/nbdpull.h"
#include "core/backup/qemuimg.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Vigil;
using namespace Vigil::Backup;

namespace {

constexpr qint64 kCluster = 64 << 10;

// qemu-nbd serving `image` on 127.0.0.1 as export "vda"; stopped when destroyed.
class NbdServer
{
public:
    NbdServer(const QString &image, const QString &format, const QString &bitmap = {})
    {
        QTcpServer probe;   // a free port, given back at once
        probe.listen(QHostAddress::LocalHost);
        m_port = probe.serverPort();
        probe.close();
        QStringList args{u"-f"_s, format, u"-b"_s, u"127.0.0.1"_s, u"-p"_s, QString::number(m_port),
                         u"-x"_s, u"vda"_s, u"-t"_s, u"--read-only"_s};
        if (!bitmap.isEmpty())
            args << u"-B"_s << bitmap;
        m_process.start(u"qemu-nbd"_s, args << image);
    }
    ~NbdServer()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool waitUntilListening()
    {
        return QTest::qWaitFor([this] {
            if (m_process.state() == QProcess::NotRunning)
                return true;
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            return socket.waitForConnected(100);
        }, 10000) && m_process.state() == QProcess::Running;
    }
    QString output() { return QString::fromUtf8(m_process.readAll()); }
    NbdExport source(const QString &bitmap = {}) const { return {u"127.0.0.1"_s, m_port, u"vda"_s, bitmap, {}, {}}; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};

QString qemuImg(const QStringList &args)
{
    const ToolResult r = runQemuImg(args);
    return r.ok ? QString() : r.error + r.output;
}

QString qemuIo(const QString &image, const QStringList &commands)
{
    QStringList args{u"-f"_s, u"qcow2"_s};
    for (const QString &c : commands)
        args << u"-c"_s << c;
    const ToolResult r = runTool(u"qemu-io"_s, u"qemu-utils"_s, args << image);
    return r.ok ? QString() : r.error + r.output;
}

} // namespace

class TestNbdPull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"qemu-nbd"_s).isEmpty())
            QSKIP("qemu-nbd (qemu-utils) is missing");
    }

    // Clusters of data, a zero cluster inside one request, and a last
    // cluster cut short by the disk's end: every byte arrives.
    void fullPullCopiesEveryByteOfAnOddSizedDisk()
    {
        QTemporaryDir dir;
        const qint64 size = 12 * kCluster + 36864;
        QByteArray disk(int(size), '\0');
        QRandomGenerator random(7);
        for (qint64 c : {0, 1, 2, 3, 5, 8, 10, 12}) {   // 4, 6, 7, 9 and 11 are written as zeros: holes in the copy
            const qint64 at = c * kCluster;
            const qint64 length = std::min(kCluster, size - at);
            random.fillRange(reinterpret_cast<quint32 *>(disk.data() + at), int(length / 4));
        }
        const QString raw = dir.filePath(u"disk.raw"_s);
        QFile file(raw);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(disk) == size);
        file.close();
        NbdServer server(raw, u"raw"_s);
        QVERIFY2(server.waitUntilListening(), qPrintable(server.output()));

        const QString out = dir.filePath(u"full.qcow2"_s);
        std::atomic<bool> cancel{false};
        const NbdPullResult pulled = pullNbdExport(server.source(), out, QString(), NbdPullOptions(), cancel);
        QVERIFY2(pulled.ok, qPrintable(pulled.error));
        QCOMPARE(pulled.virtualSize, size);
        QCOMPARE(pulled.bytesWritten, 7 * kCluster + 36864);   // zeros are holes
        const QString checked = qemuImg({u"check"_s, u"-f"_s, u"qcow2"_s, out});
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        const QString same = qemuImg({u"compare"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"raw"_s, out, raw});
        QVERIFY2(same.isEmpty(), qPrintable(same));
    }

    // After a full copy, writes and a zeroed range are marked in a
    // persistent dirty bitmap; the incremental copy reads only the marked
    // clusters, and over the full copy reads as the disk does now.
    void incrementalPullReadsOnlyMarkedClusters()
    {
        QTemporaryDir dir;
        const QString image = dir.filePath(u"disk.qcow2"_s);
        QVERIFY(qemuImg({u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, image, u"4M"_s}).isEmpty());
        QVERIFY(qemuIo(image, {u"write -P 0x11 0 4M"_s}).isEmpty());
        std::atomic<bool> cancel{false};
        {
            NbdServer server(image, u"qcow2"_s);
            QVERIFY2(server.waitUntilListening(), qPrintable(server.output()));
            const NbdPullResult full = pullNbdExport(server.source(), dir.filePath(u"full.qcow2"_s), QString(),
                                                     NbdPullOptions(), cancel);
            QVERIFY2(full.ok, qPrintable(full.error));
            QCOMPARE(full.bytesRead, qint64(4) << 20);
        }
        // 4 KiB granules (QEMU's choice for disks with small clusters): a
        // write inside a 64 KiB cluster marks less than the cluster, and
        // the copy reads the rest of it from the export.
        QVERIFY(qemuImg({u"bitmap"_s, u"--add"_s, u"-g"_s, u"4096"_s, image, u"changes"_s}).isEmpty());
        const QString written = qemuIo(image, {u"write -P 0x22 64k 64k"_s, u"write -z 1M 256k"_s,
                                               u"write -P 0x33 3M 4k"_s, u"write -P 0x44 2056k 4k"_s});
        QVERIFY2(written.isEmpty(), qPrintable(written));

        NbdServer server(image, u"qcow2"_s, u"changes"_s);
        QVERIFY2(server.waitUntilListening(), qPrintable(server.output()));
        const QString out = dir.filePath(u"inc.qcow2"_s);
        const NbdPullResult inc = pullNbdExport(server.source(u"changes"_s), out, u"full.qcow2"_s,
                                                NbdPullOptions(), cancel);
        QVERIFY2(inc.ok, qPrintable(inc.error));
        // 64 KiB + 256 KiB + the 64 KiB cluster of each 4 KiB write.
        QCOMPARE(inc.bytesRead, qint64(448) << 10);
        const QString checked = qemuImg({u"check"_s, u"-f"_s, u"qcow2"_s, out});
        QVERIFY2(checked.isEmpty(), qPrintable(checked));
        const QString same = qemuImg({u"compare"_s, u"-U"_s, u"-f"_s, u"qcow2"_s, u"-F"_s, u"qcow2"_s, out, image});
        QVERIFY2(same.isEmpty(), qPrintable(same));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestNbdPull)
#include "tst_nbdpull.moc"
