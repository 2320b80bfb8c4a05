#include "database.h"

#include "sqldialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QThread>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Vigil::Store {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Database)
};

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
QStringList changeFeedMigration(bool postgres)
{
    QStringList statements{
        u"CREATE TABLE change_feed (topic TEXT PRIMARY KEY, seq INTEGER NOT NULL DEFAULT 0)"_s,
        u"INSERT INTO change_feed (topic) VALUES ('hosts'), ('policies'), ('alert_rules'), ('alerts'), "
        "('backups'), ('journal')"_s,
        u"ALTER TABLE events ADD COLUMN origin TEXT NOT NULL DEFAULT ''"_s,
        u"CREATE TABLE processes ("
        "  instance TEXT PRIMARY KEY,"
        "  holder TEXT NOT NULL,"
        "  pid INTEGER NOT NULL,"
        "  machine TEXT NOT NULL,"
        "  started_at TEXT NOT NULL,"
        "  heartbeat_at INTEGER NOT NULL)"_s,
        u"ALTER TABLE backup_runs ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE backup_artifacts ADD COLUMN owner TEXT NOT NULL DEFAULT ''"_s,
    };
    if (postgres)
        for (QString &statement : statements)
            statement = postgresDdl(statement);
    const QList<QPair<QString, QString>> watched{
        {u"hosts"_s, u"hosts"_s}, {u"policies"_s, u"policies"_s}, {u"alert_rules"_s, u"alert_rules"_s},
        {u"alerts"_s, u"alerts"_s}, {u"backup_jobs"_s, u"backups"_s}, {u"backup_runs"_s, u"backups"_s},
        {u"backup_artifacts"_s, u"backups"_s}, {u"backup_restores"_s, u"backups"_s},
        {u"failover_journal"_s, u"journal"_s}, {u"maintenance_moves"_s, u"hosts"_s},
    };
    return statements + changeFeedTriggers(postgres, watched);
}
// 8 -> 9: messages stored as their untranslated source and arguments
// (StoredText JSON) next to the English text, so every reader renders them in
// its own language (and queries match English whoever wrote it); empty for
// rows written before, or plain text.
const char *const kStoredTextMigration =
    "ALTER TABLE events ADD COLUMN message_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE alerts ADD COLUMN message_text TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE failover_journal ADD COLUMN detail_text TEXT NOT NULL DEFAULT '';"
    // A protected guest that a failover left down, and a guest running on two
    // hosts, are critical alerts (rules seeded for databases whose defaults
    // were seeded before).
    "INSERT INTO alert_rules (name, scope, metric, comparison, threshold, duration_s, severity, enabled) "
    "SELECT 'Protected guest left down', 'guest', 'left_down', '>', 0, 0, 'critical', 1 "
    "WHERE EXISTS (SELECT 1 FROM alert_rules);"
    "INSERT INTO alert_rules (name, scope, metric, comparison, threshold, duration_s, severity, enabled) "
    "SELECT 'Guest running on two hosts', 'guest', 'running_twice', '>', 0, 0, 'critical', 1 "
    "WHERE EXISTS (SELECT 1 FROM alert_rules)";

// 9 -> 10: each restart's recovery phases (the host's last contact, declared
// failed, fence confirmed, guest running: RTO and where it went), whether a
// host runs a disk lock manager (declared), and
// "fencing did not work" (a restart refused because the guest's disks are
// still in use) and a fence device failing its scheduled status check as
// critical alerts.
const char *const kRecoveryPhasesMigration =
    "ALTER TABLE failover_journal ADD COLUMN lost_at TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE failover_journal ADD COLUMN failed_at TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE failover_journal ADD COLUMN fenced_at TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE failover_journal ADD COLUMN running_at TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE hosts ADD COLUMN lock_manager INTEGER NOT NULL DEFAULT 0;"
    "INSERT INTO alert_rules (name, scope, metric, comparison, threshold, duration_s, severity, enabled) "
    "SELECT 'Fencing did not work', 'guest', 'fence_ineffective', '>', 0, 0, 'critical', 1 "
    "WHERE EXISTS (SELECT 1 FROM alert_rules);"
    "INSERT INTO alert_rules (name, scope, metric, comparison, threshold, duration_s, severity, enabled) "
    "SELECT 'Fence device not answering', 'host', 'fence_unavailable', '>', 0, 0, 'critical', 1 "
    "WHERE EXISTS (SELECT 1 FROM alert_rules)";

