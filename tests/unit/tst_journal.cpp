#include "common/testsupport.h"
#include "core/ha/fencer.h"
#include "core/ha/journal.h"
#include "core/store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ha;

class TestJournal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QSqlDatabase open(const QString &connection)
    {
        auto opened = Store::Database::open(m_dir.filePath(u"journal.sqlite"_s), connection);
        return opened.db;
    }

private Q_SLOTS:
    void entriesMoveThroughStates()
    {
        FailoverJournal journal(open(u"j1"_s));
        FailoverJournal::Entry e;
        e.incident = u"kvm1@t"_s;
        e.failedHost = u"kvm1"_s;
        e.guestUuid = u"u-1"_s;
        e.guestName = u"web"_s;
        e.targetHost = u"kvm2"_s;
        e.priority = 2;
        e.definition = "<domain type='kvm'><name>web</name></domain>";
        QString error;
        QVERIFY2(journal.add(e, &error), qPrintable(error));
        QVERIFY(e.id > 0);
        QCOMPARE(journal.open().size(), 1);
        QVERIFY(journal.setState(e.id, FailoverJournal::State::Starting, {}, &error));
        // A restarted engine finds the step it was in the middle of, with the definition.
        FailoverJournal other(open(u"j2"_s));
        const auto open = other.open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, FailoverJournal::State::Starting);
        QCOMPARE(open.first().definition, e.definition);
        QVERIFY(journal.setState(e.id, FailoverJournal::State::Done, u"restarted on kvm2"_s, &error));
        QVERIFY(other.open().isEmpty());
        QCOMPARE(other.incident(u"kvm1@t"_s).first().detail, u"restarted on kvm2"_s);
    }

    void countsRecentRestartsForTheLimit()
    {
        FailoverJournal journal(open(u"j3"_s));
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (const QString &detail : {u"restarted on kvm2"_s, u"restarted on kvm3"_s, u"already running on kvm3"_s}) {
            FailoverJournal::Entry e;
            e.incident = u"i"_s;
            e.failedHost = u"kvm1"_s;
            e.guestUuid = u"u-9"_s;
            e.guestName = u"flappy"_s;
            e.state = FailoverJournal::State::Done;
            e.detail = detail;
            QVERIFY(journal.add(e, &error));
        }
        QCOMPARE(journal.restartsSince(u"u-9"_s, before), 2);   // "already running" is not a restart
        QCOMPARE(journal.restartsSince(u"u-9"_s, QDateTime::currentDateTimeUtc().addSecs(60)), 0);
        QCOMPARE(journal.restartsSince(u"other"_s, before), 0);
    }

    void onlyOneLeaseHolder()
    {
        EngineLease console(open(u"l1"_s), u"console"_s);
        EngineLease agent(open(u"l2"_s), u"agent"_s);
        QString holder;
        QVERIFY(console.acquire(1000, 15000, &holder));
        QVERIFY(!agent.acquire(2000, 15000, &holder));
        QCOMPARE(holder, u"console"_s);
        QVERIFY(console.acquire(10000, 15000));   // heartbeat renews
        QVERIFY(!agent.acquire(20000, 15000));    // 10 s old: still valid
        QVERIFY(agent.acquire(26000, 15000, &holder));   // 16 s without heartbeat: taken over
        QCOMPARE(holder, u"agent"_s);
        QVERIFY(!console.acquire(27000, 15000, &holder));
        agent.release();
        QVERIFY(console.acquire(28000, 15000));
    }

    void fenceRunsArgvWithoutAShell()
    {
        const QStringList argv = Fencer::expand({u"/bin/echo"_s, u"--target={host}"_s, u"{address}"_s},
                                                {u"kvm1; rm -rf /"_s, u"qemu+ssh://kvm1/system"_s, u"kvm1"_s});
        // A hostile host name stays inside its one argument.
        QCOMPARE(argv, QStringList({u"/bin/echo"_s, u"--target=kvm1; rm -rf /"_s, u"kvm1"_s}));

        Fencer fencer;
        QSignalSpy done(&fencer, &Fencer::finished);
        fencer.run(FenceAction{{u"/bin/sh"_s, u"-c"_s, u"exit 0"_s}, 5}, {});
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        fencer.run(FenceAction{{u"/bin/false"_s}, 5}, {});
        QTRY_COMPARE(done.count(), 2);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY(done.at(1).at(1).toString().contains(u"exit 1"_s));
        fencer.run(FenceAction{{u"/no/such/fence_agent"_s}, 5}, {});
        QTRY_COMPARE(done.count(), 3);
        QVERIFY(done.at(2).at(1).toString().contains(u"could not be started"_s));
        QElapsedTimer clock;
        clock.start();
        fencer.run(FenceAction{{u"/bin/sleep"_s, u"30"_s}, 1}, {});
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 5000);
        QVERIFY(done.at(3).at(1).toString().contains(u"did not finish within 1 s"_s));
        QVERIFY(clock.elapsed() < 3000);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
