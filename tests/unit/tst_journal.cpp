#include "common/testsupport.h"
#include "core/ha/fencer.h"
#include "core/ha/journal.h"
#include "core/store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Vigil;
using namespace Vigil::Ha;

class TestJournal : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QSqlDatabase open(const QString &connection)
    {
        auto opened = Store::Database::open(m_dir.filePath(u"journal.sqlite"_qs), connection);
        return opened.db;
    }

private Q_SLOTS:
    void entriesMoveThroughStates()
    {
        FailoverJournal journal(open(u"j1"_qs));
        FailoverJournal::Entry e;
        e.incident = u"kvm1@t"_qs;
        e.failedHost = u"kvm1"_qs;
        e.guestUuid = u"u-1"_qs;
        e.guestName = u"web"_qs;
        e.targetHost = u"kvm2"_qs;
        e.priority = 2;
        e.definition = "<domain type='kvm'><name>web</name></domain>";
        QString error;
        QVERIFY2(journal.add(e, &error), qPrintable(error));
        QVERIFY(e.id > 0);
        QCOMPARE(journal.open().size(), 1);
        QVERIFY(journal.setState(e.id, FailoverJournal::State::Starting, {}, &error));
        // A restarted engine finds the step it was in the middle of, with the definition.
        FailoverJournal other(open(u"j2"_qs));
        const auto open = other.open();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().state, FailoverJournal::State::Starting);
        QCOMPARE(open.first().definition, e.definition);
        QVERIFY(journal.setState(e.id, FailoverJournal::State::Done, u"restarted on kvm2"_qs, &error));
        QVERIFY(other.open().isEmpty());
        QCOMPARE(other.incident(u"kvm1@t"_qs).first().detail, u"restarted on kvm2"_qs);
    }

    void countsRecentRestartsForTheLimit()
    {
        FailoverJournal journal(open(u"j3"_qs));
        QString error;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (const QString &detail : {u"restarted on kvm2"_qs, u"restarted on kvm3"_qs, u"already running on kvm3"_qs}) {
            FailoverJournal::Entry e;
            e.incident = u"i"_qs;
            e.failedHost = u"kvm1"_qs;
            e.guestUuid = u"u-9"_qs;
            e.guestName = u"flappy"_qs;
            e.state = FailoverJournal::State::Done;
            e.detail = detail;
            QVERIFY(journal.add(e, &error));
        }
        QCOMPARE(journal.restartsSince(u"u-9"_qs, before), 2);   // "already running" is not a restart
        QCOMPARE(journal.restartsSince(u"u-9"_qs, QDateTime::currentDateTimeUtc().addSecs(60)), 0);
        QCOMPARE(journal.restartsSince(u"other"_qs, before), 0);
    }

    void onlyOneLeaseHolder()
    {
        EngineLease console(open(u"l1"_qs), u"console"_qs);
        EngineLease agent(open(u"l2"_qs), u"agent"_qs);
        QString holder;
        QVERIFY(console.acquire(1000, 15000, &holder));
        QVERIFY(!agent.acquire(2000, 15000, &holder));
        QCOMPARE(holder, u"console"_qs);
        QVERIFY(console.acquire(10000, 15000));   // heartbeat renews
        QVERIFY(!agent.acquire(20000, 15000));    // 10 s old: still valid
        QVERIFY(agent.acquire(26000, 15000, &holder));   // 16 s without heartbeat: taken over
        QCOMPARE(holder, u"agent"_qs);
        QVERIFY(!console.acquire(27000, 15000, &holder));
        agent.release();
        QVERIFY(console.acquire(28000, 15000));
    }

    void fenceRunsArgvWithoutAShell()
    {
        const QStringList argv = Fencer::expand({u"/bin/echo"_qs, u"--target={host}"_qs, u"{address}"_qs},
                                                {u"kvm1; rm -rf /"_qs, u"qemu+ssh://kvm1/system"_qs, u"kvm1"_qs});
        // A hostile host name stays inside its one argument.
        QCOMPARE(argv, QStringList({u"/bin/echo"_qs, u"--target=kvm1; rm -rf /"_qs, u"kvm1"_qs}));

        Fencer fencer;
        QSignalSpy done(&fencer, &Fencer::finished);
        fencer.run(FenceAction{{u"/bin/sh"_qs, u"-c"_qs, u"exit 0"_qs}, 5}, {});
        QTRY_COMPARE(done.count(), 1);
        QVERIFY(done.first().at(0).toBool());
        fencer.run(FenceAction{{u"/bin/false"_qs}, 5}, {});
        QTRY_COMPARE(done.count(), 2);
        QVERIFY(!done.at(1).at(0).toBool());
        QVERIFY(done.at(1).at(1).toString().contains(u"exit 1"_qs));
        fencer.run(FenceAction{{u"/no/such/fence_agent"_qs}, 5}, {});
        QTRY_COMPARE(done.count(), 3);
        QVERIFY(done.at(2).at(1).toString().contains(u"could not be started"_qs));
        QElapsedTimer clock;
        clock.start();
        fencer.run(FenceAction{{u"/bin/sleep"_qs, u"30"_qs}, 1}, {});
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 4, 5000);
        QVERIFY(done.at(3).at(1).toString().contains(u"did not finish within 1 s"_qs));
        QVERIFY(clock.elapsed() < 3000);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
