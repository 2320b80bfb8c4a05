#pragma once

// Waiting for the backup engine in lab tests (tst_lab_backup,
// tst_lab_pullbackup): a run to its end, an operation to its result.

#include "core/backup/backupmanager.h"
#include "core/store/backupstore.h"

#include <QElapsedTimer>
#include <QTest>

namespace Vigil::Test {

// Runs the job and waits until nothing of it runs any more (its prune and
// mirror included); the run as recorded, or an empty one when it did not start.
inline Backup::RunRecord runBackupAndWait(Backup::BackupManager &backups, qint64 jobId, int timeoutMs = 120000)
{
    QString error;
    const qint64 run = backups.runJob(jobId, QStringLiteral("lab"), &error);
    if (run == 0) {
        qWarning() << error;
        return {};
    }
    QElapsedTimer clock;
    clock.start();
    while (backups.isBusy() && clock.elapsed() < timeoutMs)
        QTest::qWait(50);
    return backups.store()->run(run).value_or(Backup::RunRecord());
}

// Waits for operationFinished of `id`; its success, its message in `message`.
inline bool waitForBackupOperation(Backup::BackupManager &backups, quint64 id, QString *message,
                                   int timeoutMs = 120000)
{
    bool done = false, ok = false;
    const auto c = QObject::connect(&backups, &Backup::BackupManager::operationFinished, &backups,
                                    [&](quint64 op, bool success, const QString &m) {
        if (op == id) {
            done = true;
            ok = success;
            *message = m;
        }
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        *message = QStringLiteral("no answer within %1 s").arg(timeoutMs / 1000);
    QObject::disconnect(c);
    return ok;
}

} // namespace Vigil::Test
