// `vigilctl report` as a user runs it: four formats from the demo cluster,
// and a target that cannot be written.
#include "common/testsupport.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace Vigil;

namespace {

int vigilctl(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_qs);   // vigilctl must pick offscreen itself
    env.remove(u"DISPLAY"_qs);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VIGIL_VIGILCTL), args);
    if (!process.waitForFinished(60000)) {
        process.kill();
        return -1;
    }
    if (out)
        *out = QString::fromUtf8(process.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourFormatsFromTheDemo()
    {
        QTemporaryDir dir;
        for (const QString &format : {u"pdf"_qs, u"html"_qs, u"csv"_qs, u"json"_qs}) {
            const QString path = dir.filePath(u"report."_qs + format);
            QString out, err;
            const int code = vigilctl({u"--demo"_qs, u"report"_qs, u"--format"_qs, format, u"--range"_qs, u"24h"_qs,
                                       u"--out"_qs, path}, &out, &err);
            QVERIFY2(code == 0, qPrintable(err));
            QVERIFY(out.contains(u"wrote"_qs));
            QVERIFY(out.contains(u"edge-1 is unreachable"_qs));
        }
        QVERIFY(readAll(dir.filePath(u"report.pdf"_qs)).startsWith("%PDF-"));
        // The PDF renders: pdftoppm (poppler) turns its first page into an image.
        QProcess render;
        render.start(u"pdftoppm"_qs, {u"-png"_qs, u"-r"_qs, u"40"_qs, u"-f"_qs, u"1"_qs, u"-l"_qs, u"1"_qs,
                                      dir.filePath(u"report.pdf"_qs), dir.filePath(u"page"_qs)});
        QVERIFY2(render.waitForFinished(30000) && render.exitCode() == 0, "pdftoppm (poppler-utils) failed");
        QVERIFY(!QImage(dir.filePath(u"page-1.png"_qs)).isNull());
        const QByteArray html = readAll(dir.filePath(u"report.html"_qs));
        QVERIFY(html.contains("HA readiness"));
        QVERIFY(html.contains("data:image/png;base64,"));   // charts embedded
        QVERIFY(readAll(dir.filePath(u"report.csv"_qs)).startsWith("section,host,subject,item,value,unit,time,detail\r\n"));
        const QJsonObject json = QJsonDocument::fromJson(readAll(dir.filePath(u"report.json"_qs))).object();
        const QJsonArray hosts = json.value(u"hosts"_qs).toArray();
        QCOMPARE(hosts.size(), 5);
        int unreachable = 0;
        for (const QJsonValue &h : hosts)
            unreachable += h.toObject().value(u"state"_qs).toString() == u"unreachable";
        QCOMPARE(unreachable, 1);
        // The demo's test driver reports no load: null, never 0.
        QVERIFY(hosts.at(0).toObject().value(u"cpu_percent"_qs).toObject().value(u"average"_qs).isNull());
        QVERIFY(!json.value(u"ha_readiness"_qs).toObject().value(u"policies"_qs).toArray().isEmpty());
    }

    void formatFollowsTheExtensionAndBadInputIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(vigilctl({u"--demo"_qs, u"report"_qs, u"--out"_qs, dir.filePath(u"r.json"_qs)}) == 0);
        QVERIFY(!QJsonDocument::fromJson(readAll(dir.filePath(u"r.json"_qs))).isNull());
        QString err;
        QCOMPARE(vigilctl({u"--demo"_qs, u"report"_qs, u"--out"_qs, dir.filePath(u"r.txt"_qs)}, nullptr, &err), 1);
        QVERIFY(err.contains(u"unknown report format"_qs));
        QCOMPARE(vigilctl({u"--demo"_qs, u"report"_qs, u"--range"_qs, u"2y"_qs, u"--out"_qs, dir.filePath(u"r.csv"_qs)},
                          nullptr, &err), 1);
        QVERIFY(err.contains(u"unknown range"_qs));
    }

    void unwritableTargetFailsClearlyAndLeavesNothing()
    {
        QTemporaryDir dir;
        // Tests run as root, which ignores permissions: a path under a
        // regular file is unwritable for everyone.
        const QString blocker = dir.filePath(u"file"_qs);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString err;
        QCOMPARE(vigilctl({u"--demo"_qs, u"report"_qs, u"--out"_qs, blocker + u"/report.pdf"_qs}, nullptr, &err), 1);
        QVERIFY2(err.contains(u"Cannot write"_qs), qPrintable(err));
        QVERIFY(!QFile::exists(blocker + u"/report.pdf"_qs));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
