#pragma once

#include <QString>
#include <QTest>

#include <memory>

#include "core/backup/backupjob.h"
#include "core/backup/backuprecord.h"
#include "core/health/alert.h"
#include "core/hostconfig.h"
#include "core/virt/eventloop.h"

namespace Vigil {
class Session;
namespace Store { class BackupStore; }
}

namespace Vigil::Test {

// Absolute path of a file in tests/data.
QString dataPath(const QString &name);
// test:///<abs path> URI of a node file in tests/data.
QString nodeUri(const QString &name);
HostConfig hostConfig(HostId id, const QString &name, const QString &uri, const QString &group = {});
// SHA-256 of a file's bytes (to prove a file was left untouched).
QByteArray fileHash(const QString &path);
// A file's bytes; empty when it cannot be read.
QByteArray fileBytes(const QString &path);
// On the PostgreSQL test server named by VIGIL_TEST_POSTGRES (the ctest
// fixture's), a fresh empty database `name`; returns its URL. Empty when
// the variable is unset; empty with `skipReason` set when the server
// cannot be reached.
QString freshPostgresDatabase(const QString &name, QString *skipReason);
// The embedded demo cluster, connected, every host settled (null with
// `error` set when it cannot be opened or does not settle in 15 s).
std::unique_ptr<Session> settledDemoSession(QString *error);
// A session on its own database file with one host, `hostName`, on the
// test driver's node-small.xml, connected and settled (null with `error`
// set when it cannot be opened or does not settle in 15 s).
std::unique_ptr<Session> sessionWithOneHost(const QString &databasePath, const QString &hostName, QString *error);
// The open alerts of one rule, as the session's alert engine holds them.
QList<Health::Alert> openAlerts(const Session &session, const QString &rule);
// A valid backup job "nightly" of db-1 and web-* into /srv/backup (not saved).
Backup::BackupJob backupJob();
// A complete backup of `guest` (UUID "uuid-<guest>", no files) recorded
// for `run` of `job`, as a finished run records it: its id, 0 when it
// could not be saved.
qint64 recordCompleteBackup(Store::BackupStore &store, const Backup::BackupJob &job, qint64 run, const QString &guest,
                            const QDateTime &createdAt,
                            Backup::ArtifactRecord::Check verify = Backup::ArtifactRecord::Check::NotChecked);
// A restore drill of backup `artifactId` that started at `startedAt`.
Backup::RestoreRecord drillRecord(qint64 artifactId, const QDateTime &startedAt, bool ok,
                                  const QString &message = {});

} // namespace Vigil::Test

// Like QTEST_MAIN / QTEST_GUILESS_MAIN, but first keeps Qt off GLib's default
// main context, which libvirt's event loop needs (see core/virt/eventloop.h).
#define VIGIL_TEST_MAIN_IMPL(TestObject, AppType)                          \
    int main(int argc, char *argv[])                                       \
    {                                                                      \
        Vigil::Virt::prepareProcess();                                     \
        AppType app(argc, argv);                                           \
        app.setApplicationName(QStringLiteral("vigil-test"));              \
        TestObject tc;                                                     \
        QTEST_SET_MAIN_SOURCE_PATH                                         \
        return QTest::qExec(&tc, argc, argv);                              \
    }

#define VIGIL_TEST_GUILESS_MAIN(TestObject) VIGIL_TEST_MAIN_IMPL(TestObject, QCoreApplication)
#define VIGIL_TEST_GUI_MAIN(TestObject) VIGIL_TEST_MAIN_IMPL(TestObject, QApplication)
