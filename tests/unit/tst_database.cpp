#include "common/testsupport.h"
#include "core/store/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Vigil;
using Store::Database;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndMigratesNewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/vigil.sqlite"_qs);
        auto opened = Database::open(path, u"t1"_qs);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QString error;
        QCOMPARE(Database::storedVersion(opened.db, &error), Database::kSchemaVersion);
        QSqlQuery q(opened.db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_qs);
        QVERIFY(q.exec(u"SELECT count(*) FROM hosts"_qs));
        Database::close(u"t1"_qs);

        // Re-opening an up-to-date file changes nothing and succeeds.
        auto again = Database::open(path, u"t2"_qs);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(Database::storedVersion(again.db, &error), Database::kSchemaVersion);
        Database::close(u"t2"_qs);
    }

    void corruptFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not an SQLite database, just some text\n").repeated(200));
        file.close();
        const QByteArray before = Test::fileHash(path);

        auto opened = Database::open(path, u"corrupt"_qs);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(u"untouched"_qs), qPrintable(opened.error));
        Database::close(u"corrupt"_qs);
        QCOMPARE(Test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_qs) || QFile(path + u"-wal"_qs).size() == 0);
    }

    void damagedHeaderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_qs);
        {
            auto opened = Database::open(path, u"good"_qs);
            QVERIFY(opened.ok);
            Database::close(u"good"_qs);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write("GARBAGE-GARBAGE!");   // overwrite the 16-byte magic header
        file.close();
        const QByteArray before = Test::fileHash(path);
        auto opened = Database::open(path, u"bad"_qs);
        QVERIFY(!opened.ok);
        Database::close(u"bad"_qs);
        QCOMPARE(Test::fileHash(path), before);
    }

    void newerSchemaIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_qs);
        {
            auto opened = Database::open(path, u"make"_qs);
            QVERIFY(opened.ok);
            QSqlQuery q(opened.db);
            QVERIFY(q.exec(u"UPDATE schema_version SET version = 99"_qs));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs));
            Database::close(u"make"_qs);
        }
        const QByteArray before = Test::fileHash(path);
        auto opened = Database::open(path, u"newer"_qs);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(u"newer version"_qs), qPrintable(opened.error));
        QVERIFY(opened.error.contains(u"99"_qs));
        Database::close(u"newer"_qs);
        QCOMPARE(Test::fileHash(path), before);
    }

    void lockedFileGivesClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_qs);
        // Another connection holds an exclusive lock on a fresh database
        // (rollback-journal mode, as before the first migration).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"locker"_qs);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"PRAGMA locking_mode=EXCLUSIVE"_qs));
        QVERIFY(lock.exec(u"CREATE TABLE unrelated (x)"_qs));

        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(path, u"blocked"_qs);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(u"locked"_qs), qPrintable(opened.error));
        QVERIFY2(timer.elapsed() < 10000, "open must give up after its busy timeout");
        Database::close(u"blocked"_qs);
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"locker"_qs);
    }

    void unwritableFolderGivesClearMessage()
    {
        // Even root cannot create folders in /proc.
        auto opened = Database::open(u"/proc/vigil/vigil.sqlite"_qs, u"nowhere"_qs);
        QVERIFY(!opened.ok);
        QVERIFY(!opened.error.isEmpty());
        Database::close(u"nowhere"_qs);
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path(), u"dir"_qs);
        QVERIFY(!opened.ok);
        QVERIFY(!opened.error.isEmpty());
        Database::close(u"dir"_qs);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
