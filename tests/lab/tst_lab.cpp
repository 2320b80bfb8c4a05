// Lab tests: Vigil against real libvirt daemons on loopback, with hosts that
// really die (kill -9), hang (SIGSTOP) and come back. Each test function is
// its own ctest entry and gets a fresh lab.
#include "common/testsupport.h"
#include "labcluster.h"

#include "core/cluster/clustermanager.h"
#include "core/ha/failoverengine.h"
#include "core/ha/policyjson.h"
#include "core/session.h"
#include "models/domaintablemodel.h"
#include "models/roles.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <csignal>
#include <cstdio>
#include <thread>

using namespace Vigil;
using Test::LabCluster;

namespace {

// Times how long after `t0` a host reaches `state`.
struct StateClock {
    StateClock(ClusterManager *cluster, HostId host, HostState state)
    {
        QObject::connect(cluster, &ClusterManager::statusChanged, &context,
                         [this, host, state](HostId id, const HostStatus &s) {
                             if (id == host && s.state == state && elapsedMs < 0)
                                 elapsedMs = clock.elapsed();
                         });
    }
    void startNow() { clock.start(); }
    QObject context;
    QElapsedTimer clock;
    qint64 elapsedMs = -1;
};

void report(const char *what, double value, const char *unit)
{
    std::printf("LAB-FIGURE %s: %.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

} // namespace

class TestLab : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<ClusterManager> m_cluster;

    void connectHosts(int count, int keepaliveInterval = 2, int keepaliveCount = 3)
    {
        m_cluster = std::make_unique<ClusterManager>();
        for (int i = 1; i <= count; ++i) {
            HostConfig c = Test::hostConfig(i, QStringLiteral("lab%1").arg(i), m_lab->qemuUri(i));
            c.keepaliveInterval = keepaliveInterval;
            c.keepaliveCount = keepaliveCount;
            m_cluster->addHost(c);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->allSettled(), 30000);
        for (int i = 1; i <= count; ++i)
            QVERIFY2(m_cluster->status(i).state == HostState::Up, qPrintable(m_cluster->status(i).reason));
    }

    QStringList vigilNames(HostId host) const
    {
        QStringList names;
        for (const DomainInfo &d : m_cluster->domains(host))
            names << d.name + u':' + domainStateName(d.state);
        names.sort();
        return names;
    }

    QStringList virshNames(int host) const
    {
        QStringList names;
        const QStringList all = m_lab->virsh(host, {u"list"_qs, u"--all"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &name : all)
            names << name.trimmed() + u':' + m_lab->virsh(host, {u"domstate"_qs, name.trimmed()}).trimmed();
        names.sort();
        return names;
    }

    // A session on a fresh database with the lab's hosts and one policy
    // protecting lab-f1..lab-f5 at priorities 1, 2, 2, 3, 5.
    std::unique_ptr<Session> failoverSession(const QString &dbPath, const QStringList &fenceArgv, int guests = 5,
                                             double vcpuOvercommit = 16.0, const QList<QStringList> &apart = {})
    {
        QString error;
        auto session = Session::open({dbPath, false}, &error);
        if (!session)
            return nullptr;
        for (int i = 1; i <= 3; ++i) {
            HostConfig c = Test::hostConfig(0, QStringLiteral("lab%1").arg(i), m_lab->qemuUri(i));
            c.keepaliveInterval = 1;
            c.keepaliveCount = 3;
            if (!session->addHost(c, &error))
                return nullptr;
        }
        Ha::Policy policy;
        policy.name = u"lab-policy"_qs;
        policy.guests = {{u"lab-f1"_qs, 1, {}}, {u"lab-f2"_qs, 2, {}}, {u"lab-f3"_qs, 2, {}},
                         {u"lab-f4"_qs, 3, {}}, {u"lab-f5"_qs, 5, {}}};
        for (int g = 6; g <= guests; ++g)
            policy.guests.append({QStringLiteral("lab-f%1").arg(g), 1 + g % 5, {}});
        // Lab hosts have this machine's 2 CPUs: 16 × leaves room for 20 one-vCPU guests on two of them.
        policy.vcpuOvercommit = vcpuOvercommit;
        policy.antiAffinityGroups = apart;
        policy.fencing.insert(u"lab1"_qs, Ha::FenceAction{fenceArgv, 20});
        if (!session->savePolicy(policy, &error))
            return nullptr;
        return session;
    }

    // QEMU processes on this machine per guest UUID.
    static QHash<QString, int> qemuProcessesByUuid()
    {
        QHash<QString, int> count;
        QProcess ps;
        ps.start(u"ps"_qs, {u"-eo"_qs, u"args"_qs});
        ps.waitForFinished();
        const QStringList lines = QString::fromUtf8(ps.readAllStandardOutput()).split(u'\n');
        static const QRegularExpression uuid(u"-uuid ([0-9a-f-]{36})"_qs);
        for (const QString &line : lines) {
            if (!line.contains(u"qemu-system"_qs) || !line.contains(u"guest=lab-f"_qs))
                continue;
            const auto m = uuid.match(line);
            if (m.hasMatch())
                ++count[m.captured(1)];
        }
        return count;
    }

private Q_SLOTS:
    void init()
    {
        const QString why = LabCluster::unavailableReason();
        if (!why.isEmpty())
            QSKIP(qPrintable(u"lab unavailable: "_qs + why));
        m_lab = std::make_unique<LabCluster>();
        QString error;
        QVERIFY2(m_lab->start(3, &error), qPrintable(error));
    }

    void cleanup()
    {
        if (m_cluster)
            m_cluster->shutdown(3000);
        m_cluster.reset();
        m_lab.reset();   // stops every daemon and guest it started
    }

    void inventoryMatchesVirsh()
    {
        QVERIFY(m_lab->defineGuest(1, u"lab-alpha"_qs));
        QVERIFY(m_lab->defineGuest(1, u"lab-bravo"_qs));
        QVERIFY(m_lab->defineGuest(2, u"lab-charlie"_qs));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, u"lab-alpha"_qs}, &ok);
        QVERIFY(ok);
        connectHosts(3);
        for (int host = 1; host <= 3; ++host)
            QCOMPARE(vigilNames(host), virshNames(host));
        QCOMPARE(vigilNames(1), QStringList({u"lab-alpha:running"_qs, u"lab-bravo:shut off"_qs}));
        QVERIFY(vigilNames(3).isEmpty());
        const HostDetails details = m_cluster->details(1);
        QCOMPARE(details.host.hypervisor, u"QEMU"_qs);
        QVERIFY(details.host.cpus > 0);
    }

