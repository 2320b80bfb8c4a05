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

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

int vigilctl(const QStringList &args, QString *out = nullptr, QString *err = nullptr)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);   // vigilctl must pick offscreen itself
    env.remove(u"DISPLAY"_s);
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

} // namespace

class TestReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fourFormatsFromTheDemo()
    {
        QTemporaryDir dir;
        for (const QString &format : {u"pdf"_s, u"html"_s, u"csv"_s, u"json"_s}) {
            const QString path = dir.filePath(u"report."_s + format);
            QString out, err;
            const int code = vigilctl({u"--demo"_s, u"report"_s, u"--format"_s, format, u"--range"_s, u"24h"_s,
                                       u"--out"_s, path}, &out, &err);
            QVERIFY2(code == 0, qPrintable(err));
            QVERIFY(out.contains(u"wrote"_s));
            QVERIFY(out.contains(u"edge-1 is unreachable"_s));
        }
        QVERIFY(Test::fileBytes(dir.filePath(u"report.pdf"_s)).startsWith("%PDF-"));
        // The PDF renders: pdftoppm (poppler) turns its first page into an image.
        QProcess render;
        render.start(u"pdftoppm"_s, {u"-png"_s, u"-r"_s, u"40"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s,
                                      dir.filePath(u"report.pdf"_s), dir.filePath(u"page"_s)});
        QVERIFY2(render.waitForFinished(30000) && render.exitCode() == 0, "pdftoppm (poppler-utils) failed");
        QVERIFY(!QImage(dir.filePath(u"page-1.png"_s)).isNull());
        const QByteArray html = Test::fileBytes(dir.filePath(u"report.html"_s));
        QVERIFY(html.contains("HA readiness"));
        QVERIFY(html.contains("data:image/png;base64,"));   // charts embedded
        QVERIFY(Test::fileBytes(dir.filePath(u"report.csv"_s)).startsWith("section,host,subject,item,value,unit,time,detail\r\n"));
        const QJsonObject json = QJsonDocument::fromJson(Test::fileBytes(dir.filePath(u"report.json"_s))).object();
        const QJsonArray hosts = json.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 5);
        int unreachable = 0;
        for (const QJsonValue &h : hosts)
            unreachable += h.toObject().value(u"state"_s).toString() == u"unreachable";
        QCOMPARE(unreachable, 1);
        // The demo's test driver reports no load: null, never 0.
        QVERIFY(hosts.at(0).toObject().value(u"cpu_percent"_s).toObject().value(u"average"_s).isNull());
        QVERIFY(!json.value(u"ha_readiness"_s).toObject().value(u"policies"_s).toArray().isEmpty());
    }

    void formatFollowsTheExtensionAndBadInputIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(vigilctl({u"--demo"_s, u"report"_s, u"--out"_s, dir.filePath(u"r.json"_s)}) == 0);
        QVERIFY(!QJsonDocument::fromJson(Test::fileBytes(dir.filePath(u"r.json"_s))).isNull());
        QString err;
        QCOMPARE(vigilctl({u"--demo"_s, u"report"_s, u"--out"_s, dir.filePath(u"r.txt"_s)}, nullptr, &err), 1);
        QVERIFY(err.contains(u"unknown report format"_s));
        QCOMPARE(vigilctl({u"--demo"_s, u"report"_s, u"--range"_s, u"2y"_s, u"--out"_s, dir.filePath(u"r.csv"_s)},
                          nullptr, &err), 1);
        QVERIFY(err.contains(u"unknown range"_s));
    }

    void unwritableTargetFailsClearlyAndLeavesNothing()
    {
        QTemporaryDir dir;
        // Tests run as root, which ignores permissions: a path under a
        // regular file is unwritable for everyone.
        const QString blocker = dir.filePath(u"file"_s);
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        QString err;
        QCOMPARE(vigilctl({u"--demo"_s, u"report"_s, u"--out"_s, blocker + u"/report.pdf"_s}, nullptr, &err), 1);
        QVERIFY2(err.contains(u"Cannot write"_s), qPrintable(err));
        QVERIFY(!QFile::exists(blocker + u"/report.pdf"_s));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
