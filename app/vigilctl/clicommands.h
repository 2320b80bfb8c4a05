#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Vigil {
class Session;
}

namespace Vigil::Cli {

// Exit codes, documented in `vigilctl --help` and the man page.
enum ExitCode {
    ExitOk = 0,
    ExitUsage = 1,          // bad arguments or invalid input (message on stderr)
    ExitDatabase = 2,       // the database cannot be opened (message on stderr)
    ExitPartial = 3,        // done, but some hosts were unreachable (listed in the output)
    ExitPreflightFailed = 4,  // migrate: a pre-flight check failed (nothing was moved)
    ExitMoveFailed = 5,       // migrate: the move failed or was cancelled (the guest stays on the source);
                              // maintenance enter: guests are still running on the host (listed)
    ExitBackupFailed = 6,     // backup: a run, verify, restore or restore test failed (details on stderr)
    ExitActionFailed = 7,     // guest: libvirt refused the action (its message on stderr)
};

struct CliOptions {
    bool json = false;
    int timeoutMs = 15000;
    QString group;
    int keepaliveInterval = 2;
    int keepaliveCount = 3;
    bool lockManager = false;   // hosts add: the host runs virtlockd or sanlock
    QString hostFilter;
    bool allHosts = false;
};

// Connects to every host and returns once each has loaded or failed (or the
// timeout passed). Returns whether every host answered.
bool waitForCluster(Session &session, int timeoutMs);

// Each command runs to completion and returns its exit code. Commands that
// need live data start the connections and return from the event loop once
// every host has loaded or failed (or the timeout passed).
int hostsList(Session &session, const CliOptions &options, QTextStream &out, QTextStream &err);
int hostsAdd(Session &session, const QStringList &args, const CliOptions &options, QTextStream &out,
             QTextStream &err);
int hostsRemove(Session &session, const QStringList &args, QTextStream &out, QTextStream &err);
int guestsList(Session &session, const CliOptions &options, QTextStream &out, QTextStream &err);

} // namespace Vigil::Cli
