// One truth for every process: the console's session and models in this
// process, `vigilctl agent` and one-shot vigilctl commands as separate
// processes, all on one SQLite file. Each function is its own ctest entry.
#include "common/agentprocess.h"
#include "common/testsupport.h"

#include "core/backup/backupjob.h"
#include "core/backup/backupmanager.h"
#include "core/ha/failoverengine.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/alertstore.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"
#include "models/eventlogmodel.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTranslator>
#include <QUrl>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Test::AgentProcess;
using Test::runVigilctl;

namespace {

// How long a change made by one process may take to show in another.
constexpr int kVisibleWithinMs = 2000;

int count(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestMultiprocess : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

    // The console's side: a session that connects its hosts, follows the
    // database and runs a failover engine, as app/vigil does.
    std::unique_ptr<Session> console(bool withEngine = true, bool history = false)
    {
        Session::Options options;
        options.databasePath = m_db;
        options.recordHistory = history;
        QString error;
        auto session = Session::open(options, &error);
        if (!session) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        session->connectAll();
        session->followChanges();
        if (withEngine)
            session->startFailoverEngine(u"test console"_s, 3000);
        return session;
    }

    void addHost(const QString &name, const QString &uri)
    {
        QString output;
        QCOMPARE(runVigilctl({u"--db"_s, m_db, u"hosts"_s, u"add"_s, name, uri}, &output), 0);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
        // The same scenario on PostgreSQL (the ctest fixture's server): a
        // fresh database per test function.
        QString skip;
        const QString postgres = Test::freshPostgresDatabase(QString::fromLatin1(QTest::currentTestFunction()), &skip);
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        if (!postgres.isEmpty())
            m_db = postgres;
    }

    void hostAddedByTheCliIsConnectedByTheRunningAgentAndConsole();
    void hostRemovedByTheCliIsDisconnectedEverywhere();
    void policyImportedByTheCliReachesTheOpenConsole();
    void maintenanceSetByTheCliReachesTheConsoleAndTheEngine();
    void agentEventsReachTheConsoleAndAreStoredOnce();
    void alertsAreRaisedOnceAndAcknowledgedAcrossProcesses();
    void runsADeadProcessLeftRunningAreInterrupted();
    void actorIsTheOsUserEvenWithoutUSER();
    void eventsFollowPrintsWhatOtherProcessesStore();
    void guestActionFromTheCliIsRecordedWithItsActor();
    void alertRuleSavedByAnotherProcessIsAppliedByTheConsole();
    void storedMessagesAreShownInEachReadersLanguage();
};

void TestMultiprocess::hostAddedByTheCliIsConnectedByTheRunningAgentAndConsole()
{
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    AgentProcess agent(m_db, u"agent"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"connected to test:///"_s), 20000);
    auto session = console();
    QVERIFY(session);
    QTRY_COMPARE_WITH_TIMEOUT(session->cluster()->hosts().size(), 1, 5000);

    QElapsedTimer sinceAdd;
    addHost(u"h2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
    sinceAdd.start();
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->hosts().size() == 2, kVisibleWithinMs);
    const qint64 consoleMs = sinceAdd.elapsed();
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.count(u"connected to test:///"_s) == 2, kVisibleWithinMs);
    qInfo("host added by vigilctl: console has it after %lld ms, agent connected after %lld ms", consoleMs,
          sinceAdd.elapsed());
    QVERIFY(agent.output.contains(u"node-small.xml?h=2"_s));
}

void TestMultiprocess::hostRemovedByTheCliIsDisconnectedEverywhere()
{
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    addHost(u"h2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
    auto session = console();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 10000);
    QSignalSpy removed(session->cluster(), &ClusterManager::hostRemoved);
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"hosts"_s, u"remove"_s, u"h2"_s}), 0);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kVisibleWithinMs);
    QCOMPARE(session->cluster()->hosts().size(), 1);
    QCOMPARE(session->cluster()->hosts().first().name, u"h1"_s);
}

void TestMultiprocess::policyImportedByTheCliReachesTheOpenConsole()
{
    auto session = console();
    QVERIFY(session);
    QVERIFY(session->policies().isEmpty());
    QSignalSpy changed(session.get(), &Session::policiesChanged);
    QString output;
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"policy"_s, u"import"_s, Test::dataPath(u"policies/valid.json"_s)},
                         &output), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!session->policies().isEmpty(), kVisibleWithinMs);
    QCOMPARE(session->policies().first().name, u"production-services"_s);
    QVERIFY(changed.count() >= 1);
    // The dry run (the planner) uses what the session holds: the imported policy.
    QCOMPARE(changed.last().first().value<QList<Ha::Policy>>().size(), 1);
}

