#include "balancecommand.h"
#include "clitext.h"

#include "core/balance/balancer.h"
#include "core/session.h"
#include "core/store/metricstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {

int balanceCommand(Session &session, bool dryRun, const QString &aggressiveness, const CliOptions &options,
                   QTextStream &out, QTextStream &err)
{
    if (!dryRun) {
        err << CliText::tr("balance only recommends: add --dry-run to see the moves; apply them from the console's "
                  "Balance panel or one by one with vigilctl migrate") << Qt::endl;
        return ExitUsage;
    }
    Balance::BalanceSettings settings;
    if (!aggressiveness.isEmpty()) {
        const auto level = Balance::aggressivenessFromName(aggressiveness);
        if (!level) {
            err << CliText::tr("unknown aggressiveness \"%1\": use conservative, moderate or aggressive").arg(aggressiveness)
                << Qt::endl;
            return ExitUsage;
        }
        settings.aggressiveness = *level;
    }
    const bool complete = waitForCluster(session, options.timeoutMs);
    const QHash<QString, double> cpu = Store::MetricStore(session.database())
                                           .recentGuestAverages(Metrics::Metric::Cpu,
                                                                QDateTime::currentDateTimeUtc().addSecs(-15 * 60));
    const Balance::BalanceResult r = Balance::recommend(Ha::ClusterSnapshot::capture(*session.cluster()), cpu,
                                                        session.policies(), settings);
    if (options.json) {
        QJsonArray hosts, moves;
        for (const Balance::HostLoad &h : r.hosts)
            hosts.append(QJsonObject{{u"name"_s, h.name}, {u"cpu"_s, h.cpu}, {u"memory"_s, h.memory},
                                     {u"score"_s, h.score}});
        for (const Balance::Recommendation &m : r.recommendations)
            moves.append(QJsonObject{{u"guest"_s, m.guest}, {u"from"_s, m.fromName}, {u"to"_s, m.toName},
                                     {u"imbalance_before"_s, m.imbalanceBefore},
                                     {u"imbalance_after"_s, m.imbalanceAfter}, {u"why"_s, m.why}});
        out << QJsonDocument(QJsonObject{{u"aggressiveness"_s, Balance::aggressivenessName(settings.aggressiveness)},
                                         {u"imbalance"_s, r.imbalance},
                                         {u"imbalance_after"_s, r.imbalanceAfter},
                                         {u"cpu_history"_s, r.cpuKnown},
                                         {u"note"_s, r.note},
                                         {u"hosts"_s, hosts},
                                         {u"recommendations"_s, moves}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << CliText::tr("Imbalance %1 (%2)").arg(r.imbalance, 0, 'f',
                                                    3).arg(Balance::aggressivenessName(settings.aggressiveness))
            << Qt::endl;
        if (!r.note.isEmpty())
            out << r.note << Qt::endl;
        for (const Balance::HostLoad &h : r.hosts)
            out << QStringLiteral("  %1 load %2 (CPU %3, memory %4 %)")
                       .arg(h.name.leftJustified(16)).arg(h.score, 0, 'f', 2)
                       .arg(r.cpuKnown ? QStringLiteral("%1 %").arg(h.cpu * 100, 0, 'f', 0) : CliText::tr("not reported"))
                       .arg(h.memory * 100, 0, 'f', 0)
                << Qt::endl;
        if (r.recommendations.isEmpty())
            out << CliText::tr("No move is worth making (a move must also pass the pre-flight checks).") << Qt::endl;
        for (const Balance::Recommendation &m : r.recommendations)
            out << CliText::tr("move %1 from %2 to %3, imbalance %4 → %5 (%6)")
                       .arg(m.guest, m.fromName, m.toName)
                       .arg(m.imbalanceBefore, 0, 'f', 3).arg(m.imbalanceAfter, 0, 'f', 3).arg(m.why)
                << Qt::endl;
    }
    return complete ? ExitOk : ExitPartial;
}

} // namespace Vigil::Cli
