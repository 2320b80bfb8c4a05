// Failover lab tests: the engine (in process, or as vigilctl agent processes)
// against real libvirt daemons and QEMU guests; hosts really die, hang, run
// out of room, and the agent itself is killed. Each function is its own
// ctest entry with a fresh lab.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "failoverlab.h"
#include "labcluster.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/failoverengine.h"
#include "core/ha/policyjson.h"
#include "core/health/alertengine.h"
#include "core/session.h"

#include <QApplication>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Test::LabCluster;
using Test::report;

class TestLabFailover : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<ClusterManager> m_cluster;

private Q_SLOTS:
    void init()
    {
        VIGIL_START_LAB(m_lab, 3);
    }

    void cleanup()
    {
        if (m_cluster)
            m_cluster->shutdown(3000);
        m_cluster.reset();
        m_lab.reset();   // stops every daemon and guest it started
    }

    void failoverRestartsEveryGuestOnceInPriorityOrder();
    void failoverWithoutConfirmedFenceRestartsNothing();
    void failoverSurvivesTheAgentDyingTwentyTimes();
    void twoAgentsOnOneDatabaseOnlyOneActs();
    void failoverWithoutCapacityLeavesTheLowestPriorityDown();
    void failoverRecoveryTime_data();
    void failoverRecoveryTime();
    void failoverKeepsTheConsolePassword();
};

void TestLabFailover::failoverRestartsEveryGuestOnceInPriorityOrder()
{
    QVERIFY(Test::startProtectedGuests(*m_lab, 5));
    QTemporaryDir dir;
    auto session = Test::failoverSession(*m_lab, dir.filePath(u"failover.sqlite"_s),
                                   Test::labFence(*m_lab));
    QVERIFY(session);
    QSignalSpy settled(session->cluster(), &ClusterManager::settled);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab test"_s);
    QTRY_VERIFY(engine->isActive());
    QCOMPARE(Test::qemuProcessesByUuid().size(), 5);

    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QList<QString> restartOrder;
    QStringList messages;
    connect(session.get(), &Session::eventLogged, this, [&restartOrder, &messages](const EventRecord &e) {
        messages.append(e.message.toString());
        if (e.kind == EventRecord::Kind::Failover && e.result == EventRecord::Result::Ok
            && e.message.toString().startsWith(u"restarted on"))
            restartOrder.append(e.guest);
    });
    qint64 detectedMs = -1, fencedMs = -1;
    QElapsedTimer clock;
    connect(engine, &Ha::FailoverEngine::phaseChanged, this, [&](HostId, Ha::FailoverEngine::Phase phase) {
        if (phase == Ha::FailoverEngine::Phase::Suspect && detectedMs < 0)
            detectedMs = clock.elapsed();
        if (phase == Ha::FailoverEngine::Phase::Fenced && fencedMs < 0)
            fencedMs = clock.elapsed();
    });
    // The host dies: its libvirtd is killed; its QEMU guests keep running
    // until the fence action kills them, as a real fence would power them off.
    const qint64 pid = m_lab->daemonPid(1);
    clock.start();
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const qint64 rto = clock.elapsed();
    report("failover kill -9: detected after", double(detectedMs), "ms");
    report("failover kill -9: fence confirmed after", double(fencedMs), "ms");
    report("failover kill -9: 5 guests running elsewhere after (RTO)", double(rto), "ms");
    QCOMPARE(finished.first().at(1).toInt(), 5);
    QCOMPARE(finished.first().at(2).toInt(), 0);
    // The fence command is logged expanded, its password hidden.
    QVERIFY2(messages.filter(u"fencing: "_s).filter(u" kill "_s).filter(u"--password=***"_s).size() == 1,
             qPrintable(messages.join(u'\n')));
    QVERIFY(messages.filter(u"lab-fence-pw"_s).isEmpty());
    // Priority order: 1 first, 5 last; 2 and 3 share priority 2.
    QCOMPARE(restartOrder.size(), 5);
    QCOMPARE(restartOrder.first(), u"lab-f1"_s);
    QCOMPARE(QSet<QString>(restartOrder.begin() + 1, restartOrder.begin() + 3), QSet<QString>({u"lab-f2"_s, u"lab-f3"_s}));
    QCOMPARE(restartOrder.at(3), u"lab-f4"_s);
    QCOMPARE(restartOrder.last(), u"lab-f5"_s);
    // Each guest runs exactly once on the machine, and on host 2 or 3.
    const QString once = Test::eachRunsOnce(5);
    QVERIFY2(once.isEmpty(), qPrintable(once));
    QStringList running;
    for (int host = 2; host <= 3; ++host)
        running += m_lab->virsh(host, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
    running.sort();
    QCOMPARE(running, QStringList({u"lab-f1"_s, u"lab-f2"_s, u"lab-f3"_s, u"lab-f4"_s, u"lab-f5"_s}));
    session.reset();
}

void TestLabFailover::failoverWithoutConfirmedFenceRestartsNothing()
{
    QVERIFY(Test::startProtectedGuests(*m_lab, 2));
    QTemporaryDir dir;
    auto session = Test::failoverSession(*m_lab, dir.filePath(u"unfenced.sqlite"_s), {u"/bin/false"_s});
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab test"_s);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QStringList alerts;
    connect(session.get(), &Session::eventLogged, this, [&alerts](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover && e.result == EventRecord::Result::Failed)
            alerts.append(e.message.toString());
    });
    QVERIFY(m_lab->hang(1));   // cut off, not dead: its guests may still be running
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toInt(), 2);
    QVERIFY2(std::any_of(alerts.cbegin(), alerts.cend(), [](const QString &a) { return a.contains(u"not fenced"); }),
             qPrintable(alerts.join(u'\n')));
    // Still exactly the two original QEMU processes: nothing was started twice.
    QCOMPARE(Test::qemuProcessesByUuid().size(), 2);
    for (int host = 2; host <= 3; ++host)
        QVERIFY(m_lab->virsh(host, {u"list"_s, u"--name"_s}).isEmpty());
    QVERIFY(m_lab->resume(1));
    session.reset();
}

