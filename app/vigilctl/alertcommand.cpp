#include "alertcommand.h"
#include "clitext.h"

#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/alertstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigil::Cli {
namespace {


QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject alertJson(const Health::Alert &a)
{
    return QJsonObject{
        {QStringLiteral("key"), a.key},
        {QStringLiteral("rule"), a.rule},
        {QStringLiteral("severity"), Health::severityName(a.severity)},
        {QStringLiteral("host"), a.host},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("message"), a.message.toString()},
        {QStringLiteral("raised_at"), timeText(a.raisedAt)},
        {QStringLiteral("cleared_at"), timeText(a.clearedAt)},
        {QStringLiteral("acknowledged_by"), a.acknowledgedBy},
        {QStringLiteral("acknowledged_at"), timeText(a.acknowledgedAt)},
    };
}

int list(const QList<Health::Alert> &alerts, bool all, const CliOptions &options, QTextStream &out)
{
    QJsonArray array;
    for (const Health::Alert &a : alerts) {
        if (!all && !a.isOpen())
            continue;
        if (options.json) {
            array.append(alertJson(a));
            continue;
        }
        out << timeText(a.raisedAt) << u' ' << Health::severityName(a.severity) << u' '
            << (a.isOpen() ? CliText::tr("open") : CliText::tr("cleared %1").arg(timeText(a.clearedAt)))
            << (a.isAcknowledged() ? CliText::tr(" (acknowledged by %1)").arg(a.acknowledgedBy) : QString()) << u' '
            << a.rule << u": " << a.message.toString() << u"  key=" << a.key << Qt::endl;
    }
    if (options.json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("alerts"), array}}).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace

int alertCommand(Session &session, const QString &verb, const QStringList &args, bool all,
                 const CliOptions &options, QTextStream &out, QTextStream &err)
{
    Store::AlertStore store(session.database());
    QString error;
    const QList<Health::Alert> alerts = store.alerts(QDateTime::currentDateTimeUtc().addDays(-7), &error);
    if (!error.isEmpty()) {
        err << CliText::tr("cannot read the alerts: %1").arg(error) << Qt::endl;
        return ExitDatabase;
    }
    if (verb == u"list" && args.isEmpty())
        return list(alerts, all, options, out);
    if (verb != u"ack" || args.size() != 1) {
        err << CliText::tr("usage: vigilctl alert list [--all] [--json] | vigilctl alert ack KEY") << Qt::endl;
        return ExitUsage;
    }
    const auto found = std::find_if(alerts.cbegin(), alerts.cend(),
                                    [&](const Health::Alert &a) { return a.key == args.first(); });
    if (found == alerts.cend()) {
        err << CliText::tr("no alert with the key \"%1\" (vigilctl alert list shows the keys)").arg(args.first()) << Qt::endl;
        return ExitUsage;
    }
    if (found->isAcknowledged()) {
        out << CliText::tr("already acknowledged by %1").arg(found->acknowledgedBy) << Qt::endl;
        return ExitOk;
    }
    Health::Alert acknowledged = *found;
    acknowledged.acknowledgedBy = EventRecord::currentUser();
    acknowledged.acknowledgedAt = QDateTime::currentDateTimeUtc();
    if (!store.saveAlert(acknowledged, &error)) {
        err << CliText::tr("cannot acknowledge the alert: %1").arg(error) << Qt::endl;
        return ExitDatabase;
    }
    session.logEvent(Health::AlertEngine::acknowledgementEvent(acknowledged));
    out << CliText::tr("acknowledged: %1").arg(acknowledged.message.toString()) << Qt::endl;
    return ExitOk;
}

} // namespace Vigil::Cli
