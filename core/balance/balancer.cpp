#include "balancer.h"

#include "../metrics/metricsample.h"
#include "../migration/preflight.h"

#include <QCoreApplication>

#include <cmath>

namespace Vigil::Balance {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Balance)
};

// Running sums over the host scores, so that a candidate move's effect on
// the standard deviation costs O(1).
struct Spread {
    double sum = 0;
    double squares = 0;
    int count = 0;
    double deviation() const
    {
        if (count == 0)
            return 0;
        const double mean = sum / count;
        return std::sqrt(std::max(0.0, squares / count - mean * mean));
    }
    double deviationIfChanged(double oldA, double newA, double oldB, double newB) const
    {
        Spread s = *this;
        s.sum += newA - oldA + newB - oldB;
        s.squares += newA * newA - oldA * oldA + newB * newB - oldB * oldB;
        return s.deviation();
    }
};

struct Working {
    Ha::ClusterSnapshot::Host *host;
    double cpuDemand = 0;     // cores
    double memoryKiB = 0;
    double cpus = 1;
    double memoryTotal = 1;
};

} // namespace

QString aggressivenessName(Aggressiveness a)
{
    switch (a) {
    case Aggressiveness::Conservative: return QStringLiteral("conservative");
    case Aggressiveness::Moderate:     return QStringLiteral("moderate");
    case Aggressiveness::Aggressive:   return QStringLiteral("aggressive");
    }
    return {};
}

std::optional<Aggressiveness> aggressivenessFromName(const QString &name)
{
    for (Aggressiveness a : {Aggressiveness::Conservative, Aggressiveness::Moderate, Aggressiveness::Aggressive})
        if (aggressivenessName(a) == name)
            return a;
    return std::nullopt;
}

double BalanceSettings::minimumBenefit() const
{
    switch (aggressiveness) {
    case Aggressiveness::Conservative: return 0.02;
    case Aggressiveness::Moderate:     return 0.01;
    case Aggressiveness::Aggressive:   return 0.002;
    }
    return 0.01;
}

int BalanceSettings::maximumMoves() const
{
    switch (aggressiveness) {
    case Aggressiveness::Conservative: return 3;
    case Aggressiveness::Moderate:     return 10;
    case Aggressiveness::Aggressive:   return 30;
    }
    return 10;
}

