// Where each guest's backups stand: the RPO, the restore drill rotation,
// and what the backup alert, the Backups tab and the Overview say of them.
#include "common/testsupport.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupmanager.h"
#include "core/backup/backupstatus.h"
#include "core/cluster/clustermanager.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"
#include "models/backupjobmodel.h"

#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Backup;

class TestBackupStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each guest the job covers whose newest good backup is older than the
    // RPO is named by the backup alert; a damaged newer one does not count,
    // an unverified one counts only for a job that does not verify.
    void rpoNamesTheGuestsThatMissIt()
    {
        QTemporaryDir dir;
        {
            auto opened = Store::Database::open(dir.filePath(u"rpo.db"_s), u"rpo-test"_s);
            QVERIFY(opened.ok);
            ClusterManager cluster;
            BackupManager manager(&cluster, opened.db);
            BackupJob job = Test::backupJob();
            job.selection.guests = {u"db-1"_s, u"db-2"_s, u"db-3"_s};
            job.rpoHours = 24;
            QString error;
            QVERIFY2(manager.store()->saveJob(job, &error), qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 run = manager.store()->startRun(job, u"manual"_s, &error);
            const auto backup = [&](const QString &guest, int hoursAgo, ArtifactRecord::Check verify) {
                QVERIFY(Test::recordCompleteBackup(*manager.store(), job, run, guest, now.addSecs(-3600 * hoursAgo),
                                                   verify) > 0);
            };
            backup(u"db-1"_s, 2, ArtifactRecord::Check::Passed);      // meets it
            backup(u"db-2"_s, 30, ArtifactRecord::Check::Passed);     // 30 h old
            backup(u"db-2"_s, 1, ArtifactRecord::Check::Failed);      // newer, but damaged
            backup(u"web-9"_s, 1, ArtifactRecord::Check::NotChecked); // not verified yet
            // db-3 was never backed up.
            QString problems = StoredText::joined(manager.openProblems(now), u"\n"_s).english();
            QVERIFY2(!problems.contains(u"db-1 misses"_s), qPrintable(problems));
            QVERIFY2(problems.contains(u"db-2 misses the RPO of job nightly (24 h): its newest good backup is 30 h old"_s),
                     qPrintable(problems));
            QVERIFY2(problems.contains(u"db-3 misses the RPO of job nightly (24 h): it has no good backup"_s),
                     qPrintable(problems));
            QVERIFY2(problems.contains(u"web-9 misses the RPO of job nightly (24 h): it has no good backup"_s),
                     qPrintable(problems));
            // The same backups for a job that does not verify: web-9's counts.
            job.verifyAfter = false;
            QVERIFY(manager.store()->saveJob(job, &error));
            problems = StoredText::joined(manager.openProblems(now), u"\n"_s).english();
            QVERIFY2(!problems.contains(u"web-9 misses"_s), qPrintable(problems));
            // Without an objective nothing is said.
            job.rpoHours = 0;
            QVERIFY(manager.store()->saveJob(job, &error));
            problems = StoredText::joined(manager.openProblems(now), u"\n"_s).english();
            QVERIFY2(!problems.contains(u"misses"_s), qPrintable(problems));
        }
        Store::Database::close(u"rpo-test"_s);
    }

    // The drill rotation: never drilled first, then the one drilled longest
    // ago; a passed drill waits out the period, a failed one only hours;
    // guests without a good backup or no longer named are left out.
    void drillRotationTakesTheLongestUndrilledFirst()
    {
        BackupJob job = Test::backupJob();
        job.selection.guests = {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
        job.selection.patterns.clear();
        job.drillEveryDays = 7;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto good = [&](const QString &name, bool hasBackup = true) {
            return Store::BackupStore::NewestGood{u"uuid-"_s + name, name, hasBackup ? now.addDays(-1) : QDateTime()};
        };
        const QList<Store::BackupStore::NewestGood> guests{good(u"a"_s), good(u"b"_s), good(u"c"_s), good(u"d"_s),
                                                          good(u"e"_s, false), good(u"f"_s), good(u"gone"_s)};
        const auto drill = [&](qint64 daysAgo, bool ok, qint64 secsAgo = 0) {
            return Test::drillRecord(0, now.addDays(-daysAgo).addSecs(-secsAgo), ok);
        };
        const QHash<QString, RestoreRecord> last{
            {u"uuid-a"_s, drill(8, true)},                  // due: 8 days ago
            {u"uuid-b"_s, drill(10, true)},                 // due, longer ago than a
            {u"uuid-c"_s, drill(2, true)},                  // not due: 2 of 7 days
            {u"uuid-d"_s, drill(0, false, 7 * 3600)},       // failed 7 h ago: tried again
            {u"uuid-f"_s, drill(0, false, 3600)},           // failed 1 h ago: not yet
        };
        const int sixHours = 6 * 3600;
        // "gone" is not named by the job, "e" has no good backup.
        QCOMPARE(drillRotation(job, guests, last, now, sixHours),
                 (QStringList{u"uuid-b"_s, u"uuid-a"_s, u"uuid-d"_s}));
        QHash<QString, RestoreRecord> none;
        QCOMPARE(drillRotation(job, guests, none, now, sixHours).first(), u"uuid-a"_s);   // all never: the job's order
        QHash<QString, RestoreRecord> withNever = last;
        withNever.remove(u"uuid-c"_s);
        QCOMPARE(drillRotation(job, guests, withNever, now, sixHours).first(), u"uuid-c"_s);   // never drilled first
    }
    // Compliance counts only guests whose job states an RPO, and only
    // drilled guests of jobs that drill; a job id narrows it to one job.
    void complianceCountsWhatHasAnObjective()
    {
        const auto status = [](qint64 jobId, const QString &guest, GuestBackupStatus::Rpo rpo, int drillDays = 0,
                               bool drilled = false, bool drillOk = false) {
            GuestBackupStatus s;
            s.jobId = jobId;
            s.job = u"job-"_s + QString::number(jobId);
            s.guest = guest;
            s.rpo = rpo;
            s.drillEveryDays = drillDays;
            if (drilled)
                s.lastDrill = QDateTime::currentDateTimeUtc();
            s.drillOk = drillOk;
            return s;
        };
        using Rpo = GuestBackupStatus::Rpo;
        const QList<GuestBackupStatus> all{
            status(1, u"a"_s, Rpo::Met, 7, true, true),
            status(1, u"b"_s, Rpo::Missed, 7, true, false),
            status(1, u"c"_s, Rpo::Met, 7, false),            // not drilled yet: not counted as drilled
            status(2, u"d"_s, Rpo::NoObjective, 0, true, false), // a test restore outside any drill schedule
            status(2, u"e"_s, Rpo::Missed),
        };
        const BackupCompliance every = backupCompliance(all);
        QCOMPARE(every.withObjective, 4);
        QCOMPARE(every.met, 2);
        QCOMPARE(every.missed, (QStringList{u"b (job-1)"_s, u"e (job-2)"_s}));
        QCOMPARE(every.drilled, 2);
        QCOMPARE(every.failedDrills, QStringList{u"b (job-1)"_s});
        const BackupCompliance second = backupCompliance(all, 2);
        QCOMPARE(second.withObjective, 1);
        QCOMPARE(second.met, 0);
        QCOMPARE(second.drilled, 0);
        QCOMPARE(backupCompliance({}).withObjective, 0);
    }

    // The Backups tab's job table says, from the database, how many of a
    // job's guests miss its RPO and failed their last drill, and names them.
    void jobTableSaysRpoAndDrillCompliance()
    {
        QTemporaryDir dir;
        {
            auto opened = Store::Database::open(dir.filePath(u"table.db"_s), u"table-test"_s);
            QVERIFY(opened.ok);
            Store::BackupStore store(opened.db);
            BackupJob job = Test::backupJob();
            job.selection.guests = {u"db-1"_s, u"db-2"_s};
            job.selection.patterns.clear();
            job.verifyAfter = false;
            job.rpoHours = 24;
            job.drillEveryDays = 7;
            QString error;
            QVERIFY2(store.saveJob(job, &error), qPrintable(error));
            Models::BackupJobModel model(&store);
            QCOMPARE(model.rowCount(), 1);
            const QModelIndex rpo = model.index(0, Models::BackupJobModel::Rpo);
            const QModelIndex drills = model.index(0, Models::BackupJobModel::Drills);
            const QDateTime now = QDateTime::currentDateTimeUtc();
            model.setStatus(guestBackupStatus(store, now));
            QCOMPARE(rpo.data().toString(), u"24 h: no backup yet"_s);
            QCOMPARE(drills.data().toString(), u"every 7 d: none yet"_s);

            const qint64 run = store.startRun(job, u"manual"_s, &error);
            QVERIFY2(run > 0, qPrintable(error));
            const auto backup = [&](const QString &guest, int hoursAgo) {
                return Test::recordCompleteBackup(store, job, run, guest, now.addSecs(-3600 * hoursAgo));
            };
            const qint64 fresh = backup(u"db-1"_s, 2);
            QVERIFY(fresh > 0);
            QVERIFY(backup(u"db-2"_s, 30) > 0);
            RestoreRecord drill = Test::drillRecord(fresh, now.addSecs(-60), false, u"did not boot"_s);
            QVERIFY(store.recordRestore(drill));

            model.setStatus(guestBackupStatus(store, now));
            QCOMPARE(rpo.data().toString(), u"24 h: 1 of 2 missed"_s);
            QVERIFY2(rpo.data(Qt::ToolTipRole).toString().contains(u"Missed by: db-2 (nightly)"_s),
                     qPrintable(rpo.data(Qt::ToolTipRole).toString()));
            QVERIFY(!rpo.data(Qt::DecorationRole).isNull());
            QCOMPARE(drills.data().toString(), u"every 7 d: 1 of 1 failed"_s);
            QVERIFY(drills.data(Qt::ToolTipRole).toString().contains(u"Failed: db-1 (nightly)"_s));

            // A newer backup of db-2 and a passed drill: all met, all passed.
            QVERIFY(backup(u"db-2"_s, 1) > 0);
            drill = Test::drillRecord(fresh, now.addSecs(-30), true);
            QVERIFY(store.recordRestore(drill));
            model.setStatus(guestBackupStatus(store, now));
            QCOMPARE(rpo.data().toString(), u"24 h: all 2 met"_s);
            QCOMPARE(drills.data().toString(), u"every 7 d: 1 passed"_s);

            // Without an objective or drills the columns say so.
            job.rpoHours = 0;
            job.drillEveryDays = 0;
            QVERIFY(store.saveJob(job, &error));
            model.reload();
            model.setStatus(guestBackupStatus(store, now));
            QCOMPARE(model.index(0, Models::BackupJobModel::Rpo).data().toString(), u"—"_s);
            QCOMPARE(model.index(0, Models::BackupJobModel::Drills).data().toString(), u"—"_s);
        }
        Store::Database::close(u"table-test"_s);
    }

    // A drill that passed long ago and never ran again (its host down for
    // days) is said to be overdue a day after it was due; a failed one is
    // said as failed.
    void overdueDrillIsAlerted()
    {
        QTemporaryDir dir;
        {
            auto opened = Store::Database::open(dir.filePath(u"overdue.db"_s), u"overdue-test"_s);
            QVERIFY(opened.ok);
            ClusterManager cluster;
            BackupManager manager(&cluster, opened.db);
            BackupJob job = Test::backupJob();
            job.selection.patterns.clear();
            job.verifyAfter = false;
            job.drillEveryDays = 7;
            QString error;
            QVERIFY2(manager.store()->saveJob(job, &error), qPrintable(error));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 run = manager.store()->startRun(job, u"manual"_s, &error);
            const qint64 backup = Test::recordCompleteBackup(*manager.store(), job, run, u"db-1"_s, now.addSecs(-3600));
            QVERIFY(backup > 0);
            RestoreRecord drill = Test::drillRecord(backup, now.addDays(-7).addSecs(-3600), true);
            QVERIFY(manager.store()->recordRestore(drill));
            // Due an hour ago: not yet said.
            QString problems = StoredText::joined(manager.openProblems(now), u"\n"_s).english();
            QVERIFY2(!problems.contains(u"overdue"_s), qPrintable(problems));
            // Due more than a day ago.
            problems = StoredText::joined(manager.openProblems(now.addDays(2)), u"\n"_s).english();
            QVERIFY2(problems.contains(u"restore drill of db-1 (job nightly) is overdue: last drilled "_s)
                         && problems.contains(u"due every 7 day"_s),
                     qPrintable(problems));
        }
        Store::Database::close(u"overdue-test"_s);
    }
};

VIGIL_TEST_GUI_MAIN(TestBackupStatus)
#include "tst_backupstatus.moc"