void TestMultiprocess::maintenanceSetByTheCliReachesTheConsoleAndTheEngine()
{
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    addHost(u"h2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
    auto session = console();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 10000);
    const HostId h1 = session->hostRepository().findByName(u"h1"_s)->id;
    QVERIFY(!session->cluster()->host(h1).maintenance);
    QString output;
    // The test driver cannot migrate: the guests stay, and the flag is set all the same.
    const int code = runVigilctl({u"--db"_s, m_db, u"host"_s, u"maintenance"_s, u"enter"_s, u"h1"_s}, &output);
    QVERIFY2(code == 0 || code == 5, qPrintable(output));
    QVERIFY2(output.contains(u"h1 is in maintenance"_s), qPrintable(output));
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->host(h1).maintenance, kVisibleWithinMs);
    // The maintenance event names the CLI's user and reaches the console's log.
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"host"_s, u"maintenance"_s, u"exit"_s, u"h1"_s}, &output), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!session->cluster()->host(h1).maintenance, kVisibleWithinMs);
}

void TestMultiprocess::agentEventsReachTheConsoleAndAreStoredOnce()
{
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    addHost(u"h2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
    AgentProcess agent(m_db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"failover engine active (agent A)"_s), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.count(u"connected to test:///"_s) == 2, 20000);

    auto session = console();
    QVERIFY(session);
    QVERIFY(!session->failoverEngine()->isActive());
    QVERIFY(!session->isEvaluator());
    Models::EventLogModel model;
    connect(session.get(), &Session::eventRecorded, &model, &Models::EventLogModel::append);
    QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 10000);
    // A configuration change made in the agent's process world (by vigilctl)
    // and the agent's own entries both reach the console's log.
    addHost(u"h3"_s, Test::nodeUri(u"node-small.xml"_s) + u"?x=1"_s);
    const auto modelHas = [&model](const QString &text) {
        for (int row = 0; row < model.rowCount(); ++row)
            for (int column = 0; column < model.columnCount(); ++column)
                if (model.index(row, column).data().toString().contains(text))
                    return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(u"host added"_s), kVisibleWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.count(u"connected to test:///"_s) == 3, kVisibleWithinMs);
    QTRY_VERIFY_WITH_TIMEOUT(modelHas(u"?x=1"_s), kVisibleWithinMs);
    session->flushEventLog();
    // Both processes connected to every host; only the evaluator stored it.
    QTest::qWait(500);
    const QSqlDatabase db = session->database();
    QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE message LIKE 'connected to%node-small.xml'"_s), 1);
    QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE message LIKE 'connected to%h=2'"_s), 1);
    QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE message LIKE 'connected to%x=1'"_s), 1);
    // The console's own (passive) engine says nothing into the shared log.
    QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE message LIKE '%test console holds%'"_s), 0);
}