    void killedHostIsMarkedUnreachableWithinOneSecond()
    {
        connectHosts(3);
        StateClock down(m_cluster.get(), 2, HostState::Unreachable);
        // The clock starts at the SIGKILL itself, not at a helper script.
        const qint64 pid = m_lab->daemonPid(2);
        QVERIFY(pid > 1);
        down.startNow();
        QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
        QVERIFY(m_lab->kill(2));   // and its QEMU processes
        QTRY_VERIFY_WITH_TIMEOUT(down.elapsedMs >= 0, 5000);
        report("kill -9 detected after", double(down.elapsedMs), "ms");
        QVERIFY2(down.elapsedMs < 1000, qPrintable(QString::number(down.elapsedMs)));
        QVERIFY(m_cluster->status(2).reason.contains(u"connection lost"_qs));
        // The others are unaffected.
        QTest::qWait(300);
        QCOMPARE(m_cluster->status(1).state, HostState::Up);
        QCOMPARE(m_cluster->status(3).state, HostState::Up);
    }

    void hungHostIsCaughtByKeepalive()
    {
        const int interval = 1, count = 3;
        connectHosts(3, interval, count);
        StateClock down(m_cluster.get(), 3, HostState::Unreachable);
        down.startNow();
        QVERIFY(m_lab->hang(3));
        const qint64 bound = (interval * (count + 1) + 1) * 1000;
        QTRY_VERIFY_WITH_TIMEOUT(down.elapsedMs >= 0, 15000);
        report("SIGSTOP detected after", double(down.elapsedMs), "ms");
        QVERIFY2(down.elapsedMs <= bound, qPrintable(QStringLiteral("%1 ms > %2 ms").arg(down.elapsedMs).arg(bound)));
        QVERIFY2(m_cluster->status(3).reason.contains(u"keepalive"_qs), qPrintable(m_cluster->status(3).reason));
        QCOMPARE(m_cluster->status(1).state, HostState::Up);
        // SIGCONT: the host answers again and Vigil reconnects by itself.
        QVERIFY(m_lab->resume(3));
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->status(3).state, HostState::Up, 20000);
    }

    void restartedHostReconnectsWithoutDuplicates()
    {
        QVERIFY(m_lab->defineGuest(1, u"lab-delta"_qs));
        QVERIFY(m_lab->defineGuest(1, u"lab-echo"_qs));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, u"lab-delta"_qs}, &ok);
        QVERIFY(ok);
        connectHosts(3);
        Models::DomainTableModel model(m_cluster.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_lab->kill(1));   // daemon and its QEMU processes die
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->status(1).state, HostState::Unreachable, 5000);
        QCOMPARE(model.rowCount(), 2);   // last known rows stay while the host is away
        QElapsedTimer clock;
        clock.start();
        QVERIFY(m_lab->restart(1));
        QTRY_COMPARE_WITH_TIMEOUT(m_cluster->status(1).state, HostState::Up, 30000);
        report("restart to reconnected (incl. back-off)", double(clock.elapsed()), "ms");
        // Its guest was killed with the host: Vigil shows what libvirt now says.
        QTRY_COMPARE(vigilNames(1), virshNames(1));
        QCOMPARE(vigilNames(1), QStringList({u"lab-delta:shut off"_qs, u"lab-echo:shut off"_qs}));
        QCOMPARE(model.rowCount(), 2);
        QSet<QString> uuids;
        for (int r = 0; r < model.rowCount(); ++r)
            uuids.insert(model.index(r, 0).data(Models::UuidRole).toString());
        QCOMPARE(uuids.size(), 2);
    }

    void qemuLifecycleEventsReachTheModelWithinOneSecond()
    {
        QVERIFY(m_lab->defineGuest(2, u"lab-foxtrot"_qs));
        connectHosts(3);
        Models::DomainTableModel model(m_cluster.get());
        const auto stateOf = [&model]() {
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.index(r, 0).data().toString() == u"lab-foxtrot")
                    return model.index(r, Models::DomainTableModel::StateColumn).data().toString();
            return QString();
        };
        QCOMPARE(stateOf(), u"shut off"_qs);
        // Changed by another client (virsh): only libvirt's events can tell us this fast.
        // Runs virsh without blocking the event loop; returns how long after
        // virsh finished (i.e. after libvirt completed the change) the model
        // showed `expected` — 0 if it already did before virsh returned.
        const auto latencyAfter = [&](const QString &command, const QString &expected) -> qint64 {
            QProcess virsh;
            virsh.start(u"virsh"_qs, {u"-q"_qs, u"-c"_qs, m_lab->qemuUri(2), command, u"lab-foxtrot"_qs});
            QElapsedTimer clock;
            qint64 changedAt = -1;
            qint64 finishedAt = -1;
            QObject context;
            connect(&model, &QAbstractItemModel::dataChanged, &context, [&]() {
                if (changedAt < 0 && stateOf() == expected)
                    changedAt = clock.elapsed();
            });
            connect(&virsh, &QProcess::finished, &context, [&]() { finishedAt = clock.elapsed(); });
            clock.start();
            if (!QTest::qWaitFor([&]() { return changedAt >= 0 && finishedAt >= 0; }, 10000))
                return 99999;
            return std::max<qint64>(0, changedAt - finishedAt);
        };
        const qint64 started = latencyAfter(u"start"_qs, u"running"_qs);
        const qint64 destroyed = latencyAfter(u"destroy"_qs, u"shut off"_qs);
        report("start event in model after virsh returned", double(started), "ms");
        report("destroy event in model after virsh returned", double(destroyed), "ms");
        QVERIFY2(started < 1000 && destroyed < 1000, qPrintable(QStringLiteral("%1 / %2").arg(started).arg(destroyed)));
    }

    void failoverRestartsEveryGuestOnceInPriorityOrder();
    void failoverWithoutConfirmedFenceRestartsNothing();
    void failoverSurvivesTheAgentDyingTwentyTimes();
    void twoAgentsOnOneDatabaseOnlyOneActs();
    void failoverWithoutCapacityLeavesTheLowestPriorityDown();
    void failoverRecoveryTime_data();
    void failoverRecoveryTime();

    void guiThreadNeverStallsWhileHostsDieAndReturn()
    {
        QTemporaryDir dir;
        QString error;
        auto session = Session::open({dir.filePath(u"lab.sqlite"_qs), false}, &error);
        QVERIFY2(session, qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            HostConfig c = Test::hostConfig(0, QStringLiteral("lab%1").arg(i), m_lab->qemuUri(i));
            c.keepaliveInterval = 1;
            QVERIFY2(session->addHost(c, &error), qPrintable(error));
        }
        Ui::MainWindow window(session.get());
        window.show();
        QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);

        // Host deaths and returns run on another thread; the GUI thread only
        // runs its event loop, and a 5 ms timer measures every gap in it.
        std::atomic_bool done{false};
        std::thread chaos([this, &done]() {
            m_lab->kill(1);
            m_lab->hang(2);
            m_lab->kill(3);
            std::this_thread::sleep_for(std::chrono::seconds(5));
            m_lab->restart(1);
            m_lab->resume(2);
            m_lab->restart(3);
            done = true;
        });
        QElapsedTimer gap;
        qint64 worst = 0;
        QList<qint64> gaps;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        ticker.setInterval(5);
        QObject::connect(&ticker, &QTimer::timeout, [&]() {
            const qint64 g = gap.restart();
            worst = std::max(worst, g);
            gaps.append(g);
        });
        gap.start();
        ticker.start();
        const auto allUp = [&session]() {
            const auto hosts = session->cluster()->hosts();
            return std::all_of(hosts.cbegin(), hosts.cend(), [&session](const HostConfig &h) {
                return session->cluster()->status(h.id).state == HostState::Up;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(done.load() && allUp(), 60000);
        ticker.stop();
        chaos.join();
        std::sort(gaps.begin(), gaps.end());
        report("GUI thread worst gap while 3 hosts died and returned", double(worst), "ms");
        report("GUI thread p99 gap", double(gaps.at(int(gaps.size() * 0.99))), "ms");
        QVERIFY2(worst < 50, qPrintable(QString::number(worst)));
        session.reset();
    }
};

void TestLab::failoverRestartsEveryGuestOnceInPriorityOrder()
{
    for (int g = 1; g <= 5; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, name));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, name}, &ok);
        QVERIFY2(ok, qPrintable(name));
    }
    QTemporaryDir dir;
    auto session = failoverSession(dir.filePath(u"failover.sqlite"_qs),
                                   {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_qs, m_lab->directory(), u"1"_qs});
    QVERIFY(session);
    QSignalSpy settled(session->cluster(), &ClusterManager::settled);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab test"_qs);
    QTRY_VERIFY(engine->isActive());
    QCOMPARE(qemuProcessesByUuid().size(), 5);

    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QList<QString> restartOrder;
    connect(session.get(), &Session::eventLogged, this, [&restartOrder](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover && e.result == u"ok" && e.message.startsWith(u"restarted on"))
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
    // Priority order: 1 first, 5 last; 2 and 3 share priority 2.
    QCOMPARE(restartOrder.size(), 5);
    QCOMPARE(restartOrder.first(), u"lab-f1"_qs);
    QCOMPARE(QSet<QString>(restartOrder.begin() + 1, restartOrder.begin() + 3), QSet<QString>({u"lab-f2"_qs, u"lab-f3"_qs}));
    QCOMPARE(restartOrder.at(3), u"lab-f4"_qs);
    QCOMPARE(restartOrder.last(), u"lab-f5"_qs);
    // Each guest runs exactly once on the machine, and on host 2 or 3.
    const QHash<QString, int> processes = qemuProcessesByUuid();
    QCOMPARE(processes.size(), 5);
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QStringList running;
    for (int host = 2; host <= 3; ++host)
        running += m_lab->virsh(host, {u"list"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
    running.sort();
    QCOMPARE(running, QStringList({u"lab-f1"_qs, u"lab-f2"_qs, u"lab-f3"_qs, u"lab-f4"_qs, u"lab-f5"_qs}));
    session.reset();
}

void TestLab::failoverWithoutConfirmedFenceRestartsNothing()
{
    for (int g = 1; g <= 2; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, name));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, name}, &ok);
        QVERIFY(ok);
    }
    QTemporaryDir dir;
    auto session = failoverSession(dir.filePath(u"unfenced.sqlite"_qs), {u"/bin/false"_qs});
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab test"_qs);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QStringList alerts;
    connect(session.get(), &Session::eventLogged, this, [&alerts](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover && e.result == u"failed")
            alerts.append(e.message);
    });
    QVERIFY(m_lab->hang(1));   // cut off, not dead: its guests may still be running
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    QCOMPARE(finished.first().at(1).toInt(), 0);
    QCOMPARE(finished.first().at(2).toInt(), 2);
    QVERIFY2(std::any_of(alerts.cbegin(), alerts.cend(), [](const QString &a) { return a.contains(u"not fenced"); }),
             qPrintable(alerts.join(u'\n')));
    // Still exactly the two original QEMU processes: nothing was started twice.
    QCOMPARE(qemuProcessesByUuid().size(), 2);
    for (int host = 2; host <= 3; ++host)
        QVERIFY(m_lab->virsh(host, {u"list"_qs, u"--name"_qs}).isEmpty());
    QVERIFY(m_lab->resume(1));
    session.reset();
}

