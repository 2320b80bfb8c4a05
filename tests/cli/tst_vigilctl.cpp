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
        run.err = u"timed out"_qs;
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
    QString db() const { return m_dir.filePath(u"cli.sqlite"_qs); }

private Q_SLOTS:
    void hostsAddListRemove()
    {
        Run r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"add"_qs, u"small"_qs, Test::nodeUri(u"node-small.xml"_qs),
                          u"--group"_qs, u"Lab"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"added host small"_qs));

        r = vigilctl({u"--db"_qs, db(), u"--json"_qs, u"hosts"_qs, u"list"_qs});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray hosts = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"hosts"_qs).toArray();
        QCOMPARE(hosts.size(), 1);
        QCOMPARE(hosts[0][u"name"_qs].toString(), u"small"_qs);
        QCOMPARE(hosts[0][u"group"_qs].toString(), u"Lab"_qs);
        QCOMPARE(hosts[0][u"state"_qs].toString(), u"up"_qs);

        r = vigilctl({u"--db"_qs, db(), u"--json"_qs, u"guests"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        const QJsonArray guests = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"guests"_qs).toArray();
        QCOMPARE(guests.size(), 3);
        QCOMPARE(guests[0][u"name"_qs].toString(), u"cache"_qs);
        QCOMPARE(guests[0][u"state"_qs].toString(), u"paused"_qs);
        QCOMPARE(guests[1][u"memory_kib"_qs].toInteger(), 4 * 1024 * 1024);

        r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"remove"_qs, u"small"_qs});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_qs, db(), u"--json"_qs, u"hosts"_qs, u"list"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"hosts"_qs).toArray().size(), 0);
    }

    void badInputIsRefusedClearly()
    {
        Run r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"add"_qs, u"x"_qs, u"qemu+ssh:///system"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"needs a host name"_qs), qPrintable(r.err));
        r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"add"_qs, u"dup"_qs, u"test:///default"_qs});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"add"_qs, u"dup"_qs, u"test:///default"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"already exists"_qs));
        r = vigilctl({u"--db"_qs, db(), u"hosts"_qs, u"remove"_qs, u"nobody"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no host named"_qs));
        r = vigilctl({u"--db"_qs, db(), u"frobnicate"_qs, u"now"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"unknown command"_qs));
    }

    void corruptDatabaseExitsTwoAndKeepsFile()
    {
        const QString path = m_dir.filePath(u"corrupt.sqlite"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
        file.close();
        const QByteArray before = Test::fileHash(path);
        const Run r = vigilctl({u"--db"_qs, path, u"hosts"_qs, u"list"_qs});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QCOMPARE(Test::fileHash(path), before);
    }

    void demoGuestsListReportsUnreachableHost()
    {
        const Run r = vigilctl({u"--demo"_qs, u"--json"_qs, u"guests"_qs, u"list"_qs});
        QCOMPARE(r.code, 3);   // done, but a host was unreachable
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(doc.value(u"guests"_qs).toArray().size(), 19);
        const QJsonArray down = doc.value(u"unreachable_hosts"_qs).toArray();
        QCOMPARE(down.size(), 1);
        QCOMPARE(down[0][u"name"_qs].toString(), u"edge-1"_qs);
        QVERIFY(down[0][u"reason"_qs].toString().contains(u"Connection refused"_qs));

        const Run text = vigilctl({u"--demo"_qs, u"guests"_qs, u"list"_qs, u"--host"_qs, u"lab-1"_qs});
        QCOMPARE(text.code, 0);
        QCOMPARE(text.out.count(u'\n'), 5);   // header + 4 guests
        QVERIFY(text.out.contains(u"dev-alice"_qs));
    }

    void policyImportValidateExportSimulate()
    {
        const QString db = m_dir.filePath(u"policy.sqlite"_qs);
        // A bad document: refused with the path of the bad field, nothing stored.
        const QString bad = m_dir.filePath(u"bad.json"_qs);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"vigil_policy": 1, "name": "x", "members": {"guests": [{"name": "a", "priority": 0}]},
                      "fencing": {"restart_without_fencing": true}})");
        file.close();
        Run r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"validate"_qs, bad});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"$.members.guests[0].priority"_qs), qPrintable(r.err));
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"import"_qs, bad});
        QCOMPARE(r.code, 1);
        r = vigilctl({u"--db"_qs, db, u"--json"_qs, u"policy"_qs, u"list"_qs});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"policies"_qs).toArray().size(), 0);

        const QString good = Test::dataPath(u"policies/valid.json"_qs);
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"validate"_qs, good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"import"_qs, good});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"export"_qs, u"production-services"_qs});
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"name"_qs).toString(), u"production-services"_qs);
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"delete"_qs, u"production-services"_qs});
        QCOMPARE(r.code, 0);
        r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"show"_qs, u"production-services"_qs});
        QCOMPARE(r.code, 1);
    }

    void demoDryRun()
    {
        const Run r = vigilctl({u"--demo"_qs, u"--json"_qs, u"policy"_qs, u"simulate"_qs, u"--all-hosts"_qs});
        QCOMPARE(r.code, 3);   // edge-1 is unreachable: the dry run says it is partial
        const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"plans"_qs).toArray();
        QCOMPARE(plans.size(), 4);
        QJsonObject prodA;
        for (const QJsonValue &plan : plans)
            if (plan[u"failed_host"_qs].toString() == u"prod-a")
                prodA = plan.toObject();
        // db-primary lives on a local pool: the dry run says it cannot come back.
        const QJsonArray notRestarted = prodA[u"not_restarted"_qs].toArray();
        QVERIFY(std::any_of(notRestarted.begin(), notRestarted.end(), [](const QJsonValue &v) {
            return v[u"guest"_qs].toString() == u"db-primary" && v[u"reason"_qs].toString().contains(u"local pool");
        }));
        // web-frontend-1 has nowhere to go: the other frontends hold prod-b and prod-c.
        QVERIFY(std::any_of(notRestarted.begin(), notRestarted.end(), [](const QJsonValue &v) {
            return v[u"guest"_qs].toString() == u"web-frontend-1" && v[u"reason"_qs].toString().contains(u"kept apart");
        }));
        const Run text = vigilctl({u"--demo"_qs, u"policy"_qs, u"simulate"_qs, u"--host"_qs, u"prod-c"_qs});
        QVERIFY(text.out.contains(u"restart ldap-1 (priority 1)"_qs));
    }

    // A dry run with nothing protected says so, never "every protected guest
    // can be placed (0 restarts)".
    void dryRunSaysWhenNothingIsProtected()
    {
        const QString db = m_dir.filePath(u"dryrun.sqlite"_qs);
        const QString node = Test::nodeUri(u"node-small.xml"_qs);
        QCOMPARE(vigilctl({u"--db"_qs, db, u"hosts"_qs, u"add"_qs, u"h1"_qs, node}).code, 0);
        QCOMPARE(vigilctl({u"--db"_qs, db, u"hosts"_qs, u"add"_qs, u"h2"_qs, node + u"?h=2"_qs}).code, 0);
        const auto simulate = [&db]() {
            return vigilctl({u"--db"_qs, db, u"policy"_qs, u"simulate"_qs, u"--all-hosts"_qs}).out;
        };
        const auto import = [this, &db](const QByteArray &document) {
            const QString path = m_dir.filePath(u"dryrun-policy.json"_qs);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(document);
            file.close();
            const Run r = vigilctl({u"--db"_qs, db, u"policy"_qs, u"import"_qs, path});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        };
        const QString everyGuest = u"Every protected guest can be placed"_qs;

        QString out = simulate();
        QVERIFY2(out.contains(u"No failover policy is enabled: no guest is protected"_qs), qPrintable(out));
        QVERIFY2(!out.contains(everyGuest), qPrintable(out));

        import("{\"vigil_policy\": 1, \"name\": \"none\", \"members\": {\"name_pattern\": \"nomatch-*\"}, "
               "\"fencing\": {\"restart_without_fencing\": true}}");
        out = simulate();
        QVERIFY2(out.contains(u"No protected guest is running"_qs), qPrintable(out));
        QVERIFY2(!out.contains(everyGuest), qPrintable(out));

        // A disabled policy protects nothing either.
        import("{\"vigil_policy\": 1, \"name\": \"none\", \"enabled\": false, "
               "\"members\": {\"guests\": [{\"name\": \"web\"}]}, \"fencing\": {\"restart_without_fencing\": true}}");
        const Run json = vigilctl({u"--db"_qs, db, u"--json"_qs, u"policy"_qs, u"simulate"_qs, u"--all-hosts"_qs});
        QVERIFY2(json.out.contains(u"No failover policy is enabled"_qs), qPrintable(json.out));
        QVERIFY(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"verdict"_qs).toString().startsWith(u"No failover"_qs));

        // Protected and running but nowhere to go (web's disk is on a local pool).
        import("{\"vigil_policy\": 1, \"name\": \"none\", \"members\": {\"guests\": [{\"name\": \"web\"}]}, "
               "\"fencing\": {\"restart_without_fencing\": true}}");
        out = simulate();
        QVERIFY2(out.contains(u"Not HA-ready: 2 protected guest placement(s) would fail"_qs), qPrintable(out));
    }

    void migrationPreflightDryRun()
    {
        Run r = vigilctl({u"--demo"_qs, u"--json"_qs, u"migrate"_qs, u"db-primary"_qs, u"--to"_qs, u"prod-c"_qs,
                          u"--dry-run"_qs});
        QCOMPARE(r.code, 4);   // blocked: local storage, missing network
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(doc.value(u"blocked"_qs).toBool());
        QMap<QString, QString> results;
        for (const QJsonValue &c : doc.value(u"checks"_qs).toArray())
            results.insert(c[u"check"_qs].toString(), c[u"result"_qs].toString());
        QCOMPARE(results.value(u"Storage"_qs), u"fail"_qs);
        QCOMPARE(results.value(u"Networks"_qs), u"fail"_qs);
        // The test driver cannot compare CPUs: said so, not passed.
        QCOMPARE(results.value(u"Architecture"_qs), u"could not be checked"_qs);

        r = vigilctl({u"--demo"_qs, u"migrate"_qs, u"ldap-1"_qs, u"--to"_qs, u"prod-b"_qs, u"--dry-run"_qs});
        QVERIFY(r.out.contains(u"PASS     Storage"_qs));
        // The demo's test driver cannot migrate: said so, and nothing moves.
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.contains(u"FAIL     Hypervisor: libvirt's test driver cannot migrate guests"_qs));
        r = vigilctl({u"--demo"_qs, u"migrate"_qs, u"ldap-1"_qs, u"--to"_qs, u"prod-b"_qs});
        QCOMPARE(r.code, 4);
        QVERIFY(!r.out.contains(u"Moving"_qs));
    }

    void backupJobsImportListRunAndRefuseBadInput()
    {
        const QString dbPath = m_dir.filePath(u"backup.sqlite"_qs);
        Run r = vigilctl({u"--db"_qs, dbPath, u"hosts"_qs, u"add"_qs, u"small"_qs, Test::nodeUri(u"node-small.xml"_qs)});
        QCOMPARE(r.code, 0);
        const auto writeJob = [this](const QString &name, const QByteArray &json) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(json);
            return f.fileName();
        };
        // An invalid job is explained and nothing is stored.
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"import"_qs,
                      writeJob(u"bad.json"_qs, R"({"format":"vigil-backup-job/1","name":"x","target":"rel"})")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"selects no guests"_qs) && r.err.contains(u"absolute"_qs), qPrintable(r.err));
        const QString target = m_dir.filePath(u"backups"_qs);
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"import"_qs,
                      writeJob(u"job.json"_qs, QStringLiteral(R"({"format":"vigil-backup-job/1","name":"nightly",
                          "guests":["web","db"],"schedule":{"kind":"daily","at":"02:00"},"target":"%1"})")
                                                   .arg(target).toUtf8())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = vigilctl({u"--db"_qs, dbPath, u"--json"_qs, u"backup"_qs, u"list"_qs});
        QCOMPARE(r.code, 0);
        const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"jobs"_qs).toArray();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().toObject().value(u"job"_qs).toObject().value(u"target"_qs).toString(), target);
        QVERIFY(!jobs.first().toObject().value(u"nextRun"_qs).toString().isEmpty());
        // The test driver cannot back up: the run fails, says why per guest, exit 6.
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"run"_qs, u"nightly"_qs});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(u"web on small: failed"_qs) && r.out.contains(u"libvirt refused the backup"_qs),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"db on small: failed"_qs) && r.out.contains(u"no disk"_qs), qPrintable(r.out));
        r = vigilctl({u"--db"_qs, dbPath, u"--json"_qs, u"backup"_qs, u"run"_qs, u"nightly"_qs});
        QCOMPARE(r.code, 6);
        const QJsonObject run = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(run.value(u"state"_qs).toString(), u"failed"_qs);
        QCOMPARE(run.value(u"guests"_qs).toArray().size(), 2);
        QCOMPARE(run.value(u"guests"_qs).toArray().first().toObject().value(u"state"_qs).toString(), u"failed"_qs);
        // Restores of what does not exist, or without a target, are refused.
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"restore"_qs, u"1"_qs, u"--to"_qs, u"small"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"no restorable backup"_qs), qPrintable(r.err));
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"verify"_qs, u"99"_qs});
        QCOMPARE(r.code, 1);
        r = vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"run"_qs, u"nosuchjob"_qs});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(u"no backup job nosuchjob"_qs));
    }

    void agentRunsAMissedBackupScheduleOnce()
    {
        const QString dbPath = m_dir.filePath(u"agent.sqlite"_qs);
        QCOMPARE(vigilctl({u"--db"_qs, dbPath, u"hosts"_qs, u"add"_qs, u"small"_qs,
                           Test::nodeUri(u"node-small.xml"_qs)}).code, 0);
        QFile job(m_dir.filePath(u"hourly.json"_qs));
        QVERIFY(job.open(QIODevice::WriteOnly));
        job.write(QStringLiteral(R"({"format":"vigil-backup-job/1","name":"hourly","guests":["db"],
            "schedule":{"kind":"every-hours","everyHours":1},"target":"%1"})")
                      .arg(m_dir.filePath(u"hourly"_qs)).toUtf8());
        job.close();
        QCOMPARE(vigilctl({u"--db"_qs, dbPath, u"backup"_qs, u"import"_qs, job.fileName()}).code, 0);
        // The agent was not running for two days.
        {
            auto opened = Store::Database::open(dbPath, u"agent-test"_qs);
            QVERIFY(opened.ok);
            QSqlQuery q(opened.db);
            QVERIFY(q.exec(u"UPDATE backup_jobs SET scheduled_from = '%1'"_qs
                               .arg(QDateTime::currentDateTimeUtc().addDays(-2).toString(Qt::ISODateWithMs))));
        }
        Store::Database::close(u"agent-test"_qs);
        QProcess agent;
        agent.start(QStringLiteral(VIGIL_VIGILCTL), {u"--db"_qs, dbPath, u"agent"_qs});
        QVERIFY(agent.waitForStarted());
        QTest::qWait(4000);
        agent.terminate();
        QVERIFY(agent.waitForFinished(15000));
        const Run list = vigilctl({u"--db"_qs, dbPath, u"--json"_qs, u"backup"_qs, u"list"_qs});
        const QJsonArray runs = QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"jobs"_qs).toArray()
                                    .first().toObject().value(u"runs"_qs).toArray();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"trigger"_qs).toString(), u"schedule"_qs);
    }

    void versionAndHelp()
    {
        Run r = vigilctl({u"--version"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral(VIGIL_VERSION)));
        r = vigilctl({u"--help"_qs});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"Exit codes"_qs));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestVigilctl)
#include "tst_vigilctl.moc"