void TestMultiprocess::alertsAreRaisedOnceAndAcknowledgedAcrossProcesses()
{
    {
        const auto opened = Store::Database::open(m_db, u"seed"_s);
        QVERIFY(opened.ok);
        Store::AlertStore store(opened.db);
        store.rules();   // the defaults
        Health::AlertRule rule;
        rule.name = u"mp unreachable"_s;
        rule.scope = Health::Scope::Host;
        rule.condition = u"unreachable"_s;
        rule.threshold = 0;
        rule.durationSeconds = 0;
        rule.severity = Health::Severity::Critical;
        QString error;
        QVERIFY2(store.saveRule(rule, &error), qPrintable(error));
    }
    Store::Database::close(u"seed"_s);
    // Port 1 on loopback refuses: the host is unreachable for both processes.
    addHost(u"dead"_s, u"test+tcp://127.0.0.1:1/default"_s);
    addHost(u"dead2"_s, u"test+tcp://127.0.0.2:1/default"_s);
    AgentProcess agent(m_db, u"agent A"_s, 3, {u"--stats-interval"_s, u"1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"alert raised (Critical): mp unreachable"_s)
                                 || agent.output.contains(u"mp unreachable"_s), 20000);
    auto session = console(true, true);
    QVERIFY(session);
    Health::AlertEngine *alerts = session->alertEngine();
    QVERIFY(alerts);
    QTRY_VERIFY_WITH_TIMEOUT(!alerts->isEvaluating(), 5000);
    // The console shows the agent's alert without raising its own.
    const auto open = [alerts]() {
        QList<Health::Alert> found;
        for (const Health::Alert &a : alerts->openAlerts())
            if (a.rule == u"mp unreachable")
                found.append(a);
        return found;
    };
    QTRY_COMPARE_WITH_TIMEOUT(open().size(), 2, 5000);
    QTest::qWait(3000);   // several sweeps of both processes
    const QSqlDatabase db = session->database();
    QCOMPARE(count(db, u"SELECT count(*) FROM alerts WHERE rule = 'mp unreachable'"_s), 2);
    QCOMPARE(count(db, u"SELECT count(*) FROM events WHERE message LIKE 'alert raised%mp unreachable%'"_s), 2);

    // Acknowledged in the console: stored and seen by the CLI.
    const QString first = open().at(0).key;
    const QString second = open().at(1).key;
    QVERIFY(alerts->acknowledge(first, u"operator"_s));
    QString output;
    QTRY_VERIFY_WITH_TIMEOUT((runVigilctl({u"--db"_s, m_db, u"alert"_s, u"list"_s, u"--json"_s}, &output),
                              output.contains(u"\"acknowledged_by\": \"operator\""_s)), 5000);
    // Acknowledged by the CLI: the console follows within the bound.
    QElapsedTimer sinceAck;
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"alert"_s, u"ack"_s, second}, &output), 0);
    sinceAck.start();
    const auto acknowledged = [alerts](const QString &key) {
        for (const Health::Alert &a : alerts->alerts())
            if (a.key == key)
                return a.isAcknowledged();
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged(second), kVisibleWithinMs);
    qInfo("acknowledged by vigilctl: in the console after %lld ms", sinceAck.elapsed());
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"alert"_s, u"ack"_s, u"no-such-key"_s}, &output), 1);
    // Neither acknowledgement is undone by the evaluator's later saves.
    QTest::qWait(2000);
    QCOMPARE(count(db, u"SELECT count(*) FROM alerts WHERE rule = 'mp unreachable' AND acknowledged_by <> ''"_s), 2);
}

void TestMultiprocess::runsADeadProcessLeftRunningAreInterrupted()
{
    const QString partial = m_dir.filePath(u"target/lab-x/run-1.partial"_s);
    QVERIFY(QDir().mkpath(partial));
    QFile leftover(partial + u"/vda.qcow2"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a disk");
    leftover.close();
    qint64 runId = 0;
    qint64 youngRun = 0;
    {
        const auto opened = Store::Database::open(m_db, u"seed"_s);
        QVERIFY(opened.ok);
        Store::BackupStore store(opened.db);
        store.setOwner(u"a-process-that-died"_s);
        Backup::BackupJob job;
        job.name = u"nightly"_s;
        job.selection.guests = {u"lab-x"_s};
        job.targetDirectory = m_dir.filePath(u"target"_s);
        QString error;
        QVERIFY2(store.saveJob(job, &error), qPrintable(error));
        runId = store.startRun(job, u"cli"_s, &error);
        QVERIFY2(runId > 0, qPrintable(error));
        Backup::ArtifactRecord artifact;
        artifact.runId = runId;
        artifact.jobId = job.id;
        artifact.guestUuid = u"00000000-0000-0000-0000-000000000001"_s;
        artifact.guestName = u"lab-x"_s;
        artifact.host = u"h1"_s;
        artifact.path = m_dir.filePath(u"target/lab-x/run-1"_s);
        artifact.state = Backup::ArtifactRecord::State::Running;
        // Started two minutes ago: a run younger than the registry's TTL
        // might belong to a process whose first heartbeat is not in yet.
        artifact.createdAt = QDateTime::currentDateTimeUtc().addSecs(-120);
        QVERIFY(store.saveArtifact(artifact, &error));
        QSqlQuery q(opened.db);
        q.prepare(u"UPDATE backup_runs SET started_at = ? WHERE id = ?"_s);
        q.addBindValue(artifact.createdAt.toString(Qt::ISODateWithMs));
        q.addBindValue(runId);
        QVERIFY(q.exec());
        // A run just started by a process that has not beaten yet: left alone.
        store.setOwner(u"a-process-starting-up"_s);
        youngRun = store.startRun(job, u"cli"_s, &error);
        QVERIFY(youngRun > 0);
    }
    Store::Database::close(u"seed"_s);

    AgentProcess agent(m_db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"failover engine active (agent A)"_s), 20000);
    auto session = console();
    QVERIFY(session);
    QTRY_VERIFY_WITH_TIMEOUT(session->backups()->store()->run(runId)->state == Backup::RunRecord::State::Interrupted,
                             kVisibleWithinMs);
    const QList<Backup::ArtifactRecord> artifacts = session->backups()->store()->artifactsOfRun(runId);
    QCOMPARE(artifacts.size(), 1);
    QCOMPARE(artifacts.first().state, Backup::ArtifactRecord::State::Interrupted);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(partial), kVisibleWithinMs);
    // The agent says so (its output may arrive a moment after the rows changed).
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"interrupted: the Vigil process running it stopped"_s),
                             kVisibleWithinMs);
    QCOMPARE(session->backups()->store()->run(youngRun)->state, Backup::RunRecord::State::Running);
}

