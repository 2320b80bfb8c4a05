#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Vigil::Test {

// A `vigilctl agent` process on a database, as an admin runs it next to the
// console: its printed event lines collect in `output`. Killed (SIGKILL) if
// still running when destroyed, or when the test process dies.
struct AgentProcess {
    QProcess process;
    QString output;

    AgentProcess(const QString &db, const QString &holder, int leaseTtlSeconds = 3,
                 const QStringList &extraArguments = {});
    ~AgentProcess();
    // SIGKILL: no clean-up at all.
    void crash();
};

// Runs vigilctl with `arguments` to completion; returns its exit code and
// sets `output` (stdout and stderr merged). `environment` replaces the
// process environment when not empty.
int runVigilctl(const QStringList &arguments, QString *output = nullptr, const QStringList &environment = {});

} // namespace Vigil::Test
