#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "../backup/backupstatus.h"
#include "../eventrecord.h"
#include "../ha/planner.h"
#include "../ha/policy.h"
#include "../health/alert.h"
#include "../health/healthcheck.h"
#include "../hoststate.h"
#include "../store/metricstore.h"

namespace Vigil::Report {

enum class Format { Pdf, Html, Csv, Json };
QString formatName(Format format);                 // "pdf", "html"...
std::optional<Format> formatFromName(const QString &name);

// A report range ("1h", "24h", "7d", "30d") in seconds; 0 for anything else.
qint64 rangeSeconds(const QString &range);

enum Section : unsigned {
    Summary = 1u << 0,
    Hosts = 1u << 1,
    StorageAndNetworks = 1u << 2,
    Alerts = 1u << 3,
    Actions = 1u << 4,
    Charts = 1u << 5,
    HaReadiness = 1u << 6,
    Backups = 1u << 7,
    AllSections = 0xff,
};

// What the report is about: a copy of the cluster's state taken on the
// caller's thread, so that collecting the rest can run anywhere.
struct ReportInput {
    QDateTime from;
    QDateTime to;
    QString rangeLabel;                 // "24h"
    unsigned sections = AllSections;
    Ha::ClusterSnapshot cluster;        // only the hosts the report covers
    QList<HostConfig> configs;          // same order as cluster.hosts
    QList<HostStatus> statuses;
    QList<Ha::Policy> policies;
    // Hosts in the whole cluster: the HA readiness dry run needs every
    // possible target even when the report covers fewer hosts.
    Ha::ClusterSnapshot wholeCluster;
};

// A metric over the report's range: average and peak of what was
// reported, and the points for charts. NaN where nothing was reported.
struct MetricSummary {
    double average = Metrics::kNotReported;
    double peak = Metrics::kNotReported;
    Store::SeriesData series;
};

struct HostReport {
    HostConfig config;
    HostStatus status;
    HostDetails details;
    Health::HostHealth health;
    int guests = 0;
    int running = 0;
    int vcpusAllocated = 0;          // of running guests
    quint64 memoryAllocatedKiB = 0;  // of running guests
    MetricSummary cpu;               // percent
    MetricSummary memoryUsed;        // percent of the host's memory
};

struct HaPolicyReadiness {
    QString policy;
    bool enabled = true;
    int protectedGuests = 0;
};

struct HaHostReadiness {
    QString host;
    int protectedRunning = 0;   // protected guests running there now
    int restartable = 0;       // of those, placed by the dry run
    QList<Ha::Unplaced> blocked;
};

struct HaReadinessReport {
    QList<HaPolicyReadiness> policies;
    QList<HaHostReadiness> hosts;
    // Protected guests on hosts without a disk lock manager (Ha::lockManagerWarning), or empty.
    QString lockManagerWarning;
};

struct ReportData {
    QDateTime generatedAt;
    QDateTime from;
    QDateTime to;
    QString rangeLabel;
    QString vigilVersion;
    unsigned sections = AllSections;
    QList<HostReport> hosts;
    QList<Health::Alert> alerts;        // raised or cleared in range, or still open
    QList<EventRecord> actions;         // actions, failover and configuration changes in range
    HaReadinessReport ha;
    // Per job and guest: last backup, checks, RPO, last restore drill.
    QList<Backup::GuestBackupStatus> backups;
    QString historyNote;                // set when history could not be read

    int hostsIn(HostState state) const;
    int guestsTotal() const;
    int guestsRunning() const;
};

} // namespace Vigil::Report
