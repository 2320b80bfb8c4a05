#include "eventrecord.h"

#include <QCoreApplication>

#include <pwd.h>
#include <unistd.h>

namespace Vigil {

QString EventRecord::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Connection:    return QStringLiteral("connection");
    case Kind::Lifecycle:     return QStringLiteral("lifecycle");
    case Kind::Action:        return QStringLiteral("action");
    case Kind::Configuration: return QStringLiteral("configuration");
    case Kind::Failover:      return QStringLiteral("failover");
    case Kind::Health:        return QStringLiteral("health");
    }
    return {};
}

EventRecord::Kind EventRecord::kindFromName(const QString &name)
{
    for (Kind kind : {Kind::Connection, Kind::Lifecycle, Kind::Action, Kind::Configuration, Kind::Failover, Kind::Health})
        if (kindName(kind) == name)
            return kind;
    return Kind::Connection;
}

QString EventRecord::currentUser()
{
    const uid_t uid = ::geteuid();
    struct passwd entry = {};
    struct passwd *found = nullptr;
    char buffer[4096];
    if (::getpwuid_r(uid, &entry, buffer, sizeof buffer, &found) == 0 && found && found->pw_name)
        return QString::fromLocal8Bit(found->pw_name);
    return QStringLiteral("uid %1").arg(uid);
}

} // namespace Vigil
