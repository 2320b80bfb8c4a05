#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/health/alertengine.h"
#include "core/store/alertstore.h"
#include "core/store/database.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Health;

namespace {

AlertRule makeRule(const QString &name, Scope scope, const QString &condition, double threshold, int seconds,
                   Severity severity = Severity::Warning)
{
    AlertRule r;
    r.name = name;
    r.scope = scope;
    r.condition = condition;
    r.threshold = threshold;
    r.durationSeconds = seconds;
    r.severity = severity;
    return r;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreachableHostRaisesAfterItsDurationAndClearsWhenRemoved()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(0);
        AlertEngine engine(&cluster);
        engine.setRules({makeRule(u"down"_s, Scope::Host, u"unreachable"_s, 0, 30, Severity::Critical)});
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        QSignalSpy events(&engine, &AlertEngine::eventOccurred);
        cluster.addHost(Test::hostConfig(5, u"edge"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QTRY_COMPARE(cluster.status(5).state, HostState::Unreachable);
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        engine.evaluateHost(5, t0);
        engine.evaluateHost(5, t0.addSecs(29));
        QCOMPARE(raised.count(), 0);   // not for 30 s yet
        engine.evaluateHost(5, t0.addSecs(31));
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.severity, Severity::Critical);
        QCOMPARE(alert.host, u"edge"_s);
        QVERIFY(alert.isOpen());
        QCOMPARE(engine.openAlerts().size(), 1);
        // Further evaluations do not raise it again.
        engine.evaluateHost(5, t0.addSecs(60));
        QCOMPARE(raised.count(), 1);
        const auto record = events.last().first().value<EventRecord>();
        QCOMPARE(record.kind, EventRecord::Kind::Health);
        QCOMPARE(record.result, EventRecord::Result::Critical);
        cluster.removeHost(5);
        QCOMPARE(cleared.count(), 1);
        QVERIFY(engine.openAlerts().isEmpty());
        QVERIFY(events.last().first().value<EventRecord>().message.toString().contains(u"removed"_s));
    }

    void thresholdRuleRaisesAndClearsWithTheValue()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(100);
        AlertEngine engine(&cluster);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy cleared(&engine, &AlertEngine::alertCleared);
        cluster.addHost(Test::hostConfig(1, u"a"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_VERIFY(cluster.latestSample(1).isValid());
        // The test driver reports pool capacity and allocation: any pool is
        // below 100.5 % full...
        AlertRule below = makeRule(u"pool"_s, Scope::Pool, u"used"_s, 100.5, 0);
        below.comparison = AlertRule::Comparison::Below;
        engine.setRules({below});
        QTRY_VERIFY(raised.count() >= 1);
        QVERIFY(raised.first().first().value<Alert>().message.toString().contains(u"space used"_s));
        // ...and none is below 0 %: lowering the threshold clears them all.
        below.threshold = 0;
        engine.setRules({below});
        QTRY_COMPARE(cleared.count(), raised.count());
        QVERIFY(engine.openAlerts().isEmpty());
        // Guest CPU is not reported by the test driver: no decision, no alert.
        engine.setRules({makeRule(u"gcpu"_s, Scope::Guest, u"cpu"_s, 0, 0)});
        QTest::qWait(300);
        const QList<Alert> open = engine.openAlerts();
        QVERIFY(std::none_of(open.cbegin(), open.cend(), [](const Alert &a) { return a.rule == u"gcpu"; }));
    }

    void disablingARuleClearsItsAlertsAndAcknowledgeIsLogged()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(0);
        AlertEngine engine(&cluster);
        AlertRule rule = makeRule(u"history"_s, Scope::System, u"history_write_failed"_s, 0, 0, Severity::Critical);
        engine.setRules({rule});
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QSignalSpy events(&engine, &AlertEngine::eventOccurred);
        engine.setSystemCondition(u"history_write_failed"_s, true, u"disk full"_s);
        QCOMPARE(raised.count(), 1);
        const Alert alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.message, u"disk full"_s);
        QVERIFY(engine.acknowledge(alert.key, u"alice"_s));
        QVERIFY(!engine.acknowledge(alert.key, u"alice"_s));   // once
        QCOMPARE(events.last().first().value<EventRecord>().user, u"alice"_s);
        QVERIFY(engine.alerts().first().isAcknowledged());
        rule.enabled = false;
        engine.setRules({rule});
        QVERIFY(engine.openAlerts().isEmpty());
    }

    // A passive process (not the evaluator) raises nothing about the
    // cluster, but its own system conditions still raise: the console's
    // Verify Now finding damage while an agent holds the lease.
    void passiveEngineRaisesOnlySystemConditions()
    {
        ClusterManager cluster;
        cluster.setStatsInterval(0);
        AlertEngine engine(&cluster);
        engine.setEvaluating(false);
        engine.setRules({makeRule(u"backup"_s, Scope::System, u"backup_problem"_s, 0, 0, Severity::Critical),
                         makeRule(u"down"_s, Scope::Host, u"unreachable"_s, 0, 0, Severity::Critical)});
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        Q_EMIT cluster.hostAdded(Test::hostConfig(1, u"kvm1"_s, u"test:///default"_s));
        engine.evaluateAll();
        QCOMPARE(raised.count(), 0);
        engine.setSystemCondition(u"backup_problem"_s, true, u"checksum mismatch"_s);
        QCOMPARE(raised.count(), 1);
        QCOMPARE(raised.first().first().value<Alert>().rule, u"backup"_s);
        // The same alert synced back from the store is not raised twice.
        engine.syncFromStore(engine.alerts());
        engine.setSystemCondition(u"backup_problem"_s, true, u"checksum mismatch"_s);
        QCOMPARE(raised.count(), 1);
        engine.setSystemCondition(u"backup_problem"_s, false, {});
        QVERIFY(engine.openAlerts().isEmpty());
    }

