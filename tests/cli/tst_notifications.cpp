// `vigilctl agent --notify FILE`: a headless agent's alerts reach a person.
// A real agent process, a webhook receiver on loopback that fails once, a
// sendmail stand-in that keeps what it was given, and an alert raised by a
// host the agent cannot reach.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "core/health/alertrule.h"
#include "core/store/alertstore.h"
#include "core/store/database.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace Vigil;
using namespace Vigil::Test;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &content, QFileDevice::Permissions permissions = {})
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    if (permissions)
        QVERIFY(file.setPermissions(permissions));
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void criticalAlertReachesWebhookAndMail()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"n.sqlite"_s);
        // A host whose daemon refuses the connection, and a rule that calls
        // that critical at once.
        QString output;
        QVERIFY2(runVigilctl({u"--db"_s, db, u"hosts"_s, u"add"_s, u"h1"_s, u"qemu+tcp://127.0.0.1:1/system"_s},
                             &output) == 0, qPrintable(output));
        Store::Database::withConnection(db, u"rules"_s, [](QSqlDatabase handle, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Health::AlertRule rule;
            rule.name = u"h1 down"_s;
            rule.scope = Health::Scope::Host;
            rule.condition = u"unreachable"_s;
            rule.severity = Health::Severity::Critical;
            QString why;
            QVERIFY2(Store::AlertStore(handle).saveRule(rule, &why), qPrintable(why));
        });

        // The receiver answers 500 to the first delivery, 200 afterwards.
        QHttpServer receiver;
        QList<QByteArray> deliveries;
        receiver.route(u"/hook/<arg>"_s, [&deliveries](const QString &, const QHttpServerRequest &request) {
            deliveries.append(request.body());
            return QHttpServerResponse(deliveries.size() == 1 ? QHttpServerResponse::StatusCode::InternalServerError
                                                              : QHttpServerResponse::StatusCode::Ok);
        });
        const quint16 port = receiver.listen(QHostAddress::LocalHost);
        QVERIFY(port > 0);
        // Nothing listens here: every attempt fails.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 deadPort = closed.serverPort();
        closed.close();

        const QString sendmail = dir.filePath(u"sendmail"_s);
        writeFile(sendmail, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args\"\ncat > \"$0.mail\"\n",
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const QJsonObject config{
            {u"webhooks"_s, QJsonArray{
                QJsonObject{{u"url"_s, u"http://127.0.0.1:%1/hook/SECRET-TOKEN"_s.arg(port)},
                            {u"min_severity"_s, u"critical"_s}},
                QJsonObject{{u"url"_s, u"http://127.0.0.1:%1/hook/OTHER-TOKEN"_s.arg(deadPort)},
                            {u"min_severity"_s, u"warning"_s}}}},
            {u"email"_s, QJsonArray{QJsonObject{{u"to"_s, u"ops@example.com"_s}, {u"min_severity"_s, u"warning"_s}}}},
            {u"sendmail"_s, sendmail},
            {u"from"_s, u"vigil@lab"_s},
            {u"retry_seconds"_s, QJsonArray{0.2, 0.2}},
        };
        const QString notify = dir.filePath(u"notify.json"_s);
        writeFile(notify, QJsonDocument(config).toJson());

        AgentProcess agent(db, u"notifying-agent"_s, 3,
                           {u"--notify"_s, notify, u"--stats-interval"_s, u"1"_s});
        // Delivered on the second attempt.
        QTRY_VERIFY_WITH_TIMEOUT(deliveries.size() >= 2, 30000);
        const QJsonObject payload = QJsonDocument::fromJson(deliveries.last()).object();
        QCOMPARE(payload.value(u"state"_s).toString(), u"raised"_s);
        QCOMPARE(payload.value(u"severity"_s).toString(), u"critical"_s);
        QCOMPARE(payload.value(u"rule"_s).toString(), u"h1 down"_s);
        QCOMPARE(payload.value(u"host"_s).toString(), u"h1"_s);
        QCOMPARE(payload.value(u"agent"_s).toString(), u"notifying-agent"_s);
        QVERIFY(!payload.value(u"message"_s).toString().isEmpty());
        QCOMPARE(deliveries.first(), deliveries.last());   // the retry sends the same alert

        // The mail, through the sendmail stand-in.
        QTRY_VERIFY_WITH_TIMEOUT(fileBytes(sendmail + u".mail"_s).contains("h1 down"), 15000);
        const QByteArray mail = fileBytes(sendmail + u".mail"_s);
        QVERIFY2(mail.startsWith("To: ops@example.com\nFrom: vigil@lab\nSubject: [Vigil critical] h1 down: h1\n"),
                 mail.constData());
        QCOMPARE(fileBytes(sendmail + u".args"_s), QByteArray("-t\n-oi\n"));

        // The dead webhook: given up after its retries, said in the event
        // log with its host only — its token never leaves the file.
        QTRY_VERIFY_WITH_TIMEOUT(
            (runVigilctl({u"--db"_s, db, u"events"_s}, &output), output.contains(u"notification to webhook"_s)), 20000);
        QVERIFY2(output.contains(u"notification to webhook http://127.0.0.1 failed"_s), qPrintable(output));
        QVERIFY2(output.contains(u"after 3 attempts"_s), qPrintable(output));
        QVERIFY(!output.contains(u"TOKEN"_s));
        QVERIFY(!agent.output.contains(u"TOKEN"_s));
    }

    void badNotificationFilesAreRefusedWithThePath()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"n.sqlite"_s);
        const QString notify = dir.filePath(u"notify.json"_s);
        const QList<std::pair<QByteArray, QString>> cases{
            {R"({"webhoks": []})", u"$.webhoks"_s},
            {"{\"webhooks\": [{\"url\": \"ftp:/" "/x/y\"}]}", u"$.webhooks[0].url"_s},   // (moc reads // as a comment)
            {R"({"email": [{"to": "ops@example.com\nBcc: all@example.com"}]})", u"$.email[0].to"_s},
            {R"({"email": [{"to": "ops@example.com", "min_severity": "urgent"}]})", u"$.email[0].min_severity"_s},
            {R"({"retry_seconds": [0]})", u"$.retry_seconds"_s},
        };
        for (const auto &[json, path] : cases) {
            writeFile(notify, json);
            QString output;
            QCOMPARE(runVigilctl({u"--db"_s, db, u"agent"_s, u"--notify"_s, notify}, &output), 1);
            QVERIFY2(output.contains(path), qPrintable(output));
        }
        QString output;
        QCOMPARE(runVigilctl({u"--db"_s, db, u"agent"_s, u"--notify"_s, dir.filePath(u"missing.json"_s)}, &output), 1);
        QVERIFY2(output.contains(u"cannot read"_s), qPrintable(output));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestNotifications)
#include "tst_notifications.moc"