// 10 -> 11: the storage pools each host last had, beside its last known
// guests: an engine that starts while a host is down still knows which pool
// (shared or not) each of that host's disks lives in.
const char *const kLastKnownPoolsMigration =
    "CREATE TABLE ha_last_known_pools ("
    "  host TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  type TEXT NOT NULL,"
    "  target_path TEXT NOT NULL,"
    "  active INTEGER NOT NULL,"
    "  updated_at TEXT NOT NULL,"
    "  PRIMARY KEY (host, name))";

// 11 -> 12: the backup alert also says when a run failed, partly failed or
// was skipped (pull backups, schedules that wait for their hosts); its
// default rule's name says so.
const char *const kBackupRunAlertMigration =
    "UPDATE alert_rules SET name = 'Backup failed, skipped or damaged' "
    "WHERE metric = 'backup_problem' AND name = 'Backup damaged or not mirrored'";

// 12 -> 13: restore drills: a restore test can be a scheduled drill, and
// records how long the restored guest took to boot.
const char *const kRestoreDrillMigration =
    "ALTER TABLE backup_restores ADD COLUMN drill INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE backup_restores ADD COLUMN boot_ms INTEGER NOT NULL DEFAULT -1;"
    "CREATE INDEX backup_restores_artifact ON backup_restores (artifact_id)";

// After the numbered migrations: the change feed (its triggers differ per
// backend), then these, in order.
const char *const kLaterMigrations[] = {kStoredTextMigration, kRecoveryPhasesMigration, kLastKnownPoolsMigration,
                                        kBackupRunAlertMigration, kRestoreDrillMigration};

static_assert(std::size(kMigrations) + 1 + std::size(kLaterMigrations) == Database::kSchemaVersion);