namespace {

using Agent = Test::AgentProcess;

} // namespace

void TestLabFailover::failoverSurvivesTheAgentDyingTwentyTimes()
{
    QVERIFY(Test::startProtectedGuests(*m_lab, 5));
    QTemporaryDir dir;
    const QString db = dir.filePath(u"agent.sqlite"_s);
    QVERIFY(Test::failoverSession(*m_lab, db, Test::labFence(*m_lab)));

    auto agent = std::make_unique<Agent>(db, u"lab agent"_s);
    // Wait until the agent has seen all three hosts (and so recorded host 1's guests).
    QTRY_VERIFY_WITH_TIMEOUT(agent->output.count(u"connected to qemu+tcp"_s) == 3, 30000);
    QTest::qWait(500);
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);

    // The agent dies at random moments during the failover and comes back.
    QRandomGenerator random(20261125);
    for (int round = 0; round < 20; ++round) {
        QTest::qWait(int(random.bounded(400)));
        agent->crash();
        agent = std::make_unique<Agent>(db, u"lab agent"_s);
    }
    // The last agent finishes the job: each guest runs exactly once, on host 2 or 3.
    const auto runningElsewhere = [this]() {
        QStringList running;
        for (int host = 2; host <= 3; ++host)
            running += m_lab->virsh(host, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
        running.sort();
        return running;
    };
    const QStringList all{u"lab-f1"_s, u"lab-f2"_s, u"lab-f3"_s, u"lab-f4"_s, u"lab-f5"_s};
    QTRY_COMPARE_WITH_TIMEOUT(runningElsewhere(), all, 60000);
    QTest::qWait(2000);   // give any stray duplicate start the chance to show up
    QCOMPARE(runningElsewhere(), all);
    const QString once = Test::eachRunsOnce(5);
    QVERIFY2(once.isEmpty(), qPrintable(once));
    report("failover with 20 agent crashes: all 5 guests running once after the last restart", 1, "(ok)");
}

void TestLabFailover::twoAgentsOnOneDatabaseOnlyOneActs()
{
    QVERIFY(Test::startProtectedGuests(*m_lab, 2));
    QTemporaryDir dir;
    const QString db = dir.filePath(u"two.sqlite"_s);
    QVERIFY(Test::failoverSession(*m_lab, db, Test::labFence(*m_lab)));
    Agent first(db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.contains(u"failover engine active (agent A)"_s), 20000);
    Agent second(db, u"agent B"_s);
    QTRY_VERIFY_WITH_TIMEOUT(second.output.contains(u"failover engine passive: agent A holds the lease"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.count(u"connected to qemu+tcp"_s) == 3
                                 && second.output.count(u"connected to qemu+tcp"_s) == 3, 30000);
    QTest::qWait(500);
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.contains(u"failover finished: 2 restarted"_s), 30000);
    QVERIFY2(!second.output.contains(u"fencing:"_s), qPrintable(second.output));
    QVERIFY(second.output.contains(u"left to the active engine (agent A)"_s));
    // A silent active agent loses the lease; the other takes over.
    first.crash();
    QTRY_VERIFY_WITH_TIMEOUT(second.output.contains(u"failover engine active (agent B)"_s), 15000);
    QCOMPARE(Test::qemuProcessesByUuid().size(), 2);
}

