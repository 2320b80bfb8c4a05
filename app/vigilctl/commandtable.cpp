#include "commandtable.h"
#include "clitext.h"

#include "agentcommand.h"
#include "alertcommand.h"
#include "backupcommand.h"
#include "balancecommand.h"
#include "credentialsloader.h"
#include "eventscommand.h"
#include "exportcommand.h"
#include "guestcommand.h"
#include "hosttrustcommand.h"
#include "maintenancecommand.h"
#include "migratecommand.h"
#include "policycommands.h"
#include "reportcommand.h"

#include "core/migration/migrationmanager.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {


// The options, each defined once; commands list the ones they take.
QCommandLineOption flag(const QString &name, const char *help) { return QCommandLineOption(name, CliText::tr(help)); }
QCommandLineOption valued(const QString &name, const char *help, const QString &valueName,
                          const QString &defaultValue = {})
{
    return QCommandLineOption(name, CliText::tr(help), valueName, defaultValue);
}

QCommandLineOption hostOption() { return valued(u"host"_s, QT_TRANSLATE_NOOP("vigilctl", "Only this host."), u"NAME"_s); }
QCommandLineOption toOption()
{
    return valued(u"to"_s, QT_TRANSLATE_NOOP("vigilctl", "Target host (migrate)."), u"HOST"_s);
}
QCommandLineOption outOption()
{
    return valued(u"out"_s, QT_TRANSLATE_NOOP("vigilctl", "Output file (export, report)."), u"FILE"_s);
}
QCommandLineOption dryRunOption()
{
    return flag(u"dry-run"_s, QT_TRANSLATE_NOOP("vigilctl", "Only check (migrate) or only recommend (balance)."));
}