QStringList statementsOf(const QString &script)
{
    QStringList statements;
    for (const QString &statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            statements.append(statement);
    return statements;
}

// The statements that bring schema `from` to `from + 1` on this backend.
QStringList migrationStatements(int from, bool postgres)
{
    const int changeFeed = int(std::size(kMigrations));
    if (from == changeFeed)
        return changeFeedMigration(postgres);
    QStringList statements = statementsOf(QString::fromLatin1(from > changeFeed ? kLaterMigrations[from - changeFeed - 1]
                                                                               : kMigrations[from]));
    if (postgres)
        for (QString &statement : statements)
            statement = postgresDdl(statement);
    return statements;
}

bool execStatements(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// What the user can do about an SQLite or file-system error: the true
// cause, not "may be damaged" for a read-only folder or a full disk.
QString describeOpenError(const QString &path, const QString &sqliteError)
{
    const auto says = [&sqliteError](const char *text) {
        return sqliteError.contains(QLatin1String(text), Qt::CaseInsensitive);
    };
    if (says("locked") || says("busy"))
        return Text::tr("The database %1 is locked by another program (another Vigil console or "
                  "vigilctl?). Close it or use --db with another file. (%2)")
            .arg(path, sqliteError);
    if (says("full"))
        return Text::tr("The disk holding %1 is full (%2). Free some space and start again; the database "
                  "was not changed.").arg(path, sqliteError);
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (says("readonly") || says("read-only") || says("unable to open")) {
        if (folder.exists() && !folder.isWritable())
            return Text::tr("The folder %1 is read-only: SQLite must create %2-wal and %2-shm beside the "
                      "database. Make the folder writable or use --db with a file elsewhere. (%3)")
                .arg(folder.absoluteFilePath(), file.fileName(), sqliteError);
        if (file.exists() && !file.isWritable())
            return Text::tr("The database %1 is read-only for this user. Run Vigil as its owner or make it "
                      "writable. (%2)").arg(path, sqliteError);
        if (file.exists() && !file.isReadable())
            return Text::tr("The database %1 cannot be read by this user (permission denied). (%2)")
                .arg(path, sqliteError);
    }
    return Text::tr("The database %1 cannot be read: %2. It may be damaged or not a Vigil database; "
              "it has been left untouched. Move it aside (or restore a backup) and start again.")
        .arg(path, sqliteError);
}

// Tables of a database that has no schema_version: another application's
// file, which Vigil must not adopt (it used to add its 17 tables and switch
// the file to WAL).
QStringList foreignTables(QSqlDatabase &db)
{
    QSqlQuery query(db);
    const QString sql = isPostgres(db) ? u"SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() ORDER BY table_name"_s
                                        : u"SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                          "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s;
    QStringList tables;
    if (query.exec(sql))
        while (query.next())
            tables << query.value(0).toString();
    return tables;
}

} // namespace

int Database::storedVersion(QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    // SQLite: reading sqlite_master is the cheapest way to make it validate the header.
    const QString exists = isPostgres(db)
                               ? u"SELECT count(*) FROM information_schema.tables "
                                 "WHERE table_schema = current_schema() AND table_name = 'schema_version'"_s
                               : u"SELECT count(*) FROM sqlite_master WHERE name='schema_version'"_s;
    if (!query.exec(exists) || !query.next()) {
        *error = query.lastError().text();
        return -1;
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = query.lastError().isValid() ? query.lastError().text()
                                             : Text::tr("the schema_version table is empty");
        return -1;
    }
    return query.value(0).toInt();
}

namespace {

// SQLite: the file (created owner-only), WAL, a 2-s busy timeout.
bool connectSqlite(const QString &path, const QString &connectionName, QSqlDatabase *db, QString *error)
{
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            *error = Text::tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
            return false;
        }
        if (!QFileInfo::exists(path)) {
            // Created owner-only: the database names every host and its URI.
            // (SQLite gives its -wal and -shm files the mode of this file.)
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && !QFileInfo::exists(path)) {
                *error = Text::tr("Cannot create the database %1: %2").arg(path, file.errorString());
                return false;
            }
        }
    }
    *db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->setDatabaseName(path);
    db->setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db->open()) {
        *error = describeOpenError(path, db->lastError().text());
        return false;
    }
    return true;
}

// PostgreSQL: postgresql://user@host:port/dbname. The password never comes
// from the URL (it would show in `ps` and in the settings): libpq reads
// ~/.pgpass (or PGPASSFILE) by itself.
bool connectPostgres(const QString &url, const QString &connectionName, QSqlDatabase *db, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || parsed.path().size() < 2) {
        *error = Text::tr("The PostgreSQL address %1 is not valid; expected postgresql://user@host:port/dbname.").arg(url);
        return false;
    }
    if (!parsed.password().isEmpty()) {
        *error = Text::tr("The PostgreSQL address contains a password. Put it in ~/.pgpass (or the file PGPASSFILE "
                    "names), readable only by you; it never belongs on a command line.");
        return false;
    }
    *db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db->isValid()) {
        *error = Text::tr("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql).");
        return false;
    }
    db->setHostName(parsed.host());
    if (parsed.port() > 0)
        db->setPort(parsed.port());
    db->setDatabaseName(parsed.path().mid(1));
    db->setUserName(parsed.userName());
    // A server that stops answering must fail a statement within seconds,
    // not hang the caller (the console's engine runs on the GUI thread):
    // TCP keepalives and tcp_user_timeout bound every wait on the socket.
    db->setConnectOptions(QStringLiteral("connect_timeout=5;application_name=vigil;keepalives=1;keepalives_idle=5;"
                                         "keepalives_interval=2;keepalives_count=2;tcp_user_timeout=5000"));
    if (!db->open()) {
        *error = Text::tr("Cannot connect to the PostgreSQL database %1: %2").arg(parsed.toDisplayString(),
                                                                         db->lastError().text().trimmed());
        return false;
    }
    return true;
}

} // namespace

