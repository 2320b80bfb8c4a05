#include "common/testsupport.h"
#include "core/store/database.h"

#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Store::Database;

class TestDatabase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createsAndMigratesNewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sub/folder/vigil.sqlite"_s);
        auto opened = Database::open(path, u"t1"_s);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        QString error;
        QCOMPARE(Database::storedVersion(opened.db, &error), Database::kSchemaVersion);
        QSqlQuery q(opened.db);
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM hosts"_s));
        Database::close(u"t1"_s);

        // Re-opening an up-to-date file changes nothing and succeeds.
        auto again = Database::open(path, u"t2"_s);
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(Database::storedVersion(again.db, &error), Database::kSchemaVersion);
        Database::close(u"t2"_s);
    }

    void corruptFileIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not an SQLite database, just some text\n").repeated(200));
        file.close();
        const QByteArray before = Test::fileHash(path);

        auto opened = Database::open(path, u"corrupt"_s);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(path), qPrintable(opened.error));
        QVERIFY2(opened.error.contains(u"untouched"_s), qPrintable(opened.error));
        Database::close(u"corrupt"_s);
        QCOMPARE(Test::fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
    }

    void damagedHeaderIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_s);
        {
            auto opened = Database::open(path, u"good"_s);
            QVERIFY(opened.ok);
            Database::close(u"good"_s);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(0);
        file.write("GARBAGE-GARBAGE!");   // overwrite the 16-byte magic header
        file.close();
        const QByteArray before = Test::fileHash(path);
        auto opened = Database::open(path, u"bad"_s);
        QVERIFY(!opened.ok);
        Database::close(u"bad"_s);
        QCOMPARE(Test::fileHash(path), before);
    }

    void newerSchemaIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_s);
        {
            auto opened = Database::open(path, u"make"_s);
            QVERIFY(opened.ok);
            QSqlQuery q(opened.db);
            QVERIFY(q.exec(u"UPDATE schema_version SET version = 99"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
            Database::close(u"make"_s);
        }
        const QByteArray before = Test::fileHash(path);
        auto opened = Database::open(path, u"newer"_s);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(u"newer version"_s), qPrintable(opened.error));
        QVERIFY(opened.error.contains(u"99"_s));
        Database::close(u"newer"_s);
        QCOMPARE(Test::fileHash(path), before);
    }

    void lockedFileGivesClearMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"vigil.sqlite"_s);
        // Another connection holds an exclusive lock on a fresh database
        // (rollback-journal mode, as before the first migration).
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s));
        QVERIFY(lock.exec(u"CREATE TABLE unrelated (x)"_s));

        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(path, u"blocked"_s);
        QVERIFY(!opened.ok);
        QVERIFY2(opened.error.contains(u"locked"_s), qPrintable(opened.error));
        QVERIFY2(timer.elapsed() < 10000, "open must give up after its busy timeout");
        Database::close(u"blocked"_s);
        other.close();
        other = {};
        QSqlDatabase::removeDatabase(u"locker"_s);
    }

    void unwritableFolderGivesClearMessage()
    {
        // Even root cannot create folders in /proc.
        auto opened = Database::open(u"/proc/vigil/vigil.sqlite"_s, u"nowhere"_s);
        QVERIFY(!opened.ok);
        QVERIFY(!opened.error.isEmpty());
        Database::close(u"nowhere"_s);
    }

    void folderInsteadOfFile()
    {
        QTemporaryDir dir;
        auto opened = Database::open(dir.path(), u"dir"_s);
        QVERIFY(!opened.ok);
        QVERIFY(!opened.error.isEmpty());
        Database::close(u"dir"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
