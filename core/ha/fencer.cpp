#include "fencer.h"

#include <array>

using namespace Qt::StringLiterals;

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
            done(false, tr("the fence command failed (exit %1)%2").arg(code).arg(output.isEmpty() ? QString() : u": "_s + output));
        else
            done(true, output.isEmpty() ? tr("fence confirmed") : tr("fence confirmed: %1").arg(output));
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            done(false, tr("the fence command could not be started: %1").arg(m_process.errorString()));
    });
}

Fencer::~Fencer()
{
    // QProcess kills a running program when it is destroyed and says so
    // (finished): not to this object, whose timer is gone by then.
    m_process.disconnect(this);
}

QStringList Fencer::expand(const QStringList &argv, const Target &target)
{
    // One pass over each argument: a value substituted in is never scanned
    // again, so a host named "x{address}" stays "x{address}".
    const std::array<std::pair<QStringView, const QString *>, 3> placeholders{{
        {u"{host}", &target.host}, {u"{uri}", &target.uri}, {u"{address}", &target.address}}};
    QStringList result;
    result.reserve(argv.size());
    for (const QString &arg : argv) {
        QString expanded;
        expanded.reserve(arg.size());
        qsizetype i = 0;
        while (i < arg.size()) {
            bool substituted = false;
            if (arg.at(i) == u'{') {
                for (const auto &[name, value] : placeholders) {
                    if (QStringView(arg).mid(i).startsWith(name)) {
                        expanded += *value;
                        i += name.size();
                        substituted = true;
                        break;
                    }
                }
            }
            if (!substituted)
                expanded += arg.at(i++);
        }
        result.append(expanded);
    }
    return result;
}

namespace {

// Fence agents take their secrets as --password/-p, --snmp-priv-passwd/-P,
// --community/-c (SNMP) and the like; the options that name a file or a
// script (--password-script, --identity-file) are not secrets.
bool isSecretOption(QStringView option)
{
    while (option.startsWith(u'-'))
        option = option.mid(1);
    if (option == u"p" || option == u"P" || option == u"c")
        return true;
    if (option.endsWith(u"-script") || option.endsWith(u"-file"))
        return false;
    for (QStringView word : {u"pass", u"secret", u"token", u"community", u"key"}) {
        if (option.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const QString kHidden = QStringLiteral("***");

} // namespace

Fencer::Redacted Fencer::redact(const QStringList &argv)
{
    Redacted redacted;
    redacted.argv = argv;
    for (qsizetype i = 1; i < argv.size(); ++i) {
        const QString &arg = argv.at(i);
        const qsizetype equals = arg.indexOf(u'=');
        if (arg.startsWith(u'-') && equals > 0) {
            if (isSecretOption(QStringView(arg).left(equals)) && equals + 1 < arg.size()) {
                redacted.secrets.append(arg.mid(equals + 1));
                redacted.argv[i] = arg.left(equals + 1) + kHidden;
            }
        } else if (arg.startsWith(u'-') && isSecretOption(arg) && i + 1 < argv.size()) {
            redacted.secrets.append(argv.at(i + 1));
            redacted.argv[++i] = kHidden;
        }
    }
    redacted.secrets.removeAll(QString());
    return redacted;
}

QString Fencer::Redacted::hide(QString text) const
{
    for (const QString &secret : secrets)
        text.replace(secret, kHidden);
    return text;
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
    m_redacted = redact(argv);
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
    // The agent's own output may echo its options (verbose mode, usage text).
    Q_EMIT finished(confirmed, m_redacted.hide(message));
}

} // namespace Vigil::Ha