BalanceResult recommend(const Ha::ClusterSnapshot &snapshot, const QHash<QString, double> &guestCpuPercent,
                        const QList<Ha::Policy> &policies, const BalanceSettings &settings)
{
    BalanceResult result;
    Ha::ClusterSnapshot working = snapshot;
    QList<Working> hosts;
    const double weights = std::max(1e-9, settings.cpuWeight + settings.memoryWeight);
    const auto cpuOf = [&](const DomainInfo &d) {
        const double percent = guestCpuPercent.value(d.uuid, Metrics::kNotReported);
        return Metrics::isReported(percent) ? percent / 100.0 * std::max(1, d.vcpus) : 0.0;
    };
    bool anyCpu = false;
    for (Ha::ClusterSnapshot::Host &h : working.hosts) {
        if (!h.up || h.maintenance || h.details.host.memoryKiB == 0)
            continue;
        Working w{&h};
        w.cpus = std::max(1, h.details.host.cpus);
        w.memoryTotal = double(h.details.host.memoryKiB);
        for (const DomainInfo &d : h.domains) {
            if (!d.isActive())
                continue;
            w.cpuDemand += cpuOf(d);
            w.memoryKiB += double(d.memoryKiB);
            anyCpu = anyCpu || guestCpuPercent.contains(d.uuid);
        }
        hosts.append(w);
    }
    result.cpuKnown = anyCpu;
    const double cpuWeight = anyCpu ? settings.cpuWeight : 0;
    const double memoryWeight = anyCpu ? settings.memoryWeight : std::max(settings.memoryWeight, 1e-9);
    const double totalWeight = anyCpu ? weights : memoryWeight;
    if (!anyCpu)
        result.note = Text::tr("No guest CPU history: balancing on memory only.");
    const auto score = [&](double cpu, double memory, const Working &w) {
        return (cpuWeight * cpu / w.cpus + memoryWeight * memory / w.memoryTotal) / totalWeight;
    };
    Spread spread;
    QList<double> scores;
    for (const Working &w : std::as_const(hosts)) {
        const double s = score(w.cpuDemand, w.memoryKiB, w);
        scores.append(s);
        spread.sum += s;
        spread.squares += s * s;
        ++spread.count;
    }
    result.imbalance = spread.deviation();
    for (int i = 0; i < hosts.size(); ++i)
        result.hosts.append({hosts[i].host->id, hosts[i].host->name, hosts[i].cpuDemand / hosts[i].cpus,
                             hosts[i].memoryKiB / hosts[i].memoryTotal, scores[i]});
    if (hosts.size() < 2) {
        result.imbalanceAfter = result.imbalance;
        return result;
    }

    QSet<QString> moved;
    for (int round = 0; round < settings.maximumMoves(); ++round) {
        const double current = spread.deviation();
        // Sources: the three most loaded hosts; targets: the five least.
        QList<int> order(hosts.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return scores[a] > scores[b]; });
        const QList<int> sources = order.mid(0, std::min<qsizetype>(3, order.size()));
        const QList<int> targets = order.mid(std::max<qsizetype>(0, order.size() - 5));
        // A move is worth making when it closes the load gap between its two
        // hosts by at least the minimum benefit (a global figure would make
        // every single move look negligible in a large cluster) and lowers
        // the cluster's imbalance; among those, the one that lowers it most.
        struct Best { int from = -1, to = -1; const DomainInfo *guest = nullptr; double after = 0; } best;
        best.after = current;
        for (int from : sources) {
            for (const DomainInfo &guest : std::as_const(hosts[from].host->domains)) {
                if (!guest.isActive() || moved.contains(guest.uuid))
                    continue;
                const double cpu = cpuOf(guest);
                const double memory = double(guest.memoryKiB);
                for (int to : targets) {
                    if (to == from)
                        continue;
                    const double newFrom = score(hosts[from].cpuDemand - cpu, hosts[from].memoryKiB - memory, hosts[from]);
                    const double newTo = score(hosts[to].cpuDemand + cpu, hosts[to].memoryKiB + memory, hosts[to]);
                    const double gapClosed = (scores[from] - scores[to]) - std::abs(newFrom - newTo);
                    if (gapClosed < settings.minimumBenefit())
                        continue;
                    const double after = spread.deviationIfChanged(scores[from], newFrom, scores[to], newTo);
                    if (after >= best.after)
                        continue;
                    // Only now the (costlier) checks, for a move worth making.
                    const QList<Migration::Check> checks = Migration::preflight(
                        working, hosts[from].host->id, hosts[to].host->id, guest.uuid, policies, CpuComparison{});
                    if (Migration::blocks(checks) || Migration::breaksAntiAffinity(checks))
                        continue;
                    best = {from, to, &guest, after};
                }
            }
        }
        if (!best.guest)
            break;
        Working &from = hosts[best.from];
        Working &to = hosts[best.to];
        const DomainInfo guest = *best.guest;
        const double cpu = cpuOf(guest);
        Recommendation r;
        r.uuid = guest.uuid;
        r.guest = guest.name;
        r.from = from.host->id;
        r.to = to.host->id;
        r.fromName = from.host->name;
        r.toName = to.host->name;
        r.imbalanceBefore = current;
        r.imbalanceAfter = best.after;
        const double oldFrom = scores[best.from];
        const double oldTo = scores[best.to];
        from.cpuDemand -= cpu;
        from.memoryKiB -= double(guest.memoryKiB);
        to.cpuDemand += cpu;
        to.memoryKiB += double(guest.memoryKiB);
        scores[best.from] = score(from.cpuDemand, from.memoryKiB, from);
        scores[best.to] = score(to.cpuDemand, to.memoryKiB, to);
        spread.sum += scores[best.from] - oldFrom + scores[best.to] - oldTo;
        spread.squares += scores[best.from] * scores[best.from] - oldFrom * oldFrom
                          + scores[best.to] * scores[best.to] - oldTo * oldTo;
        r.why = Text::tr("%1 load %2 → %3, %4 load %5 → %6")
                    .arg(r.fromName).arg(oldFrom, 0, 'f', 2).arg(scores[best.from], 0, 'f', 2)
                    .arg(r.toName).arg(oldTo, 0, 'f', 2).arg(scores[best.to], 0, 'f', 2);
        result.recommendations.append(r);
        moved.insert(guest.uuid);
        // The working snapshot follows, so later checks see the guest there.
        from.host->domains.erase(std::find_if(from.host->domains.begin(), from.host->domains.end(),
                                              [&](const DomainInfo &d) { return d.uuid == guest.uuid; }));
        to.host->domains.append(guest);
    }
    result.imbalanceAfter = spread.deviation();
    return result;
}

} // namespace Vigil::Balance
