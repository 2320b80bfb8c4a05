#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include "healthcheck.h"
#include "core/storedtext.h"

namespace Vigil::Health {

// One raised alert: open until its condition clears, acknowledged (or not)
// by a person. `key` is unique per raise.
struct Alert {
    QString key;
    QString rule;
    Severity severity = Severity::Warning;
    QString host;
    QString subject;    // the host itself, a guest, a pool or a network
    StoredText message;
    double value = 0;
    QDateTime raisedAt;
    QDateTime clearedAt;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;

    bool isOpen() const { return !clearedAt.isValid(); }
    bool isAcknowledged() const { return acknowledgedAt.isValid(); }
};

} // namespace Vigil::Health

Q_DECLARE_METATYPE(Vigil::Health::Alert)
