#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Vigil {

// One line of the audit/event log: who did what, where, when, with what result.
struct EventRecord {
    enum class Kind { Connection, Lifecycle, Action, Configuration, Failover, Health };

    qint64 id = 0;            // database id once stored
    QDateTime time;
    QString host;             // host display name
    QString guest;            // guest name, empty for host-level events
    Kind kind = Kind::Connection;
    QString message;
    QString result;           // "ok", "failed", or empty for plain notifications
    QString user;             // who caused it: the local user for actions, "libvirt" for events

    static QString kindName(Kind kind);
    static Kind kindFromName(const QString &name);
    static QString currentUser();
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::EventRecord)
