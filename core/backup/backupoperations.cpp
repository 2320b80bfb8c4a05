// BackupManager's operations on existing backups — verify, restore and
// restore test — each a job of its own (backupmanager.cpp has the runs,
// retention and the mirror; backupscheduling.cpp the schedules).
#include "backupmanager.h"

#include "artifactfiles.h"
#include "../cluster/clustermanager.h"
#include "../hosturi.h"
#include "../virt/restorer.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

QList<qint64> idsOf(const QList<ArtifactRecord> &chain)
{
    QList<qint64> ids;
    for (const ArtifactRecord &a : chain)
        ids << a.id;
    return ids;
}

} // namespace

quint64 BackupManager::failLater(const QString &message)
{
    // An operation id is returned before its result is signalled, also
    // when it cannot even start.
    const quint64 id = m_nextOperation++;
    QMetaObject::invokeMethod(this, [this, id, message] { Q_EMIT operationFinished(id, false, message); },
                              Qt::QueuedConnection);
    return id;
}

quint64 BackupManager::verify(qint64 artifactId)
{
    const std::optional<ArtifactRecord> artifact = m_store.artifact(artifactId);
    if (!artifact || artifact->state != ArtifactRecord::State::Complete) {
        const QString why = artifact ? tr("backup %1 is %2; only complete backups can be verified")
                                           .arg(artifactId).arg(artifactStateText(artifact->state))
                                     : tr("there is no backup %1").arg(artifactId);
        return failLater(why);
    }
    // An incremental backup is only as good as the backups it builds on:
    // the whole chain is read, the full backup first. (An incremental one
    // used to be "clean" while the full under it was damaged.)
    QString chainError;
    const QList<ArtifactRecord> chain = m_store.chain(artifactId, &chainError, Store::BackupStore::ChainUse::Verify);
    if (QString pruning; refusePruned(idsOf(chain), &pruning))
        return failLater(pruning);
    const ArtifactRecord a = *artifact;
    struct Verified {
        QList<QPair<ArtifactRecord, FileCheck>> checked;   // each link read, in chain order
        FileCheck result;
    };
    return startOperation([chain, chainError, a](const std::atomic<bool> &cancel) {
        QList<QPair<ArtifactRecord, FileCheck>> checked;
        FileCheck result;
        result.message = chainError;
        for (const ArtifactRecord &link : chain) {
            const FileCheck check = verifyArtifact(link.path, link.manifest, &cancel);
            checked.append({link, check});
            result.ok = check.ok;
            result.bytes += check.bytes;
            result.message = check.message;
            if (!check.ok) {
                if (link.id != a.id)
                    result.message = tr("the backup it builds on (backup %1 of %2) is damaged: %3")
                                         .arg(link.id)
                                         .arg(link.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), check.message);
                break;
            }
        }
        if (result.ok && chain.size() > 1)
            result.message += tr(" (and the %n backup(s) it builds on)", nullptr, int(chain.size() - 1));
        return Verified{checked, result};
    }, [this, a](quint64 id, const Verified &verified) {
        const FileCheck &check = verified.result;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto record = [this, &now](const ArtifactRecord &read, const FileCheck &outcome) {
            ArtifactRecord stored = m_store.artifact(read.id).value_or(read);
            stored.verify = outcome.ok ? ArtifactRecord::Check::Passed : ArtifactRecord::Check::Failed;
            stored.verifiedAt = now;
            stored.verifyMessage = outcome.message;
            m_store.saveArtifact(stored);
            Q_EMIT artifactChanged(stored);
            return stored;
        };
        for (const auto &[link, linkCheck] : verified.checked)
            if (link.id != a.id)
                record(link, linkCheck);
        const ArtifactRecord current = record(a, check);
        log(current.host, current.guestName,
            storedTr("verify of backup %1: %2").arg(current.id).arg(check.message),
            EventRecord::outcome(check.ok));
        Q_EMIT integrityProblem(u"backup-verify:%1"_s.arg(current.guestUuid),
                                storedTr("backup of %1 failed verification: %2").arg(current.guestName, check.message),
                                !check.ok);
        Q_EMIT operationFinished(id, check.ok, check.message);
    }, idsOf(chain));
}

std::optional<Virt::RestoreRequest> BackupManager::restoreRequest(qint64 artifactId, HostId hostId,
                                                                 ArtifactRecord *last, QList<qint64> *reads,
                                                                 QString *error) const
{
    const QList<ArtifactRecord> chain = m_store.chain(artifactId, error);
    if (chain.isEmpty())
        return std::nullopt;
    const HostConfig host = m_cluster->host(hostId);
    if (host.uri.isEmpty()) {
        *error = tr("the target host is not known");
        return std::nullopt;
    }
    Virt::RestoreRequest request;
    for (const ArtifactRecord &a : chain)
        request.chain << a.path;
    *reads = idsOf(chain);
    if (refusePruned(*reads, error))
        return std::nullopt;
    request.host = host.name;
    request.uri = host.uri;
    *last = chain.last();
    return request;
}

