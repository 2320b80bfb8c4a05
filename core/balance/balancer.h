#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include "../ha/planner.h"

namespace Vigil::Balance {

enum class Aggressiveness { Conservative, Moderate, Aggressive };
QString aggressivenessName(Aggressiveness a);                 // "conservative"…
std::optional<Aggressiveness> aggressivenessFromName(const QString &name);

struct BalanceSettings {
    double cpuWeight = 0.5;       // CPU and memory together, as the business needs
    double memoryWeight = 0.5;
    Aggressiveness aggressiveness = Aggressiveness::Moderate;
    // A move must close the load gap between its two hosts by at least
    // this much (scores are 0–1)…
    double minimumBenefit() const;
    // …and a run recommends at most this many.
    int maximumMoves() const;
};

// A host's load: CPU demand of its running guests (in cores, from their
// recent CPU use) over its CPUs, memory allocated over its memory, and the
// weighted score (0 = idle, 1 = full).
struct HostLoad {
    HostId host = 0;
    QString name;
    double cpu = 0;
    double memory = 0;
    double score = 0;
};

struct Recommendation {
    QString uuid;
    QString guest;
    HostId from = 0;
    HostId to = 0;
    QString fromName;
    QString toName;
    double imbalanceBefore = 0;
    double imbalanceAfter = 0;
    QString why;
};

struct BalanceResult {
    double imbalance = 0;               // standard deviation of the host scores
    double imbalanceAfter = 0;          // once every recommendation is applied
    QList<HostLoad> hosts;              // eligible hosts (up, not in maintenance)
    QList<Recommendation> recommendations;
    bool cpuKnown = true;               // false: no guest CPU history, memory only
    QString note;
};

// Recommendations, greedily: while a move closes the gap between a busy and
// a quiet host by at least the minimum benefit and lowers the imbalance,
// take the one that lowers the imbalance most — each move passing the
// pre-flight checks and keeping anti-affinity, never onto or from a host in
// maintenance. `guestCpuPercent` is each guest's recent CPU use (percent of
// its vCPUs, by UUID); guests without a figure count as idle for CPU.
// Nothing is applied: the caller shows the list and moves what the user picks.
BalanceResult recommend(const Ha::ClusterSnapshot &snapshot, const QHash<QString, double> &guestCpuPercent,
                        const QList<Ha::Policy> &policies, const BalanceSettings &settings = {});

} // namespace Vigil::Balance
