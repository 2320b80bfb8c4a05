#include "processregistry.h"

#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace Vigil::Store {

bool ProcessRegistry::beat(const QString &instance, const QString &holder, qint64 localNowMs, QString *error)
{
    const qint64 nowMs = sharedNowMs(m_db, localNowMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO processes (instance, holder, pid, machine, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (instance) DO UPDATE SET holder = excluded.holder, heartbeat_at = excluded.heartbeat_at"));
    q.addBindValue(instance);
    q.addBindValue(sqlText(holder));
    q.addBindValue(QCoreApplication::applicationPid());
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(Qt::ISODateWithMs));
    q.addBindValue(nowMs);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool ProcessRegistry::remove(const QString &instance)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM processes WHERE instance = ?"));
    q.addBindValue(instance);
    return q.exec();
}

std::optional<QStringList> ProcessRegistry::live(qint64 localNowMs) const
{
    const qint64 nowMs = sharedNowMs(m_db, localNowMs);
    QStringList result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT instance FROM processes WHERE heartbeat_at > ?"));
    q.addBindValue(nowMs - kTtlMs);
    if (!q.exec())
        return std::nullopt;
    while (q.next())
        result.append(q.value(0).toString());
    return result;
}

} // namespace Vigil::Store
