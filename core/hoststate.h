#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Vigil {

enum class HostState {
    Connecting,   // first connection attempt in progress
    Up,           // connected, inventory loaded
    Unreachable,  // connection failed or lost; retrying with back-off
};

QString hostStateName(HostState state);

// Why the last connection attempt failed, where the console can offer
// something better than waiting: trusting a host key, fixing credentials.
enum class ConnectIssue {
    None,            // connected, or a failure with nothing to offer
    Network,         // refused, no route, no answer, unknown name: retried
    // Only the admin can fix these: retried every 10 minutes, not in seconds.
    HostKeyUnknown,  // ssh: the host's key is not trusted yet (fingerprint known)
    HostKeyChanged,  // ssh: the host's key differs from the trusted one
    AuthRefused,     // the host refused the login
    CredentialsNeeded, // the host asks for a user name or password Vigil does not have
    Certificate,     // TLS: a certificate or key (the host's or this machine's) failed
};

// A host's connection status as the console shows it.
struct HostStatus {
    HostState state = HostState::Connecting;
    QString reason;           // why it is Unreachable (libvirt's message), empty otherwise
    QDateTime since;          // when the state was entered
    QDateTime nextRetry;      // when Unreachable: the next reconnection attempt
    int failedAttempts = 0;
    // When Unreachable: the last moment the host was seen answering (a
    // refresh, a statistics read, an event); invalid if it never answered.
    // Failover measures its recovery time from here, not from detection.
    QDateTime lastContact;
    ConnectIssue issue = ConnectIssue::None;
    // HostKeyUnknown/HostKeyChanged: the key the host offers now, as
    // "SHA256:…" (what `ssh-keygen -lf` prints), when it could be read.
    QString hostKeyFingerprint;

    bool operator==(const HostStatus &) const = default;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::HostStatus)
