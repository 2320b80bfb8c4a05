// Plain-language texts for libvirt's enums, shown in the event log and tooltips.
#include "virthelpers.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};
// For texts stored in the event log and shown later in the reader's language.
StoredText storedTr(const char *text) { return StoredText("Vigil::Virt", text); }
} // namespace

bool lastErrorIsDiskInUse()
{
    // virtlockd and sanlock report VIR_ERR_RESOURCE_BUSY ("Lockspace resource
    // … is locked"); QEMU's image locking comes back as an internal error
    // with its own message (a second QEMU on the same machine or on NFS v4).
    if (lastErrorCode() == VIR_ERR_RESOURCE_BUSY)
        return true;
    const QString message = lastError();
    return message.contains(u"Failed to get \"write\" lock"_s) || message.contains(u"Failed to get shared \"write\" lock"_s);
}

QString closeReasonText(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR:     return Text::tr("connection error");
    case VIR_CONNECT_CLOSE_REASON_EOF:       return Text::tr("the host closed the connection (EOF)");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE: return Text::tr("no keepalive answer from the host");
    case VIR_CONNECT_CLOSE_REASON_CLIENT:    return Text::tr("closed by Vigil");
    }
    return Text::tr("connection closed");
}

StoredText lifecycleEventText(int event, int detail)
{
    switch (event) {
    case VIR_DOMAIN_EVENT_DEFINED:
        return detail == VIR_DOMAIN_EVENT_DEFINED_UPDATED
                   ? storedTr("configuration updated")
                   : storedTr("defined");
    case VIR_DOMAIN_EVENT_UNDEFINED: return storedTr("undefined");
    case VIR_DOMAIN_EVENT_STARTED:
        switch (detail) {
        case VIR_DOMAIN_EVENT_STARTED_MIGRATED: return storedTr("started (incoming migration)");
        case VIR_DOMAIN_EVENT_STARTED_RESTORED: return storedTr("started (restored)");
        case VIR_DOMAIN_EVENT_STARTED_FROM_SNAPSHOT: return storedTr("started (from snapshot)");
        case VIR_DOMAIN_EVENT_STARTED_WAKEUP: return storedTr("started (woken up)");
        default: return storedTr("started");
        }
    case VIR_DOMAIN_EVENT_SUSPENDED:
        switch (detail) {
        case VIR_DOMAIN_EVENT_SUSPENDED_IOERROR: return storedTr("paused after an I/O error");
        case VIR_DOMAIN_EVENT_SUSPENDED_WATCHDOG: return storedTr("paused by the watchdog");
        case VIR_DOMAIN_EVENT_SUSPENDED_MIGRATED: return storedTr("paused for migration");
        case VIR_DOMAIN_EVENT_SUSPENDED_API_ERROR: return storedTr("paused after an API error");
        default: return storedTr("paused");
        }
    case VIR_DOMAIN_EVENT_RESUMED: return storedTr("resumed");
    case VIR_DOMAIN_EVENT_STOPPED:
        switch (detail) {
        case VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN: return storedTr("stopped (shut down)");
        case VIR_DOMAIN_EVENT_STOPPED_DESTROYED: return storedTr("stopped (forced off)");
        case VIR_DOMAIN_EVENT_STOPPED_CRASHED: return storedTr("stopped (crashed)");
        case VIR_DOMAIN_EVENT_STOPPED_MIGRATED: return storedTr("stopped (migrated away)");
        case VIR_DOMAIN_EVENT_STOPPED_SAVED: return storedTr("stopped (saved)");
        case VIR_DOMAIN_EVENT_STOPPED_FAILED: return storedTr("stopped (host emulator failed)");
        default: return storedTr("stopped");
        }
    case VIR_DOMAIN_EVENT_SHUTDOWN: return storedTr("shutting down");
    case VIR_DOMAIN_EVENT_PMSUSPENDED: return storedTr("suspended by guest power management");
    case VIR_DOMAIN_EVENT_CRASHED: return storedTr("crashed");
    }
    return storedTr("event %1/%2").arg(event).arg(detail);
}

QString stateReasonText(int state, int reason)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
        switch (reason) {
        case VIR_DOMAIN_RUNNING_BOOTED: return Text::tr("booted");
        case VIR_DOMAIN_RUNNING_MIGRATED: return Text::tr("migrated in");
        case VIR_DOMAIN_RUNNING_RESTORED: return Text::tr("restored");
        case VIR_DOMAIN_RUNNING_UNPAUSED: return Text::tr("unpaused");
        default: return {};
        }
    case VIR_DOMAIN_PAUSED:
        switch (reason) {
        case VIR_DOMAIN_PAUSED_USER: return Text::tr("paused by a user");
        case VIR_DOMAIN_PAUSED_MIGRATION: return Text::tr("paused for migration");
        case VIR_DOMAIN_PAUSED_IOERROR: return Text::tr("paused: disk I/O error");
        case VIR_DOMAIN_PAUSED_WATCHDOG: return Text::tr("paused by the watchdog");
        case VIR_DOMAIN_PAUSED_SHUTTING_DOWN: return Text::tr("paused while shutting down");
        case VIR_DOMAIN_PAUSED_CRASHED: return Text::tr("paused: guest crashed");
        case VIR_DOMAIN_PAUSED_STARTING_UP: return Text::tr("starting up");
        default: return {};
        }
    case VIR_DOMAIN_SHUTOFF:
        switch (reason) {
        case VIR_DOMAIN_SHUTOFF_SHUTDOWN: return Text::tr("shut down normally");
        case VIR_DOMAIN_SHUTOFF_DESTROYED: return Text::tr("forced off");
        case VIR_DOMAIN_SHUTOFF_CRASHED: return Text::tr("crashed");
        case VIR_DOMAIN_SHUTOFF_MIGRATED: return Text::tr("migrated away");
        case VIR_DOMAIN_SHUTOFF_FAILED: return Text::tr("failed to start");
        default: return {};
        }
    case VIR_DOMAIN_CRASHED: return Text::tr("crashed");
    }
    return {};
}

} // namespace Vigil::Virt
