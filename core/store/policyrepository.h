#pragma once

#include <QList>
#include <QSqlDatabase>

#include <optional>

#include "../ha/policy.h"

namespace Vigil::Store {

// Failover policies, each stored as its JSON document (validated on the way
// in and on the way out: a row edited by hand into nonsense is reported, not
// trusted).
class PolicyRepository
{
public:
    explicit PolicyRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    // `readOk` (optional) is false when the table could not be read at all
    // (an empty list then means "unknown", not "no policies").
    QList<Ha::Policy> all(QStringList *problems = nullptr, bool *readOk = nullptr) const;
    std::optional<Ha::Policy> findByName(const QString &name) const;
    // Inserts, or replaces the policy of the same name. Sets policy.id.
    bool save(Ha::Policy &policy, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace Vigil::Store
