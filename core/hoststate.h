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

    bool operator==(const HostStatus &) const = default;
};

} // namespace Vigil

Q_DECLARE_METATYPE(Vigil::HostStatus)
