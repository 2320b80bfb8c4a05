#pragma once

#include <QList>
#include <QString>

#include "../hoststate.h"
#include "../inventory.h"
#include "../metrics/metricsample.h"
#include "../storedtext.h"

namespace Vigil::Health {

enum class Severity { Info, Warning, Critical };
QString severityName(Severity severity);          // "info", "warning", "critical"
Severity severityFromName(const QString &name);
QString severityLabel(Severity severity);          // translated
StoredText severityText(Severity severity);        // the same, for stored messages

// One reason why a host is less than healthy, in plain language.
struct Finding {
    Severity severity = Severity::Info;
    QString subject;   // the host, a pool, a network or a guest name
    QString message;
};

// A 0–100 score with the reasons that lowered it. An unreachable host
// scores 0; each critical finding costs 40 points, each warning 15.
struct HostHealth {
    int score = 100;
    QList<Finding> findings;
};

// Thresholds of the built-in checks (alert rules are separate and editable).
struct HealthThresholds {
    double poolWarnPercent = 85;
    double poolCriticalPercent = 95;
    double memoryWarnPercent = 90;
    double memoryCriticalPercent = 97;
    double cpuWarnPercent = 90;
};

// Reasons a paused guest may be in trouble (mirrors virDomainPausedReason).
bool isErrorPause(const DomainInfo &guest);

HostHealth assessHost(const HostStatus &status, const HostDetails &details,
                      const QList<DomainInfo> &guests, const Metrics::HostSample &latest,
                      const HealthThresholds &thresholds = {});

double poolUsedPercent(const StoragePoolInfo &pool);

} // namespace Vigil::Health
