#include "agentprocess.h"

#include <QProcessEnvironment>

#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace Vigil::Test {

AgentProcess::AgentProcess(const QString &db, const QString &holder, int leaseTtlSeconds,
                           const QStringList &extraArguments)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&process, &QProcess::readyRead, [this]() { output += QString::fromUtf8(process.readAll()); });
    // A test killed by its timeout runs no destructor: the agent dies with
    // it instead of acting on the next test's lab.
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    process.start(QStringLiteral(VIGIL_VIGILCTL), QStringList{u"--db"_s, db, u"agent"_s, u"--holder"_s, holder,
                                                              u"--lease-ttl"_s, QString::number(leaseTtlSeconds)}
                                                      + extraArguments);
}

AgentProcess::~AgentProcess()
{
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5000);
    }
}

void AgentProcess::crash()
{
    process.kill();
    process.waitForFinished(5000);
}

int runVigilctl(const QStringList &arguments, QString *output, const QStringList &environment)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setEnvironment(environment);
    process.start(QStringLiteral(VIGIL_VIGILCTL), arguments);
    process.waitForFinished(60000);
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace Vigil::Test
