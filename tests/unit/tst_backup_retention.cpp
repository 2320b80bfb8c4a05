// Retention over simulated months of runs: exactly what the rules say is
// kept, chains are never broken, incomplete backups are never pruned.
#include "common/testsupport.h"

#include "core/backup/retention.h"

using namespace Vigil::Backup;

class TestBackupRetention : public QObject
{
    Q_OBJECT

    // One backup a day at 01:00 local time for `days` days from 2026-01-01,
    // all full.
    static QList<RetainedBackup> daily(int days, QDate from = QDate(2026, 1, 1))
    {
        QList<RetainedBackup> list;
        for (int i = 0; i < days; ++i)
            list.append({i + 1, QDateTime(from.addDays(i), QTime(1, 0)), 0, true});
        return list;
    }

    static QSet<qint64> kept(const QList<RetainedBackup> &all, const QSet<qint64> &pruned)
    {
        QSet<qint64> result;
        for (const RetainedBackup &b : all)
            if (!pruned.contains(b.id))
                result.insert(b.id);
        return result;
    }

private Q_SLOTS:
    void keepLastOnly()
    {
        const auto all = daily(10);
        const QSet<qint64> pruned = backupsToPrune(all, {3, 0, 0, 0});
        QCOMPARE(kept(all, pruned), (QSet<qint64>{8, 9, 10}));
    }

    void zeroEverywhereKeepsAll()
    {
        QVERIFY(backupsToPrune(daily(40), {0, 0, 0, 0}).isEmpty());
    }

    void newestAlwaysKeptEvenWithOnlyMonthly()
    {
        const auto all = daily(5);
        const QSet<qint64> pruned = backupsToPrune(all, {0, 0, 0, 1});
        QVERIFY(!pruned.contains(5));
        QCOMPARE(kept(all, pruned), (QSet<qint64>{5}));
    }

    // A simulated month (plus) of daily runs with Proxmox-style rules:
    // last 2, daily 5, weekly 2, monthly 2.
    void simulatedMonthKeepsExactlyWhatTheRulesSay()
    {
        // 2026-01-01 (Thursday) .. 2026-02-09 (Monday): 40 backups.
        const auto all = daily(40);
        const QSet<qint64> pruned = backupsToPrune(all, {2, 5, 2, 2});
        // last 2:    Feb 9 (40, ISO week 7), Feb 8 (39, week 6).
        // daily 5:   the next five days not covered: Feb 7..3 (38..34).
        // weekly 2:  weeks 7 and 6 are covered; the newest of week 5 is
        //            Feb 1 (32), of week 4 Jan 25 (25).
        // monthly 2: February and January are covered already: nothing new.
        QCOMPARE(kept(all, pruned), (QSet<qint64>{40, 39, 38, 37, 36, 35, 34, 32, 25}));
    }

    void monthlyReachesBackAcrossMonths()
    {
        const auto all = daily(100);   // Jan 1 .. Apr 10
        const QSet<qint64> pruned = backupsToPrune(all, {1, 0, 0, 4});
        // last: Apr 10 (100) covers April; then newest of March (90), Feb (59), Jan (31).
        QCOMPARE(kept(all, pruned), (QSet<qint64>{100, 90, 59, 31}));
    }

    void incrementalChainsAreNeverBroken()
    {
        // Full on day 1, incrementals on days 2..6 each building on the one before.
        QList<RetainedBackup> all;
        for (int i = 1; i <= 6; ++i)
            all.append({i, QDateTime(QDate(2026, 3, i), QTime(1, 0)), i == 1 ? 0 : i - 1, true});
        const QSet<qint64> pruned = backupsToPrune(all, {1, 0, 0, 0});
        QVERIFY2(pruned.isEmpty(), "the newest incremental needs its whole chain");
        // A new full on day 7: the old chain may go now.
        all.append({7, QDateTime(QDate(2026, 3, 7), QTime(1, 0)), 0, true});
        QCOMPARE(backupsToPrune(all, {1, 0, 0, 0}), (QSet<qint64>{1, 2, 3, 4, 5, 6}));
    }

    // A backup a restore or verify reads now stays, with the chain it
    // builds on; once read, the next run lets it go.
    void backupsBeingReadAreKeptWithTheirChain()
    {
        QList<RetainedBackup> all;
        for (int i = 1; i <= 3; ++i)   // full 1, incrementals 2 and 3
            all.append({i, QDateTime(QDate(2026, 3, i), QTime(1, 0)), i == 1 ? 0 : i - 1, true});
        all.append({4, QDateTime(QDate(2026, 3, 4), QTime(1, 0)), 0, true});   // a new full
        all.append({5, QDateTime(QDate(2026, 3, 5), QTime(1, 0)), 0, true});
        all[1].beingRead = true;   // incremental 2 is being restored
        QCOMPARE(backupsToPrune(all, {1, 0, 0, 0}), (QSet<qint64>{3, 4}));
        all[1].beingRead = false;
        QCOMPARE(backupsToPrune(all, {1, 0, 0, 0}), (QSet<qint64>{1, 2, 3, 4}));
    }

    // Reading an older backup of a day does not make it that day's backup:
    // the newest of the day stays as the rules say, the read one besides.
    void aBackupBeingReadDoesNotDisplaceTheOneTheRulesKeep()
    {
        QList<RetainedBackup> all{{1, QDateTime(QDate(2026, 3, 1), QTime(1, 0)), 0, true},
                                  {2, QDateTime(QDate(2026, 3, 1), QTime(13, 0)), 0, true},
                                  {3, QDateTime(QDate(2026, 3, 2), QTime(1, 0)), 0, true}};
        all[0].beingRead = true;
        QCOMPARE(backupsToPrune(all, {1, 2, 0, 0}), QSet<qint64>());
        all[0].beingRead = false;
        QCOMPARE(backupsToPrune(all, {1, 2, 0, 0}), QSet<qint64>{1});
    }

    void incompleteBackupsAreNeitherCountedNorPruned()
    {
        auto all = daily(5);
        all[4].complete = false;   // the newest failed verification
        const QSet<qint64> pruned = backupsToPrune(all, {1, 0, 0, 0});
        QVERIFY(!pruned.contains(5));
        QVERIFY2(!pruned.contains(4), "the newest complete backup counts as newest");
        QCOMPARE(pruned, (QSet<qint64>{1, 2, 3}));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestBackupRetention)
#include "tst_backup_retention.moc"