QList<Command> buildCommands()
{
    QList<Command> table;
    table.append({u"hosts"_s, {u"list"_s, u"add"_s, u"remove"_s, u"trust"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  hosts list                 configured hosts and their connection state\n"
                      "  hosts add NAME URI         store a host (validated; connected by the next console/agent)\n"
                      "  hosts remove NAME          forget a host\n"
                      "  hosts trust NAME [--fingerprint F]   show an ssh host's key; trust it once compared"),
                  {valued(u"group"_s, QT_TRANSLATE_NOOP("vigilctl", "Group of the added host."), u"G"_s),
                   valued(u"keepalive-interval"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Keepalive interval in seconds (default 2)."), u"S"_s, u"2"_s),
                   valued(u"keepalive-count"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Unanswered keepalives before a host is lost (default 3)."),
                          u"N"_s, u"3"_s),
                   flag(u"lock-manager"_s, QT_TRANSLATE_NOOP("vigilctl", "The added host runs a disk lock manager "
                                                                         "(virtlockd or sanlock).")),
                   valued(u"fingerprint"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "The SSH host key fingerprint you compared (hosts trust)."),
                          u"SHA256:…"_s)},
                  false, [](const Invocation &in) {
                      if (in.verb() == u"trust") {
                          if (in.rest().size() != 1) {
                              in.err << QObject::tr("usage: vigilctl hosts trust NAME [--fingerprint SHA256:…]")
                                     << Qt::endl;
                              return int(ExitUsage);
                          }
                          return hostsTrust(in.session, in.rest().first(), in.value(u"fingerprint"_s), in.out, in.err);
                      }
                      if (in.verb() == u"list")
                          return hostsList(in.session, in.options, in.out, in.err);
                      if (in.verb() == u"add")
                          return hostsAdd(in.session, in.rest(), in.options, in.out, in.err);
                      return hostsRemove(in.session, in.rest(), in.out, in.err);
                  }});
    table.append({u"host"_s, {u"maintenance"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  host maintenance enter NAME   evacuate the host and keep failover off it (waits for the moves)\n"
                      "  host maintenance exit NAME [--failback]   leave maintenance (and move the guests back)"),
                  {flag(u"failback"_s, QT_TRANSLATE_NOOP("vigilctl", "Move evacuated guests back (host maintenance exit)."))},
                  false, [](const Invocation &in) {
                      return maintenanceCommand(in.session, in.args.value(1), in.args.mid(2), in.isSet(u"failback"_s),
                                                in.options, in.out, in.err);
                  }});
    table.append({u"guests"_s, {u"list"_s},
                  QT_TRANSLATE_NOOP("vigilctl", "  guests list [--host NAME]  every guest on every host"),
                  {hostOption()}, false,
                  [](const Invocation &in) { return guestsList(in.session, in.options, in.out, in.err); }});
    table.append({u"guest"_s, {u"start"_s, u"shutdown"_s, u"reboot"_s, u"force-off"_s, u"suspend"_s, u"resume"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  guest start|shutdown|reboot|force-off|suspend|resume NAME [--host NAME]"),
                  {hostOption()}, false, [](const Invocation &in) {
                      return guestCommand(in.session, in.verb(), in.rest(), in.options, in.out, in.err);
                  }});
    table.append({u"alert"_s, {u"list"_s, u"ack"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  alert list [--all] | alert ack KEY   alerts as the evaluating process stored them"),
                  {flag(u"all"_s, QT_TRANSLATE_NOOP("vigilctl", "Also alerts cleared in the last 7 days (alert list)."))},
                  false, [](const Invocation &in) {
                      return alertCommand(in.session, in.verb(), in.rest(), in.isSet(u"all"_s), in.options, in.out,
                                          in.err);
                  }});
    table.append({u"events"_s, {},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  events [--limit N] [--follow]   the shared event log of every process (Ctrl-C stops --follow)"),
                  {valued(u"limit"_s, QT_TRANSLATE_NOOP("vigilctl", "How many events (events; default 50)."), u"N"_s,
                          u"50"_s),
                   flag(u"follow"_s,
                        QT_TRANSLATE_NOOP("vigilctl", "Keep printing new events as any process stores them (events)."))},
                  false, [](const Invocation &in) {
                      return eventsCommand(in.session, in.value(u"limit"_s).toInt(), in.isSet(u"follow"_s), in.options,
                                           in.out, in.err);
                  }});
    table.append({u"policy"_s,
                  {u"list"_s, u"show"_s, u"export"_s, u"import"_s, u"validate"_s, u"delete"_s, u"simulate"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  policy list|show NAME|export [NAME]|import FILE|validate FILE|delete NAME\n"
                      "  policy simulate --host NAME|--all-hosts   dry run: what happens if a host dies now"),
                  {hostOption(), flag(u"all-hosts"_s, QT_TRANSLATE_NOOP("vigilctl", "Every host (policy simulate)."))},
                  false, [](const Invocation &in) {
                      return policyCommand(in.session, in.verb(), in.rest(), in.options, in.out, in.err);
                  }});
    table.append({u"agent"_s, {},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  agent                      run the failover engine headless (SIGTERM stops it)"),
                  {valued(u"holder"_s,
                          QT_TRANSLATE_NOOP("vigilctl",
                                            "Agent name in the engine lease (default: vigilctl agent on HOST)."),
                          u"NAME"_s),
                   valued(u"lease-ttl"_s,
                          QT_TRANSLATE_NOOP("vigilctl",
                                            "Seconds before a silent agent's lease can be taken over (default 15)."),
                          u"S"_s, u"15"_s),
                   valued(u"stats-interval"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Seconds between statistics ticks (agent; default 5)."),
                          u"S"_s, u"5"_s),
                   valued(u"metrics"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Serve Prometheus metrics at http://ADDR:PORT/metrics "
                                                        "(for example 127.0.0.1:9464)."),
                          u"ADDR:PORT"_s),
                   valued(u"notify"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Send alerts to the webhooks and mail addresses in this "
                                                        "JSON file (see the user guide)."),
                          u"FILE"_s)},
                  true, [](const Invocation &in) {
                      AgentOptions options;
                      options.holder = in.value(u"holder"_s);
                      options.leaseTtlMs = std::max(1000, int(in.value(u"lease-ttl"_s).toDouble() * 1000));
                      options.metricsAddress = in.value(u"metrics"_s);
                      options.notifyFile = in.value(u"notify"_s);
                      options.credentialsFile = credentialsPath(in.value(u"credentials"_s));
                      return runAgent(in.session, options, in.out);
                  }});
    table.append({u"export"_s, {u"pacemaker"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  export pacemaker --out FILE   the policies as a Pacemaker CIB (checked with crm_verify)"),
                  {outOption(),
                   valued(u"definitions-dir"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Where the nodes keep the guests' XML (export pacemaker; "
                                                        "default /etc/pacemaker/vigil)."),
                          u"DIR"_s, u"/etc/pacemaker/vigil"_s)},
                  false, [](const Invocation &in) {
                      return exportPacemakerCommand(in.session, in.value(u"out"_s), in.value(u"definitions-dir"_s),
                                                    in.options, in.out, in.err);
                  }});
    table.append({u"migrate"_s, {},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  migrate GUEST --to HOST [--offline] [--copy-storage] [--bandwidth MIBS] [--dry-run]\n"
                      "                             pre-flight checklist, then the move with progress (Ctrl-C cancels)"),
                  {toOption(), hostOption(), dryRunOption(),
                   flag(u"offline"_s, QT_TRANSLATE_NOOP("vigilctl", "Move a shut-off guest's definition (migrate).")),
                   flag(u"copy-storage"_s,
                        QT_TRANSLATE_NOOP("vigilctl", "Copy disks that are not on shared storage (migrate).")),
                   valued(u"bandwidth"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Bandwidth limit in MiB/s (migrate; default unlimited)."),
                          u"MIBS"_s, u"0"_s)},
                  false, [](const Invocation &in) {
                      Migration::MigrationOptions move;
                      move.live = !in.isSet(u"offline"_s);
                      move.copyStorage = in.isSet(u"copy-storage"_s);
                      move.bandwidthMiBs = std::max(0, in.value(u"bandwidth"_s).toInt());
                      return migrateCommand(in.session, in.args, in.value(u"to"_s), in.isSet(u"dry-run"_s), move,
                                            in.options, in.out, in.err);
                  }});
    table.append({u"balance"_s, {},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  balance --dry-run [--aggressiveness LEVEL]   load per host, imbalance, recommended moves"),
                  {dryRunOption(),
                   valued(u"aggressiveness"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Balance: conservative, moderate (default) or aggressive."),
                          u"LEVEL"_s)},
                  false, [](const Invocation &in) {
                      return balanceCommand(in.session, in.isSet(u"dry-run"_s), in.value(u"aggressiveness"_s),
                                            in.options, in.out, in.err);
                  }});
    table.append({u"report"_s, {},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  report --format pdf|html|csv|json --range 1h|24h|7d|30d --out FILE [--host NAME]\n"
                      "                             a health report (format defaults to the file's extension)"),
                  {outOption(), hostOption(),
                   valued(u"format"_s, QT_TRANSLATE_NOOP("vigilctl", "Report format: pdf, html, csv or json."),
                          u"FORMAT"_s),
                   valued(u"range"_s, QT_TRANSLATE_NOOP("vigilctl", "Report range: 1h, 24h, 7d or 30d (default 24h)."),
                          u"RANGE"_s, u"24h"_s)},
                  false, [](const Invocation &in) {
                      return reportCommand(in.session, in.value(u"format"_s), in.value(u"range"_s), in.value(u"out"_s),
                                           in.options, in.out, in.err);
                  }});
    table.append({u"backup"_s,
                  {u"list"_s, u"import"_s, u"export"_s, u"remove"_s, u"run"_s, u"verify"_s, u"restore"_s,
                   u"test-restore"_s},
                  QT_TRANSLATE_NOOP("vigilctl",
                      "  backup list                jobs, their next run and recent runs with each guest's backup\n"
                      "  backup import FILE | export JOB | remove JOB   backup jobs as JSON documents\n"
                      "  backup run JOB             back up now and wait (Ctrl-C cancels; guests keep running)\n"
                      "  backup verify RUN          re-read every file of the run's backups (SHA-256, qemu-img check)\n"
                      "  backup restore RUN --to HOST [--as NAME] [--guest NAME] [--disk-dir DIR] [--start]\n"
                      "  backup test-restore RUN [--to HOST] [--guest NAME]   restore, boot, check, remove\n"
                      "                             (RUN is a run id, or #ID for one guest's backup)"),
                  {toOption(),
                   valued(u"as"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "Restore as a new guest of this name (new UUID and MACs)."),
                          u"NAME"_s),
                   valued(u"guest"_s,
                          QT_TRANSLATE_NOOP("vigilctl", "The guest of a backup run (backup verify/restore)."),
                          u"NAME"_s),
                   valued(u"disk-dir"_s,
                          QT_TRANSLATE_NOOP("vigilctl",
                                            "Where restored disks go (default: beside the original disks)."),
                          u"DIR"_s),
                   flag(u"start"_s, QT_TRANSLATE_NOOP("vigilctl", "Start the restored guest."))},
                  false, [](const Invocation &in) {
                      BackupArguments backup;
                      backup.verb = in.verb();
                      backup.rest = in.rest();
                      backup.to = in.value(u"to"_s);
                      backup.as = in.value(u"as"_s);
                      backup.guest = in.value(u"guest"_s);
                      backup.diskDirectory = in.value(u"disk-dir"_s);
                      backup.start = in.isSet(u"start"_s);
                      return backupCommand(in.session, backup, in.options, in.out, in.err);
                  }});
    return table;
}

} // namespace

