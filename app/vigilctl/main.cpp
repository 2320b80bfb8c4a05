// vigilctl: Vigil's command-line tool, on the same core as the console.
#include "clicommands.h"
#include "agentcommand.h"
#include "alertcommand.h"
#include "backupcommand.h"
#include "eventscommand.h"
#include "guestcommand.h"
#include "maintenancecommand.h"
#include "ui/language.h"
#include "balancecommand.h"
#include "exportcommand.h"
#include "migratecommand.h"
#include "policycommands.h"
#include "reportcommand.h"

#include "core/session.h"
#include "core/virt/eventloop.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

using namespace Vigil;

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    // Reports draw their charts with QCustomPlot, a widget: that command
    // gets a QApplication, on the offscreen platform when there is no display.
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

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("vigilctl",
        "Vigil command-line tool.\n\n"
        "Commands:\n"
        "  hosts list                 configured hosts and their connection state\n"
        "  hosts add NAME URI         store a host (validated; connected by the next console/agent)\n"
        "  hosts remove NAME          forget a host\n"
        "  host maintenance enter NAME   evacuate the host and keep failover off it (waits for the moves)\n"
        "  host maintenance exit NAME [--failback]   leave maintenance (and move the guests back)\n"
        "  guests list [--host NAME]  every guest on every host\n"
        "  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]\n"
        "  alert list [--all] | alert ack KEY   alerts as the evaluating process stored them\n"
        "  events [--limit N] [--follow]   the shared event log of every process (Ctrl-C stops --follow)\n"
        "  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME\n"
        "  policy simulate --host NAME|--all-hosts   dry run: what happens if a host dies now\n"
        "  agent                      run the failover engine headless (SIGTERM stops it)\n"
        "  export pacemaker --out FILE   the policies as a Pacemaker CIB (checked with crm_verify)\n"
        "  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]\n"
        "                             pre-flight checklist, then the move with progress (Ctrl-C cancels)\n"
        "  balance --dry-run [--aggressiveness LEVEL]   load per host, imbalance, recommended moves\n"
        "  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]\n"
        "                             a health report (format defaults to the file's extension)\n"
        "  backup list                jobs, their next run and recent runs with each guest's backup\n"
        "  backup import FILE | export JOB | remove JOB   backup jobs as JSON documents\n"
        "  backup run JOB             back up now and wait (Ctrl-C cancels; guests keep running)\n"
        "  backup verify RUN          re-read every file of the run's backups (SHA-256, qemu-img check)\n"
        "  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]\n"
        "  backup test-restore RUN [--to HOST] [--guest NAME]   restore, boot, check, remove\n"
        "                             (RUN is a run id, or #ID for one guest's backup)\n\n"
        "Exit codes: 0 ok, 1 usage or invalid input, 2 database unusable,\n"
        "3 done but some hosts were unreachable (they are listed),\n"
        "4 a migration pre-flight check failed, 5 the move failed or was cancelled,\n"
        "6 a backup, verify, restore or restore test failed, 7 a guest action failed.\n\n"
        "Every process on one database is one system: a console, agents and these\n"
        "commands see each other's hosts, policies, maintenance flags, alerts and events."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QCoreApplication::translate("vigilctl", "Use this database file."), QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QCoreApplication::translate("vigilctl", "Use the embedded demo cluster."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
        QCoreApplication::translate("vigilctl", "Print JSON."));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
        QCoreApplication::translate("vigilctl", "Seconds to wait for hosts (default 15)."),
        QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption groupOption(QStringLiteral("group"),
        QCoreApplication::translate("vigilctl", "Group of the added host."), QStringLiteral("G"));
    const QCommandLineOption kaIntervalOption(QStringLiteral("keepalive-interval"),
        QCoreApplication::translate("vigilctl", "Keepalive interval in seconds (default 2)."),
        QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption kaCountOption(QStringLiteral("keepalive-count"),
        QCoreApplication::translate("vigilctl", "Unanswered keepalives before a host is lost (default 3)."),
        QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption lockManagerOption(QStringLiteral("lock-manager"),
        QCoreApplication::translate("vigilctl", "The added host runs a disk lock manager (virtlockd or sanlock)."));
    const QCommandLineOption hostOption(QStringLiteral("host"),
        QCoreApplication::translate("vigilctl", "Only this host."), QStringLiteral("NAME"));
    const QCommandLineOption allHostsOption(QStringLiteral("all-hosts"),
        QCoreApplication::translate("vigilctl", "Every host (policy simulate)."));
    const QCommandLineOption holderOption(QStringLiteral("holder"),
        QCoreApplication::translate("vigilctl", "Agent name in the engine lease (default: vigilctl agent on HOST)."),
        QStringLiteral("NAME"));
    const QCommandLineOption leaseOption(QStringLiteral("lease-ttl"),
        QCoreApplication::translate("vigilctl", "Seconds before a silent agent's lease can be taken over (default 15)."),
        QStringLiteral("S"), QStringLiteral("15"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("vigilctl", "Output file (export, report)."), QStringLiteral("FILE"));
    const QCommandLineOption definitionsOption(QStringLiteral("definitions-dir"),
        QCoreApplication::translate("vigilctl", "Where the nodes keep the guests' XML (export pacemaker; "
                                                "default /etc/pacemaker/vigil)."),
        QStringLiteral("DIR"), QStringLiteral("/etc/pacemaker/vigil"));
    const QCommandLineOption toOption(QStringLiteral("to"),
        QCoreApplication::translate("vigilctl", "Target host (migrate)."), QStringLiteral("HOST"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("vigilctl", "Report format: pdf, html, csv or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption rangeOption(QStringLiteral("range"),
        QCoreApplication::translate("vigilctl", "Report range: 1h, 24h, 7d or 30d (default 24h)."),
        QStringLiteral("RANGE"), QStringLiteral("24h"));
    const QCommandLineOption statsIntervalOption(QStringLiteral("stats-interval"),
        QCoreApplication::translate("vigilctl", "Seconds between statistics ticks (agent; default 5)."),
        QStringLiteral("S"), QStringLiteral("5"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
        QCoreApplication::translate("vigilctl", "Only check (migrate) or only recommend (balance)."));
    const QCommandLineOption aggressivenessOption(QStringLiteral("aggressiveness"),
        QCoreApplication::translate("vigilctl", "Balance: conservative, moderate (default) or aggressive."),
        QStringLiteral("LEVEL"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"),
        QCoreApplication::translate("vigilctl", "Move a shut-off guest's definition (migrate)."));
    const QCommandLineOption copyStorageOption(QStringLiteral("copy-storage"),
        QCoreApplication::translate("vigilctl", "Copy disks that are not on shared storage (migrate)."));
    const QCommandLineOption bandwidthOption(QStringLiteral("bandwidth"),
        QCoreApplication::translate("vigilctl", "Bandwidth limit in MiB/s (migrate; default unlimited)."),
        QStringLiteral("MIBS"), QStringLiteral("0"));
    const QCommandLineOption asOption(QStringLiteral("as"),
        QCoreApplication::translate("vigilctl", "Restore as a new guest of this name (new UUID and MACs)."),
        QStringLiteral("NAME"));
    const QCommandLineOption guestOption(QStringLiteral("guest"),
        QCoreApplication::translate("vigilctl", "The guest of a backup run (backup verify/restore)."),
        QStringLiteral("NAME"));
    const QCommandLineOption diskDirOption(QStringLiteral("disk-dir"),
        QCoreApplication::translate("vigilctl", "Where restored disks go (default: beside the original disks)."),
        QStringLiteral("DIR"));
    const QCommandLineOption startOption(QStringLiteral("start"),
        QCoreApplication::translate("vigilctl", "Start the restored guest."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("vigilctl", "Message language: en, de or zh_CN (default: the system's)."),
        QStringLiteral("CODE"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
        QCoreApplication::translate("vigilctl", "How many events (events; default 50)."), QStringLiteral("N"),
        QStringLiteral("50"));
    const QCommandLineOption followOption(QStringLiteral("follow"),
        QCoreApplication::translate("vigilctl", "Keep printing new events as any process stores them (events)."));
    const QCommandLineOption allOption(QStringLiteral("all"),
        QCoreApplication::translate("vigilctl", "Also alerts cleared in the last 7 days (alert list)."));
    const QCommandLineOption failbackOption(QStringLiteral("failback"),
        QCoreApplication::translate("vigilctl", "Move evacuated guests back (host maintenance exit)."));
    parser.addOptions({asOption, guestOption, diskDirOption, startOption, langOption, limitOption, followOption,
                       allOption, failbackOption});
    parser.addOptions({dbOption, demoOption, jsonOption, timeoutOption, groupOption, kaIntervalOption, kaCountOption,
                       lockManagerOption,
                       hostOption, allHostsOption, holderOption, leaseOption, outOption, definitionsOption, toOption,
                       formatOption, rangeOption, statsIntervalOption, offlineOption, copyStorageOption,
                       bandwidthOption, aggressivenessOption,
                       dryRunOption});
    parser.addPositionalArgument(QStringLiteral("command"),
        QCoreApplication::translate("vigilctl", "hosts|guests|policy|agent|export|migrate|report|backup"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.size() < 2 && !(args.size() == 1 && (args.first() == u"agent" || args.first() == u"report"
                                                  || args.first() == u"balance" || args.first() == u"events"))) {
        err << parser.helpText();
        return Cli::ExitUsage;
    }

    Cli::CliOptions options;
    options.json = parser.isSet(jsonOption);
    bool ok = true;
    options.timeoutMs = int(parser.value(timeoutOption).toDouble(&ok) * 1000);
    options.group = parser.value(groupOption);
    options.keepaliveInterval = parser.value(kaIntervalOption).toInt();
    options.keepaliveCount = parser.value(kaCountOption).toInt();
    options.lockManager = parser.isSet(lockManagerOption);
    options.hostFilter = parser.value(hostOption);
    options.allHosts = parser.isSet(allHostsOption);
    if (!ok || options.timeoutMs <= 0) {
        err << QCoreApplication::translate("vigilctl", "--timeout needs a positive number of seconds")
            << Qt::endl;
        return Cli::ExitUsage;
    }

    const QString noun = args.at(0);
    const QString verb = args.value(1);
    const QStringList rest = args.mid(2);
    const bool known = (noun == u"hosts" && (verb == u"list" || verb == u"add" || verb == u"remove"))
                       || (noun == u"guests" && verb == u"list") || noun == u"policy" || noun == u"agent"
                       || (noun == u"host" && verb == u"maintenance") || noun == u"guest" || noun == u"alert"
                       || noun == u"events"
                       || (noun == u"export" && verb == u"pacemaker") || noun == u"migrate" || noun == u"report" || noun == u"balance"
                       || (noun == u"backup" && QStringList{u"list"_s, u"import"_s, u"export"_s, u"remove"_s, u"run"_s,
                                                            u"verify"_s, u"restore"_s, u"test-restore"_s}.contains(verb));
    if (!known) {
        err << QCoreApplication::translate("vigilctl", "unknown command: %1 %2").arg(noun, verb) << Qt::endl
            << parser.helpText();
        return Cli::ExitUsage;
    }

    QString error;
    Session::Options sessionOptions;
    sessionOptions.databasePath = parser.value(dbOption);
    sessionOptions.demo = parser.isSet(demoOption);
    sessionOptions.recordHistory = noun == u"agent";
    sessionOptions.statsIntervalMs = std::clamp(int(parser.value(statsIntervalOption).toDouble() * 1000), 1000, 3600000);
    auto session = Session::open(sessionOptions, &error);
    if (!session) {
        err << QStringLiteral("vigilctl: ") << error << Qt::endl;
        return Cli::ExitDatabase;
    }

    int code = Cli::ExitUsage;
    if (noun == u"hosts" && verb == u"list")
        code = Cli::hostsList(*session, options, out, err);
    else if (noun == u"hosts" && verb == u"add")
        code = Cli::hostsAdd(*session, rest, options, out, err);
    else if (noun == u"hosts" && verb == u"remove")
        code = Cli::hostsRemove(*session, rest, out, err);
    else if (noun == u"guests")
        code = Cli::guestsList(*session, options, out, err);
    else if (noun == u"host")
        code = Cli::maintenanceCommand(*session, args.value(2), args.mid(3), parser.isSet(failbackOption), options,
                                       out, err);
    else if (noun == u"guest")
        code = Cli::guestCommand(*session, verb, rest, options, out, err);
    else if (noun == u"alert")
        code = Cli::alertCommand(*session, verb, rest, parser.isSet(allOption), options, out, err);
    else if (noun == u"events")
        code = Cli::eventsCommand(*session, parser.value(limitOption).toInt(), parser.isSet(followOption), options,
                                  out, err);
    else if (noun == u"migrate") {
        Migration::MigrationOptions move;
        move.live = !parser.isSet(offlineOption);
        move.copyStorage = parser.isSet(copyStorageOption);
        move.bandwidthMiBs = std::max(0, parser.value(bandwidthOption).toInt());
        code = Cli::migrateCommand(*session, args.mid(1), parser.value(toOption), parser.isSet(dryRunOption), move,
                                   options, out, err);
    } else if (noun == u"export")
        code = Cli::exportPacemakerCommand(*session, parser.value(outOption), parser.value(definitionsOption), options,
                                           out, err);
    else if (noun == u"agent")
        code = Cli::runAgent(*session, parser.value(holderOption),
                             std::max(1000, int(parser.value(leaseOption).toDouble() * 1000)), out);
    else if (noun == u"policy")
        code = Cli::policyCommand(*session, verb, rest, options, out, err);
    else if (noun == u"balance")
        code = Cli::balanceCommand(*session, parser.isSet(dryRunOption), parser.value(aggressivenessOption), options,
                                   out, err);
    else if (noun == u"backup") {
        Cli::BackupArguments backup;
        backup.verb = verb;
        backup.rest = rest;
        backup.to = parser.value(toOption);
        backup.as = parser.value(asOption);
        backup.guest = parser.value(guestOption);
        backup.diskDirectory = parser.value(diskDirOption);
        backup.start = parser.isSet(startOption);
        code = Cli::backupCommand(*session, backup, options, out, err);
    } else if (noun == u"report")
        code = Cli::reportCommand(*session, parser.value(formatOption), parser.value(rangeOption),
                                  parser.value(outOption), options, out, err);
    out.flush();
    err.flush();
    session.reset();
    Virt::stopEventLoop();
    return code;
}
