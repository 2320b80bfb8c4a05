#include "policyrepository.h"

#include "../ha/policyjson.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigil::Store {

QList<Ha::Policy> PolicyRepository::all(QStringList *problems, bool *readOk) const
{
    QList<Ha::Policy> result;
    QSqlQuery q(m_db);
    const bool ok = q.exec(QStringLiteral("SELECT id, name, enabled, document FROM policies ORDER BY name"));
    if (readOk)
        *readOk = ok;
    if (!ok) {
        if (problems)
            problems->append(q.lastError().text());
        return result;
    }
    while (q.next()) {
        Ha::PolicyParse parsed = Ha::policyFromJson(q.value(3).toString().toUtf8());
        if (!parsed.ok) {
            if (problems)
                problems->append(QStringLiteral("policy %1 in the database is invalid: %2")
                                     .arg(q.value(1).toString(), parsed.errors.join(QStringLiteral("; "))));
            continue;
        }
        parsed.policy.id = q.value(0).toLongLong();
        parsed.policy.enabled = q.value(2).toBool();
        result.append(parsed.policy);
    }
    return result;
}

std::optional<Ha::Policy> PolicyRepository::findByName(const QString &name) const
{
    const QList<Ha::Policy> policies = all();
    for (const Ha::Policy &p : policies)
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool PolicyRepository::save(Ha::Policy &policy, QString *error)
{
    const QStringList problems = Ha::validatePolicy(policy);
    if (!problems.isEmpty()) {
        *error = problems.join(QLatin1Char('\n'));
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO policies (name, enabled, document, updated_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT(name) DO UPDATE SET enabled = excluded.enabled, "
                             "document = excluded.document, updated_at = excluded.updated_at"));
    q.addBindValue(policy.name);
    q.addBindValue(policy.enabled ? 1 : 0);
    q.addBindValue(QString::fromUtf8(Ha::policyToJsonText(policy)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT id FROM policies WHERE name = ?"));
    id.addBindValue(policy.name);
    if (id.exec() && id.next())
        policy.id = id.value(0).toLongLong();
    return true;
}

bool PolicyRepository::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM policies WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = QStringLiteral("no policy named \"%1\"").arg(name);
        return false;
    }
    return true;
}

} // namespace Vigil::Store
