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

// The outcome of one guest action, answered to whoever asked.
struct ActionResult {
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

// The outcome of one step of a cold relocation (define, undefine) or of a
// stale copy's removal.
struct StepResult {
    bool ok = false;
    QString message;
};

// Whether a host's hypervisor can give a guest the CPU it defines
// (migration pre-flight); the message says why, or why it could not tell.
struct CpuComparison {
    enum class Verdict { Unknown, Compatible, Incompatible };
    Verdict verdict = Verdict::Unknown;
    QString message;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::ActionResult)
