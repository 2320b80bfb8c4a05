#include "common/testsupport.h"
#include "core/store/database.h"
#include "core/store/eventlogstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestEventLogStore : public QObject
{
    Q_OBJECT

    static EventRecord record(int i)
    {
        EventRecord r;
        r.time = QDateTime::currentDateTimeUtc();
        r.host = u"kvm1"_s;
        r.guest = i % 2 ? QString() : QStringLiteral("guest-%1").arg(i);   // null guest must store as ''
        r.kind = EventRecord::Kind::Lifecycle;
        r.message = QStringLiteral("event %1 with 'quotes' and <tags>").arg(i);
        // Every result the log knows, by turns (None stores as NULL).
        r.result = EventRecord::Result(i % (int(EventRecord::Result::Cleared) + 1));
        r.user = u"tester"_s;
        return r;
    }

private Q_SLOTS:
    void writerPersistsOffThreadInOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"log.sqlite"_s);
        auto opened = Store::Database::open(path, u"reader"_s);
        QVERIFY(opened.ok);
        {
            Store::EventLogWriter writer(path);
            QSignalSpy failures(&writer, &Store::EventLogWriter::writeFailed);
            for (int i = 0; i < 250; ++i)
                writer.enqueue(record(i));
            writer.flush();
            QCOMPARE(failures.count(), 0);
        }
        Store::EventLogStore store(opened.db);
        const QList<EventRecord> recent = store.recent(100);
        QCOMPARE(recent.size(), 100);
        QCOMPARE(recent.first().message, record(150).message);
        QCOMPARE(recent.last().message, record(249).message);
        QCOMPARE(recent.last().guest, QString());
        QCOMPARE(recent.at(98).guest, u"guest-248"_s);
        QCOMPARE(recent.last().kind, EventRecord::Kind::Lifecycle);
        for (const EventRecord &read : recent)
            QCOMPARE(read.result, record(read.message.toString().section(u' ', 1, 1).toInt()).result);
        QCOMPARE(store.recent(1000).size(), 250);
        Store::Database::close(u"reader"_s);
    }

    void unusableDatabaseReportsInsteadOfCrashing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"not-a-db.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Store::EventLogWriter writer(path);
        QSignalSpy failures(&writer, &Store::EventLogWriter::writeFailed);
        writer.enqueue(record(1));
        writer.flush();
        QTRY_COMPARE(failures.count(), 1);
        QVERIFY(failures.first().first().toString().contains(path));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestEventLogStore)
#include "tst_eventlogstore.moc"
