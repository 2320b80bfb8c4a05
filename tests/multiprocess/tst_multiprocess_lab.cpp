// The walkthrough of the one-truth issue on real libvirt daemons: the
// console's session in this process, `vigilctl agent` holding the lease in
// another, one SQLite file; hosts really hang and die.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "lab/labcluster.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/failoverengine.h"
#include "core/migration/maintenance.h"
#include "core/session.h"
#include "models/eventlogmodel.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Test::AgentProcess;
using Test::LabCluster;

class TestMultiprocessLab : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    QTemporaryDir m_dir;

    // The console: lab1..lab3 (keepalive 1 s × 3), a policy protecting
    // `protectedGuests` with the lab's fence for lab1, following the database.
    std::unique_ptr<Session> console(const QString &db, const QStringList &protectedGuests)
    {
        QString error;
        auto session = Session::open({db, false}, &error);
        if (!session)
            return nullptr;
        if (!m_lab->addHostsTo(*session, 3, &error))
            return nullptr;
        Ha::Policy policy;
        policy.name = u"lab-policy"_s;
        for (const QString &guest : protectedGuests)
            policy.guests.append({guest, 1, {}});
        policy.vcpuOvercommit = 16.0;
        policy.fencing.insert(u"lab1"_s, Ha::FenceAction{{QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_s,
                                                           m_lab->directory(), u"1"_s}, 20});
        if (!session->savePolicy(policy, &error))
            return nullptr;
        session->connectAll();
        session->followChanges();
        return session;
    }

    bool startGuests(const QStringList &names)
    {
        for (const QString &name : names) {
            bool ok = m_lab->defineGuest(1, name);
            m_lab->virsh(1, {u"start"_s, name}, ok ? &ok : nullptr);
            if (!ok)
                return false;
        }
        return true;
    }

    QStringList runningOn(int host) const
    {
        QStringList names = m_lab->virsh(host, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
        names.sort();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        VIGIL_START_LAB(m_lab, 3);
    }

    void cleanup()
    {
        m_lab.reset();
    }

    void maintenanceSetInTheConsoleStopsTheAgentFromFencing();
    void policyEditedInTheConsoleIsHonouredByTheAgentAndItsFailoverShowsInTheConsole();
    void standbyAgentFinishesTheFailoverWhenTheActiveOneIsKilled();
};

// The first finding: Enter Maintenance in the console, the host
// hangs, and the agent (lease holder) fenced it. Now the agent reads the
// flag at decision time: no fence, no restart, the guests keep running.
void TestMultiprocessLab::maintenanceSetInTheConsoleStopsTheAgentFromFencing()
{
    QVERIFY(startGuests({u"lab-f1"_s, u"lab-f2"_s}));
    const QString db = m_dir.filePath(u"maintenance.sqlite"_s);
    auto session = console(db, {u"lab-f1"_s, u"lab-f2"_s});
    QVERIFY(session);
    AgentProcess agent(db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"failover engine active (agent A)"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.count(u"connected to qemu+tcp"_s) == 3, 30000);
    session->startFailoverEngine(u"test console"_s, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    QVERIFY(!session->failoverEngine()->isActive());

    // Maintenance without evacuation (an admin about to reboot the host).
    Migration::EvacuationPlan plan = session->planMaintenance(session->hostRepository().findByName(u"lab1"_s)->id);
    plan.moves.clear();
    QString error;
    QVERIFY2(session->enterMaintenance(plan, 1, &error), qPrintable(error));
    QTest::qWait(1000);   // the agent's feed: well within a second

    QVERIFY(m_lab->hang(1));
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"host in maintenance is unreachable: no failover"_s), 15000);
    QTest::qWait(5000);   // grace, fence and restarts would all have happened by now
    QVERIFY2(!agent.output.contains(u"fencing:"_s), qPrintable(agent.output));
    QVERIFY(!agent.output.contains(u"restarted on"_s));
    QVERIFY(runningOn(2).isEmpty());
    QVERIFY(runningOn(3).isEmpty());
    QVERIFY(m_lab->resume(1));
    QTRY_COMPARE_WITH_TIMEOUT(runningOn(1), QStringList({u"lab-f1"_s, u"lab-f2"_s}), 15000);
}

