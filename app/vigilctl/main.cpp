// vigilctl: Vigil's command-line tool, on the same core as the console.
// Parsing and dispatch only: each command is an entry of the command table
// (commandtable.cpp) with its own options, help lines and function.
#include "commandtable.h"
#include "credentialsloader.h"
#include "clitext.h"
#include "ui/language.h"

#include "core/processend.h"
#include "core/session.h"
#include "core/virt/eventloop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <cstring>
#include <memory>
#include <utility>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Vigil::Cli::CliText;

namespace {

// The help of every command, or of one.
QString description(const Cli::Command *only)
{
    QStringList lines{Cli::helpHead()};
    for (const Cli::Command &c : Cli::commands())
        if (!only || only == &c)
            lines << CliText::tr(c.synopsis);
    if (!only)
        lines << QString()
              << CliText::tr("vigilctl COMMAND --help lists the options of that command.");
    return lines.join(u'\n') + u"\n\n"_s + Cli::helpTail();
}

// The command named on the command line: the first argument that is not an
// option or an option's value (options of any command are known here).
const Cli::Command *commandOf(const QStringList &arguments)
{
    QCommandLineParser any;
    any.addOptions(Cli::commonOptions());
    QHash<QString, bool> added;   // commands share some options (--host, --out, --to, --dry-run)
    for (const Cli::Command &c : Cli::commands())
        for (const QCommandLineOption &o : c.options)
            if (!std::exchange(added[o.names().constFirst()], true))
                any.addOption(o);
    any.addHelpOption();
    any.addVersionOption();
    any.parse(arguments);
    return Cli::findCommand(any.positionalArguments().value(0));
}

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    // Reports draw their charts with QCustomPlot, a widget: that command
    // gets a QApplication, on the offscreen platform when there is no display
    // (decided before the application, and so the command table, exists).
    bool drawsCharts = false;
    for (int i = 1; i < argc; ++i)
        drawsCharts = drawsCharts || std::strcmp(argv[i], "report") == 0;
    if (drawsCharts && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawsCharts ? new QApplication(argc, argv)
                                                              : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setOrganizationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    // Messages in the system's language (or --lang CODE); JSON output is
    // the same in every language.
    Ui::installTranslations(Ui::languageArgument(QCoreApplication::arguments()));

    // The command's own options and help: `vigilctl backup --help` shows
    // backup's; an option another command takes is refused by name.
    const Cli::Command *command = commandOf(QCoreApplication::arguments());
    QCommandLineParser parser;
    parser.setApplicationDescription(description(command));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(Cli::commonOptions());
    if (command)
        parser.addOptions(command->options);
    parser.addPositionalArgument(
        u"command"_s, CliText::tr("One of the commands above, with its arguments."));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (!command) {
        if (!args.isEmpty())
            err << CliText::tr("unknown command: %1").arg(args.join(u' ')) << Qt::endl;
        err << parser.helpText();
        return Cli::ExitUsage;
    }
    const QStringList words = args.mid(1);
    if (!command->verbs.isEmpty() && !command->verbs.contains(words.value(0))) {
        err << (words.isEmpty() ? CliText::tr("%1 needs one of: %2")
                                      .arg(command->name, command->verbs.join(u", "_s))
                                : CliText::tr("unknown command: %1 %2")
                                      .arg(command->name, words.first()))
            << Qt::endl << parser.helpText();
        return Cli::ExitUsage;
    }

    Cli::CliOptions options;
    options.json = parser.isSet(u"json"_s);
    bool ok = true;
    options.timeoutMs = int(parser.value(u"timeout"_s).toDouble(&ok) * 1000);
    if (!ok || options.timeoutMs <= 0) {
        err << CliText::tr("--timeout needs a positive number of seconds") << Qt::endl;
        return Cli::ExitUsage;
    }
    // Options of one command that others read through CliOptions.
    const auto takes = [command](const QString &name) {
        return std::any_of(command->options.cbegin(), command->options.cend(),
                           [&name](const QCommandLineOption &o) { return o.names().contains(name); });
    };
    const auto value = [&](const QString &name) { return takes(name) ? parser.value(name) : QString(); };
    const auto isSet = [&](const QString &name) { return takes(name) && parser.isSet(name); };
    options.group = value(u"group"_s);
    options.keepaliveInterval = value(u"keepalive-interval"_s).toInt();
    options.keepaliveCount = value(u"keepalive-count"_s).toInt();
    options.lockManager = isSet(u"lock-manager"_s);
    options.hostFilter = value(u"host"_s);
    options.allHosts = isSet(u"all-hosts"_s);

    // Before the session: its hosts start connecting at once. The agent
    // starts whatever the file says (failover must run; it follows the file
    // and uses it once fixed); a command stops on a file the user named.
    if (parser.isSet(u"credentials"_s) && parser.value(u"credentials"_s).isEmpty()) {
        err << CliText::tr("--credentials needs a file") << Qt::endl;
        return Cli::ExitUsage;
    }
    if (!Cli::loadHostCredentials(Cli::credentialsPath(parser.value(u"credentials"_s)),
                                  parser.isSet(u"credentials"_s), err)
        && command->name != u"agent")
        return Cli::ExitUsage;

    QString error;
    Session::Options sessionOptions;
    sessionOptions.databasePath = parser.value(u"db"_s);
    sessionOptions.demo = parser.isSet(u"demo"_s);
    sessionOptions.recordHistory = command->recordsHistory;
    sessionOptions.recordConnectionEvents = command->recordsHistory;   // only the agent runs for long
    if (command->recordsHistory)
        sessionOptions.statsIntervalMs =
            std::clamp(int(parser.value(u"stats-interval"_s).toDouble() * 1000), 1000, 3600000);
    auto session = Session::open(sessionOptions, &error);
    if (!session) {
        err << QStringLiteral("vigilctl: ") << error << Qt::endl;
        return Cli::ExitDatabase;
    }

    const int code = command->run(Cli::Invocation{*session, parser, words, options, out, err});
    out.flush();
    err.flush();
    session.reset();
    Virt::stopEventLoop();
    return endProcess(code);
}
