#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

#include "../hostconfig.h"

namespace Vigil::Store {

// CRUD for configured hosts. Names and URIs are unique; violations come
// back as a readable message, never as a raw SQL error.
class HostRepository
{
public:
    explicit HostRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    QList<HostConfig> all(QString *error = nullptr) const;
    std::optional<HostConfig> findByName(const QString &name) const;
    // The host as stored now (decisions read it here, not from a copy).
    std::optional<HostConfig> findById(HostId id) const;
    // Validates (URI syntax, keepalive ranges, uniqueness) and inserts; sets config.id.
    bool add(HostConfig &config, QString *error);
    bool update(const HostConfig &config, QString *error);
    bool remove(HostId id, QString *error);

    // Shared by add() and the host dialog so both reject the same things.
    static QString validate(const HostConfig &config);

private:
    QString duplicateMessage(const HostConfig &config, HostId ignoreId) const;
    QSqlDatabase m_db;
};

} // namespace Vigil::Store