namespace {

// A vigilctl agent process on the lab database.
struct Agent {
    QProcess process;
    QString output;
    Agent(const QString &db, const QString &holder)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        QObject::connect(&process, &QProcess::readyRead, [this]() { output += QString::fromUtf8(process.readAll()); });
        process.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_qs, db, u"agent"_qs, u"--holder"_qs, holder,
                                                      u"--lease-ttl"_qs, u"3"_qs});
    }
    ~Agent()
    {
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished(5000);
        }
    }
    void crash()
    {
        process.kill();   // SIGKILL: no clean-up at all
        process.waitForFinished(5000);
    }
};

} // namespace

void TestLab::failoverSurvivesTheAgentDyingTwentyTimes()
{
    for (int g = 1; g <= 5; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, name));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, name}, &ok);
        QVERIFY(ok);
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(u"agent.sqlite"_qs);
    QVERIFY(failoverSession(db, {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_qs, m_lab->directory(), u"1"_qs}));

    auto agent = std::make_unique<Agent>(db, u"lab agent"_qs);
    // Wait until the agent has seen all three hosts (and so recorded host 1's guests).
    QTRY_VERIFY_WITH_TIMEOUT(agent->output.count(u"connected to qemu+tcp"_qs) == 3, 30000);
    QTest::qWait(500);
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);

    // The agent dies at random moments during the failover and comes back.
    QRandomGenerator random(20261125);
    for (int round = 0; round < 20; ++round) {
        QTest::qWait(int(random.bounded(400)));
        agent->crash();
        agent = std::make_unique<Agent>(db, u"lab agent"_qs);
    }
    // The last agent finishes the job: each guest runs exactly once, on host 2 or 3.
    const auto runningElsewhere = [this]() {
        QStringList running;
        for (int host = 2; host <= 3; ++host)
            running += m_lab->virsh(host, {u"list"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
        running.sort();
        return running;
    };
    const QStringList all{u"lab-f1"_qs, u"lab-f2"_qs, u"lab-f3"_qs, u"lab-f4"_qs, u"lab-f5"_qs};
    QTRY_COMPARE_WITH_TIMEOUT(runningElsewhere(), all, 60000);
    QTest::qWait(2000);   // give any stray duplicate start the chance to show up
    QCOMPARE(runningElsewhere(), all);
    const QHash<QString, int> processes = qemuProcessesByUuid();
    QCOMPARE(processes.size(), 5);
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        QVERIFY2(it.value() == 1, qPrintable(it.key()));
    report("failover with 20 agent crashes: all 5 guests running once after the last restart", 1, "(ok)");
}

void TestLab::twoAgentsOnOneDatabaseOnlyOneActs()
{
    for (int g = 1; g <= 2; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, name));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, name}, &ok);
        QVERIFY(ok);
    }
    QTemporaryDir dir;
    const QString db = dir.filePath(u"two.sqlite"_qs);
    QVERIFY(failoverSession(db, {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_qs, m_lab->directory(), u"1"_qs}));
    Agent first(db, u"agent A"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.contains(u"failover engine active (agent A)"_qs), 20000);
    Agent second(db, u"agent B"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(second.output.contains(u"failover engine passive: agent A holds the lease"_qs), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.count(u"connected to qemu+tcp"_qs) == 3
                                 && second.output.count(u"connected to qemu+tcp"_qs) == 3, 30000);
    QTest::qWait(500);
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(first.output.contains(u"failover finished: 2 restarted"_qs), 30000);
    QVERIFY2(!second.output.contains(u"fencing:"_qs), qPrintable(second.output));
    QVERIFY(second.output.contains(u"left to the active engine (agent A)"_qs));
    // A silent active agent loses the lease; the other takes over.
    first.crash();
    QTRY_VERIFY_WITH_TIMEOUT(second.output.contains(u"failover engine active (agent B)"_qs), 15000);
    QCOMPARE(qemuProcessesByUuid().size(), 2);
}

