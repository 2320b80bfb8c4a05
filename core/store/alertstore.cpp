#include "alertstore.h"
#include "sqldialect.h"

#include "database.h"
#include "databasethread.h"
#include "sqltext.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Vigil::Store {
namespace {

QString isoOrEmpty(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

QList<Health::AlertRule> AlertStore::rules(QString *error)
{
    QList<Health::AlertRule> result;
    QSqlQuery count(m_db);
    if (count.exec(QStringLiteral("SELECT count(*) FROM alert_rules")) && count.next()
        && count.value(0).toInt() == 0) {
        for (Health::AlertRule rule : Health::defaultRules()) {
            QString ignored;
            saveRule(rule, &ignored);
        }
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, scope, metric, comparison, threshold, duration_s, severity, "
                               "enabled FROM alert_rules ORDER BY id"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Health::AlertRule rule;
        rule.id = q.value(0).toLongLong();
        rule.name = q.value(1).toString();
        const auto scope = Health::scopeFromName(q.value(2).toString());
        if (!scope)
            continue;   // written by a newer Vigil: leave it alone
        rule.scope = *scope;
        rule.condition = q.value(3).toString();
        rule.comparison = q.value(4).toString() == u"<" ? Health::AlertRule::Comparison::Below
                                                        : Health::AlertRule::Comparison::Above;
        rule.threshold = q.value(5).toDouble();
        rule.durationSeconds = q.value(6).toInt();
        rule.severity = Health::severityFromName(q.value(7).toString());
        rule.enabled = q.value(8).toBool();
        result.append(rule);
    }
    return result;
}

bool AlertStore::saveRule(Health::AlertRule &rule, QString *error)
{
    const QString invalid = Health::validateRule(rule);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery q(m_db);
    if (rule.id > 0) {
        q.prepare(QStringLiteral("UPDATE alert_rules SET name = ?, scope = ?, metric = ?, comparison = ?, "
                                 "threshold = ?, duration_s = ?, severity = ?, enabled = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO alert_rules (name, scope, metric, comparison, threshold, "
                                 "duration_s, severity, enabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    q.addBindValue(rule.name.trimmed());
    q.addBindValue(Health::scopeName(rule.scope));
    q.addBindValue(rule.condition);
    q.addBindValue(rule.comparison == Health::AlertRule::Comparison::Below ? u"<"_s : u">"_s);
    q.addBindValue(rule.threshold);
    q.addBindValue(rule.durationSeconds);
    q.addBindValue(Health::severityName(rule.severity));
    q.addBindValue(rule.enabled ? 1 : 0);
    if (rule.id > 0)
        q.addBindValue(rule.id);
    if (!q.exec()) {
        *error = q.lastError().text().contains(u"UNIQUE"_s)
                     ? QObject::tr("A rule named “%1” already exists.").arg(rule.name)
                     : q.lastError().text();
        return false;
    }
    if (rule.id <= 0)
        rule.id = insertedId(q);
    return true;
}

bool AlertStore::removeRule(qint64 id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM alert_rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool AlertStore::saveAlert(const Health::Alert &alert, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO alerts (alert_key, rule, severity, host, subject, message, message_text, value, raised_at, "
        "cleared_at, acknowledged_by, acknowledged_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (alert_key) DO UPDATE SET "
        // Several processes save one alert (the evaluator clears it, a console
        // acknowledges it): neither field is ever taken back by a stale copy.
        "cleared_at = CASE WHEN excluded.cleared_at <> '' THEN excluded.cleared_at ELSE alerts.cleared_at END, "
        "acknowledged_by = CASE WHEN excluded.acknowledged_by <> '' THEN excluded.acknowledged_by "
        "ELSE alerts.acknowledged_by END, "
        "acknowledged_at = CASE WHEN excluded.acknowledged_by <> '' THEN excluded.acknowledged_at "
        "ELSE alerts.acknowledged_at END"));
    q.addBindValue(alert.key);
    q.addBindValue(sqlText(alert.rule));
    q.addBindValue(Health::severityName(alert.severity));
    q.addBindValue(sqlText(alert.host));
    q.addBindValue(sqlText(alert.subject));
    q.addBindValue(sqlText(alert.message.english()));
    q.addBindValue(sqlText(alert.message.toJson()));
    q.addBindValue(alert.value);
    q.addBindValue(isoOrEmpty(alert.raisedAt));
    q.addBindValue(isoOrEmpty(alert.clearedAt));
    q.addBindValue(sqlText(alert.acknowledgedBy));
    q.addBindValue(isoOrEmpty(alert.acknowledgedAt));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QList<Health::Alert> AlertStore::alerts(const QDateTime &since, QString *error) const
{
    QList<Health::Alert> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT alert_key, rule, severity, host, subject, message, value, raised_at, "
                             "cleared_at, acknowledged_by, acknowledged_at, message_text FROM alerts "
                             "WHERE cleared_at = '' OR raised_at >= ? OR cleared_at >= ? ORDER BY id"));
    q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        Health::Alert a;
        a.key = q.value(0).toString();
        a.rule = q.value(1).toString();
        a.severity = Health::severityFromName(q.value(2).toString());
        a.host = q.value(3).toString();
        a.subject = q.value(4).toString();
        a.message = StoredText::fromStorage(q.value(11).toString(), q.value(5).toString());
        a.value = q.value(6).toDouble();
        a.raisedAt = fromIso(q.value(7).toString());
        a.clearedAt = fromIso(q.value(8).toString());
        a.acknowledgedBy = q.value(9).toString();
        a.acknowledgedAt = fromIso(q.value(10).toString());
        result.append(a);
    }
    return result;
}

AlertWriter::AlertWriter(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("alerts")))
{
}

AlertWriter::~AlertWriter() = default;

void AlertWriter::save(const Health::Alert &alert)
{
    m_thread->post([this, alert](QSqlDatabase db, const QString &openError) {
        QString error = openError;
        if (error.isEmpty() && AlertStore(db).saveAlert(alert, &error))
            return;
        Q_EMIT writeFailed(error);
    });
}

} // namespace Vigil::Store
