#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace Vigil::Store {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::Database", text); }

// Forward migrations: index i brings schema version i to i + 1.
const char *const kMigrations[] = {
    // 0 -> 1: hosts and the event log.
    "CREATE TABLE hosts ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE,"
    "  uri TEXT NOT NULL UNIQUE,"
    "  host_group TEXT NOT NULL DEFAULT '',"
    "  keepalive_interval INTEGER NOT NULL DEFAULT 2,"
    "  keepalive_count INTEGER NOT NULL DEFAULT 3,"
    "  created_at TEXT NOT NULL);"
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  time TEXT NOT NULL,"
    "  host TEXT NOT NULL DEFAULT '',"
    "  guest TEXT NOT NULL DEFAULT '',"
    "  kind TEXT NOT NULL,"
    "  message TEXT NOT NULL,"
    "  result TEXT NOT NULL DEFAULT '',"
    "  user_name TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX events_time ON events(time);",
    // 1 -> 2: failover policies, stored as their validated JSON document.
    "CREATE TABLE policies ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE,"
    "  enabled INTEGER NOT NULL DEFAULT 1,"
    "  document TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL);",
    // 2 -> 3: the failover journal (written before every step, so a restarted
    // engine resumes without starting a guest twice) and the engine lease.
    "CREATE TABLE failover_journal ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  incident TEXT NOT NULL,"
    "  failed_host TEXT NOT NULL,"
    "  guest_uuid TEXT NOT NULL,"
    "  guest_name TEXT NOT NULL,"
    "  target_host TEXT NOT NULL DEFAULT '',"
    "  priority INTEGER NOT NULL DEFAULT 0,"
    "  state TEXT NOT NULL,"
    "  detail TEXT NOT NULL DEFAULT '',"
    "  definition TEXT NOT NULL DEFAULT '',"
    "  updated_at TEXT NOT NULL);"
    "CREATE INDEX failover_journal_open ON failover_journal(state);"
    "CREATE TABLE engine_lease ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  holder TEXT NOT NULL,"
    "  heartbeat_at INTEGER NOT NULL);",
    // 3 -> 4: the protected guests each host last ran, so that an engine
    // started while a host is down still knows what to restart.
    "CREATE TABLE ha_last_known ("
    "  host TEXT NOT NULL,"
    "  uuid TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  state INTEGER NOT NULL,"
    "  memory_kib INTEGER NOT NULL,"
    "  vcpus INTEGER NOT NULL,"
    "  xml TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL,"
    "  PRIMARY KEY (host, uuid));",
    // 4 -> 5: statistics history (raw ticks and 1-minute / 1-hour roll-ups,
    // clustered by series so a chart's range is one contiguous read; values
    // are scaled integers, NULL = not reported), alert rules and alerts.
    "CREATE TABLE metric_series ("
    "  id INTEGER PRIMARY KEY,"
    "  host_id INTEGER NOT NULL,"
    "  guest_uuid TEXT NOT NULL DEFAULT '',"
    "  name TEXT NOT NULL,"
    "  UNIQUE (host_id, guest_uuid));"
    "CREATE TABLE samples_raw ("
    "  series INTEGER NOT NULL,"
    "  t INTEGER NOT NULL,"
    "  cpu INTEGER,  mem_used INTEGER,  mem_total INTEGER,  net_rx INTEGER,  net_tx INTEGER,  disk_rd INTEGER,  disk_wr INTEGER,  disk_rd_iops INTEGER,  disk_wr_iops INTEGER,"
    "  PRIMARY KEY (series, t)) WITHOUT ROWID;"
    "CREATE TABLE samples_1m ("
    "  series INTEGER NOT NULL,"
    "  t INTEGER NOT NULL,"
    "  n INTEGER NOT NULL,"
    "  cpu INTEGER,  cpu_max INTEGER,  mem_used INTEGER,  mem_used_max INTEGER,  mem_total INTEGER,  mem_total_max INTEGER,  net_rx INTEGER,  net_rx_max INTEGER,  net_tx INTEGER,  net_tx_max INTEGER,  disk_rd INTEGER,  disk_rd_max INTEGER,  disk_wr INTEGER,  disk_wr_max INTEGER,  disk_rd_iops INTEGER,  disk_rd_iops_max INTEGER,  disk_wr_iops INTEGER,  disk_wr_iops_max INTEGER,"
    "  PRIMARY KEY (series, t)) WITHOUT ROWID;"
    "CREATE TABLE samples_1h ("
    "  series INTEGER NOT NULL,"
    "  t INTEGER NOT NULL,"
    "  n INTEGER NOT NULL,"
    "  cpu INTEGER,  cpu_max INTEGER,  mem_used INTEGER,  mem_used_max INTEGER,  mem_total INTEGER,  mem_total_max INTEGER,  net_rx INTEGER,  net_rx_max INTEGER,  net_tx INTEGER,  net_tx_max INTEGER,  disk_rd INTEGER,  disk_rd_max INTEGER,  disk_wr INTEGER,  disk_wr_max INTEGER,  disk_rd_iops INTEGER,  disk_rd_iops_max INTEGER,  disk_wr_iops INTEGER,  disk_wr_iops_max INTEGER,"
    "  PRIMARY KEY (series, t)) WITHOUT ROWID;"
    "CREATE TABLE alert_rules ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE,"
    "  scope TEXT NOT NULL,"
    "  metric TEXT NOT NULL,"
    "  comparison TEXT NOT NULL,"
    "  threshold REAL NOT NULL,"
    "  duration_s INTEGER NOT NULL,"
    "  severity TEXT NOT NULL,"
    "  enabled INTEGER NOT NULL DEFAULT 1);"
    "CREATE TABLE alerts ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  alert_key TEXT NOT NULL UNIQUE,"
    "  rule TEXT NOT NULL,"
    "  severity TEXT NOT NULL,"
    "  host TEXT NOT NULL DEFAULT '',"
    "  subject TEXT NOT NULL,"
    "  message TEXT NOT NULL,"
    "  value REAL,"
    "  raised_at TEXT NOT NULL,"
    "  cleared_at TEXT NOT NULL DEFAULT '',"
    "  acknowledged_by TEXT NOT NULL DEFAULT '',"
    "  acknowledged_at TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX alerts_raised ON alerts(raised_at);",
    // 5 -> 6: maintenance mode, and the guests an evacuation moved away (so
    // that leaving maintenance can bring them back).
    "ALTER TABLE hosts ADD COLUMN maintenance INTEGER NOT NULL DEFAULT 0;"
    "CREATE TABLE maintenance_moves ("
    "  host_id INTEGER NOT NULL,"
    "  uuid TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  PRIMARY KEY (host_id, uuid));",
    // 6 -> 7: backup jobs (validated JSON documents, like policies), their
    // runs, one artifact per guest and run (with its manifest), restores.
    "CREATE TABLE backup_jobs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE,"
    "  enabled INTEGER NOT NULL DEFAULT 1,"
    "  document TEXT NOT NULL,"
    "  created_at TEXT NOT NULL,"
    "  scheduled_from TEXT NOT NULL);"
    "CREATE TABLE backup_runs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  job_id INTEGER NOT NULL,"
    "  job_name TEXT NOT NULL,"
    "  trigger TEXT NOT NULL,"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT NOT NULL DEFAULT '',"
    "  state TEXT NOT NULL,"
    "  message TEXT NOT NULL DEFAULT '',"
    "  bytes INTEGER NOT NULL DEFAULT 0);"
    "CREATE INDEX backup_runs_job ON backup_runs(job_id, started_at);"
    "CREATE TABLE backup_artifacts ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  run_id INTEGER NOT NULL,"
    "  job_id INTEGER NOT NULL,"
    "  guest_uuid TEXT NOT NULL,"
    "  guest_name TEXT NOT NULL,"
    "  host TEXT NOT NULL,"
    "  incremental INTEGER NOT NULL,"
    "  parent_id INTEGER NOT NULL DEFAULT 0,"
    "  checkpoint TEXT NOT NULL DEFAULT '',"
    "  consistency TEXT NOT NULL,"
    "  path TEXT NOT NULL DEFAULT '',"
    "  size_bytes INTEGER NOT NULL DEFAULT 0,"
    "  duration_ms INTEGER NOT NULL DEFAULT 0,"
    "  state TEXT NOT NULL,"
    "  message TEXT NOT NULL DEFAULT '',"
    "  verify TEXT NOT NULL DEFAULT '',"
    "  verified_at TEXT NOT NULL DEFAULT '',"
    "  verify_message TEXT NOT NULL DEFAULT '',"
    "  mirror_path TEXT NOT NULL DEFAULT '',"
    "  mirror TEXT NOT NULL DEFAULT '',"
    "  manifest TEXT NOT NULL DEFAULT '',"
    "  created_at TEXT NOT NULL);"
    "CREATE INDEX backup_artifacts_run ON backup_artifacts(run_id);"
    "CREATE INDEX backup_artifacts_guest ON backup_artifacts(job_id, guest_uuid);"
    "CREATE TABLE backup_restores ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  artifact_id INTEGER NOT NULL,"
    "  test INTEGER NOT NULL,"
    "  host TEXT NOT NULL,"
    "  guest_name TEXT NOT NULL,"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT NOT NULL,"
    "  ok INTEGER NOT NULL,"
    "  message TEXT NOT NULL DEFAULT '');"
    // Databases whose alert rules were seeded before get the backup rule
    // (new ones get it with the other defaults).
    "INSERT INTO alert_rules (name, scope, metric, comparison, threshold, duration_s, severity, enabled) "
    "SELECT 'Backup damaged or not mirrored', 'system', 'backup_problem', '>', 0, 0, 'critical', 1 "
    "WHERE EXISTS (SELECT 1 FROM alert_rules)",
};