quint64 BackupManager::restore(const RestoreSpec &spec)
{
    QString error;
    ArtifactRecord last;
    QList<qint64> reads;
    std::optional<Virt::RestoreRequest> prepared = restoreRequest(spec.artifactId, spec.host, &last, &reads, &error);
    if (!prepared)
        return failLater(error);
    Virt::RestoreRequest request = *prepared;
    request.name = spec.name;
    request.start = spec.start;
    request.diskDirectory = spec.diskDirectory.isEmpty() ? originalDiskDirectory(last) : spec.diskDirectory;
    const HostId hostId = spec.host;
    return startOperation([request, last](const std::atomic<bool> &cancel) {
        RestoreRecord record;
        record.artifactId = last.id;
        record.host = request.host;
        record.startedAt = QDateTime::currentDateTimeUtc();
        const Virt::RestoreOutcome outcome = Virt::restoreGuest(request, cancel);
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.guestName = outcome.guestName;
        record.ok = outcome.ok;
        record.message = outcome.message;
        return record;
    }, [this, last, hostId](quint64 id, RestoreRecord r) {
        m_store.recordRestore(r);
        log(r.host, r.guestName.isEmpty() ? last.guestName : r.guestName,
            storedTr("restore of %1 from the backup of %2: %3")
                .arg(last.guestName, last.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), r.message),
            EventRecord::outcome(r.ok));
        m_cluster->refresh(hostId);
        Q_EMIT operationFinished(id, r.ok, r.message);
    }, reads);
}

quint64 BackupManager::testRestore(qint64 artifactId, HostId hostId, int settleMs, bool drill)
{
    QString error;
    ArtifactRecord last;
    QList<qint64> reads;
    std::optional<Virt::RestoreRequest> prepared = restoreRequest(artifactId, hostId, &last, &reads, &error);
    if (!prepared) {
        // A drill that cannot even begin (a link of the chain gone) is a
        // failed drill: recorded, so that the alert says it.
        if (drill) {
            RestoreRecord failed;
            failed.artifactId = artifactId;
            failed.test = failed.drill = true;
            failed.host = m_cluster->host(hostId).name;
            failed.startedAt = failed.finishedAt = QDateTime::currentDateTimeUtc();
            failed.message = error;
            m_store.recordRestore(failed);
        }
        return failLater(error);
    }
    Virt::RestoreRequest request = *prepared;
    request.name = u"%1-restore-test-%2"_s.arg(last.guestName).arg(last.id);
    // Beside the backups, a place a host on this machine reads by
    // definition; a host on another machine gets them in its pool beside
    // the guest's own disks.
    const bool local = isOnThisMachine(request.uri);
    request.diskDirectory = local ? QDir::cleanPath(QDir(last.path).filePath(u"../../.vigil-restore-tests"_s))
                                  : originalDiskDirectory(last);
    return startOperation([request, last, settleMs, local, drill](const std::atomic<bool> &cancel) {
        RestoreRecord record;
        record.artifactId = last.id;
        record.test = true;
        record.drill = drill;
        record.host = request.host;
        record.guestName = request.name;
        record.startedAt = QDateTime::currentDateTimeUtc();
        const Virt::RestoreTestOutcome outcome = Virt::testRestore(request, settleMs, cancel);
        if (local)
            QDir().rmdir(request.diskDirectory);   // only when empty: another test may be using it
        record.finishedAt = QDateTime::currentDateTimeUtc();
        record.ok = outcome.ok;
        record.message = outcome.message;
        record.bootMs = outcome.bootMs;
        return record;
    }, [this, last](quint64 id, RestoreRecord r) {
        m_store.recordRestore(r);
        const QString taken = last.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        log(r.host, last.guestName, r.drill ? storedTr("restore drill of the backup of %1: %2").arg(taken, r.message)
                                            : storedTr("restore test of the backup of %1: %2").arg(taken, r.message),
            EventRecord::outcome(r.ok));
        Q_EMIT operationFinished(id, r.ok, r.message);
    }, reads);
}

bool BackupManager::refusePruned(const QList<qint64> &chain, QString *error) const
{
    for (qint64 id : chain)
        if (m_pruning.contains(id)) {
            *error = tr("backup %1 is being removed by retention").arg(id);
            return true;
        }
    return false;
}

QSet<qint64> BackupManager::backupsBeingRead() const
{
    QSet<qint64> reading;
    for (const QList<qint64> &reads : m_operationReads)
        for (qint64 id : reads)
            reading.insert(id);
    return reading;
}

} // namespace Vigil::Backup
