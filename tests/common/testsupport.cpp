#include "testsupport.h"

#include "core/cluster/clustermanager.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/backupstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Vigil::Test {

QString dataPath(const QString &name)
{
    return QStringLiteral(VIGIL_TEST_DATA_DIR "/") + name;
}

QString nodeUri(const QString &name)
{
    return QStringLiteral("test://") + dataPath(name);
}

HostConfig hostConfig(HostId id, const QString &name, const QString &uri, const QString &group)
{
    HostConfig config;
    config.id = id;
    config.name = name;
    config.uri = uri;
    config.group = group;
    return config;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString freshPostgresDatabase(const QString &name, QString *skipReason)
{
    const QString server = qEnvironmentVariable("VIGIL_TEST_POSTGRES");
    if (server.isEmpty())
        return {};
    const QString database = name.toLower().left(60);
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg-admin"));
        const QUrl url(server);
        admin.setHostName(url.host());
        admin.setPort(url.port());
        admin.setUserName(url.userName());
        admin.setDatabaseName(QStringLiteral("postgres"));
        QSqlQuery q(admin);
        if (!admin.open() || !q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(database))) {
            *skipReason = QStringLiteral("PostgreSQL test server unavailable: %1")
                              .arg(admin.isOpen() ? q.lastError().text() : admin.lastError().text());
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    return skipReason->isEmpty() ? server + u'/' + database : QString();
}

std::unique_ptr<Session> settledDemoSession(QString *error)
{
    auto session = Session::open({QString(), true}, error);
    if (!session)
        return nullptr;
    session->connectAll();
    if (!QTest::qWaitFor([&session] { return session->cluster()->allSettled(); }, 15000)) {
        *error = QStringLiteral("the demo cluster did not settle within 15 s");
        return nullptr;
    }
    return session;
}

std::unique_ptr<Session> sessionWithOneHost(const QString &databasePath, const QString &hostName, QString *error)
{
    Session::Options options;
    options.databasePath = databasePath;
    auto session = Session::open(options, error);
    HostConfig host = hostConfig(0, hostName, nodeUri(QStringLiteral("node-small.xml")));
    if (!session || !session->addHost(host, error))
        return nullptr;
    if (!QTest::qWaitFor([&session] { return session->cluster()->allSettled(); }, 15000)) {
        *error = QStringLiteral("the host did not settle within 15 s");
        return nullptr;
    }
    return session;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Backup::BackupJob backupJob()
{
    Backup::BackupJob job;
    job.name = u"nightly"_s;
    job.selection.guests = {u"db-1"_s};
    job.selection.patterns = {u"web-*"_s};
    job.targetDirectory = u"/srv/backup"_s;
    return job;
}

qint64 recordCompleteBackup(Store::BackupStore &store, const Backup::BackupJob &job, qint64 run, const QString &guest,
                            const QDateTime &createdAt, Backup::ArtifactRecord::Check verify)
{
    Backup::ArtifactRecord a;
    a.runId = run;
    a.jobId = job.id;
    a.guestUuid = u"uuid-"_s + guest;
    a.guestName = guest;
    a.state = Backup::ArtifactRecord::State::Complete;
    a.verify = verify;
    a.createdAt = createdAt;
    return store.saveArtifact(a) ? a.id : 0;
}

Backup::RestoreRecord drillRecord(qint64 artifactId, const QDateTime &startedAt, bool ok, const QString &message)
{
    Backup::RestoreRecord r;
    r.artifactId = artifactId;
    r.test = r.drill = true;
    r.ok = ok;
    r.startedAt = r.finishedAt = startedAt;
    r.message = message;
    return r;
}

QList<Health::Alert> openAlerts(const Session &session, const QString &rule)
{
    QList<Health::Alert> found;
    for (const Health::Alert &a : session.alertEngine()->openAlerts())
        if (a.rule == rule)
            found.append(a);
    return found;
}

} // namespace Vigil::Test
