#include "backupstatus.h"

#include "../naturalorder.h"
#include "../store/backupstore.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupStatus)
};
} // namespace

QString rpoText(GuestBackupStatus::Rpo rpo)
{
    switch (rpo) {
    case GuestBackupStatus::Rpo::Met: return Text::tr("met");
    case GuestBackupStatus::Rpo::Missed: return Text::tr("missed");
    case GuestBackupStatus::Rpo::NoObjective: break;
    }
    return Text::tr("none");
}

QString rpoName(GuestBackupStatus::Rpo rpo)
{
    switch (rpo) {
    case GuestBackupStatus::Rpo::Met: return u"met"_s;
    case GuestBackupStatus::Rpo::Missed: return u"missed"_s;
    case GuestBackupStatus::Rpo::NoObjective: break;
    }
    return u"none"_s;
}

QList<GuestBackupStatus> guestBackupStatus(const Store::BackupStore &store, const QDateTime &now,
                                           LastBackup lastBackup)
{
    QList<GuestBackupStatus> result;
    for (const BackupJob &job : store.jobs()) {
        if (!job.enabled)
            continue;
        const QDateTime oldestAllowed = now.addSecs(-qint64(job.rpoHours) * 3600);
        const auto rpoOf = [&](const QDateTime &newestGood) {
            if (job.rpoHours <= 0)
                return GuestBackupStatus::Rpo::NoObjective;
            return newestGood.isValid() && newestGood >= oldestAllowed ? GuestBackupStatus::Rpo::Met
                                                                       : GuestBackupStatus::Rpo::Missed;
        };
        const QHash<QString, RestoreRecord> drills = store.lastDrills(job.id);
        QList<GuestBackupStatus> guests;
        QSet<QString> seen;
        for (const Store::BackupStore::NewestGood &g : store.newestGoodPerGuest(job.id, job.verifyAfter)) {
            seen.insert(g.guestName);
            if (!job.selection.mayInclude(g.guestName))
                continue;
            GuestBackupStatus s;
            s.jobId = job.id;
            s.job = job.name;
            s.guest = g.guestName;
            s.guestUuid = g.guestUuid;
            s.mirrored = !job.mirror.isEmpty();
            s.newestGood = g.createdAt;
            s.rpoHours = job.rpoHours;
            s.rpo = rpoOf(g.createdAt);
            s.drillEveryDays = job.drillEveryDays;
            const QList<ArtifactRecord> history = lastBackup == LastBackup::Read
                ? store.artifactsOfGuest(job.id, g.guestUuid) : QList<ArtifactRecord>();
            for (auto it = history.crbegin(); it != history.crend(); ++it)
                if (it->state == ArtifactRecord::State::Complete) {
                    s.lastBackup = it->createdAt;
                    s.lastIncremental = it->incremental;
                    s.verify = it->verify;
                    s.mirror = it->mirror;
                    break;
                }
            if (const auto d = drills.constFind(g.guestUuid); d != drills.constEnd()) {
                s.lastDrill = d->startedAt;
                s.drillOk = d->ok;
                s.drillBootMs = d->bootMs;
                s.drillMessage = d->message;
            }
            guests.append(s);
        }
        // Named guests never backed up, once the job has run (a new job has had no chance yet).
        if (!store.runs(job.id, 1).isEmpty())
            for (const QString &name : job.selection.guests)
                if (!seen.contains(name)) {
                    GuestBackupStatus s;
                    s.jobId = job.id;
                    s.job = job.name;
                    s.guest = name;
                    s.mirrored = !job.mirror.isEmpty();
                    s.rpoHours = job.rpoHours;
                    s.rpo = rpoOf(QDateTime());
                    guests.append(s);
                }
        std::sort(guests.begin(), guests.end(),
                  [](const GuestBackupStatus &a, const GuestBackupStatus &b) { return naturalLess(a.guest, b.guest); });
        result += guests;
    }
    return result;
}

BackupCompliance backupCompliance(const QList<GuestBackupStatus> &status, qint64 jobId)
{
    BackupCompliance c;
    for (const GuestBackupStatus &g : status) {
        if (jobId != 0 && g.jobId != jobId)
            continue;
        const QString who = Text::tr("%1 (%2)").arg(g.guest, g.job);
        if (g.rpo != GuestBackupStatus::Rpo::NoObjective) {
            ++c.withObjective;
            if (g.rpo == GuestBackupStatus::Rpo::Met)
                ++c.met;
            else
                c.missed << who;
        }
        if (g.drillEveryDays > 0 && g.lastDrill.isValid()) {
            ++c.drilled;
            if (!g.drillOk)
                c.failedDrills << who;
        }
    }
    return c;
}

QStringList drillRotation(const BackupJob &job, const QList<Store::BackupStore::NewestGood> &guests,
                          const QHash<QString, RestoreRecord> &lastDrills, const QDateTime &now, int failedRetrySecs)
{
    struct Due {
        QString uuid;
        QDateTime lastDrill;   // invalid: never drilled
    };
    QList<Due> due;
    for (const Store::BackupStore::NewestGood &g : guests) {
        if (!g.createdAt.isValid() || !job.selection.mayInclude(g.guestName))
            continue;
        const RestoreRecord last = lastDrills.value(g.guestUuid);
        const QDateTime next = !last.startedAt.isValid() ? QDateTime()
            : last.ok ? last.startedAt.addDays(job.drillEveryDays)
                      : last.startedAt.addSecs(failedRetrySecs);
        if (next.isValid() && now < next)
            continue;
        due.append({g.guestUuid, last.startedAt});
    }
    std::stable_sort(due.begin(), due.end(), [](const Due &a, const Due &b) {
        return a.lastDrill.isValid() != b.lastDrill.isValid() ? !a.lastDrill.isValid() : a.lastDrill < b.lastDrill;
    });
    QStringList order;
    for (const Due &d : std::as_const(due))
        order << d.uuid;
    return order;
}

} // namespace Vigil::Backup