// 7 -> 8: one truth for every process on a database. `change_feed` holds a
// sequence number per topic that triggers bump on every change, so a process
// that sees PRAGMA data_version move reads one tiny table to learn *what*
// changed instead of re-reading whole tables; events carry the instance that
// wrote them (followers skip their own); `processes` lists the live Vigil
// processes (heartbeat), so runs a dead process left "running" can be told
// from runs a live one is still doing (`owner`).
QString changeFeedMigration()
{
    struct Watched { const char *table; const char *topic; };
    const Watched watched[] = {
        {"hosts", "hosts"}, {"policies", "policies"}, {"alert_rules", "alert_rules"}, {"alerts", "alerts"},
        {"backup_jobs", "backups"}, {"backup_runs", "backups"}, {"backup_artifacts", "backups"},
        {"backup_restores", "backups"}, {"failover_journal", "journal"}, {"maintenance_moves", "hosts"},
    };
    QString script = QStringLiteral(
        "CREATE TABLE change_feed (topic TEXT PRIMARY KEY, seq INTEGER NOT NULL DEFAULT 0);"
        "INSERT INTO change_feed (topic) VALUES ('hosts'), ('policies'), ('alert_rules'), ('alerts'), "
        "('backups'), ('journal');"
        "ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT '';"
        "CREATE TABLE processes ("
        "  instance TEXT PRIMARY KEY,"
        "  holder TEXT NOT NULL,"
        "  pid INTEGER NOT NULL,"
        "  machine TEXT NOT NULL,"
        "  started_at TEXT NOT NULL,"
        "  heartbeat_at INTEGER NOT NULL);"
        "ALTER TABLE backup_runs ADD COLUMN owner TEXT NOT NULL DEFAULT '';"
        "ALTER TABLE backup_artifacts ADD COLUMN owner TEXT NOT NULL DEFAULT '';");
    for (const Watched &w : watched) {
        for (const char *operation : {"INSERT", "UPDATE", "DELETE"}) {
            script += QStringLiteral("CREATE TRIGGER feed_%1_%2 AFTER %3 ON %1 BEGIN "
                                     "UPDATE change_feed SET seq = seq + 1 WHERE topic = '%4'; END;")
                          .arg(QLatin1String(w.table), QString::fromLatin1(operation).toLower(),
                               QLatin1String(operation), QLatin1String(w.topic));
        }
    }
    return script;
}

