#include "guestcommand.h"
#include "clitext.h"

#include "core/session.h"

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {


std::optional<DomainAction> actionNamed(const QString &verb)
{
    static const QHash<QString, DomainAction> actions{
        {u"start"_s, DomainAction::Start},   {u"shutdown"_s, DomainAction::Shutdown},
        {u"reboot"_s, DomainAction::Reboot}, {u"force-off"_s, DomainAction::ForceOff},
        {u"suspend"_s, DomainAction::Suspend}, {u"resume"_s, DomainAction::Resume},
    };
    const auto it = actions.constFind(verb);
    return it == actions.cend() ? std::nullopt : std::optional(*it);
}

} // namespace

int guestCommand(Session &session, const QString &verb, const QStringList &args, const CliOptions &options,
                 QTextStream &out, QTextStream &err)
{
    const std::optional<DomainAction> action = actionNamed(verb);
    if (!action || args.size() != 1) {
        err << CliText::tr("usage: vigilctl guest start|shutdown|reboot|force-off|suspend|resume NAME [--host HOST]")
            << Qt::endl;
        return ExitUsage;
    }
    const bool allUp = waitForCluster(session, options.timeoutMs);
    ClusterManager *cluster = session.cluster();
    QList<QPair<HostId, DomainInfo>> matches;
    for (const HostConfig &host : cluster->hosts()) {
        if (!options.hostFilter.isEmpty() && host.name != options.hostFilter)
            continue;
        for (const DomainInfo &d : cluster->domains(host.id))
            if (d.name == args.first())
                matches.append({host.id, d});
    }
    if (matches.isEmpty()) {
        err << CliText::tr("no guest named \"%1\"%2").arg(args.first(),
                                                          allUp ? QString() : CliText::tr(" on the hosts that answered"))
            << Qt::endl;
        return allUp ? ExitUsage : ExitPartial;
    }
    if (matches.size() > 1) {
        QStringList hosts;
        for (const auto &match : std::as_const(matches))
            hosts << cluster->host(match.first).name;
        err << CliText::tr("several hosts have a guest named \"%1\" (%2): choose one with --host")
                   .arg(args.first(), hosts.join(u", "_s)) << Qt::endl;
        return ExitUsage;
    }
    const auto [host, guest] = matches.first();
    ActionResult result;
    QEventLoop loop;
    cluster->performAction(host, guest.uuid, *action, &loop, [&result, &loop](const ActionResult &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    if (!result.ok) {
        err << CliText::tr("%1 %2 on %3 failed: %4").arg(verb, guest.name, cluster->host(host).name, result.message)
            << Qt::endl;
        return ExitActionFailed;
    }
    out << CliText::tr("%1 %2 on %3: done").arg(verb, guest.name, cluster->host(host).name) << Qt::endl;
    return ExitOk;
}

} // namespace Vigil::Cli
