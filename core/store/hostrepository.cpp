#include "hostrepository.h"
#include "sqldialect.h"

#include "../guestname.h"
#include "../hosturi.h"
#include "sqltext.h"
#include "../naturalorder.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Vigil::Store {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::HostRepository)
};

HostConfig fromQuery(const QSqlQuery &q)
{
    HostConfig c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.uri = q.value(2).toString();
    c.group = q.value(3).toString();
    c.keepaliveInterval = q.value(4).toInt();
    c.keepaliveCount = q.value(5).toInt();
    c.maintenance = q.value(6).toBool();
    c.lockManager = q.value(7).toBool();
    return c;
}

const auto kSelect = QStringLiteral(
    "SELECT id, name, uri, host_group, keepalive_interval, keepalive_count, maintenance, lock_manager FROM hosts");
} // namespace

QString HostRepository::validate(const HostConfig &config)
{
    if (config.name.trimmed().isEmpty())
        return Text::tr("The host needs a name.");
    if (config.name.size() > 128)
        return Text::tr("The host name is longer than 128 characters.");
    if (config.name.startsWith(u'-'))
        return Text::tr("The host name must not start with \"-\" (it would read as an option in commands and fence actions).");
    if (hasControlCharacters(config.name))
        return Text::tr("The host name contains control characters.");
    const UriCheck check = checkLibvirtUri(config.uri);
    if (!check.ok)
        return check.error;
    if (config.keepaliveInterval < 1 || config.keepaliveInterval > 300)
        return Text::tr("The keepalive interval must be between 1 and 300 seconds.");
    if (config.keepaliveCount < 1 || config.keepaliveCount > 100)
        return Text::tr("The keepalive count must be between 1 and 100.");
    return {};
}

QList<HostConfig> HostRepository::all(QString *error) const
{
    QList<HostConfig> result;
    QSqlQuery q(m_db);
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY host_group, name"))) {
        if (error)
            *error = q.lastError().text();
        return result;
    }
    while (q.next())
        result.append(fromQuery(q));
    // By group, then name, in natural order (node-2 before node-10).
    std::stable_sort(result.begin(), result.end(), [](const HostConfig &a, const HostConfig &b) {
        const int group = naturalCompare(a.group, b.group);
        return group != 0 ? group < 0 : naturalLess(a.name, b.name);
    });
    return result;
}

std::optional<HostConfig> HostRepository::findByName(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

std::optional<HostConfig> HostRepository::findById(HostId id) const
{
    QSqlQuery q(m_db);
    q.prepare(kSelect + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return fromQuery(q);
    return std::nullopt;
}

QString HostRepository::duplicateMessage(const HostConfig &config, HostId ignoreId) const
{
    QSqlQuery q(m_db);
    // Names that differ only by case are the same host to a person.
    q.prepare(QStringLiteral("SELECT name, uri FROM hosts WHERE (lower(name) = lower(?) OR uri = ?) AND id != ?"));
    q.addBindValue(config.name);
    q.addBindValue(config.uri);
    q.addBindValue(ignoreId);
    if (!q.exec() || !q.next())
        return {};
    if (q.value(0).toString().compare(config.name, Qt::CaseInsensitive) == 0)
        return Text::tr("A host named \"%1\" already exists.").arg(q.value(0).toString());
    return Text::tr("The URI %1 is already used by the host \"%2\".").arg(config.uri, q.value(0).toString());
}

bool HostRepository::add(HostConfig &config, QString *error)
{
    config.name = config.name.trimmed();
    if (QString problem = validate(config); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (QString dup = duplicateMessage(config, 0); !dup.isEmpty()) {
        *error = dup;
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO hosts (name, uri, host_group, keepalive_interval, "
                             "keepalive_count, maintenance, lock_manager, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(config.name);
    q.addBindValue(config.uri);
    q.addBindValue(sqlText(config.group.trimmed()));
    q.addBindValue(config.keepaliveInterval);
    q.addBindValue(config.keepaliveCount);
    q.addBindValue(config.maintenance ? 1 : 0);
    q.addBindValue(config.lockManager ? 1 : 0);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = Text::tr("Saving the host failed: %1").arg(q.lastError().text());
        return false;
    }
    config.id = insertedId(q);
    return true;
}

bool HostRepository::update(const HostConfig &edited, QString *error)
{
    HostConfig config = edited;
    config.name = config.name.trimmed();   // checked as stored (" -x" would be stored as "-x")
    if (QString problem = validate(config); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (QString dup = duplicateMessage(config, config.id); !dup.isEmpty()) {
        *error = dup;
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE hosts SET name = ?, uri = ?, host_group = ?, "
                             "keepalive_interval = ?, keepalive_count = ?, maintenance = ?, lock_manager = ? "
                             "WHERE id = ?"));
    q.addBindValue(config.name);
    q.addBindValue(config.uri);
    q.addBindValue(sqlText(config.group.trimmed()));
    q.addBindValue(config.keepaliveInterval);
    q.addBindValue(config.keepaliveCount);
    q.addBindValue(config.maintenance ? 1 : 0);
    q.addBindValue(config.lockManager ? 1 : 0);
    q.addBindValue(config.id);
    if (!q.exec()) {
        *error = Text::tr("Saving the host failed: %1").arg(q.lastError().text());
        return false;
    }
    if (q.numRowsAffected() == 0) {
        *error = Text::tr("The host no longer exists.");
        return false;
    }
    return true;
}

bool HostRepository::remove(HostId id, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM hosts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = Text::tr("Removing the host failed: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

} // namespace Vigil::Store
