#include "common/testsupport.h"
#include "core/ha/failoverengine.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

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
        QCOMPARE(session->cluster()->status(session->hostRepository().findByName(u"edge-1"_s)->id).state,
                 HostState::Unreachable);
        // Connection events are persisted by the log writer.
        session->flushEventLog();
        QTRY_VERIFY(session->recentEvents(50).size() >= 5);
        const QString path = session->databasePath();
        session.reset();
        QVERIFY2(!QFile::exists(path), "the demo database is temporary");
    }

    // One guest (UUID) running on two reachable hosts is a critical alert
    // naming both, raised by the evaluator and cleared when one copy stops;
    // never "fixed" silently (both copies keep running until someone acts).
    void guestRunningOnTwoHostsIsACriticalAlert()
    {
        QTemporaryDir dir;
        QString error;
        Session::Options options;
        options.databasePath = dir.filePath(u"twice.sqlite"_s);
        options.recordHistory = true;   // alerts, as vigil and vigilctl agent run
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        // The same node file twice: "web" (one UUID) runs on both hosts.
        HostConfig one = Test::hostConfig(0, u"kvm1"_s, Test::nodeUri(u"node-small.xml"_s));
        HostConfig two = Test::hostConfig(0, u"kvm2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
        QVERIFY2(session->addHost(one, &error), qPrintable(error));
        QVERIFY2(session->addHost(two, &error), qPrintable(error));
        session->connectAll();
        QTRY_VERIFY(session->cluster()->allSettled());
        Ha::FailoverEngine *engine = session->startFailoverEngine(u"test"_s, 3000);
        QTRY_VERIFY(engine->isActive());
        const auto twice = [&session] { return Test::openAlerts(*session, u"Guest running on two hosts"_s); };
        QTRY_COMPARE_WITH_TIMEOUT(twice().size(), 1, 5000);
        const Health::Alert alert = twice().first();
        QCOMPARE(alert.subject, u"web"_s);
        QCOMPARE(alert.severity, Health::Severity::Critical);
        const QString text = alert.message.toString();
        QVERIFY2(text.contains(u"kvm1"_s) || alert.host == u"kvm1", qPrintable(text));
        QVERIFY2(text.contains(u"kvm2"_s) || alert.host == u"kvm2", qPrintable(text));
        QVERIFY2(text.contains(u"00000000-0000-4000-8000-000000000001"_s), qPrintable(text));
        // Both copies still run: nothing was stopped behind the admin's back.
        QTest::qWait(1500);
        for (const HostConfig &h : session->cluster()->hosts())
            for (const DomainInfo &d : session->cluster()->domains(h.id))
                if (d.name == u"web")
                    QCOMPARE(d.state, DomainState::Running);
        // One copy stops: the alert clears.
        bool stopped = false;
        session->cluster()->performAction(two.id, u"00000000-0000-4000-8000-000000000001"_s, DomainAction::ForceOff,
                                          this, [&stopped](const ActionResult &r) { stopped = r.ok; });
        QTRY_VERIFY(stopped);
        QTRY_VERIFY_WITH_TIMEOUT(twice().isEmpty(), 5000);
    }

    // A host in maintenance that stays down is said once, not on every
    // reconnect attempt (each one reports it unreachable again).
    void maintenanceHostDownIsLoggedOnce()
    {
        QTemporaryDir dir;
        QString error;
        Session::Options options;
        options.databasePath = dir.filePath(u"m.sqlite"_s);
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        HostConfig down = Test::hostConfig(0, u"down"_s, u"test+tcp://127.0.0.253:1/default"_s);
        down.maintenance = true;
        QVERIFY2(session->addHost(down, &error), qPrintable(error));
        QSignalSpy logged(session.get(), &Session::eventLogged);
        session->connectAll();
        Ha::FailoverEngine *engine = session->startFailoverEngine(u"test"_s, 3000);
        QTRY_VERIFY(engine->isActive());
        QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->status(down.id).failedAttempts >= 3, 20000);
        QTest::qWait(200);
        const auto said = std::count_if(logged.cbegin(), logged.cend(), [](const QList<QVariant> &args) {
            return args.first().value<EventRecord>().message.toString().contains(u"in maintenance is unreachable"_s);
        });
        QCOMPARE(said, 1);
    }

    void addHostPersistsAndConnects()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"v.sqlite"_s);
        QString error;
        {
            auto session = Session::open({db, false}, &error);
            QVERIFY2(session, qPrintable(error));
            HostConfig config = Test::hostConfig(0, u"small"_s, Test::nodeUri(u"node-small.xml"_s), u"G"_s);
            QVERIFY2(session->addHost(config, &error), qPrintable(error));
            QTRY_COMPARE(session->cluster()->status(config.id).state, HostState::Up);
            HostConfig dup = config;
            QVERIFY(!session->addHost(dup, &error));
            QVERIFY(error.contains(u"already"_s));
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
        const QString db = dir.filePath(u"v.sqlite"_s);
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
