#include "retention.h"

#include <QHash>

#include <algorithm>
#include <functional>

namespace Vigil::Backup {
namespace {

using PeriodOf = std::function<qint64(const QDateTime &)>;

// Marks, newest first, the newest backup of up to `count` periods that no
// backup kept so far falls into.
void keepPerPeriod(const QList<RetainedBackup> &newestFirst, int count, const PeriodOf &periodOf,
                   QSet<qint64> &kept)
{
    if (count <= 0)
        return;
    QSet<qint64> covered;
    for (const RetainedBackup &b : newestFirst)
        if (kept.contains(b.id))
            covered.insert(periodOf(b.time));
    QSet<qint64> chosen;
    for (const RetainedBackup &b : newestFirst) {
        if (kept.contains(b.id))
            continue;
        const qint64 period = periodOf(b.time);
        if (covered.contains(period) || chosen.contains(period))
            continue;
        if (chosen.size() >= count)
            break;
        chosen.insert(period);
        kept.insert(b.id);
    }
}

} // namespace

QSet<qint64> backupsToPrune(const QList<RetainedBackup> &backups, const Retention &rules)
{
    if (rules.keepsEverything())
        return {};
    QList<RetainedBackup> complete;
    for (const RetainedBackup &b : backups)
        if (b.complete)
            complete.append(b);
    std::sort(complete.begin(), complete.end(),
              [](const RetainedBackup &a, const RetainedBackup &b) { return a.time > b.time; });

    QSet<qint64> kept;
    for (int i = 0; i < complete.size() && i < std::max(1, rules.last); ++i)
        kept.insert(complete[i].id);
    // Periods in local time: "daily" means the administrator's days.
    keepPerPeriod(complete, rules.daily, [](const QDateTime &t) {
        return t.toLocalTime().date().toJulianDay();
    }, kept);
    keepPerPeriod(complete, rules.weekly, [](const QDateTime &t) {
        int year = 0;
        const int week = t.toLocalTime().date().weekNumber(&year);
        return qint64(year) * 100 + week;
    }, kept);
    keepPerPeriod(complete, rules.monthly, [](const QDateTime &t) {
        const QDate d = t.toLocalTime().date();
        return qint64(d.year()) * 100 + d.month();
    }, kept);

    // A backup being read stays too, but only after the rules chose: it
    // must not take the place of its day's, week's or month's backup.
    for (const RetainedBackup &b : complete)
        if (b.beingRead)
            kept.insert(b.id);

    // Everything a surviving backup builds on survives too — including what
    // an incomplete backup (kept for inspection) points at.
    QHash<qint64, qint64> parentOf;
    for (const RetainedBackup &b : backups)
        parentOf.insert(b.id, b.parentId);
    QList<qint64> pending;
    for (const RetainedBackup &b : backups)
        if (kept.contains(b.id) || !b.complete)
            pending.append(b.id);
    while (!pending.isEmpty()) {
        const qint64 parent = parentOf.value(pending.takeLast());
        if (parent != 0 && !kept.contains(parent)) {
            kept.insert(parent);
            pending.append(parent);
        }
    }

    QSet<qint64> prune;
    for (const RetainedBackup &b : complete)
        if (!kept.contains(b.id))
            prune.insert(b.id);
    return prune;
}

} // namespace Vigil::Backup
