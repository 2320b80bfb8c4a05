#include "eventscommand.h"
#include "clitext.h"

#include "quitonsignal.h"
#include "core/session.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {

QJsonObject eventJson(const EventRecord &e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("kind"), EventRecord::kindName(e.kind)},
        {QStringLiteral("host"), e.host},
        {QStringLiteral("guest"), e.guest},
        {QStringLiteral("message"), e.message.toString()},
        {QStringLiteral("result"), EventRecord::resultName(e.result)},
        {QStringLiteral("user"), e.user},
    };
}

} // namespace

QString eventLine(const EventRecord &e)
{
    return e.time.toString(Qt::ISODateWithMs) + u' ' + EventRecord::kindName(e.kind) + u' '
           + (e.host.isEmpty() ? u"-"_s : e.host) + u' ' + (e.guest.isEmpty() ? u"-"_s : e.guest) + u' '
           + e.message.toString()
           + (e.result == EventRecord::Result::None ? QString() : u" [%1]"_s.arg(EventRecord::resultName(e.result)))
           + (e.user.isEmpty() ? QString() : u" (by %1)"_s.arg(e.user));
}

int eventsCommand(Session &session, int limit, bool follow, const CliOptions &options, QTextStream &out,
                  QTextStream &err)
{
    if (limit <= 0) {
        err << CliText::tr("--limit needs a positive number") << Qt::endl;
        return ExitUsage;
    }
    const auto print = [&out, &options](const EventRecord &e) {
        if (options.json)
            out << QJsonDocument(eventJson(e)).toJson(QJsonDocument::Compact) << Qt::endl;
        else
            out << eventLine(e) << Qt::endl;
    };
    for (const EventRecord &e : session.recentEvents(limit))
        print(e);
    if (!follow)
        return ExitOk;
    if (!quitOnTerminationSignals()) {
        err << CliText::tr("cannot set up signal handling") << Qt::endl;
        return ExitUsage;
    }
    QObject::connect(&session, &Session::eventRecorded, qApp, print);
    session.followChanges();
    return QCoreApplication::exec();
}

} // namespace Vigil::Cli
