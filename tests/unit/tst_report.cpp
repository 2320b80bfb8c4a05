#include "common/testsupport.h"
#include "core/report/reportcollector.h"
#include "core/report/reportwriters.h"
#include "core/store/alertstore.h"
#include "core/store/backupstore.h"
#include "core/store/database.h"
#include "core/store/eventlogstore.h"
#include "core/store/metricstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Report;

namespace {

const QStringList kHostile = {
    u"<script>alert(1)</script>"_s,
    u"=cmd|' /C calc'!A0"_s,
    u"say \"hi\", then leave"_s,
    u"two\nlines"_s,
    u"@SUM(1+1)"_s,
    u"-2+3"_s,
    u"Grüße 数据库 ☃"_s,
};

ReportData hostileData()
{
    ReportData data;
    data.generatedAt = QDateTime::currentDateTimeUtc();
    data.from = data.generatedAt.addDays(-1);
    data.to = data.generatedAt;
    data.rangeLabel = u"24h"_s;
    data.vigilVersion = u"test"_s;
    for (int i = 0; i < kHostile.size(); ++i) {
        HostReport h;
        h.config.id = i + 1;
        h.config.name = kHostile.at(i);
        h.status.state = HostState::Up;
        h.details.pools = {StoragePoolInfo{{}, kHostile.at(i), u"dir"_s, {}, true, true, 100, 50, 50}};
        h.details.networks = {NetworkInfo{{}, kHostile.at(i), {}, u"nat"_s, true, true}};
        h.health.findings = {{Health::Severity::Warning, kHostile.at(i), kHostile.at(i)}};
        data.hosts.append(h);
        Health::Alert a;
        a.key = QString::number(i);
        a.rule = kHostile.at(i);
        a.host = kHostile.at(i);
        a.subject = kHostile.at(i);
        a.message = kHostile.at(i);
        a.raisedAt = data.from.addSecs(60);
        data.alerts.append(a);
        EventRecord e;
        e.time = data.from.addSecs(120);
        e.host = kHostile.at(i);
        e.guest = kHostile.at(i);
        e.kind = EventRecord::Kind::Action;
        e.message = kHostile.at(i);
        e.user = u"alice"_s;
        data.actions.append(e);
    }
    return data;
}

// RFC 4180 reader: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlEscapesEverythingFromAHost()
    {
        const QString html = toHtml(hostileData(), {});
        QVERIFY(!html.contains(u"<script>"_s));
        QVERIFY(html.contains(u"&lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"say &quot;hi&quot;, then leave"_s));
        QVERIFY(html.contains(u"Grüße 数据库 ☃"_s));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    }

    // Paper layout: times stay on one line, tables span the page (the
    // message column takes the room), a section's title is the table's
    // repeated header (never stranded at a page bottom), and an empty
    // table says so instead of showing only its header.
    void htmlTablesKeepTimesWholeAndSayNone()
    {
        ReportData data = hostileData();
        const QString when = data.actions.first().time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss");
        QString html = toHtml(data, {});
        QVERIFY2(html.contains(u"<td nowrap>"_s + when + u"</td>"_s), qPrintable(html));
        QVERIFY(!html.contains(data.actions.first().time.toUTC().toString(Qt::ISODate)));
        QVERIFY(html.contains(u"<table width=\"100%\"><thead><tr><td class=\"caption\" colspan=\"6\">Actions and changes"_s));
        QVERIFY(!html.contains(u"<h2>Storage pools</h2>"_s));
        for (HostReport &h : data.hosts) {
            h.details.pools.clear();
            h.details.networks.clear();
        }
        html = toHtml(data, {});
        QCOMPARE(html.count(u"<tr><td colspan=\"5\">none</td></tr>"_s), 1);   // pools
        QCOMPARE(html.count(u"<tr><td colspan=\"4\">none</td></tr>"_s), 1);   // networks
    }

    void csvIsRfc4180AndDefusesFormulas()
    {
        const QByteArray bytes = toCsv(hostileData());
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QList<QStringList> rows = parseCsv(text);
        QCOMPARE(rows.first().size(), 8);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 8);   // a newline or comma in a name never splits a record
        QSet<QString> cells;
        for (const QStringList &row : rows)
            for (const QString &cell : row)
                cells.insert(cell);
        // Text that a spreadsheet would run as a formula is shown as text.
        QVERIFY(cells.contains(u"'=cmd|' /C calc'!A0"_s));
        QVERIFY(!cells.contains(u"=cmd|' /C calc'!A0"_s));
        QVERIFY(cells.contains(u"'@SUM(1+1)"_s));
        QVERIFY(cells.contains(u"'-2+3"_s));
        // Everything else round-trips exactly.
        QVERIFY(cells.contains(u"say \"hi\", then leave"_s));
        QVERIFY(cells.contains(u"two\nlines"_s));
        QVERIFY(cells.contains(u"Grüße 数据库 ☃"_s));
        QVERIFY(cells.contains(u"<script>alert(1)</script>"_s));
        QCOMPARE(csvField(u"plain"_s), u"plain"_s);
        QCOMPARE(csvField(u"a,b"_s), u"\"a,b\""_s);
    }

    void jsonKeepsNamesAndSaysNullForNotReported()
    {
        const QJsonObject root = QJsonDocument::fromJson(toJson(hostileData())).object();
        QCOMPARE(root.value(u"schema"_s).toString(), u"vigil-health-report/1"_s);
        const QJsonArray hosts = root.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), kHostile.size());
        QCOMPARE(hosts.at(0).toObject().value(u"name"_s).toString(), kHostile.at(0));
        QCOMPARE(hosts.at(3).toObject().value(u"name"_s).toString(), u"two\nlines"_s);
        const QJsonObject cpu = hosts.at(0).toObject().value(u"cpu_percent"_s).toObject();
        QVERIFY(cpu.value(u"average"_s).isNull());
        QCOMPARE(root.value(u"alerts"_s).toArray().size(), kHostile.size());
        QCOMPARE(root.value(u"ha_readiness"_s).toObject().value(u"policies"_s).toArray().size(), 0);
    }

    void withoutPoliciesTheReadinessSectionSaysSo()
    {
        const QString html = toHtml(hostileData(), {});
        QVERIFY(html.contains(u"No failover policy exists"_s));
    }

    // Protected guests with no lock manager under them: every format says so.
    void lockManagerWarningIsInEveryFormat()
    {
        ReportData data = hostileData();
        data.ha.policies.append({u"p"_s, true, 2});
        data.ha.lockManagerWarning = u"2 protected guest(s) run on hosts without a disk lock manager (kvm1)"_s;
        QVERIFY(toHtml(data, {}).contains(data.ha.lockManagerWarning));
        QVERIFY(QString::fromUtf8(toCsv(data)).contains(data.ha.lockManagerWarning));
        QCOMPARE(QJsonDocument::fromJson(toJson(data)).object().value(u"ha_readiness"_s).toObject()
                     .value(u"lock_manager_warning"_s).toString(),
                 data.ha.lockManagerWarning);
        data.ha.lockManagerWarning.clear();
        QVERIFY(!toHtml(data, {}).contains(u"lock manager"_s));
    }

    // The Backups section, from the database to every format: per guest the
    // last backup, its checks, the RPO and the last restore drill; a guest
    // the job names but never backed up misses its RPO.
    void backupSectionSaysEachGuestsStateInEveryFormat()
    {
        QTemporaryDir dir;
        auto opened = Store::Database::open(dir.filePath(u"vigil.db"_s), u"report-backups"_s);
        QVERIFY2(opened.ok, qPrintable(opened.error));
        Store::BackupStore store(opened.db);
        Backup::BackupJob job;
        job.name = u"nightly"_s;
        job.selection.guests = {u"db-1"_s, u"web-1"_s};
        job.schedule.kind = Backup::Schedule::Kind::Manual;
        job.targetDirectory = u"/srv/backup"_s;
        job.mirror = u"/mnt/mirror"_s;
        job.rpoHours = 24;
        job.drillEveryDays = 7;
        QString error;
        QVERIFY2(store.saveJob(job, &error), qPrintable(error));
        Backup::RunRecord run;
        run.id = store.startRun(job, u"manual"_s, &error);
        QVERIFY2(run.id != 0, qPrintable(error));
        run.jobId = job.id;
        run.state = Backup::RunRecord::State::Succeeded;
        run.finishedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(store.finishRun(run));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Backup::ArtifactRecord a;
        a.runId = run.id;
        a.jobId = job.id;
        a.guestUuid = u"6f0e0c1e-0000-4000-8000-000000000001"_s;
        a.guestName = u"db-1"_s;
        a.host = u"kvm1"_s;
        a.incremental = true;
        a.state = Backup::ArtifactRecord::State::Complete;
        a.verify = Backup::ArtifactRecord::Check::Passed;
        a.mirror = Backup::ArtifactRecord::Check::Failed;
        a.path = u"/srv/backup/db-1/x"_s;
        a.createdAt = now.addSecs(-2 * 3600);
        QVERIFY(store.saveArtifact(a, &error));
        Backup::RestoreRecord drill;
        drill.artifactId = a.id;
        drill.test = drill.drill = true;
        drill.ok = true;
        drill.bootMs = 2500;
        drill.host = u"kvm1"_s;
        drill.guestName = u"db-1-restore-test-1"_s;
        drill.startedAt = now.addSecs(-3600);
        drill.finishedAt = now.addSecs(-3590);
        QVERIFY(store.recordRestore(drill));

        ReportInput input;
        input.from = now.addDays(-1);
        input.to = now;
        input.sections = Backups;
        ReportData data;
        QVERIFY(collectReport(input, opened.db, data));
        data.sections = Backups;
        QCOMPARE(data.backups.size(), 2);
        QCOMPARE(data.backups.at(0).guest, u"db-1"_s);
        QCOMPARE(data.backups.at(0).rpo, Backup::GuestBackupStatus::Rpo::Met);
        QCOMPARE(data.backups.at(1).guest, u"web-1"_s);
        QCOMPARE(data.backups.at(1).rpo, Backup::GuestBackupStatus::Rpo::Missed);

        const QJsonArray json = QJsonDocument::fromJson(toJson(data)).object().value(u"backups"_s).toArray();
        QCOMPARE(json.size(), 2);
        const QJsonObject db = json.at(0).toObject();
        QCOMPARE(db.value(u"kind"_s).toString(), u"incremental"_s);
        QCOMPARE(db.value(u"verified"_s).toString(), u"passed"_s);
        QCOMPARE(db.value(u"mirrored"_s).toString(), u"failed"_s);
        QCOMPARE(db.value(u"rpo"_s).toString(), u"met"_s);
        QCOMPARE(db.value(u"drill_ok"_s).toBool(), true);
        QCOMPARE(db.value(u"drill_boot_ms"_s).toInt(), 2500);
        QVERIFY(json.at(1).toObject().value(u"last_backup"_s).isNull());
        QCOMPARE(json.at(1).toObject().value(u"rpo"_s).toString(), u"missed"_s);
        const QString csv = QString::fromUtf8(toCsv(data));
        QVERIFY2(csv.contains(u"backup,,db-1,restore_drill,ok,ms,"_s), qPrintable(csv));
        QVERIFY(csv.contains(u"backup,,web-1,rpo,missed,h,,24"_s));
        const QString html = toHtml(data, {});
        QVERIFY(html.contains(u"ran after 2.5 s"_s));
        QVERIFY(html.contains(u"missed (24 h)"_s));
        QVERIFY(html.contains(u"Last restore drill"_s));
    }

    void collectorSummarizesHistoryAlertsAndActionsInRange()
    {
        QTemporaryDir dir;
        const auto opened = Store::Database::open(dir.filePath(u"r.sqlite"_s), u"report"_s);
        QVERIFY(opened.ok);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            Store::MetricStore store(opened.db);
            QList<Metrics::HostSample> batch;
            for (int i = 0; i < 120; ++i) {   // 10 minutes: CPU 20 then 40 (avg 30, peak 40)
                Metrics::HostSample s;
                s.host = 1;
                s.hostName = u"a"_s;
                s.time = now.addSecs(-600 + i * 5);
                s.values[Metrics::Metric::Cpu] = i < 60 ? 20 : 40;
                s.values[Metrics::Metric::MemoryUsed] = 512;
                s.values[Metrics::Metric::MemoryTotal] = 1024;
                batch.append(s);
            }
            bool rolledUp = false;
            QString error;
            QVERIFY(store.write(batch, rolledUp, &error));
            Store::AlertStore alerts(opened.db);
            Health::Alert old;
            old.key = u"old"_s;
            old.rule = u"r"_s;
            old.raisedAt = now.addDays(-3);
            old.clearedAt = now.addDays(-2);
            QVERIFY(alerts.saveAlert(old, &error));
            Health::Alert recent = old;
            recent.key = u"recent"_s;
            recent.raisedAt = now.addSecs(-300);
            recent.clearedAt = {};
            QVERIFY(alerts.saveAlert(recent, &error));
            Store::EventLogStore events(opened.db);
            EventRecord action;
            action.time = now.addSecs(-100);
            action.kind = EventRecord::Kind::Action;
            action.message = u"Start"_s;
            EventRecord connection = action;
            connection.kind = EventRecord::Kind::Connection;
            EventRecord ancient = action;
            ancient.time = now.addDays(-5);
            QVERIFY(events.append(action, &error) && events.append(connection, &error) && events.append(ancient, &error));
        }
        ReportInput input;
        input.from = now.addSecs(-3600);
        input.to = now;
        input.rangeLabel = u"1h"_s;
        Ha::ClusterSnapshot::Host host;
        host.id = 1;
        host.name = u"a"_s;
        host.up = true;
        input.cluster.hosts = {host};
        input.wholeCluster = input.cluster;
        input.configs = {Test::hostConfig(1, u"a"_s, u"test:///default"_s)};
        HostStatus status;
        status.state = HostState::Up;
        input.statuses = {status};
        ReportData data;
        QList<int> progress;
        QVERIFY(collectReport(input, opened.db, data, [&](int percent, const QString &) {
            progress << percent;
            return true;
        }));
        QCOMPARE(data.hosts.size(), 1);
        QCOMPARE(data.hosts.first().cpu.average, 30.0);
        QCOMPARE(data.hosts.first().cpu.peak, 40.0);
        QCOMPARE(data.hosts.first().memoryUsed.average, 50.0);
        QCOMPARE(data.alerts.size(), 1);
        QCOMPARE(data.alerts.first().key, u"recent"_s);
        QCOMPARE(data.actions.size(), 1);
        QCOMPARE(progress.last(), 100);
        // Cancelling stops the collection.
        ReportData cancelled;
        QVERIFY(!collectReport(input, opened.db, cancelled, [](int, const QString &) { return false; }));
        Store::Database::close(u"report"_s);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