QString migrationScript(int from)
{
    if (from < int(std::size(kMigrations)))
        return QString::fromLatin1(kMigrations[from]);
    return changeFeedMigration();
}
static_assert(std::size(kMigrations) + 1 == Database::kSchemaVersion);

// Splits a script into statements at ';', keeping a trigger's body
// (BEGIN ... END) in one piece.
QStringList statementsOf(const QString &script)
{
    QStringList statements;
    QString current;
    for (const QString &piece : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        current += piece;
        const bool inTrigger = current.contains(u"CREATE TRIGGER", Qt::CaseInsensitive)
                               && !current.trimmed().endsWith(u" END", Qt::CaseInsensitive);
        if (inTrigger) {
            current += QLatin1Char(';');
            continue;
        }
        if (!current.trimmed().isEmpty())
            statements.append(current);
        current.clear();
    }
    return statements;
}

bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    for (const QString &statement : statementsOf(script)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

QString describeOpenError(const QString &path, const QString &sqliteError)
{
    if (sqliteError.contains(u"locked", Qt::CaseInsensitive)
        || sqliteError.contains(u"busy", Qt::CaseInsensitive))
        return tr("The database %1 is locked by another program (another Vigil console or "
                  "vigilctl?). Close it or use --db with another file. (%2)")
            .arg(path, sqliteError);
    return tr("The database %1 cannot be read: %2. It may be damaged or not a Vigil database; "
              "it has been left untouched. Move it aside (or restore a backup) and start again.")
        .arg(path, sqliteError);
}

} // namespace