void TestMultiprocess::actorIsTheOsUserEvenWithoutUSER()
{
    QStringList environment = QProcessEnvironment::systemEnvironment().toStringList();
    environment.erase(std::remove_if(environment.begin(), environment.end(),
                                     [](const QString &v) { return v.startsWith(u"USER=") || v.startsWith(u"LOGNAME="); }),
                      environment.end());
    QString output;
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"hosts"_s, u"add"_s, u"h1"_s, Test::nodeUri(u"node-small.xml"_s)},
                         &output, environment), 0);
    const QString me = EventRecord::currentUser();
    QVERIFY(!me.isEmpty());
    QVERIFY(me != u"unknown");
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"events"_s, u"--json"_s}, &output, environment), 0);
    QVERIFY2(output.contains(u"host added"_s), qPrintable(output));
    QVERIFY2(output.contains(u"\"user\":\"%1\""_s.arg(me)), qPrintable(output));
}

void TestMultiprocess::eventsFollowPrintsWhatOtherProcessesStore()
{
    QProcess follower;
    follower.setProcessChannelMode(QProcess::MergedChannels);
    QString printed;
    connect(&follower, &QProcess::readyRead, this, [&]() { printed += QString::fromUtf8(follower.readAll()); });
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    follower.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_s, m_db, u"events"_s, u"--follow"_s});
    QTRY_VERIFY_WITH_TIMEOUT(printed.contains(u"host added"_s), 10000);
    QElapsedTimer sinceAdd;
    addHost(u"h2"_s, Test::nodeUri(u"node-small.xml"_s) + u"?h=2"_s);
    sinceAdd.start();
    QTRY_VERIFY_WITH_TIMEOUT(printed.count(u"host added"_s) == 2, kVisibleWithinMs);
    qInfo("events --follow printed another process's event %lld ms after it was stored", sinceAdd.elapsed());
    follower.terminate();   // SIGTERM: a clean stop
    QVERIFY(follower.waitForFinished(10000));
    QCOMPARE(follower.exitStatus(), QProcess::NormalExit);
    QCOMPARE(follower.exitCode(), 0);
}

void TestMultiprocess::guestActionFromTheCliIsRecordedWithItsActor()
{
    addHost(u"h1"_s, Test::nodeUri(u"node-small.xml"_s));
    auto session = console();
    QVERIFY(session);
    Models::EventLogModel model;
    connect(session.get(), &Session::eventRecorded, &model, &Models::EventLogModel::append);
    QString output;
    // Each test:/// connection is a private copy: the CLI's action acts on its own copy, and is logged.
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"guest"_s, u"suspend"_s, u"web"_s}, &output), 0);
    QVERIFY2(output.contains(u"suspend web on h1: done"_s), qPrintable(output));
    const auto actionLogged = [&model]() {
        for (int row = 0; row < model.rowCount(); ++row) {
            const EventRecord &e = model.recordAt(row);
            if (e.kind == EventRecord::Kind::Action && e.guest == u"web" && e.user == EventRecord::currentUser())
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(actionLogged(), kVisibleWithinMs);
    // The console's engine is running: the CLI left the connection events to it.
    session->flushEventLog();
    QSqlQuery q(session->database());
    QVERIFY(q.exec(u"SELECT count(*) FROM events WHERE message LIKE 'connected to%'"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"guest"_s, u"reboot-now"_s, u"web"_s}, &output), 1);
    QCOMPARE(runVigilctl({u"--db"_s, m_db, u"guest"_s, u"start"_s, u"no-such-guest"_s}, &output), 1);
    QVERIFY(output.contains(u"no guest named"_s));
}