// Not enough room: the two remaining hosts take two one-vCPU guests each
// (2 CPUs × overcommit 1.0), so the lowest priority stays down with an
// alert, and the two anti-affine guests land on different hosts.
void TestLab::failoverWithoutCapacityLeavesTheLowestPriorityDown()
{
    for (int g = 1; g <= 5; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, name));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, name}, &ok);
        QVERIFY(ok);
    }
    QTemporaryDir dir;
    auto session = failoverSession(dir.filePath(u"capacity.sqlite"_qs),
                                   {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_qs, m_lab->directory(), u"1"_qs}, 5, 1.0,
                                   {{u"lab-f2"_qs, u"lab-f3"_qs}});
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab capacity"_qs);
    QTRY_VERIFY(engine->isActive());
    QSignalSpy finished(engine, &Ha::FailoverEngine::incidentFinished);
    QStringList alerts;
    connect(session.get(), &Session::eventLogged, this, [&alerts](const EventRecord &e) {
        if (e.kind == EventRecord::Kind::Failover && e.result == u"failed")
            alerts.append(e.guest + u": "_qs + e.message);
    });
    QCOMPARE(::kill(pid_t(m_lab->daemonPid(1)), SIGKILL), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QCOMPARE(finished.first().at(1).toInt(), 4);
    QCOMPARE(finished.first().at(2).toInt(), 1);
    QVERIFY2(std::any_of(alerts.cbegin(), alerts.cend(),
                         [](const QString &a) { return a.startsWith(u"lab-f5: ") && a.contains(u"vCPUs"); }),
             qPrintable(alerts.join(u'\n')));
    const QStringList onTwo = m_lab->virsh(2, {u"list"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
    const QStringList onThree = m_lab->virsh(3, {u"list"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(onTwo.size() + onThree.size(), 4);
    QVERIFY(!(onTwo.contains(u"lab-f2"_qs) && onTwo.contains(u"lab-f3"_qs)));
    QVERIFY(!(onThree.contains(u"lab-f2"_qs) && onThree.contains(u"lab-f3"_qs)));
    QVERIFY(!onTwo.contains(u"lab-f5"_qs) && !onThree.contains(u"lab-f5"_qs));
    session.reset();
}

// Recovery time with 20 protected guests: from the host's death (kill -9)
// or hang (SIGSTOP; keepalive 1 s × 3) until all 20 run on the other hosts.
// Prints the figures; asserts only that every guest runs exactly once.
void TestLab::failoverRecoveryTime_data()
{
    QTest::addColumn<bool>("hang");
    QTest::newRow("kill -9") << false;
    QTest::newRow("SIGSTOP") << true;
}

void TestLab::failoverRecoveryTime()
{
    QFETCH(bool, hang);
    constexpr int guests = 20;
    QStringList names;
    for (int g = 1; g <= guests; ++g) {
        names << QStringLiteral("lab-f%1").arg(g);
        QVERIFY(m_lab->defineGuest(1, names.last()));
        bool ok = false;
        m_lab->virsh(1, {u"start"_qs, names.last()}, &ok);
        QVERIFY2(ok, qPrintable(names.last()));
    }
    names.sort();
    QTemporaryDir dir;
    auto session = failoverSession(dir.filePath(u"rto.sqlite"_qs),
                                   {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_qs, m_lab->directory(), u"1"_qs}, guests);
    QVERIFY(session);
    session->connectAll();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
    Ha::FailoverEngine *engine = session->startFailoverEngine(u"lab rto"_qs);
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
        running += m_lab->virsh(host, {u"list"_qs, u"--name"_qs}).split(u'\n', Qt::SkipEmptyParts);
    running.sort();
    QCOMPARE(running, names);
    const QHash<QString, int> processes = qemuProcessesByUuid();
    QCOMPARE(processes.size(), guests);
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        QCOMPARE(it.value(), 1);
    session.reset();
}

VIGIL_TEST_GUI_MAIN(TestLab)
#include "tst_lab.moc"
