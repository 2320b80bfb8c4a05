#include "common/silentlistener.h"
#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestClusterManager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyHostsSettleAndStayIndependent()
    {
        ClusterManager cluster;
        QSignalSpy settled(&cluster, &ClusterManager::settled);
        for (int i = 1; i <= 6; ++i)
            cluster.addHost(Test::hostConfig(i, QStringLiteral("h%1").arg(i), Test::nodeUri(u"node-small.xml"_s)));
        cluster.addHost(Test::hostConfig(99, u"down"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QTRY_COMPARE(settled.count(), 1);
        QVERIFY(cluster.allSettled());
        for (int i = 1; i <= 6; ++i) {
            QCOMPARE(cluster.status(i).state, HostState::Up);
            QCOMPARE(cluster.domains(i).size(), 3);
        }
        QCOMPARE(cluster.status(99).state, HostState::Unreachable);
        // Each in-process test:/// connection is private: acting on h1 leaves h2 alone.
        QList<ActionResult> answers;
        cluster.performAction(1, u"00000000-0000-4000-8000-000000000001"_s, DomainAction::Suspend, this,
                              [&answers](const ActionResult &r) { answers.append(r); });
        QTRY_COMPARE(answers.size(), 1);
        QVERIFY2(answers.first().ok, qPrintable(answers.first().message));
        // The answer comes after its effect reached the cluster's cache.
        QCOMPARE(cluster.domain(1, u"00000000-0000-4000-8000-000000000001"_s)->state, DomainState::Paused);
        const auto webPausedOn = [&cluster](HostId host) {
            const QList<DomainInfo> domains = cluster.domains(host);
            return std::any_of(domains.cbegin(), domains.cend(),
                               [](const DomainInfo &d) { return d.name == u"web" && d.state == DomainState::Paused; });
        };
        QTRY_VERIFY(webPausedOn(1));
        const auto h2 = cluster.domains(2);
        QVERIFY(std::any_of(h2.cbegin(), h2.cend(),
                            [](const DomainInfo &d) { return d.name == u"web" && d.state == DomainState::Running; }));
    }

    // Nothing-twice issue: a fenced host's stale copy (same UUID) could be
    // started by hand while failover had restarted the guest elsewhere.
    void aGuestRunningOnAnotherHostIsNeverStartedTwice()
    {
        ClusterManager cluster;
        // Two hosts with the same guests (UUIDs): "web" runs on both at first.
        cluster.addHost(Test::hostConfig(1, u"kvm1"_s, Test::nodeUri(u"node-small.xml"_s)));
        cluster.addHost(Test::hostConfig(2, u"kvm2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s));
        QTRY_VERIFY(cluster.allSettled());
        const QString web = u"00000000-0000-4000-8000-000000000001"_s;
        QList<ActionResult> answers;
        const auto collect = [&answers](const ActionResult &r) { answers.append(r); };
        const auto stateOn = [&cluster, &web](HostId host) {
            for (const DomainInfo &d : cluster.domains(host))
                if (d.uuid == web)
                    return d.state;
            return DomainState::NoState;
        };
        // kvm1's copy stops (as a fenced host's would be found): starting it
        // again while kvm2 runs the guest is refused, with both named.
        cluster.performAction(1, web, DomainAction::ForceOff, this, collect);
        QTRY_COMPARE(answers.size(), 1);
        QTRY_COMPARE(stateOn(1), DomainState::Shutoff);
        cluster.performAction(1, web, DomainAction::Start, this, collect);
        QTRY_COMPARE(answers.size(), 2);
        ActionResult result = answers.last();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"kvm2"_s) && result.message.contains(u"twice"_s), qPrintable(result.message));
        QTest::qWait(200);
        QCOMPARE(stateOn(1), DomainState::Shutoff);
        // Once kvm2's copy is stopped, kvm1 may start it.
        cluster.performAction(2, web, DomainAction::ForceOff, this, collect);
        QTRY_COMPARE(answers.size(), 3);
        QTRY_COMPARE(stateOn(2), DomainState::Shutoff);
        cluster.performAction(1, web, DomainAction::Start, this, collect);
        QTRY_COMPARE(answers.size(), 4);
        result = answers.last();
        QVERIFY2(result.ok, qPrintable(result.message));
        QTRY_COMPARE(stateOn(1), DomainState::Running);
    }

    // Each answer goes to whoever asked, once; an asker destroyed before its
    // answer came gets nothing (a closed dialog, a finished job), while the
    // action itself still happens and is logged.
    void answersGoToWhoeverAskedWhileItExists()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"kvm1"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY(cluster.allSettled());
        QSignalSpy events(&cluster, &ClusterManager::eventOccurred);
        const QString web = u"00000000-0000-4000-8000-000000000001"_s;
        const QString cache = u"00000000-0000-4000-8000-000000000002"_s;
        int first = 0, second = 0, orphan = 0;
        QObject stays;
        auto *goes = new QObject;
        cluster.performAction(1, web, DomainAction::Suspend, &stays, [&first](const ActionResult &) { ++first; });
        cluster.performAction(1, cache, DomainAction::ForceOff, goes, [&orphan](const ActionResult &) { ++orphan; });
        delete goes;
        CpuComparison cpu;
        cluster.compareGuestCpu(1, *cluster.domain(1, web), &stays, [&second, &cpu](const CpuComparison &answer) {
            ++second;
            cpu = answer;
        });
        QTRY_COMPARE(second, 1);
        QCOMPARE(first, 1);
        QTest::qWait(200);
        QCOMPARE(orphan, 0);
        QCOMPARE(first, 1);
        // The test driver cannot compare CPUs: that is "unknown", with libvirt's reason.
        QCOMPARE(cpu.verdict, CpuComparison::Verdict::Unknown);
        QVERIFY(!cpu.message.isEmpty());
        QTRY_COMPARE(cluster.domain(1, cache)->state, DomainState::Shutoff);
        int logged = 0;
        for (const QList<QVariant> &args : events)
            logged += args.first().value<EventRecord>().kind == EventRecord::Kind::Action;
        QCOMPARE(logged, 2);
    }

    void removedHostIsForgottenAndItsResultsDropped()
    {
        ClusterManager cluster;
        QSignalSpy settled(&cluster, &ClusterManager::settled);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        cluster.addHost(Test::hostConfig(2, u"b"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY(cluster.allSettled());
        QSignalSpy removed(&cluster, &ClusterManager::hostRemoved);
        QSignalSpy updates(&cluster, &ClusterManager::domainUpdated);
        cluster.removeHost(1);
        QCOMPARE(removed.count(), 1);
        QVERIFY(!cluster.contains(1));
        QCOMPARE(cluster.hosts().size(), 1);
        // An action aimed at the removed host answers with a clear failure.
        QList<ActionResult> answers;
        cluster.performAction(1, u"00000000-0000-4000-8000-000000000001"_s, DomainAction::Start, this,
                              [&answers](const ActionResult &r) { answers.append(r); });
        QTRY_COMPARE(answers.size(), 1);
        const ActionResult result = answers.first();
        QVERIFY(!result.ok);
        QVERIFY(result.message.contains(u"removed"_s));
        QTest::qWait(100);
        for (const auto &args : updates)
            QVERIFY(args.first().toLongLong() != 1);
    }

    void reconfigureSwitchesUri()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"a"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QTRY_COMPARE(cluster.status(1).state, HostState::Unreachable);
        HostConfig fixed = Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s));
        QSignalSpy changed(&cluster, &ClusterManager::hostChanged);
        cluster.updateHost(fixed);
        QCOMPARE(changed.count(), 1);
        QTRY_COMPARE(cluster.status(1).state, HostState::Up);
        QCOMPARE(cluster.domains(1).size(), 3);
    }

    void shutdownIsPrompt()
    {
        auto cluster = std::make_unique<ClusterManager>();
        for (int i = 1; i <= 20; ++i)
            cluster->addHost(Test::hostConfig(i, QStringLiteral("h%1").arg(i), Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY(cluster->allSettled());
        QElapsedTimer timer;
        timer.start();
        cluster->shutdown();
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    // A libvirtd that accepts the TCP connection and never answers (hung,
    // SIGSTOPped) keeps virConnectOpen waiting with no keepalive to end it.
    // The host must still be called unreachable — else nothing fails it
    // over, and the engine, waiting for every host to settle, acts for none.
    void aHostThatNeverAnswersIsUnreachableAfterTheConnectTimeout()
    {
        Test::SilentListener listener;
        QVERIFY(listener.isListening());

        ClusterManager cluster;
        HostConfig config = Test::hostConfig(
            1, u"mute"_s, QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(listener.port()));
        config.keepaliveInterval = 1;
        config.keepaliveCount = 1;
        QElapsedTimer clock;
        clock.start();
        cluster.addHost(config);
        QTRY_VERIFY_WITH_TIMEOUT(cluster.status(1).state == HostState::Unreachable, 30000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY2(elapsed >= 14000 && elapsed < 20000, qPrintable(QString::number(elapsed)));
        QVERIFY2(cluster.status(1).reason.contains(u"no answer within 15 s while connecting"_s),
                 qPrintable(cluster.status(1).reason));
        QVERIFY(cluster.allSettled());
        listener.close();   // resets the queued connection: the worker's open fails and it can stop
        cluster.shutdown();
    }
};

VIGIL_TEST_GUILESS_MAIN(TestClusterManager)
#include "tst_clustermanager.moc"
