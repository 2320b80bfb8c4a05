#include "common/testsupport.h"
#include "core/session.h"
#include "core/store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Vigil;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoSessionLoadsCluster()
    {
        QString error;
        Session::Options options;
        options.demo = true;
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        QSignalSpy settled(session->cluster(), &ClusterManager::settled);
        session->connectAll();
        QTRY_COMPARE(settled.count(), 1);
        int guests = 0, up = 0;
        for (const HostConfig &h : session->cluster()->hosts()) {
            guests += int(session->cluster()->domains(h.id).size());
            up += session->cluster()->status(h.id).state == HostState::Up;
        }
        QCOMPARE(up, 4);
        QCOMPARE(guests, 19);
        QCOMPARE(session->cluster()->status(session->hostRepository().findByName(u"edge-1"_qs)->id).state,
                 HostState::Unreachable);
        // Connection events are persisted by the log writer.
        session->flushEventLog();
        QTRY_VERIFY(session->recentEvents(50).size() >= 5);
        const QString path = session->databasePath();
        session.reset();
        QVERIFY2(!QFile::exists(path), "the demo database is temporary");
    }

    void addHostPersistsAndConnects()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"v.sqlite"_qs);
        QString error;
        {
            auto session = Session::open({db, false}, &error);
            QVERIFY2(session, qPrintable(error));
            HostConfig config = Test::hostConfig(0, u"small"_qs, Test::nodeUri(u"node-small.xml"_qs), u"G"_qs);
            QVERIFY2(session->addHost(config, &error), qPrintable(error));
            QTRY_COMPARE(session->cluster()->status(config.id).state, HostState::Up);
            HostConfig dup = config;
            QVERIFY(!session->addHost(dup, &error));
            QVERIFY(error.contains(u"already"_qs));
            QCOMPARE(session->cluster()->hosts().size(), 1);
        }
        auto reopened = Session::open({db, false}, &error);
        QVERIFY(reopened);
        QCOMPARE(reopened->hostRepository().all().size(), 1);
        const auto events = reopened->recentEvents(10);
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const EventRecord &e) {
            return e.kind == EventRecord::Kind::Configuration && e.message.toString().contains(u"host added");
        }));
    }

    void corruptDatabaseStopsSessionCleanly()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"v.sqlite"_qs);
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage garbage garbage garbage garbage");
        file.close();
        QString error;
        auto session = Session::open({db, false}, &error);
        QVERIFY(!session);
        QVERIFY(error.contains(db));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