const QList<Command> &commands()
{
    // Built after the translations are installed (option help is translated).
    static const QList<Command> table = buildCommands();
    return table;
}

const Command *findCommand(const QString &name)
{
    const QList<Command> &table = commands();
    const auto it = std::find_if(table.cbegin(), table.cend(), [&name](const Command &c) { return c.name == name; });
    return it == table.cend() ? nullptr : &*it;
}

QList<QCommandLineOption> commonOptions()
{
    return {valued(u"db"_s, QT_TRANSLATE_NOOP("vigilctl", "Use this database file."), u"PATH"_s),
            flag(u"demo"_s, QT_TRANSLATE_NOOP("vigilctl", "Use the embedded demo cluster.")),
            flag(u"json"_s, QT_TRANSLATE_NOOP("vigilctl", "Print JSON.")),
            valued(u"credentials"_s,
                   QT_TRANSLATE_NOOP("vigilctl", "Read host logins from this file (default: $CREDENTIALS_DIRECTORY/"
                                                 "vigil-hosts, else /etc/vigil/host-credentials; private to this user)."),
                   u"FILE"_s),
            valued(u"timeout"_s, QT_TRANSLATE_NOOP("vigilctl", "Seconds to wait for hosts (default 15)."), u"S"_s,
                   u"15"_s),
            valued(u"lang"_s, QT_TRANSLATE_NOOP("vigilctl", "Message language: en, de or zh_CN (default: the system's)."),
                   u"CODE"_s)};
}

QString helpHead()
{
    return CliText::tr("Vigil command-line tool.\n\nCommands:");
}

QString helpTail()
{
    return CliText::tr("Exit codes: 0 ok, 1 usage or invalid input, 2 database unusable,\n"
                                       "3 done but some hosts were unreachable (they are listed),\n"
                                       "4 a migration pre-flight check failed, 5 a move failed or was cancelled\n"
                                       "(or guests still run on a host put in maintenance; they are listed),\n"
                                       "6 a backup, verify, restore or restore test failed, 7 a guest action failed.\n\n"
                                       "Every process on one database is one system: a console, agents and these\n"
                                       "commands see each other's hosts, policies, maintenance flags, alerts and events.");
}

} // namespace Vigil::Cli
