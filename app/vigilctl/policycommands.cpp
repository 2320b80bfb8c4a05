#include "policycommands.h"
#include "clitext.h"

#include "core/ha/planner.h"
#include "core/ha/policyjson.h"
#include "core/session.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {


QByteArray readInput(const QString &path, QString *error)
{
    QFile file;
    if (path == u"-") {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read standard input");
            return {};
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = CliText::tr("cannot read %1: %2").arg(path, file.errorString());
            return {};
        }
    }
    return file.readAll();
}

QJsonObject planJson(const Ha::FailoverPlan &plan)
{
    QJsonArray placed;
    for (const Ha::Placement &p : plan.placements)
        placed.append(QJsonObject{{QStringLiteral("guest"), p.guest}, {QStringLiteral("priority"), p.priority},
                                  {QStringLiteral("to"), p.targetName}, {QStringLiteral("why"), p.why},
                                  {QStringLiteral("policy"), p.policy}});
    QJsonArray unplaced;
    for (const Ha::Unplaced &u : plan.unplaced)
        unplaced.append(QJsonObject{{QStringLiteral("guest"), u.guest}, {QStringLiteral("priority"), u.priority},
                                    {QStringLiteral("reason"), u.reason}, {QStringLiteral("policy"), u.policy}});
    return QJsonObject{{QStringLiteral("failed_host"), plan.failedHostName},
                       {QStringLiteral("restarts"), placed},
                       {QStringLiteral("not_restarted"), unplaced}};
}

void printPlan(const Ha::FailoverPlan &plan, QTextStream &out)
{
    out << CliText::tr("If %1 died now:").arg(plan.failedHostName) << Qt::endl;
    if (plan.placements.isEmpty() && plan.unplaced.isEmpty())
        out << CliText::tr("  no protected guest is running there") << Qt::endl;
    for (const Ha::Placement &p : plan.placements)
        out << CliText::tr("  restart %1 (priority %2) on %3 — %4").arg(p.guest).arg(p.priority).arg(p.targetName, p.why)
            << Qt::endl;
    for (const Ha::Unplaced &u : plan.unplaced)
        out << CliText::tr("  NOT restarted: %1 (priority %2): %3").arg(u.guest).arg(u.priority).arg(u.reason) << Qt::endl;
}

int simulate(Session &session, const CliOptions &options, QTextStream &out, QTextStream &err)
{
    if (options.hostFilter.isEmpty() && !options.allHosts) {
        err << CliText::tr("usage: vigilctl policy simulate --host NAME | --all-hosts") << Qt::endl;
        return ExitUsage;
    }
    waitForCluster(session, options.timeoutMs);
    bool complete = true;   // a plan made while some host is unreachable is partial
    for (const HostConfig &h : session.cluster()->hosts())
        complete = complete && session.cluster()->status(h.id).state == HostState::Up;
    const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*session.cluster());
    const Ha::PolicyIndex index(session.policies());
    QList<Ha::FailoverPlan> plans;
    if (options.allHosts) {
        plans = Ha::planAllHosts(snapshot, index);
    } else {
        const auto host = session.hostRepository().findByName(options.hostFilter);
        if (!host) {
            err << CliText::tr("no host named \"%1\"").arg(options.hostFilter) << Qt::endl;
            return ExitUsage;
        }
        plans.append(Ha::planFailover(snapshot, host->id, index));
    }
    const QString warning = Ha::lockManagerWarning(snapshot, index);
    const QString verdict = Ha::dryRunVerdict(plans, index) + (warning.isEmpty() ? QString() : u"\n"_s + warning);
    if (options.json) {
        QJsonArray array;
        for (const Ha::FailoverPlan &plan : plans)
            array.append(planJson(plan));
        out << QJsonDocument(QJsonObject{{QStringLiteral("plans"), array}, {QStringLiteral("verdict"), verdict}})
                   .toJson(QJsonDocument::Indented);
    } else {
        for (const Ha::FailoverPlan &plan : plans)
            printPlan(plan, out);
        out << verdict << Qt::endl;
    }
    return complete ? ExitOk : ExitPartial;
}

} // namespace

int policyCommand(Session &session, const QString &verb, const QStringList &args, const CliOptions &options,
                  QTextStream &out, QTextStream &err)
{
    if (verb == u"list") {
        if (options.json) {
            QJsonArray array;
            for (const Ha::Policy &p : session.policies())
                array.append(Ha::policyToJson(p));
            out << QJsonDocument(QJsonObject{{QStringLiteral("policies"), array}}).toJson(QJsonDocument::Indented);
            return ExitOk;
        }
        for (const Ha::Policy &p : session.policies())
            out << p.name << (p.enabled ? QString() : CliText::tr(" (disabled)")) << QStringLiteral(": ")
                << CliText::tr("%n explicit guest(s)", nullptr, int(p.guests.size()))
                << (p.namePattern.isEmpty() ? QString() : CliText::tr(", pattern %1").arg(p.namePattern)) << Qt::endl;
        return ExitOk;
    }
    if (verb == u"show" || verb == u"export") {
        QList<Ha::Policy> selected;
        for (const Ha::Policy &p : session.policies())
            if (args.isEmpty() || args.contains(p.name))
                selected.append(p);
        if (selected.isEmpty() && !args.isEmpty()) {
            err << CliText::tr("no policy named \"%1\"").arg(args.join(u", ")) << Qt::endl;
            return ExitUsage;
        }
        for (const Ha::Policy &p : std::as_const(selected))
            out << Ha::policyToJsonText(p);
        return ExitOk;
    }
    if (verb == u"validate" || verb == u"import") {
        if (args.size() != 1) {
            err << CliText::tr("usage: vigilctl policy %1 FILE|-").arg(verb) << Qt::endl;
            return ExitUsage;
        }
        QString error;
        const QByteArray text = readInput(args.first(), &error);
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return ExitUsage;
        }
        Ha::PolicyParse parsed = Ha::policyFromJson(text);
        if (!parsed.ok) {
            for (const QString &e : std::as_const(parsed.errors))
                err << args.first() << QStringLiteral(": ") << e << Qt::endl;
            return ExitUsage;
        }
        if (verb == u"validate") {
            out << CliText::tr("%1: policy %2 is valid").arg(args.first(), parsed.policy.name) << Qt::endl;
            return ExitOk;
        }
        if (!session.savePolicy(parsed.policy, &error)) {
            err << error << Qt::endl;
            return ExitDatabase;
        }
        out << CliText::tr("imported policy %1").arg(parsed.policy.name) << Qt::endl;
        return ExitOk;
    }
    if (verb == u"delete") {
        QString error;
        if (args.size() != 1 || !session.removePolicy(args.first(), &error)) {
            err << (error.isEmpty() ? CliText::tr("usage: vigilctl policy delete NAME") : error) << Qt::endl;
            return ExitUsage;
        }
        out << CliText::tr("deleted policy %1").arg(args.first()) << Qt::endl;
        return ExitOk;
    }
    if (verb == u"simulate")
        return simulate(session, options, out, err);
    err << CliText::tr("unknown policy command: %1").arg(verb) << Qt::endl;
    return ExitUsage;
}

} // namespace Vigil::Cli