// Not enough room: the two remaining hosts take two one-vCPU guests each
// (2 CPUs × overcommit 1.0), so the lowest priority stays down with an
// alert, and the two anti-affine guests land on different hosts.
void TestLabFailover::failoverWithoutCapacityLeavesTheLowestPriorityDown()
{
    QVERIFY(Test::startProtectedGuests(*m_lab, 5));
    QTemporaryDir dir;
    auto session = Test::failoverSession(*m_lab, dir.filePath(u"capacity.sqlite"_s),
                                   Test::labFence(*m_lab), 5, 1.0,
                                   {{u"lab-f2"_s, u"lab-f3"_s}}, true);
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab capacity"_s);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QStringList alerts;
    connect(session.get(), &Session::eventLogged, this, [&alerts](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover && e.result == EventRecord::Result::Failed)
            alerts.append(e.guest + u": "_s + e.message.toString());
    });
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).toInt(), 4);
    QCOMPARE(finished.first().at(2).toInt(), 1);
    QVERIFY2(std::any_of(alerts.cbegin(), alerts.cend(),
                         [](const QString &a) { return a.startsWith(u"lab-f5: ") && a.contains(u"vCPUs"); }),
             qPrintable(alerts.join(u'\n')));
    const QStringList onTwo = m_lab->virsh(2, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
    const QStringList onThree = m_lab->virsh(3, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(onTwo.size() + onThree.size(), 4);
    QVERIFY(!(onTwo.contains(u"lab-f2"_s) && onTwo.contains(u"lab-f3"_s)));
    QVERIFY(!(onThree.contains(u"lab-f2"_s) && onThree.contains(u"lab-f3"_s)));
    QVERIFY(!onTwo.contains(u"lab-f5"_s) && !onThree.contains(u"lab-f5"_s));

    // The guest left down is a critical alert with its reason (there was
    // none: only "Host unreachable", 60 s later) ...
    const auto leftDown = [&session] { return Test::openAlerts(*session, u"Protected guest left down"_s); };
    QTRY_COMPARE_WITH_TIMEOUT(leftDown().size(), 1, 5000);
    const Health::Alert alert = leftDown().first();
    QCOMPARE(alert.subject, u"lab-f5"_s);
    QCOMPARE(alert.host, u"lab1"_s);
    QCOMPARE(alert.severity, Health::Severity::Critical);
    QVERIFY2(alert.message.toString().contains(u"vCPUs"_s), qPrintable(alert.message.toString()));
    // ... cleared when it runs again (here: its host is back, and it is started there).
    QVERIFY(m_lab->restart(1));
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->status(session->hostRepository().findByName(u"lab1"_s)->id).state
                                 == HostState::Up,
                             30000);
    bool ok = false;
    m_lab->virsh(1, {u"start"_s, u"lab-f5"_s}, &ok);
    QVERIFY(ok);
    QTRY_VERIFY_WITH_TIMEOUT(leftDown().isEmpty(), 10000);
    QVERIFY(std::any_of(session->alertEngine()->alerts().cbegin(), session->alertEngine()->alerts().cend(),
                        [](const Health::Alert &a) {
                            return a.rule == u"Protected guest left down" && a.subject == u"lab-f5" && !a.isOpen();
                        }));
    session->flushEventLog();
    session.reset();
}

// Recovery time with 20 protected guests: from the host's death (kill -9)
// or hang (SIGSTOP; keepalive 1 s × 3) until all 20 run on the other hosts.
// Prints the figures; asserts only that every guest runs exactly once.
void TestLabFailover::failoverRecoveryTime_data()
{
    QTest::addColumn<bool>("hang");
    QTest::newRow("kill -9") << false;
    QTest::newRow("SIGSTOP") << true;
}

