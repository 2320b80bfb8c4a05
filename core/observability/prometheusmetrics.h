#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include "../backup/backupstatus.h"
#include "../ha/journal.h"
#include "../health/healthcheck.h"
#include "../hoststate.h"
#include "../inventory.h"
#include "../store/backupstore.h"

namespace Vigil::Observability {

// What /metrics reports: the live part is read from the session at each
// scrape (cheap copies); the aggregates that need the database or the
// planner are refreshed off the main thread and carried here as of
// `aggregatesAt`.
struct MetricsSnapshot {
    QString version;

    struct Host {
        QString name;
        HostState state = HostState::Connecting;
        bool maintenance = false;
    };
    QList<Host> hosts;
    struct Guest {
        QString host;
        QString name;
        DomainState state = DomainState::NoState;
        bool isProtected = false;
    };
    QList<Guest> guests;   // as the hosts last reported them (unreachable hosts' guests are not listed)

    QHash<Health::Severity, int> openAlerts;
    bool engineActive = false;   // this process holds the failover lease
    QString leaseHolder;         // who does (empty: nobody)

    // Aggregates (see above).
    QDateTime aggregatesAt;                       // invalid: not computed yet
    QHash<QString, int> unplacedIfHostFails;      // failed host name → protected guests left down
    QList<Ha::FailoverJournal::Entry> journal;    // every entry, without definitions
    QList<Store::BackupStore::GuestBackups> backups;
    QList<Backup::GuestBackupStatus> backupStatus;   // enabled jobs' guests: RPO and drills
};

// The Prometheus text exposition format (version 0.0.4) of `snapshot`.
QByteArray prometheusText(const MetricsSnapshot &snapshot);

// Stable label values (never translated): "up", "shut_off", …
QString hostStateLabel(HostState state);
QString guestStateLabel(DomainState state);

} // namespace Vigil::Observability
