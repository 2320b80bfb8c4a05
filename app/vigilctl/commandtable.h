#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QStringList>
#include <QTextStream>

#include <functional>

#include "clicommands.h"

namespace Vigil::Cli {

// What a command gets when it runs: the session, its parsed options and the
// words after its name ("list" and the rest of "hosts list …").
struct Invocation {
    Session &session;
    const QCommandLineParser &parser;
    QStringList args;
    CliOptions options;
    QTextStream &out;
    QTextStream &err;

    QString verb() const { return args.value(0); }
    QStringList rest() const { return args.mid(1); }
    QString value(const QString &option) const { return parser.value(option); }
    bool isSet(const QString &option) const { return parser.isSet(option); }
};

// One vigilctl command: its name, the verbs it takes, its help lines, its own
// options and what it does. main() parses and dispatches from this table
// alone: a new command is one entry here and the function it runs.
struct Command {
    QString name;
    QStringList verbs;                   // one of these must follow the name; empty: no verb
    const char *synopsis = nullptr;      // help lines (context "vigilctl")
    QList<QCommandLineOption> options;   // beyond commonOptions()
    bool recordsHistory = false;         // the agent: statistics history and alerts
    std::function<int(const Invocation &)> run;
};

// Every command, in the order of the help text.
const QList<Command> &commands();
const Command *findCommand(const QString &name);

// Options every command takes: --db, --demo, --json, --timeout, --lang.
QList<QCommandLineOption> commonOptions();
// The help text's head (what vigilctl is) and tail (exit codes).
QString helpHead();
QString helpTail();

} // namespace Vigil::Cli
