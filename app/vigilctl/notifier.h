#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>

#include <optional>

#include "core/health/alert.h"
#include "core/storedtext.h"

namespace Vigil {
class Session;
}

namespace Vigil::Cli {

// Where a headless agent's alerts go (vigilctl agent --notify FILE): JSON
// kept in a file of its own, not in the shared database, because a webhook
// URL usually carries its token.
//
//   {"webhooks": [{"url": "https://hooks.example/T0K3N", "min_severity": "critical"}],
//    "email": [{"to": "ops@example.com", "min_severity": "warning"}],
//    "sendmail": "/usr/sbin/sendmail", "from": "vigil@kvm-admin",
//    "retry_seconds": [2, 10, 30, 60, 120]}
struct NotificationTargets {
    struct Webhook {
        QUrl url;
        Health::Severity minSeverity = Health::Severity::Critical;
    };
    struct Mail {
        QString to;
        Health::Severity minSeverity = Health::Severity::Critical;
    };
    QList<Webhook> webhooks;
    QList<Mail> email;
    QString sendmail = QStringLiteral("/usr/sbin/sendmail");
    QString from;   // empty: vigil@<this host>
    // Waits between webhook attempts ("retry_seconds").
    QList<int> retryDelaysMs{2000, 10000, 30000, 60000, 120000};
};
// Strict: an unknown key, a wrong type or a bad URL or address is an error
// naming its path.
std::optional<NotificationTargets> readNotificationTargets(const QString &path, QStringList *errors);

// Sends each alert this process raises or clears (only the process that
// evaluates alerts does, so one agent notifies once) to every target whose
// minimum severity it reaches: a webhook gets an HTTP POST of JSON, retried
// after each of retry_seconds on a network error or a 5xx/408/429 answer;
// email goes through sendmail -t. What could not be delivered is an
// event in the log (with the webhook's host only, never its URL).
class Notifier : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    Notifier(Session &session, NotificationTargets targets, QString agentName, QObject *parent = nullptr);

private:
    void notify(const Health::Alert &alert, bool cleared);
    void post(const NotificationTargets::Webhook &hook, const QByteArray &body, int attempt);
    void mail(const NotificationTargets::Mail &target, const Health::Alert &alert, bool cleared);
    void failed(const QString &what, const QString &why);

    Session &m_session;
    NotificationTargets m_targets;
    QString m_agentName;
    QNetworkAccessManager m_network;
};

} // namespace Vigil::Cli
