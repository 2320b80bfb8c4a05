// `vigilctl agent --metrics ADDR:PORT` as Prometheus scrapes it: a real agent
// process on a database another process filled, scraped over HTTP, the
// text checked by `promtool check metrics` and its figures against what the
// database and the host hold.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "core/ha/journal.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Vigil;
using namespace Vigil::Test;
using namespace Qt::StringLiterals;

namespace {

QByteArray scrape(quint16 port, int *status)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/metrics"_s.arg(port))));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
        reply->abort();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    delete reply;
    return body;
}

// The value of the one sample line that starts with `series` ("name{labels}").
double value(const QByteArray &text, const QString &series)
{
    const QByteArray prefix = series.toUtf8() + ' ';
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).toDouble();
    return -1;
}

} // namespace

class TestPrometheus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrapePassesPromtoolAndTellsTheTruth()
    {
        const QString promtool = QStandardPaths::findExecutable(u"promtool"_s);
        if (promtool.isEmpty())
            QSKIP("promtool is not installed (Debian package prometheus; scripts/dev installs it)");
        QTemporaryDir dir;
        const QString db = dir.filePath(u"metrics.sqlite"_s);
        QString output;
        QCOMPARE(runVigilctl({u"--db"_s, db, u"hosts"_s, u"add"_s, u"h1"_s, nodeUri(u"node-small.xml"_s)}, &output), 0);
        // "web" runs on h1 and is protected; with no other host it could not
        // be restarted if h1 failed.
        const QString policy = dir.filePath(u"p.json"_s);
        QFile file(policy);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"vigil_policy": 1, "name": "p", "enabled": true,
                      "members": {"guests": [{"name": "web", "priority": 1}]},
                      "fencing": {"hosts": {"h1": {"argv": ["/bin/true"], "timeout_seconds": 5}}}})");
        file.close();
        QVERIFY2(runVigilctl({u"--db"_s, db, u"policy"_s, u"import"_s, policy}, &output) == 0, qPrintable(output));
        // One past failover in the journal, written as an engine writes it:
        // one guest restarted 12 s after the host's last answer, one skipped.
        Store::Database::withConnection(db, u"test"_s, [](QSqlDatabase handle, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Ha::FailoverJournal journal(handle);
            const QDateTime t0 = QDateTime::fromString(u"2026-11-20T10:00:00.000Z"_s, Qt::ISODateWithMs);
            Ha::FailoverJournal::Entry done;
            done.incident = u"old-host@2026-11-20T10:00:08.000Z"_s;
            done.failedHost = u"old-host"_s;
            done.guestUuid = u"11111111-2222-3333-4444-555555555555"_s;
            done.guestName = u"mail"_s;
            done.targetHost = u"h1"_s;
            done.state = Ha::FailoverJournal::State::Starting;
            done.phases.lastContact = t0;
            done.phases.declaredFailed = t0.addSecs(8);
            QString why;
            QVERIFY2(journal.add(done, &why), qPrintable(why));
            Ha::FailoverJournal::Entry skipped = done;
            skipped.id = 0;
            skipped.guestUuid = u"66666666-2222-3333-4444-555555555555"_s;
            skipped.guestName = u"print"_s;
            skipped.state = Ha::FailoverJournal::State::Skipped;
            QVERIFY2(journal.add(skipped, &why), qPrintable(why));
            QVERIFY2(journal.setFenced(done.incident, t0.addSecs(9), &why), qPrintable(why));
            QVERIFY2(journal.setRunning(done.id, t0.addSecs(12), u"running"_s, &why), qPrintable(why));

            // A backup job with a 24 h RPO and weekly drills: "fresh" was
            // backed up an hour ago and its drill failed, "stale" 30 h ago.
            Store::BackupStore backups(handle);
            Backup::BackupJob job = backupJob();
            job.selection.guests = {u"fresh"_s, u"stale"_s};
            job.selection.patterns.clear();
            job.verifyAfter = false;
            job.rpoHours = 24;
            job.drillEveryDays = 7;
            QVERIFY2(backups.saveJob(job, &why), qPrintable(why));
            const qint64 run = backups.startRun(job, u"manual"_s, &why);
            QVERIFY2(run > 0, qPrintable(why));
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const qint64 fresh = recordCompleteBackup(backups, job, run, u"fresh"_s, now.addSecs(-3600));
            QVERIFY(fresh > 0);
            QVERIFY(recordCompleteBackup(backups, job, run, u"stale"_s, now.addSecs(-30 * 3600)) > 0);
            Backup::RestoreRecord drill = drillRecord(fresh, now.addSecs(-600), false, u"did not boot"_s);
            QVERIFY(backups.recordRestore(drill));
        });

        AgentProcess agent(db, u"metrics-agent"_s, 3, {u"--metrics"_s, u"127.0.0.1:0"_s});
        const QRegularExpression serving(u"serving metrics on http://127\\.0\\.0\\.1:(\\d+)/metrics"_s);
        QTRY_VERIFY_WITH_TIMEOUT(serving.match(agent.output).hasMatch(), 15000);
        const quint16 port = quint16(serving.match(agent.output).captured(1).toUInt());
        QVERIFY(port > 0);

        QByteArray text;
        int status = 0;
        // Until the host is up and the readiness refreshed after it came up
        // (a second later).
        QTRY_VERIFY_WITH_TIMEOUT(
            (text = scrape(port, &status), value(text, u"vigil_host_state{host=\"h1\",state=\"up\"}"_s) == 1
                                              && value(text, u"vigil_ha_unplaced_guests{failed_host=\"h1\"}"_s) >= 0),
            20000);
        QCOMPARE(status, 200);

        // What the host holds: web runs (protected), cache is paused, db is off.
        QCOMPARE(value(text, u"vigil_guest_running{host=\"h1\",guest=\"web\",protected=\"true\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_guest_running{host=\"h1\",guest=\"db\",protected=\"false\"}"_s), 0.0);
        QCOMPARE(value(text, u"vigil_guests{state=\"paused\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_host_maintenance{host=\"h1\"}"_s), 0.0);
        // HA readiness: the dry run of h1's failure leaves web down.
        QCOMPARE(value(text, u"vigil_ha_unplaced_guests{failed_host=\"h1\"}"_s), 1.0);
        // The journal's figures.
        QCOMPARE(value(text, u"vigil_failover_incidents_total"_s), 1.0);
        QCOMPARE(value(text, u"vigil_failover_guests_total{state=\"done\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_failover_guests_total{state=\"skipped\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_failover_recovery_seconds_bucket{le=\"10\"}"_s), 0.0);
        QCOMPARE(value(text, u"vigil_failover_recovery_seconds_bucket{le=\"15\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_failover_recovery_seconds_sum"_s), 12.0);
        QCOMPARE(value(text, u"vigil_failover_detect_seconds_sum"_s), 8.0);
        QCOMPARE(value(text, u"vigil_failover_fence_seconds_sum"_s), 1.0);
        QCOMPARE(value(text, u"vigil_failover_start_seconds_sum"_s), 3.0);
        // RPO and drills, as the backup alert judges them.
        QCOMPARE(value(text, u"vigil_backup_rpo_seconds{job=\"nightly\"}"_s), 86400.0);
        QCOMPARE(value(text, u"vigil_backup_rpo_met{job=\"nightly\",guest=\"fresh\"}"_s), 1.0);
        QCOMPARE(value(text, u"vigil_backup_rpo_met{job=\"nightly\",guest=\"stale\"}"_s), 0.0);
        QCOMPARE(value(text, u"vigil_backup_last_drill_success{job=\"nightly\",guest=\"fresh\"}"_s), 0.0);
        QVERIFY(value(text, u"vigil_backup_last_drill_timestamp_seconds{job=\"nightly\",guest=\"fresh\"}"_s)
                > QDateTime::currentSecsSinceEpoch() - 3600);
        QCOMPARE(value(text, u"vigil_backup_last_drill_success{job=\"nightly\",guest=\"stale\"}"_s), -1.0);   // never drilled
        // This agent is the only engine: it holds the lease.
        QTRY_VERIFY_WITH_TIMEOUT((text = scrape(port, &status), value(text, u"vigil_engine_active"_s) == 1), 10000);
        QCOMPARE(value(text, u"vigil_engine_lease_holder_info{holder=\"metrics-agent\"}"_s), 1.0);
        for (const char *severity : {"info", "warning", "critical"})
            QVERIFY(value(text, u"vigil_alerts_open{severity=\"%1\"}"_s.arg(QLatin1String(severity))) >= 0);

        QProcess check;
        check.start(promtool, {u"check"_s, u"metrics"_s});
        QVERIFY(check.waitForStarted());
        check.write(text);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QString verdict = QString::fromUtf8(check.readAllStandardOutput() + check.readAllStandardError());
        QVERIFY2(check.exitCode() == 0 && verdict.trimmed().isEmpty(), qPrintable(verdict + u"\n"_s + QString::fromUtf8(text)));

        // Anything but /metrics is not there.
        QNetworkAccessManager network;
        QNetworkReply *other = network.get(QNetworkRequest(QUrl(u"http://127.0.0.1:%1/"_s.arg(port))));
        QTRY_VERIFY(other->isFinished());
        QCOMPARE(other->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        delete other;
    }

    void badMetricsAddressesAreRefusedWithTheReason()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"m.sqlite"_s);
        QString output;
        for (const QString &bad : {u"localhost"_s, u"127.0.0.1:70000"_s, u"not-an-address:9464"_s}) {
            QCOMPARE(runVigilctl({u"--db"_s, db, u"agent"_s, u"--metrics"_s, bad}, &output), 1);
            QVERIFY2(output.contains(u"--metrics needs ADDRESS:PORT"_s), qPrintable(output));
        }
        // A port another program holds.
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        const QString taken = u"127.0.0.1:%1"_s.arg(other.serverPort());
        QCOMPARE(runVigilctl({u"--db"_s, db, u"agent"_s, u"--metrics"_s, taken}, &output), 1);
        QVERIFY2(output.contains(u"cannot serve metrics on %1"_s.arg(taken)), qPrintable(output));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
