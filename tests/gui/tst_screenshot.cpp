// `vigil --demo --screenshot` as the README script runs it: a separate
// process that must wait for every host, save a real picture and exit.
#include "common/testsupport.h"
#include "models/statecolors.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestScreenshot : public QObject
{
    Q_OBJECT

    static int runVigil(const QStringList &args, QString *err = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(VIGIL_VIGIL), args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return -1;
        }
        if (err)
            *err = QString::fromUtf8(process.readAllStandardError());
        return process.exitCode();
    }

    // Distinct colours in a sample grid: a blank or half-drawn window has very few.
    static int colourCount(const QImage &image)
    {
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return int(colours.size());
    }

private Q_SLOTS:
    void pagesArePopulated_data()
    {
        QTest::addColumn<QString>("page");
        QTest::newRow("inventory") << u"inventory"_s;
        QTest::newRow("host") << u"host"_s;
        QTest::newRow("failover") << u"failover"_s;
    }
    void pagesArePopulated()
    {
        QFETCH(QString, page);
        QTemporaryDir dir;
        const QString file = dir.filePath(page + u".png"_s);
        QString err;
        QCOMPARE(runVigil({u"--demo"_s, u"--screenshot"_s, file, u"--page"_s, page}, &err), 0);
        QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(err));
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QVERIFY2(colourCount(image) > 40, qPrintable(QString::number(colourCount(image))));
        // The green "up"/"running" badge colour is present: hosts really loaded.
        const QRgb up = Vigil::Models::stateColor(Vigil::Models::StateColor::Good).rgb();
        bool green = false;
        for (int y = 0; y < image.height() && !green; ++y)
            for (int x = 0; x < image.width() && !green; ++x)
                green = image.pixel(x, y) == up;
        QVERIFY(green);
    }

    void badDatabaseOrPageFailsWithMessage()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"bad.sqlite"_s);
        QFile f(db);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'q'));
        f.close();
        QString err;
        QCOMPARE(runVigil({u"--db"_s, db, u"--screenshot"_s, dir.filePath(u"x.png"_s)}, &err), 2);
        QVERIFY2(err.contains(db), qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath(u"x.png"_s)));
        QCOMPARE(runVigil({u"--demo"_s, u"--page"_s, u"nowhere"_s, u"--screenshot"_s, dir.filePath(u"y.png"_s)}, &err), 1);
        QVERIFY(err.contains(u"unknown page"_s));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
