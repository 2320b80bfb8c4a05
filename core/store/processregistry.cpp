#include "processregistry.h"

#include "sqldialect.h"
#include "sqltext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <cerrno>
#include <csignal>

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

std::optional<ProcessRegistry::Census> ProcessRegistry::census(qint64 localNowMs) const
{
    const qint64 nowMs = sharedNowMs(m_db, localNowMs);
    const QString thisMachine = QSysInfo::machineHostName();
    Census census;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT instance, pid, machine, heartbeat_at FROM processes")))
        return std::nullopt;
    while (q.next()) {
        const QString instance = q.value(0).toString();
        const qint64 pid = q.value(1).toLongLong();
        // ESRCH only: EPERM means the pid exists (another user's process).
        const bool gone = q.value(2).toString() == thisMachine && pid > 0
            && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
        if (gone)
            census.dead.append(instance);
        else if (q.value(3).toLongLong() > nowMs - kTtlMs)
            census.live.append(instance);
    }
    return census;
}

} // namespace Vigil::Store