Database::OpenResult Database::open(const QString &path, const QString &connectionName)
{
    OpenResult result;
    const bool postgres = isPostgresUrl(path);
    QSqlDatabase db;
    if (!(postgres ? connectPostgres(path, connectionName, &db, &result.error)
                   : connectSqlite(path, connectionName, &db, &result.error)))
        return result;

    // Several processes may open a new PostgreSQL database at once: one
    // migrates, the others wait and find it done (released with the session).
    QSqlQuery lock(db);
    if (postgres && !lock.exec(QStringLiteral("SELECT pg_advisory_lock(7373001)"))) {
        result.error = Text::tr("Cannot lock the database %1 for its upgrade: %2").arg(path, lock.lastError().text());
        db.close();
        return result;
    }
    const auto unlock = qScopeGuard([&]() {
        if (postgres)
            QSqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(7373001)"));
    });

    QString error;
    int version = storedVersion(db, &error);
    if (version < 0) {
        result.error = describeOpenError(path, error);
        db.close();
        return result;
    }
    if (version > kSchemaVersion) {
        result.error = Text::tr("The database %1 was written by a newer version of Vigil (schema %2; "
                          "this version understands up to %3). It has been left untouched: "
                          "upgrade Vigil or use another file with --db.")
                           .arg(path)
                           .arg(version)
                           .arg(kSchemaVersion);
        db.close();
        return result;
    }

    if (version == 0) {
        if (const QStringList tables = foreignTables(db); !tables.isEmpty()) {
            result.error = Text::tr("%1 is a database of another application (tables: %2). Vigil leaves it "
                              "untouched; give --db a new file or Vigil's own database.")
                               .arg(path, QLocale().createSeparatedList(tables.mid(0, 5)));
            db.close();
            return result;
        }
    }

    // Every step in one transaction: a failure (a full disk) leaves the
    // database exactly as it was, at its old schema. On SQLite the write
    // lock is taken first, and the version read again under it: two
    // processes opening a new file at once must not both create it.
    if (version < kSchemaVersion) {
        QSqlQuery begin(db);
        if (!(postgres ? db.transaction() : begin.exec(QStringLiteral("BEGIN IMMEDIATE")))) {
            result.error = describeOpenError(path, postgres ? db.lastError().text() : begin.lastError().text());
            db.close();
            return result;
        }
        const int found = version;
        version = storedVersion(db, &error);
        QStringList statements;
        if (version == 0)
            statements << QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")
                       << QStringLiteral("INSERT INTO schema_version VALUES (0)");
        for (int from = std::max(version, 0); from < kSchemaVersion; ++from)
            statements << migrationStatements(from, postgres);
        if (version >= 0 && version < kSchemaVersion)
            statements << QStringLiteral("UPDATE schema_version SET version = %1").arg(kSchemaVersion);
        if (version < 0 || !execStatements(db, statements, &error) || !db.commit()) {
            if (error.isEmpty())
                error = db.lastError().text();
            db.rollback();
            const QString cause = error.contains(u"locked", Qt::CaseInsensitive)
                                          || error.contains(u"full", Qt::CaseInsensitive)
                                      ? describeOpenError(path, error)
                                      : error;
            result.error = found == 0
                ? Text::tr("Creating the database %1 failed: %2").arg(path, cause)
                : Text::tr("Upgrading the database %1 from schema %2 to %3 failed: %4. It was rolled back and is "
                     "still at schema %2, as this version found it.")
                      .arg(path).arg(found).arg(kSchemaVersion).arg(cause);
            db.close();
            return result;
        }
    }

    // After the upgrade, so that a refused or failed one leaves the file's
    // journal mode as it was too.
    if (!postgres) {
        QSqlQuery pragma(db);
        if (path != u":memory:" && !pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            result.error = describeOpenError(path, pragma.lastError().text());
            db.close();
            return result;
        }
        pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
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
