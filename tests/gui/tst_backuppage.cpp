// The Backups tab on the test driver: a job made in the dialog, run from the
// page; every guest's failure is explained, nothing is left in the target,
// and the GUI thread keeps turning while the run works.
#include "common/testsupport.h"
#include "core/backup/backupmanager.h"
#include "core/session.h"
#include "models/backupartifactmodel.h"
#include "models/backuprunmodel.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"
#include "ui/backupjobdialog.h"
#include "ui/backuppage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Backup;

class TestBackupPage : public QObject
{
    Q_OBJECT
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_session = Test::sessionWithOneHost(m_dir->filePath(u"s.sqlite"_s), u"a"_s, &error);
        QVERIFY2(m_session, qPrintable(error));
    }

    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    void dialogRefusesAnIncompleteJobAndSavesAValidOne()
    {
        Ui::BackupPage page(m_session.get());
        page.show();
        Ui::BackupJobDialog *dialog = page.openJobDialog(true);
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->problems()->text().contains(u"no name"_s));
        dialog->nameEdit()->setText(u"nightly"_s);
        dialog->targetEdit()->setText(u"relative"_s);
        QVERIFY(dialog->problems()->text().contains(u"absolute"_s));
        dialog->targetEdit()->setText(m_dir->filePath(u"backup"_s));
        QListWidget *guests = dialog->guestList();
        QCOMPARE(guests->count(), 3);   // cache, db, web
        for (int i = 0; i < guests->count(); ++i)
            guests->item(i)->setCheckState(Qt::Checked);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems()->text()));
        ok->click();
        QTRY_COMPARE(page.jobView()->model()->rowCount(), 1);
        const auto saved = m_session->backups()->store()->jobByName(u"nightly"_s);
        QVERIFY(saved);
        QCOMPARE(saved->selection.guests.size(), 3);
    }

    void runsWrittenByAnotherProcessAppear()
    {
        BackupJob job;
        job.name = u"agent-job"_s;
        job.selection.guests = {u"web"_s};
        job.targetDirectory = m_dir->filePath(u"backup"_s);
        QString error;
        QVERIFY(m_session->backups()->store()->saveJob(job, &error));
        m_session->followChanges();   // as the console does
        Ui::BackupPage page(m_session.get());
        page.show();
        page.selectJob(0);
        QCOMPARE(page.runView()->model()->rowCount(), 0);
        {
            // The agent: its own connection to the same database.
            auto opened = Store::Database::open(m_dir->filePath(u"s.sqlite"_s), u"other-process"_s);
            QVERIFY(opened.ok);
            Store::BackupStore agent(opened.db);
            const qint64 run = agent.startRun(job, u"schedule"_s, &error);
            RunRecord r = agent.run(run).value();
            r.state = RunRecord::State::Succeeded;
            r.message = u"1 of 1 guests backed up"_s;
            QVERIFY(agent.finishRun(r));
        }
        Store::Database::close(u"other-process"_s);
        // The change feed brings it within 2 s (it used to be a 5-s poll).
        QTRY_COMPARE_WITH_TIMEOUT(page.runView()->model()->rowCount(), 1, 2000);
        QCOMPARE(page.runView()->model()->index(0, Models::BackupRunModel::Trigger).data().toString(), u"scheduled"_s);
    }

    void runOnTheTestDriverExplainsEveryFailureAndKeepsTheGuiTurning()
    {
        BackupJob job;
        job.name = u"demo"_s;
        job.selection.guests = {u"web"_s, u"db"_s, u"ghost"_s};
        job.targetDirectory = m_dir->filePath(u"backup"_s);
        QString error;
        QVERIFY(m_session->backups()->store()->saveJob(job, &error));
        Ui::BackupPage page(m_session.get());
        page.show();
        page.selectJob(0);
        QVERIFY(page.runNowAction()->isEnabled());

        // The longest gap between two turns of the GUI thread's event loop.
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        QTimer ticker;
        clock.start();
        connect(&ticker, &QTimer::timeout, this, [&] {
            worst = std::max(worst, clock.elapsed() - last);
            last = clock.elapsed();
        });
        ticker.start(5);
        page.runNowAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->backups()->runningRuns().isEmpty(), 20000);
        ticker.stop();
        qInfo("longest GUI event-loop gap during the run: %lld ms", worst);
        QVERIFY2(worst < 500, "the GUI thread must not wait for libvirt or the disk");

        const RunRecord run = m_session->backups()->store()->runs(job.id, 1).first();
        QCOMPARE(run.state, RunRecord::State::Failed);
        QTRY_COMPARE(page.artifactView()->model()->rowCount(), 3);
        QStringList messages;
        for (const ArtifactRecord &a : m_session->backups()->store()->artifactsOfRun(run.id)) {
            QCOMPARE(a.state, ArtifactRecord::State::Failed);
            messages << a.guestName + u": "_s + a.message;
        }
        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"ghost: no connected host has a guest named ghost"_s), qPrintable(all));
        QVERIFY2(all.contains(u"db: the guest has no disk to back up"_s), qPrintable(all));
        QVERIFY2(all.contains(u"web: libvirt refused the backup"_s), qPrintable(all));
        // Nothing half-written in the target.
        const QStringList left = QDir(job.targetDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
        for (const QString &guestDir : left)
            QVERIFY2(QDir(job.targetDirectory + u'/' + guestDir).isEmpty(), qPrintable(guestDir));
        // Nothing to restore from a failed run.
        page.selectArtifact(0);
        QVERIFY(!page.restoreAction()->isEnabled());
        QVERIFY(!page.openRestoreDialog());
    }
};

VIGIL_TEST_GUI_MAIN(TestBackupPage)
#include "tst_backuppage.moc"
