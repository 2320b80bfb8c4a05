#include "agentprocess.h"

#include <QProcessEnvironment>

namespace Vigil::Test {

AgentProcess::AgentProcess(const QString &db, const QString &holder, int leaseTtlSeconds,
                           const QStringList &extraArguments)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&process, &QProcess::readyRead, [this]() { output += QString::fromUtf8(process.readAll()); });
    process.start(QStringLiteral(VIGIL_VIGILCTL), QStringList{u"--db"_qs, db, u"agent"_qs, u"--holder"_qs, holder,
                                                              u"--lease-ttl"_qs, QString::number(leaseTtlSeconds)}
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