    void healthScoreNamesItsReasons()
    {
        HostStatus status;
        status.state = HostState::Up;
        HostDetails details;
        details.host.memoryKiB = 1000;
        details.host.freeMemoryKiB = 20;   // 98 % used
        details.host.freeMemoryKnown = true;
        details.pools = {StoragePoolInfo{{}, u"images"_s, u"dir"_s, {}, true, true, 100, 90, 10},
                         StoragePoolInfo{{}, u"iso"_s, u"dir"_s, {}, false, false, 0, 0, 0}};
        details.networks = {NetworkInfo{{}, u"default"_s, u"virbr0"_s, u"nat"_s, true, true}};
        DomainInfo paused;
        paused.name = u"db"_s;
        paused.state = DomainState::Paused;
        paused.stateReason = 5;   // VIR_DOMAIN_PAUSED_IOERROR
        paused.stateReasonText = u"I/O error"_s;
        DomainInfo userPaused = paused;
        userPaused.name = u"web"_s;
        userPaused.stateReason = 1;   // paused by a user: not a fault
        const HostHealth health = assessHost(status, details, {paused, userPaused}, {});
        QStringList messages;
        for (const Finding &f : health.findings)
            messages << f.message;
        QCOMPARE(health.findings.size(), 4);
        QVERIFY(messages.contains(u"memory 98 % used"_s));
        QVERIFY(messages.contains(u"storage pool images is 90 % full"_s));
        QVERIFY(messages.contains(u"storage pool iso is inactive"_s));
        QVERIFY(messages.contains(u"guest db is paused: I/O error"_s));
        QCOMPARE(health.score, 100 - 40 - 15 - 15 - 40 < 0 ? 0 : 100 - 40 - 15 - 15 - 40);

        status.state = HostState::Unreachable;
        status.reason = u"connection refused"_s;
        const HostHealth down = assessHost(status, details, {}, {});
        QCOMPARE(down.score, 0);
        QCOMPARE(down.findings.size(), 1);
    }

    void rulesAndAlertsPersist()
    {
        QTemporaryDir dir;
        const auto opened = Store::Database::open(dir.filePath(u"a.sqlite"_s), u"alerts"_s);
        QVERIFY(opened.ok);
        {
            Store::AlertStore store(opened.db);
            const QList<AlertRule> defaults = store.rules();
            QCOMPARE(defaults.size(), defaultRules().size());
            QVERIFY(std::all_of(defaults.cbegin(), defaults.cend(), [](const AlertRule &r) {
                return validateRule(r).isEmpty() && r.id > 0;
            }));
            AlertRule bad = makeRule(u"bad"_s, Scope::Pool, u"cpu"_s, 50, 0);
            QString error;
            QVERIFY(!store.saveRule(bad, &error));
            QVERIFY2(error.contains(u"not a condition"_s), qPrintable(error));
            bad = makeRule(u"bad"_s, Scope::Host, u"cpu"_s, 150, 0);
            QVERIFY(!store.saveRule(bad, &error));
            AlertRule duplicate = defaults.first();
            duplicate.id = 0;
            QVERIFY(!store.saveRule(duplicate, &error));
            QVERIFY2(error.contains(u"already exists"_s), qPrintable(error));
            AlertRule edited = defaults.at(1);
            edited.threshold = 75;
            QVERIFY(store.saveRule(edited, &error));
            QCOMPARE(store.rules().at(1).threshold, 75.0);

            Alert a;
            a.key = u"r|h1@1"_s;
            a.rule = u"r"_s;
            a.severity = Severity::Critical;
            a.host = u"h1"_s;
            a.subject = u"<script>"_s;
            a.message = u"m"_s;
            a.raisedAt = QDateTime::currentDateTimeUtc().addDays(-30);
            QVERIFY(store.saveAlert(a, &error));
            a.acknowledgedBy = u"bob"_s;
            a.acknowledgedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(store.saveAlert(a, &error));
            // Still open, so it comes back even though it was raised long ago.
            const QList<Alert> loaded = store.alerts(QDateTime::currentDateTimeUtc().addDays(-7));
            QCOMPARE(loaded.size(), 1);
            QCOMPARE(loaded.first().acknowledgedBy, u"bob"_s);
            QCOMPARE(loaded.first().subject, u"<script>"_s);
            a.clearedAt = QDateTime::currentDateTimeUtc().addDays(-10);
            QVERIFY(store.saveAlert(a, &error));
            QVERIFY(store.alerts(QDateTime::currentDateTimeUtc().addDays(-7)).isEmpty());
        }
        Store::Database::close(u"alerts"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestAlerts)
#include "tst_alerts.moc"
