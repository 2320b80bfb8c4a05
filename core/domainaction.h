#pragma once

#include <QMetaType>
#include <QString>

#include "storedtext.h"

namespace Vigil {

enum class DomainAction { Start, Shutdown, ForceOff, Reboot, Suspend, Resume };

QString domainActionName(DomainAction action);      // translated
StoredText domainActionText(DomainAction action);  // the same, for stored messages
// Destructive actions can lose guest data or interrupt service: the UI confirms them.
bool isDestructive(DomainAction action);

// The outcome of one guest action, reported back to whoever asked.
struct ActionResult {
    quint64 requestId = 0;
    qint64 hostId = 0;
    QString uuid;
    QString guestName;
    DomainAction action = DomainAction::Start;
    bool ok = false;
    QString message;
    // A start refused because a disk is in use elsewhere (lease or image
    // lock held): another copy of the guest is alive.
    bool diskInUse = false;
    // The connection broke while the start was under way: the guest may be
    // running there or not, and nobody can tell until the host answers.
    bool outcomeUnknown = false;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::ActionResult)
