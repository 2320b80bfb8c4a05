#include "sqldialect.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Vigil::Store {

bool isPostgresUrl(const QString &pathOrUrl)
{
    return pathOrUrl.startsWith(u"postgresql://") || pathOrUrl.startsWith(u"postgres://");
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

qint64 insertedId(QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return query.lastInsertId().toLongLong();
    // lastval(): the value this session's last nextval() gave — the row's
    // id (PostgreSQL tables have no OIDs for lastInsertId to report).
    QSqlQuery last(driver->createResult());
    if (!last.exec(u"SELECT lastval()"_s) || !last.next())
        return 0;
    return last.value(0).toLongLong();
}

qint64 sharedNowMs(const QSqlDatabase &db, qint64 localNowMs)
{
    if (!isPostgres(db))
        return localNowMs;
    QSqlQuery q(db);
    if (q.exec(u"SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint"_s) && q.next())
        return q.value(0).toLongLong();
    return localNowMs;   // the statement that follows fails the same way and says so
}

QString greatestOf(const QSqlDatabase &db, const QString &a, const QString &b)
{
    return (isPostgres(db) ? u"GREATEST(%1, %2)"_s : u"max(%1, %2)"_s).arg(a, b);
}

QString bigIntType(const QSqlDatabase &db)
{
    return isPostgres(db) ? u"BIGINT"_s : u"INTEGER"_s;
}

QString postgresDdl(const QString &sqliteStatement)
{
    QString s = sqliteStatement;
    static const QRegularExpression autoId(u"\\bINTEGER PRIMARY KEY AUTOINCREMENT\\b"_s);
    static const QRegularExpression rowidId(u"\\bid INTEGER PRIMARY KEY,"_s);
    static const QRegularExpression withoutRowid(u"\\)\\s*WITHOUT ROWID"_s);
    static const QRegularExpression integer(u"\\bINTEGER\\b"_s);
    static const QRegularExpression real(u"\\bREAL\\b"_s);
    s.replace(autoId, u"BIGSERIAL PRIMARY KEY"_s);
    s.replace(rowidId, u"id BIGSERIAL PRIMARY KEY,"_s);
    s.replace(withoutRowid, u")"_s);
    s.replace(integer, u"BIGINT"_s);
    s.replace(real, u"DOUBLE PRECISION"_s);
    return s;
}

QStringList changeFeedTriggers(bool postgres, const QList<QPair<QString, QString>> &tableTopics)
{
    QStringList statements;
    if (!postgres) {
        for (const auto &[table, topic] : tableTopics)
            for (const char *operation : {"INSERT", "UPDATE", "DELETE"})
                statements << u"CREATE TRIGGER feed_%1_%2 AFTER %3 ON %1 BEGIN "
                              "UPDATE change_feed SET seq = seq + 1 WHERE topic = '%4'; END"_s
                                  .arg(table, QString::fromLatin1(operation).toLower(), QLatin1String(operation), topic);
        return statements;
    }
    // One statement-level trigger per table; the topic is the argument.
    statements << u"CREATE FUNCTION vigil_feed_bump() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "UPDATE change_feed SET seq = seq + 1 WHERE topic = TG_ARGV[0]; "
                  "PERFORM pg_notify('vigil_changes', TG_ARGV[0]); RETURN NULL; END $$"_s;
    statements << u"CREATE FUNCTION vigil_feed_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                  "PERFORM pg_notify('vigil_changes', 'events'); RETURN NULL; END $$"_s;
    for (const auto &[table, topic] : tableTopics)
        statements << u"CREATE TRIGGER feed_%1 AFTER INSERT OR UPDATE OR DELETE ON %1 "
                      "FOR EACH STATEMENT EXECUTE FUNCTION vigil_feed_bump('%2')"_s.arg(table, topic);
    statements << u"CREATE TRIGGER feed_events AFTER INSERT ON events FOR EACH STATEMENT "
                  "EXECUTE FUNCTION vigil_feed_event()"_s;
    return statements;
}

} // namespace Vigil::Store
