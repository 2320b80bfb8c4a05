#include "eventrecord.h"

#include <QCoreApplication>

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
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace Vigil
