#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlQuery;

namespace Vigil::Store {

// Everything that differs between SQLite (one machine) and PostgreSQL
// (several machines sharing one cluster state) lives here; the stores write
// one SQL text that both accept (ON CONFLICT upserts, coalesce, LIMIT ?).

// `--db postgresql://user@host:port/dbname` (or postgres://) selects PostgreSQL.
bool isPostgresUrl(const QString &pathOrUrl);
bool isPostgres(const QSqlDatabase &db);

// The id of the row the query just inserted into a table with an
// auto-numbered `id` (SQLite's rowid; PostgreSQL's sequence via lastval()).
qint64 insertedId(QSqlQuery &query);

// "Now" in ms since the epoch for times several processes compare (lease
// and process heartbeats): the PostgreSQL server's clock — the machines
// sharing it do not share a clock — else `localNowMs`.
qint64 sharedNowMs(const QSqlDatabase &db, qint64 localNowMs);

// Larger of two values in one row: max(a, b) / GREATEST(a, b).
QString greatestOf(const QSqlDatabase &db, const QString &a, const QString &b);
// The 64-bit integer type for CAST (SQLite's INTEGER is 64-bit; PostgreSQL's is not).
QString bigIntType(const QSqlDatabase &db);

// A schema statement written for SQLite, as PostgreSQL needs it: 64-bit
// integers, auto-numbered ids as BIGSERIAL, no WITHOUT ROWID, doubles.
QString postgresDdl(const QString &sqliteStatement);

// The change feed's triggers (each change bumps its topic's sequence number;
// PostgreSQL also NOTIFYs `vigil_changes`, new events included).
QStringList changeFeedTriggers(bool postgres, const QList<QPair<QString, QString>> &tableTopics);

} // namespace Vigil::Store
