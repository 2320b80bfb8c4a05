#include "common/testsupport.h"
#include "core/session.h"
#include "ui/reportdialog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestReportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QString error;
        m_session = Test::sessionWithOneHost(m_dir->filePath(u"s.sqlite"_s), u"a"_s, &error);
        QVERIFY2(m_session, qPrintable(error));
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void exportsTheChosenFormat()
    {
        Ui::ReportDialog dialog(m_session.get());
        dialog.show();
        const QString path = m_dir->filePath(u"r.json"_s);
        dialog.setFormat(u"json"_s);
        dialog.setOutputPath(path);
        QSignalSpy finished(&dialog, &Ui::ReportDialog::finished);
        QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(finished.first().first().toBool(), qPrintable(finished.first().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"hosts"_s).toArray().size(), 1);
        QVERIFY(dialog.statusLabel()->text().contains(u"Saved to"_s));
    }

    void cancelLeavesNoFile()
    {
        Ui::ReportDialog dialog(m_session.get());
        dialog.show();
        const QString path = m_dir->filePath(u"r.pdf"_s);
        dialog.setOutputPath(path);
        QSignalSpy finished(&dialog, &Ui::ReportDialog::finished);
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(dialog.generateButton(), Qt::LeftButton);
        QVERIFY(clock.elapsed() < 100);   // the work runs on workers: the click returns at once
        QVERIFY(dialog.cancelButton()->isEnabled());
        // Cancelled before the worker's answer is handled: whatever it
        // collected is dropped and nothing is written.
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(!finished.first().first().toBool());
        QVERIFY(finished.first().at(1).toString().contains(u"Cancelled"_s));
        QTest::qWait(200);
        QVERIFY(!QFile::exists(path));
        QVERIFY(dialog.generateButton()->isEnabled());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

VIGIL_TEST_GUI_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
