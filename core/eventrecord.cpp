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

EventRecord EventRecord::make(Kind kind, const QString &host, const QString &guest, const StoredText &message,
                              Result result, const QString &user)
{
    EventRecord record;
    record.time = QDateTime::currentDateTimeUtc();
    record.host = host;
    record.guest = guest;
    record.kind = kind;
    record.message = message;
    record.result = result;
    record.user = user;
    return record;
}

QString EventRecord::resultName(Result result)
{
    switch (result) {
    case Result::None:      return {};
    case Result::Ok:        return QStringLiteral("ok");
    case Result::Failed:    return QStringLiteral("failed");
    case Result::Cancelled: return QStringLiteral("cancelled");
    case Result::Info:      return QStringLiteral("info");
    case Result::Warning:   return QStringLiteral("warning");
    case Result::Critical:  return QStringLiteral("critical");
    case Result::Cleared:   return QStringLiteral("cleared");
    }
    return {};
}

EventRecord::Result EventRecord::resultFromName(const QString &name)
{
    for (Result result : {Result::Ok, Result::Failed, Result::Cancelled, Result::Info, Result::Warning,
                          Result::Critical, Result::Cleared})
        if (resultName(result) == name)
            return result;
    return Result::None;
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
