#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Vigil::Store {

// The Vigil processes working on one database, each a row with a heartbeat.
// What a process owns (a backup run, an artifact) names its instance; a row
// whose heartbeat is older than the TTL belongs to a process that died, and
// what it left "running" can be reconciled by the active process.
class ProcessRegistry
{
public:
    explicit ProcessRegistry(QSqlDatabase db) : m_db(std::move(db)) {}

    static constexpr qint64 kTtlMs = 30000;

    bool beat(const QString &instance, const QString &holder, qint64 nowMs, QString *error = nullptr);
    bool remove(const QString &instance);
    // Who is alive and who is provably dead. Live: a heartbeat younger
    // than the TTL, from a process that is not provably dead. Provably dead:
    // a process of this machine whose pid no longer exists (kill -9 is known
    // at once, not after the TTL). nullopt when the table cannot be read
    // (then nobody may be declared dead).
    struct Census {
        QStringList live;
        QStringList dead;
    };
    std::optional<Census> census(qint64 nowMs) const;

private:
    QSqlDatabase m_db;
};

} // namespace Vigil::Store