int Database::storedVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // Reading sqlite_master is the cheapest way to make SQLite validate the header.
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name='schema_version'"))
        || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : tr("the schema_version table is empty");
        return -1;
    }
    return query.value(0).toInt();
}

Database::OpenResult Database::open(const QString &path, const QString &connectionName)
{
    OpenResult result;
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            result.error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
            return result;
        }
    }
    if (path != u":memory:" && !QFileInfo::exists(path)) {
        // Created owner-only: the database names every host and its URI.
        // (SQLite gives its -wal and -shm files the mode of this file.)
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            && !QFileInfo::exists(path)) {
            result.error = tr("Cannot create the database %1: %2").arg(path, file.errorString());
            return result;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open()) {
        result.error = describeOpenError(path, db.lastError().text());
        return result;
    }

    QString error;
    const int version = storedVersion(db, &error);
    if (version < 0) {
        result.error = describeOpenError(path, error);
        db.close();
        return result;
    }
    if (version > kSchemaVersion) {
        result.error = tr("The database %1 was written by a newer version of Vigil (schema %2; "
                          "this version understands up to %3). It has been left untouched: "
                          "upgrade Vigil or use another file with --db.")
                           .arg(path)
                           .arg(version)
                           .arg(kSchemaVersion);
        db.close();
        return result;
    }

    QSqlQuery pragma(db);
    if (path != u":memory:" && !pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        result.error = describeOpenError(path, pragma.lastError().text());
        db.close();
        return result;
    }
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));

    for (int from = version; from < kSchemaVersion; ++from) {
        if (!db.transaction()) {
            result.error = describeOpenError(path, db.lastError().text());
            db.close();
            return result;
        }
        QString script = migrationScript(from);
        if (from == 0)
            script += QStringLiteral(";CREATE TABLE schema_version (version INTEGER NOT NULL);"
                                     "INSERT INTO schema_version VALUES (0)");
        script += QStringLiteral(";UPDATE schema_version SET version = %1").arg(from + 1);
        if (!execScript(db, script, &error) || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            result.error = tr("Upgrading the database %1 to schema %2 failed: %3. Nothing was "
                              "changed.").arg(path).arg(from + 1).arg(error);
            if (error.contains(u"locked", Qt::CaseInsensitive))
                result.error = describeOpenError(path, error);
            db.close();
            return result;
        }
    }
    result.ok = true;
    result.db = db;
    return result;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

void Database::withConnection(const QString &path, const QString &purpose,
                              const std::function<void(QSqlDatabase db, const QString &error)> &work)
{
    const QString connection = QStringLiteral("vigil-%1-%2").arg(purpose).arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        OpenResult opened = open(path, connection);
        work(opened.ok ? opened.db : QSqlDatabase(), opened.error);
    }
    close(connection);
}

QString Database::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.local/share/vigil");
    return dir + QStringLiteral("/vigil.sqlite");
}

} // namespace Vigil::Store