void TestMultiprocessLab::policyEditedInTheConsoleIsHonouredByTheAgentAndItsFailoverShowsInTheConsole()
{
    QVERIFY(startGuests({u"lab-f1"_s, u"lab-f2"_s}));
    const QString db = m_dir.filePath(u"policy.sqlite"_s);
    // At first only lab-f1 is protected.
    auto session = console(db, {u"lab-f1"_s});
    QVERIFY(session);
    AgentProcess agent(db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"failover engine active (agent A)"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.count(u"connected to qemu+tcp"_s) == 3, 30000);
    session->startFailoverEngine(u"test console"_s, 3000);
    Models::EventLogModel model;
    connect(session.get(), &Session::eventRecorded, &model, &Models::EventLogModel::append);
    QHash<QString, qint64> seenAt;   // message prefix + guest → when the console saw it
    QElapsedTimer clock;
    clock.start();
    connect(session.get(), &Session::eventRecorded, this, [&](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover)
            seenAt.insert(e.message.toString().section(u' ', 0, 1) + u'/' + e.guest, clock.elapsed());
    });

    // The wizard's edit, made in the console while the agent holds the lease.
    Ha::Policy policy = session->policies().first();
    policy.guests.append({u"lab-f2"_s, 2, {}});
    QString error;
    QVERIFY2(session->savePolicy(policy, &error), qPrintable(error));
    QTest::qWait(1500);

    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    const QStringList both{u"lab-f1"_s, u"lab-f2"_s};
    QTRY_COMPARE_WITH_TIMEOUT(QStringList(runningOn(2) + runningOn(3)).size(), 2, 40000);
    QStringList running = runningOn(2) + runningOn(3);
    running.sort();
    QCOMPARE(running, both);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"failover finished: 2 restarted, 0 not"_s), 10000);
    const qint64 agentDoneAt = clock.elapsed();
    // The agent's incident reaches the console's log: fencing and both restarts.
    QTRY_VERIFY_WITH_TIMEOUT(seenAt.contains(u"failover finished:/"_s), 2000);
    QVERIFY(seenAt.contains(u"restarted on/lab-f1"_s));
    QVERIFY(seenAt.contains(u"restarted on/lab-f2"_s));
    QVERIFY(std::any_of(seenAt.keyBegin(), seenAt.keyEnd(), [](const QString &k) { return k.startsWith(u"fencing:"); }));
    qInfo("agent's 'failover finished' in the console %lld ms after the agent printed it (bound 2000)",
          seenAt.value(u"failover finished:/"_s) - agentDoneAt);
    // Stored once, by the agent; the console's passive engine wrote nothing of its own.
    QSqlQuery q(session->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE message LIKE 'failover finished%'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE message LIKE '%left to the active engine%'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

// Two agents on one database (PostgreSQL when the fixture's server is
// there: two machines would share it so): the active one is killed with -9
// in the middle of a failover; the standby takes the lease when its TTL runs
// out, resumes the journal and every guest runs exactly once.
void TestMultiprocessLab::standbyAgentFinishesTheFailoverWhenTheActiveOneIsKilled()
{
    const QStringList guests{u"lab-f1"_s, u"lab-f2"_s, u"lab-f3"_s};
    QVERIFY(startGuests(guests));
    QString skip;
    QString db = Test::freshPostgresDatabase(u"standby_failover"_s, &skip);
    if (!skip.isEmpty())
        QSKIP(qPrintable(skip));
    if (db.isEmpty())
        db = m_dir.filePath(u"standby.sqlite"_s);
    qInfo("database: %s", qPrintable(db));
    {
        auto session = console(db, guests);
        QVERIFY(session);
    }
    AgentProcess active(db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(active.output.contains(u"failover engine active (agent A)"_s), 20000);
    AgentProcess standby(db, u"agent B"_s);
    QTRY_VERIFY_WITH_TIMEOUT(standby.output.contains(u"failover engine passive: agent A holds the lease"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(active.output.count(u"connected to qemu+tcp"_s) == 3
                                 && standby.output.count(u"connected to qemu+tcp"_s) == 3, 30000);
    QTest::qWait(500);

    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    // Killed as soon as it has journalled the plan and started fencing.
    QTRY_VERIFY_WITH_TIMEOUT(active.output.contains(u"fencing:"_s), 20000);
    active.crash();
    QElapsedTimer sinceKill;
    sinceKill.start();
    QTRY_VERIFY_WITH_TIMEOUT(standby.output.contains(u"failover engine active (agent B)"_s), 15000);
    const qint64 takeOverMs = sinceKill.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(standby.output.contains(u"failover finished: "_s), 40000);
    QStringList running = runningOn(2) + runningOn(3);
    running.sort();
    QCOMPARE(running, guests);
    QTest::qWait(2000);   // a duplicate start would show now
    running = runningOn(2) + runningOn(3);
    running.sort();
    QCOMPARE(running, guests);
    QVERIFY(runningOn(1).isEmpty() || m_lab->virsh(1, {u"list"_s}).isEmpty());
    qInfo("standby took the lease %lld ms after the active agent was killed (TTL 3 s)", takeOverMs);
}

VIGIL_TEST_GUILESS_MAIN(TestMultiprocessLab)
#include "tst_multiprocess_lab.moc"