void TestMultiprocess::alertRuleSavedByAnotherProcessIsAppliedByTheConsole()
{
    auto session = console(true, true);
    QVERIFY(session);
    const auto hasRule = [&session](const QString &name) {
        const QList<Health::AlertRule> rules = session->alertRules();
        return std::any_of(rules.cbegin(), rules.cend(), [&](const Health::AlertRule &r) { return r.name == name; });
    };
    QVERIFY(!hasRule(u"mp cpu"_s));
    {
        // Another console's rule editor: its own connection.
        const auto opened = Store::Database::open(m_db, u"other-console"_s);
        QVERIFY(opened.ok);
        Health::AlertRule rule;
        rule.name = u"mp cpu"_s;
        rule.scope = Health::Scope::Host;
        rule.condition = u"cpu"_s;
        rule.threshold = 95;
        rule.durationSeconds = 300;
        QString error;
        QVERIFY2(Store::AlertStore(opened.db).saveRule(rule, &error), qPrintable(error));
    }
    Store::Database::close(u"other-console"_s);
    QTRY_VERIFY_WITH_TIMEOUT(hasRule(u"mp cpu"_s), kVisibleWithinMs);
}

void TestMultiprocess::storedMessagesAreShownInEachReadersLanguage()
{
    // A German vigilctl adds a host and an English agent connects it: both
    // events are stored once, in English in the plain column (what SQL
    // readers and queries see) and as source + arguments for every reader.
    const QString uri = Test::nodeUri(u"node-small.xml"_s);
    QString output;
    QCOMPARE(runVigilctl({u"--lang"_s, u"de"_s, u"--db"_s, m_db, u"hosts"_s, u"add"_s, u"h1"_s, uri}, &output), 0);
    AgentProcess agent(m_db, u"agent A"_s);
    QTRY_VERIFY_WITH_TIMEOUT(agent.output.contains(u"connected to test:///"_s), 20000);

    // An English reader and a German one, as separate processes.
    QTRY_VERIFY_WITH_TIMEOUT(
        (runVigilctl({u"--lang"_s, u"en"_s, u"--db"_s, m_db, u"events"_s}, &output), output.contains(u"connected to "_s + uri)),
        kVisibleWithinMs * 3);
    QVERIFY2(output.contains(u"host added (%1)"_s.arg(uri)), qPrintable(output));
    QVERIFY2(!output.contains(u"hinzugefügt"_s), qPrintable(output));
    QCOMPARE(runVigilctl({u"--lang"_s, u"de"_s, u"--db"_s, m_db, u"events"_s}, &output), 0);
    QVERIFY2(output.contains(u"Host hinzugefügt (%1)"_s.arg(uri)), qPrintable(output));
    QVERIFY2(output.contains(u"verbunden mit "_s + uri), qPrintable(output));
    QVERIFY2(!output.contains(u"host added"_s), qPrintable(output));

    // The console in German: its log shows the agent's and the CLI's events in
    // German, and what it writes itself is read in English by others.
    QTranslator german;
    QVERIFY(german.load(u":/i18n/vigil_de.qm"_s));
    QCoreApplication::installTranslator(&german);
    auto session = console();
    QVERIFY(session);
    Models::EventLogModel model;
    model.appendMany(session->recentEvents(100));
    QStringList messages;
    for (int row = 0; row < model.rowCount(); ++row)
        messages << model.index(row, Models::EventLogModel::MessageColumn).data().toString();
    QVERIFY2(messages.contains(u"Host hinzugefügt (%1)"_s.arg(uri)), qPrintable(messages.join(u'\n')));
    QVERIFY2(messages.contains(u"verbunden mit "_s + uri), qPrintable(messages.join(u'\n')));

    Ha::Policy policy;
    policy.name = u"Sprachen"_s;
    policy.namePattern = u"*"_s;
    policy.restartWithoutFencing = true;
    QString error;
    QVERIFY2(session->savePolicy(policy, &error), qPrintable(error));
    session->flushEventLog();
    QCoreApplication::removeTranslator(&german);
    QTRY_VERIFY_WITH_TIMEOUT(
        (runVigilctl({u"--lang"_s, u"en"_s, u"--db"_s, m_db, u"events"_s}, &output),
         output.contains(u"failover policy Sprachen created"_s)),
        kVisibleWithinMs);
    QVERIFY2(!output.contains(u"angelegt"_s), qPrintable(output));
    QCOMPARE(count(session->database(),
                   u"SELECT count(*) FROM events WHERE message = 'failover policy Sprachen created'"_s), 1);
}

VIGIL_TEST_GUILESS_MAIN(TestMultiprocess)

#include "tst_multiprocess.moc"
