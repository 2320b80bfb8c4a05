// vigilctl as a user runs it: a separate process, its output and exit codes.
#include "common/testsupport.h"
#include "core/store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run vigilctl(const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(VIGIL_VIGILCTL), args);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        run.err = u"timed out"_s;
        return run;
    }
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestVigilctl : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(u"cli.sqlite"_s); }

private Q_SLOTS:
    // `vigil --help` over ssh or in a script: no display, still the help.
    void consoleHelpNeedsNoDisplay()
    {
        QProcess vigil;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);   // what a desktop build defaults to
        vigil.setProcessEnvironment(env);
        for (const QString &flag : {u"--help"_s, u"--version"_s}) {
            vigil.start(QStringLiteral(VIGIL_VIGIL), {flag});
            QVERIFY(vigil.waitForFinished(20000));
            const QString out = QString::fromUtf8(vigil.readAllStandardOutput());
            QVERIFY2(vigil.exitStatus() == QProcess::NormalExit && vigil.exitCode() == 0,
                     qPrintable(out + QString::fromUtf8(vigil.readAllStandardError())));
            QVERIFY2(out.contains(flag == u"--help" ? u"--demo"_s : u"vigil 0."_s), qPrintable(out));
        }
    }

    void hostsAddListRemove()
    {
        Run r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"add"_s, u"small"_s, Test::nodeUri(u"node-small.xml"_s),
                          u"--group"_s, u"Lab"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"added host small"_s));

        r = vigilctl({u"--db"_s, db(), u"--json"_s, u"hosts"_s, u"list"_s});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray hosts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts[0][u"name"_s].toString(), u"small"_s);
        QCOMPARE(hosts[0][u"group"_s].toString(), u"Lab"_s);
        QCOMPARE(hosts[0][u"state"_s].toString(), u"up"_s);

        r = vigilctl({u"--db"_s, db(), u"--json"_s, u"guests"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray guests = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"guests"_s).toArray();
        QCOMPARE(guests.size(), 3);
        QCOMPARE(guests[0][u"name"_s].toString(), u"cache"_s);
        QCOMPARE(guests[0][u"state"_s].toString(), u"paused"_s);
        QCOMPARE(guests[1][u"memory_kib"_s].toInteger(), 4 * 1024 * 1024);

        // What the commands did is in the audit log; their own connections are not.
        r = vigilctl({u"--db"_s, db(), u"events"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"host added"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"connected to"_s), qPrintable(r.out));

        r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"remove"_s, u"small"_s});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_s, db(), u"--json"_s, u"hosts"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"hosts"_s).toArray().size(), 0);
    }

    void badInputIsRefusedClearly()
    {
        Run r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"add"_s, u"x"_s, u"qemu+ssh:///system"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"needs a host name"_s), qPrintable(r.err));
        r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"add"_s, u"dup"_s, u"test:///default"_s});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"add"_s, u"dup"_s, u"test:///default"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already exists"_s));
        r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"remove"_s, u"nobody"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no host named"_s));
        r = vigilctl({u"--db"_s, db(), u"frobnicate"_s, u"now"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"unknown command"_s));
    }

    void corruptDatabaseExitsTwoAndKeepsFile()
    {
        const QString path = m_dir.filePath(u"corrupt.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        const QByteArray before = Test::fileHash(path);
        const Run r = vigilctl({u"--db"_s, path, u"hosts"_s, u"list"_s});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(Test::fileHash(path), before);
    }

    void demoGuestsListReportsUnreachableHost()
    {
        const Run r = vigilctl({u"--demo"_s, u"--json"_s, u"guests"_s, u"list"_s});
        QCOMPARE(r.code, 3);   // done, but a host was unreachable
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(u"guests"_s).toArray().size(), 19);
        const QJsonArray down = doc.value(u"unreachable_hosts"_s).toArray();
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0][u"name"_s].toString(), u"edge-1"_s);
        QVERIFY2(down[0][u"reason"_s].toString().contains(u"refused the connection"_s),
                 qPrintable(down[0][u"reason"_s].toString()));

        const Run text = vigilctl({u"--demo"_s, u"guests"_s, u"list"_s, u"--host"_s, u"lab-1"_s});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(u'\n'), 5);   // header + 4 guests
        QVERIFY(text.out.contains(u"dev-alice"_s));
    }

    void policyImportValidateExportSimulate()
    {
        const QString db = m_dir.filePath(u"policy.sqlite"_s);
        // A bad document: refused with the path of the bad field, nothing stored.
        const QString bad = m_dir.filePath(u"bad.json"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"vigil_policy": 1, "name": "x", "members": {"guests": [{"name": "a", "priority": 0}]},
                      "fencing": {"restart_without_fencing": true}})");
        file.close();
        Run r = vigilctl({u"--db"_s, db, u"policy"_s, u"validate"_s, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"$.members.guests[0].priority"_s), qPrintable(r.err));
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"import"_s, bad});
        QCOMPARE(r.code, 1);
        r = vigilctl({u"--db"_s, db, u"--json"_s, u"policy"_s, u"list"_s});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"policies"_s).toArray().size(), 0);

        const QString good = Test::dataPath(u"policies/valid.json"_s);
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"validate"_s, good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"import"_s, good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"export"_s, u"production-services"_s});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"name"_s).toString(), u"production-services"_s);
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"delete"_s, u"production-services"_s});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_s, db, u"policy"_s, u"show"_s, u"production-services"_s});
        QCOMPARE(r.code, 1);
    }

    void demoDryRun()
    {
        const Run r = vigilctl({u"--demo"_s, u"--json"_s, u"policy"_s, u"simulate"_s, u"--all-hosts"_s});
        QCOMPARE(r.code, 3);   // edge-1 is unreachable: the dry run says it is partial
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"plans"_s).toArray();
        QCOMPARE(plans.size(), 4);
        QJsonObject prodA;
        for (const QJsonValue &plan : plans)
            if (plan[u"failed_host"_s].toString() == u"prod-a")
                prodA = plan.toObject();
        // db-primary lives on a local pool: the dry run says it cannot come back.
        const QJsonArray notRestarted = prodA[u"not_restarted"_s].toArray();
        QVERIFY(std::any_of(notRestarted.begin(), notRestarted.end(), [](const QJsonValue &v) {
            return v[u"guest"_s].toString() == u"db-primary" && v[u"reason"_s].toString().contains(u"local pool");
        }));
        // web-frontend-1 has nowhere to go: the other frontends hold prod-b and prod-c.
        QVERIFY(std::any_of(notRestarted.begin(), notRestarted.end(), [](const QJsonValue &v) {
            return v[u"guest"_s].toString() == u"web-frontend-1" && v[u"reason"_s].toString().contains(u"kept apart");
        }));
        const Run text = vigilctl({u"--demo"_s, u"policy"_s, u"simulate"_s, u"--host"_s, u"prod-c"_s});
        QVERIFY(text.out.contains(u"restart ldap-1 (priority 1)"_s));
    }

    // A dry run with nothing protected says so, never "every protected guest
    // can be placed (0 restarts)".
    void dryRunSaysWhenNothingIsProtected()
    {
        const QString db = m_dir.filePath(u"dryrun.sqlite"_s);
        const QString node = Test::nodeUri(u"node-small.xml"_s);
        QCOMPARE(vigilctl({u"--db"_s, db, u"hosts"_s, u"add"_s, u"h1"_s, node}).code, 0);
        QCOMPARE(vigilctl({u"--db"_s, db, u"hosts"_s, u"add"_s, u"h2"_s, node + u"?h=2"_s}).code, 0);
        const auto simulate = [&db]() {
            return vigilctl({u"--db"_s, db, u"policy"_s, u"simulate"_s, u"--all-hosts"_s}).out;
        };
        const auto import = [this, &db](const QByteArray &document) {
            const QString path = m_dir.filePath(u"dryrun-policy.json"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(document);
            file.close();
            const Run r = vigilctl({u"--db"_s, db, u"policy"_s, u"import"_s, path});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        };
        const QString everyGuest = u"Every protected guest can be placed"_s;

        QString out = simulate();
        QVERIFY2(out.contains(u"No failover policy is enabled: no guest is protected"_s), qPrintable(out));
        QVERIFY2(!out.contains(everyGuest), qPrintable(out));

        import("{\"vigil_policy\": 1, \"name\": \"none\", \"members\": {\"name_pattern\": \"nomatch-*\"}, "
               "\"fencing\": {\"restart_without_fencing\": true}}");
        out = simulate();
        QVERIFY2(out.contains(u"No protected guest is running"_s), qPrintable(out));
        QVERIFY2(!out.contains(everyGuest), qPrintable(out));

        // A disabled policy protects nothing either.
        import("{\"vigil_policy\": 1, \"name\": \"none\", \"enabled\": false, "
               "\"members\": {\"guests\": [{\"name\": \"web\"}]}, \"fencing\": {\"restart_without_fencing\": true}}");
        const Run json = vigilctl({u"--db"_s, db, u"--json"_s, u"policy"_s, u"simulate"_s, u"--all-hosts"_s});
        QVERIFY2(json.out.contains(u"No failover policy is enabled"_s), qPrintable(json.out));
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"verdict"_s).toString().startsWith(u"No failover"_s));

        // Protected and running but nowhere to go (web's disk is on a local pool).
        import("{\"vigil_policy\": 1, \"name\": \"none\", \"members\": {\"guests\": [{\"name\": \"web\"}]}, "
               "\"fencing\": {\"restart_without_fencing\": true}}");
        out = simulate();
        QVERIFY2(out.contains(u"Not HA-ready: 2 protected guest placements would fail"_s), qPrintable(out));
    }

    void migrationPreflightDryRun()
    {
        Run r = vigilctl({u"--demo"_s, u"--json"_s, u"migrate"_s, u"db-primary"_s, u"--to"_s, u"prod-c"_s,
                          u"--dry-run"_s});
        QCOMPARE(r.code, 4);   // blocked: local storage, missing network
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.value(u"blocked"_s).toBool());
        QMap<QString, QString> results;
        for (const QJsonValue &c : doc.value(u"checks"_s).toArray())
            results.insert(c[u"check"_s].toString(), c[u"result"_s].toString());
        QCOMPARE(results.value(u"Storage"_s), u"fail"_s);
        QCOMPARE(results.value(u"Networks"_s), u"fail"_s);
        // The test driver cannot compare CPUs: said so, not passed.
        QCOMPARE(results.value(u"Architecture"_s), u"could not be checked"_s);

        r = vigilctl({u"--demo"_s, u"migrate"_s, u"ldap-1"_s, u"--to"_s, u"prod-b"_s, u"--dry-run"_s});
        QVERIFY(r.out.contains(u"PASS     Storage"_s));
        // The demo's test driver cannot migrate: said so, and nothing moves.
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.contains(u"FAIL     Hypervisor: libvirt's test driver cannot migrate guests"_s));
        r = vigilctl({u"--demo"_s, u"migrate"_s, u"ldap-1"_s, u"--to"_s, u"prod-b"_s});
        QCOMPARE(r.code, 4);
        QVERIFY(!r.out.contains(u"Moving"_s));
    }

    void backupJobsImportListRunAndRefuseBadInput()
    {
        const QString dbPath = m_dir.filePath(u"backup.sqlite"_s);
        Run r = vigilctl({u"--db"_s, dbPath, u"hosts"_s, u"add"_s, u"small"_s, Test::nodeUri(u"node-small.xml"_s)});
        QCOMPARE(r.code, 0);
        const auto writeJob = [this](const QString &name, const QByteArray &json) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(json);
            return f.fileName();
        };
        // An invalid job is explained and nothing is stored.
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"import"_s,
                      writeJob(u"bad.json"_s, R"({"format":"vigil-backup-job/1","name":"x","target":"rel"})")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"selects no guests"_s) && r.err.contains(u"absolute"_s), qPrintable(r.err));
        const QString target = m_dir.filePath(u"backups"_s);
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"import"_s,
                      writeJob(u"job.json"_s, QStringLiteral(R"({"format":"vigil-backup-job/1","name":"nightly",
                          "guests":["web","db"],"schedule":{"kind":"daily","at":"02:00"},"target":"%1"})")
                                                   .arg(target).toUtf8())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_s, dbPath, u"--json"_s, u"backup"_s, u"list"_s});
        QCOMPARE(r.code, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"jobs"_s).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(u"job"_s).toObject().value(u"target"_s).toString(), target);
        QVERIFY(!jobs.first().toObject().value(u"nextRun"_s).toString().isEmpty());
        // The test driver cannot back up: the run fails, says why per guest, exit 6.
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"run"_s, u"nightly"_s});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(u"web on small: failed"_s) && r.out.contains(u"libvirt refused the backup"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"db on small: failed"_s) && r.out.contains(u"no disk"_s), qPrintable(r.out));
        r = vigilctl({u"--db"_s, dbPath, u"--json"_s, u"backup"_s, u"run"_s, u"nightly"_s});
        QCOMPARE(r.code, 6);
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(run.value(u"state"_s).toString(), u"failed"_s);
        QCOMPARE(run.value(u"guests"_s).toArray().size(), 2);
        QCOMPARE(run.value(u"guests"_s).toArray().first().toObject().value(u"state"_s).toString(), u"failed"_s);
        // Restores of what does not exist, or without a target, are refused.
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"restore"_s, u"1"_s, u"--to"_s, u"small"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no restorable backup"_s), qPrintable(r.err));
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"verify"_s, u"99"_s});
        QCOMPARE(r.code, 1);
        r = vigilctl({u"--db"_s, dbPath, u"backup"_s, u"run"_s, u"nosuchjob"_s});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no backup job nosuchjob"_s));
    }

    void agentRunsAMissedBackupScheduleOnce()
    {
        const QString dbPath = m_dir.filePath(u"agent.sqlite"_s);
        QCOMPARE(vigilctl({u"--db"_s, dbPath, u"hosts"_s, u"add"_s, u"small"_s,
                           Test::nodeUri(u"node-small.xml"_s)}).code, 0);
        QFile job(m_dir.filePath(u"hourly.json"_s));
        QVERIFY(job.open(QIODevice::WriteOnly));
        job.write(QStringLiteral(R"({"format":"vigil-backup-job/1","name":"hourly","guests":["db"],
            "schedule":{"kind":"every-hours","everyHours":1},"target":"%1"})")
                      .arg(m_dir.filePath(u"hourly"_s)).toUtf8());
        job.close();
        QCOMPARE(vigilctl({u"--db"_s, dbPath, u"backup"_s, u"import"_s, job.fileName()}).code, 0);
        // The agent was not running for two days.
        {
            auto opened = Store::Database::open(dbPath, u"agent-test"_s);
            QVERIFY(opened.ok);
            QSqlQuery q(opened.db);
            QVERIFY(q.exec(u"UPDATE backup_jobs SET scheduled_from = '%1'"_s
                               .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))));
        }
        Store::Database::close(u"agent-test"_s);
        QProcess agent;
        agent.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_s, dbPath, u"agent"_s});
        QVERIFY(agent.waitForStarted());
        QTest::qWait(4000);
        agent.terminate();
        QVERIFY(agent.waitForFinished(15000));
        const Run list = vigilctl({u"--db"_s, dbPath, u"--json"_s, u"backup"_s, u"list"_s});
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"jobs"_s).toArray()
                                    .first().toObject().value(u"runs"_s).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"trigger"_s).toString(), u"schedule"_s);
    }

    void versionAndHelp()
    {
        Run r = vigilctl({u"--version"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral(VIGIL_VERSION)));
        r = vigilctl({u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Exit codes"_s));
        QVERIFY(r.out.contains(u"backup test-restore RUN"_s) && r.out.contains(u"hosts add NAME URI"_s));
    }

    // Each command declares its options: its help lists them and no other
    // command's; an option it does not take is refused by name, not ignored.
    void eachCommandTakesItsOwnOptions()
    {
        Run r = vigilctl({u"backup"_s, u"--help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"--disk-dir"_s) && r.out.contains(u"backup restore RUN"_s), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"--failback"_s) && !r.out.contains(u"hosts list"_s), qPrintable(r.out));
        r = vigilctl({u"--db"_s, db(), u"hosts"_s, u"list"_s, u"--failback"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"failback"_s), qPrintable(r.err));
        r = vigilctl({u"--db"_s, db(), u"hosts"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"list, add, remove"_s), qPrintable(r.err));
        r = vigilctl({u"--db"_s, db(), u"guests"_s, u"list"_s, u"--host"_s, u"nobody"_s, u"--timeout"_s, u"1"_s});
        QCOMPARE(r.code, 0);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestVigilctl)
#include "tst_vigilctl.moc"
