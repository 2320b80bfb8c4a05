#include "notifier.h"
#include "clitext.h"

#include "core/eventrecord.h"
#include "core/health/alertengine.h"
#include "core/health/healthcheck.h"
#include "core/jsonreader.h"
#include "core/session.h"

#include <QFile>
#include <QHostInfo>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Vigil::Cli {
namespace {

// Header fields never carry a line break (no header injection through a
// guest or host name).
QString oneLine(QString text)
{
    return text.replace(QRegularExpression(u"[\\r\\n]+"_s), u" "_s);
}

} // namespace

std::optional<NotificationTargets> readNotificationTargets(const QString &path, QStringList *errors)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        errors->append(CliText::tr("cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const std::optional<QJsonObject> root = parseJsonObject(file.readAll(), errors);
    if (!root)
        return std::nullopt;
    const qsizetype before = errors->size();
    const auto severityAt = [](const JsonReader &reader, const QString &key) {
        const QString name = reader.string(key, u"critical"_s);
        if (name != u"info" && name != u"warning" && name != u"critical")
            reader.error(key, CliText::tr("is \"%1\"; use info, warning or critical").arg(name));
        return Health::severityFromName(name);
    };
    NotificationTargets targets;
    const JsonReader top(*root, u"$"_s, errors,
                         {u"webhooks"_s, u"email"_s, u"sendmail"_s, u"from"_s, u"retry_seconds"_s});
    const QJsonArray hooks = top.array(u"webhooks"_s);
    for (qsizetype i = 0; i < hooks.size(); ++i) {
        const JsonReader hook(hooks.at(i).toObject(), top.path(u"webhooks"_s) + u"[%1]"_s.arg(i), errors,
                              {u"url"_s, u"min_severity"_s});
        const QUrl url(hook.string(u"url"_s, {}, JsonReader::Presence::Required), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            hook.error(u"url"_s, CliText::tr("needs an http:// or https:// URL"));
        targets.webhooks.append({url, severityAt(hook, u"min_severity"_s)});
    }
    const QJsonArray mails = top.array(u"email"_s);
    static const QRegularExpression address(u"^[^\\s@<>,;\"]+@[^\\s@<>,;\"]+$"_s);
    for (qsizetype i = 0; i < mails.size(); ++i) {
        const JsonReader mail(mails.at(i).toObject(), top.path(u"email"_s) + u"[%1]"_s.arg(i), errors,
                              {u"to"_s, u"min_severity"_s});
        const QString to = mail.string(u"to"_s, {}, JsonReader::Presence::Required);
        if (!address.match(to).hasMatch())
            mail.error(u"to"_s, CliText::tr("\"%1\" is not one mail address").arg(to));
        targets.email.append({to, severityAt(mail, u"min_severity"_s)});
    }
    targets.sendmail = top.string(u"sendmail"_s, targets.sendmail);
    targets.from = top.string(u"from"_s);
    if (!targets.from.isEmpty() && !address.match(targets.from).hasMatch())
        top.error(u"from"_s, CliText::tr("\"%1\" is not one mail address").arg(targets.from));
    if (top.has(u"retry_seconds"_s)) {
        targets.retryDelaysMs.clear();
        for (const QJsonValue &v : top.array(u"retry_seconds"_s)) {
            if (!v.isDouble() || v.toDouble() < 0.1 || v.toDouble() > 3600) {
                top.error(u"retry_seconds"_s, CliText::tr("needs numbers of seconds from 0.1 to 3600"));
                break;
            }
            targets.retryDelaysMs.append(int(v.toDouble() * 1000));
        }
    }
    if (errors->size() != before)
        return std::nullopt;
    return targets;
}

Notifier::Notifier(Session &session, NotificationTargets targets, QString agentName, QObject *parent)
    : QObject(parent), m_session(session), m_targets(std::move(targets)), m_agentName(std::move(agentName))
{
    if (m_targets.from.isEmpty())
        m_targets.from = u"vigil@"_s + QHostInfo::localHostName();
    Health::AlertEngine *alerts = m_session.alertEngine();
    if (!alerts)
        return;   // a session that does not evaluate alerts has none to send
    connect(alerts, &Health::AlertEngine::alertRaised, this, [this](const Health::Alert &a) { notify(a, false); });
    connect(alerts, &Health::AlertEngine::alertCleared, this, [this](const Health::Alert &a) { notify(a, true); });
}

void Notifier::notify(const Health::Alert &alert, bool cleared)
{
    const QJsonObject payload{
        {u"source"_s, u"vigil"_s},
        {u"agent"_s, m_agentName},
        {u"state"_s, cleared ? u"cleared"_s : u"raised"_s},
        {u"severity"_s, Health::severityName(alert.severity)},
        {u"rule"_s, alert.rule},
        {u"key"_s, alert.key},
        {u"host"_s, alert.host},
        {u"subject"_s, alert.subject},
        {u"message"_s, alert.message.english()},
        {u"raised_at"_s, alert.raisedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"cleared_at"_s, alert.clearedAt.isValid() ? QJsonValue(alert.clearedAt.toUTC().toString(Qt::ISODateWithMs))
                                                     : QJsonValue()},
    };
    const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    for (const NotificationTargets::Webhook &hook : std::as_const(m_targets.webhooks))
        if (alert.severity >= hook.minSeverity)
            post(hook, body, 0);
    for (const NotificationTargets::Mail &target : std::as_const(m_targets.email))
        if (alert.severity >= target.minSeverity)
            mail(target, alert, cleared);
}

void Notifier::post(const NotificationTargets::Webhook &hook, const QByteArray &body, int attempt)
{
    QNetworkRequest request(hook.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(15000);
    QNetworkReply *reply = m_network.post(request, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hook, body, attempt]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
            return;
        const QString why = status > 0 ? CliText::tr("HTTP %1").arg(status) : reply->errorString();
        const bool worthRetrying = status == 0 || status >= 500 || status == 408 || status == 429;
        if (worthRetrying && attempt < m_targets.retryDelaysMs.size()) {
            QTimer::singleShot(m_targets.retryDelaysMs.at(attempt), this, [this, hook, body, attempt]() {
                post(hook, body, attempt + 1);
            });
            return;
        }
        // The host only: the path and query usually hold the hook's token.
        failed(CliText::tr("webhook %1://%2").arg(hook.url.scheme(), hook.url.host()),
               attempt == 0 ? CliText::tr("%1 (not retried)").arg(why)
                            : CliText::tr("%1 after %2 attempts").arg(why).arg(attempt + 1));
    });
}

void Notifier::mail(const NotificationTargets::Mail &target, const Health::Alert &alert, bool cleared)
{
    const QString subject = oneLine(u"[Vigil %1] %2%3: %4"_s.arg(Health::severityName(alert.severity),
                                                                 cleared ? u"cleared: "_s : QString(), alert.rule,
                                                                 alert.host.isEmpty() ? alert.subject : alert.host));
    QString text = u"To: %1\nFrom: %2\nSubject: %3\nContent-Type: text/plain; charset=utf-8\n\n"_s.arg(
        oneLine(target.to), oneLine(m_targets.from), subject);
    text += alert.message.english() + u"\n\n"_s;
    text += u"Severity: %1\nHost: %2\nSubject: %3\nRaised: %4\n"_s.arg(Health::severityName(alert.severity),
                                                                       alert.host, alert.subject,
                                                                       alert.raisedAt.toUTC().toString(Qt::ISODate));
    if (cleared)
        text += u"Cleared: %1\n"_s.arg(alert.clearedAt.toUTC().toString(Qt::ISODate));
    text += u"\n-- \n%1\n"_s.arg(m_agentName);

    auto *sendmail = new QProcess(this);
    sendmail->setProcessChannelMode(QProcess::MergedChannels);
    auto *timeout = new QTimer(sendmail);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, sendmail, [sendmail]() { sendmail->kill(); });
    const QString to = target.to;
    connect(sendmail, &QProcess::finished, this, [this, sendmail, to](int code, QProcess::ExitStatus status) {
        sendmail->deleteLater();
        if (status == QProcess::NormalExit && code == 0)
            return;
        const QString output = QString::fromUtf8(sendmail->readAll()).trimmed().left(300);
        failed(CliText::tr("mail to %1").arg(to), status == QProcess::NormalExit
                                                  ? CliText::tr("sendmail exited with %1%2").arg(code).arg(
                                                        output.isEmpty() ? QString() : u": "_s + output)
                                                  : CliText::tr("sendmail did not finish within 30 s"));
    });
    connect(sendmail, &QProcess::errorOccurred, this, [this, sendmail, to](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        sendmail->deleteLater();
        failed(CliText::tr("mail to %1").arg(to),
               CliText::tr("%1 could not be started: %2").arg(m_targets.sendmail, sendmail->errorString()));
    });
    sendmail->start(m_targets.sendmail, {u"-t"_s, u"-oi"_s});
    timeout->start(30000);
    sendmail->write(text.toUtf8());
    sendmail->closeWriteChannel();
}

void Notifier::failed(const QString &what, const QString &why)
{
    m_session.logEvent(EventRecord::make(EventRecord::Kind::Health, {}, {},
                                         storedTr("notification to %1 failed: %2").arg(what, why),
                                         EventRecord::Result::Failed, m_agentName));
}

} // namespace Vigil::Cli
