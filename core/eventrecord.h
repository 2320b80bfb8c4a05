#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "storedtext.h"

namespace Vigil {

// One line of the audit/event log: who did what, where, when, with what result.
struct EventRecord {
    enum class Kind { Connection, Lifecycle, Action, Configuration, Failover, Health };
    // How it ended. Stored by name (resultName), untranslated: the log is
    // shared by consoles in any language. Info/Warning/Critical: an alert of
    // that severity was raised; Cleared: one was cleared.
    enum class Result { None, Ok, Failed, Cancelled, Info, Warning, Critical, Cleared };

    qint64 id = 0;            // database id once stored
    QDateTime time;
    QString host;             // host display name
    QString guest;            // guest name, empty for host-level events
    Kind kind = Kind::Connection;
    StoredText message;       // rendered in the reader's language
    Result result = Result::None;   // None for plain notifications
    QString user;             // who caused it: the local user for actions, "libvirt" for events
    QString origin;           // the Vigil process instance that wrote it (followers skip their own)
    // What this process saw of the cluster (a connection, a lifecycle event,
    // a passive engine's view): every process sees it, so only the one whose
    // failover engine holds the lease stores it; the others show that copy.
    bool observation = false;

    // A record of now.
    static EventRecord make(Kind kind, const QString &host, const QString &guest, const StoredText &message,
                            Result result, const QString &user);
    // Ok or Failed.
    static Result outcome(bool ok) { return ok ? Result::Ok : Result::Failed; }

    static QString kindName(Kind kind);
    static QString resultName(Result result);
    static Result resultFromName(const QString &name);
    static Kind kindFromName(const QString &name);
    // The OS user of this process, from its credentials (not $USER, which a
    // systemd service does not have).
    static QString currentUser();
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::EventRecord)
