#include "fencer.h"

namespace Vigil::Ha {

Fencer::Fencer(QObject *parent)
    : QObject(parent)
    , m_process(this)
    , m_timeout(this)
{
    m_timeout.setSingleShot(true);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_timeout, &QTimer::timeout, this, [this]() {
        m_process.kill();
        done(false, tr("the fence command did not finish within %1 s").arg(m_timeout.interval() / 1000));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        const QString output = QString::fromUtf8(m_process.readAll()).trimmed().left(500);
        if (status != QProcess::NormalExit)
            done(false, tr("the fence command crashed"));
        else if (code != 0)
            done(false, tr("the fence command failed (exit %1)%2").arg(code).arg(output.isEmpty() ? QString() : u": "_qs + output));
        else
            done(true, output.isEmpty() ? tr("fence confirmed") : tr("fence confirmed: %1").arg(output));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false, tr("the fence command could not be started: %1").arg(m_process.errorString()));
    });
}

QStringList Fencer::expand(const QStringList &argv, const Target &target)
{
    QStringList result;
    result.reserve(argv.size());
    for (QString arg : argv) {
        arg.replace(u"{host}"_qs, target.host);
        arg.replace(u"{uri}"_qs, target.uri);
        arg.replace(u"{address}"_qs, target.address);
        result.append(arg);
    }
    return result;
}

QStringList Fencer::statusArgv(const QStringList &argv)
{
    QStringList result = argv;
    bool switched = false;
    for (qsizetype i = 1; i < result.size(); ++i) {
        const QString &arg = result.at(i);
        if ((arg == u"--action" || arg == u"-o") && i + 1 < result.size()) {
            result[i + 1] = QStringLiteral("status");
            switched = true;
        } else if (arg.startsWith(u"--action=")) {
            result[i] = QStringLiteral("--action=status");
            switched = true;
        }
    }
    return switched ? result : QStringList();
}

void Fencer::run(const FenceAction &action, const Target &target)
{
    const QStringList argv = expand(action.argv, target);
    m_reported = false;
    if (argv.isEmpty()) {
        done(false, tr("no fence command configured"));
        return;
    }
    m_timeout.start(action.timeoutSeconds * 1000);
    m_process.start(argv.first(), argv.mid(1));
}

void Fencer::done(bool confirmed, const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_timeout.stop();
    Q_EMIT finished(confirmed, message);
}

} // namespace Vigil::Ha