void TestLabFailover::failoverRecoveryTime()
{
    QFETCH(bool, hang);
    constexpr int guests = 20;
    QVERIFY(Test::startProtectedGuests(*m_lab, guests));
    QStringList names;
    for (int g = 1; g <= guests; ++g)
        names << QStringLiteral("lab-f%1").arg(g);
    names.sort();
    QTemporaryDir dir;
    auto session = Test::failoverSession(*m_lab, dir.filePath(u"rto.sqlite"_s),
                                   Test::labFence(*m_lab), guests);
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab rto"_s);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QElapsedTimer clock;
    qint64 detected = -1, fenced = -1;
    connect(engine, &Ha::FailoverEngine::phaseChanged, this, [&](HostId, Ha::FailoverEngine::Phase phase) {
        if (phase == Ha::FailoverEngine::Phase::Suspect && detected < 0)
            detected = clock.elapsed();
        if (phase == Ha::FailoverEngine::Phase::Fenced && fenced < 0)
            fenced = clock.elapsed();
    });
    const qint64 pid = m_lab->daemonPid(1);
    clock.start();
    QCOMPARE(::kill(pid_t(pid), hang ? SIGSTOP : SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    const qint64 rto = clock.elapsed();
    const QByteArray what = hang ? "SIGSTOP" : "kill -9";
    report(QByteArray(what + " with 20 guests: link loss seen after").constData(), double(detected), "ms");
    report(QByteArray(what + " with 20 guests: fence confirmed after").constData(), double(fenced), "ms");
    report(QByteArray(what + " with 20 guests: all running elsewhere after (RTO)").constData(), double(rto), "ms");
    QCOMPARE(finished.first().at(1).toInt(), guests);
    QStringList running;
    for (int host = 2; host <= 3; ++host)
        running += m_lab->virsh(host, {u"list"_s, u"--name"_s}).split(u'\n', Qt::SkipEmptyParts);
    running.sort();
    QCOMPARE(running, names);
    const QString once = Test::eachRunsOnce(guests);
    QVERIFY2(once.isEmpty(), qPrintable(once));
    session.reset();
}

// A guest whose VNC console has a password keeps it when it is restarted
// elsewhere (it came up with none: the engine read the definition without
// VIR_DOMAIN_XML_SECURE), and the password is never written to the database.
void TestLabFailover::failoverKeepsTheConsolePassword()
{
    const QString password = u"vnc-pw-8"_s;
    QVERIFY(m_lab->defineGuestXml(
        1, "<domain type='qemu'><name>lab-f1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>"
           "<os><type arch='x86_64' machine='pc'>hvm</type></os><on_crash>destroy</on_crash><devices>"
           "<emulator>/usr/bin/qemu-system-x86_64</emulator>"
           "<graphics type='vnc' autoport='yes' listen='127.0.0.1' passwd='vnc-pw-8'/>"
           "<video><model type='none'/></video><memballoon model='none'/></devices></domain>"));
    bool ok = false;
    m_lab->virsh(1, {u"start"_s, u"lab-f1"_s}, &ok);
    QVERIFY(ok);
    QTemporaryDir dir;
    const QString dbPath = dir.filePath(u"password.sqlite"_s);
    auto session = Test::failoverSession(*m_lab, dbPath, Test::labFence(*m_lab));
    QVERIFY(session);
    QStringList messages;
    connect(session.get(), &Session::eventLogged, this,
            [&messages](const EventRecord &e) { messages.append(e.message.english()); });
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab test"_s);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).toInt(), 1);

    QString secure;
    for (int host = 2; host <= 3; ++host)
        if (m_lab->virsh(host, {u"list"_s, u"--name"_s}).contains(u"lab-f1"_s))
            secure = m_lab->virsh(host, {u"dumpxml"_s, u"--security-info"_s, u"lab-f1"_s});
    QVERIFY2(secure.contains(u"passwd='%1'"_s.arg(password)), qPrintable(secure));
    QVERIFY2(messages.filter(u"without its console password"_s).isEmpty(), qPrintable(messages.join(u'\n')));
    QVERIFY(messages.filter(password).isEmpty());
    // Stored nowhere: not in the journal's definition, the last-known
    // guests, the events or any other text of the database.
    session->flushEventLog();
    const QSqlDatabase db = session->database();
    for (const QString &table : {u"failover_journal"_s, u"ha_last_known"_s, u"events"_s}) {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT * FROM %1"_s.arg(table)));
        int rows = 0;
        while (q.next()) {
            ++rows;
            for (int column = 0; column < q.record().count(); ++column)
                QVERIFY2(!q.value(column).toString().contains(password), qPrintable(table));
        }
        QVERIFY2(rows > 0, qPrintable(table));
    }
    session.reset();
}

VIGIL_TEST_GUI_MAIN(TestLabFailover)
#include "tst_lab_failover.moc"
