#include "backupjob.h"

#include "../hosturi.h"
#include "../jsonreader.h"
#include "sshmirror.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupJob)
};

const char *const kKindNames[] = {"manual", "every-hours", "daily", "weekly"};
const char *const kTransferNames[] = {"auto", "push", "pull"};

QJsonArray toArray(const QStringList &list) { return QJsonArray::fromStringList(list); }

} // namespace

bool GuestSelection::matchesName(const QString &name) const
{
    if (guests.contains(name))
        return true;
    for (const QString &pattern : patterns) {
        // Anchored: "web-*" matches "web-1", not "old-web-1".
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
        if (re.isValid() && re.match(name).hasMatch())
            return true;
    }
    return false;
}

QStringList validateJob(const BackupJob &job)
{
    QStringList problems;
    if (job.name.trimmed().isEmpty())
        problems << Text::tr("The job has no name.");
    if (job.selection.isEmpty())
        problems << Text::tr("The job selects no guests: name guests, a name pattern or a failover policy.");
    const bool poolTarget = !job.targetPool.isEmpty() || !job.targetPoolHost.isEmpty();
    if (poolTarget && !job.targetDirectory.isEmpty())
        problems << Text::tr("The job has both a target directory and a target pool; choose one.");
    else if (poolTarget && (job.targetPool.isEmpty() || job.targetPoolHost.isEmpty()))
        problems << Text::tr("A target pool needs both its host and its name.");
    else if (!poolTarget && job.targetDirectory.isEmpty())
        problems << Text::tr("The job has no target directory.");
    else if (!poolTarget && QDir::isRelativePath(job.targetDirectory))
        problems << Text::tr("The target directory must be an absolute path.");
    if (poolTarget && job.transfer == Transfer::Pull)
        problems << Text::tr("A pool target is written by the pool's host (push); pulled backups go to a directory "
                             "of the machine running Vigil.");
    if (isSshLocation(job.mirror)) {
        QString error;
        if (!sshMirrorOf(job, &error))
            problems << error;
    } else if (!job.mirror.isEmpty()) {
        if (QDir::isRelativePath(job.mirror))
            problems << Text::tr("The mirror directory must be an absolute path.");
        else if (QDir::cleanPath(job.mirror) == QDir::cleanPath(job.targetDirectory))
            problems << Text::tr("The mirror directory is the target directory; a mirror must be another place.");
    }
    const Schedule &s = job.schedule;
    if (s.kind == Schedule::Kind::EveryHours && (s.everyHours < 1 || s.everyHours > 24 * 31))
        problems << Text::tr("\"Every N hours\" needs N between 1 and 744.");
    if ((s.kind == Schedule::Kind::Daily || s.kind == Schedule::Kind::Weekly) && !s.at.isValid())
        problems << Text::tr("The schedule has no valid time of day.");
    if (s.kind == Schedule::Kind::Weekly) {
        if (s.weekdays.isEmpty())
            problems << Text::tr("A weekly schedule needs at least one day.");
        for (int day : s.weekdays)
            if (day < 1 || day > 7)
                problems << Text::tr("Weekdays are 1 (Monday) to 7 (Sunday); %1 is not one.").arg(day);
    }
    const Retention &r = job.retention;
    if (r.last < 0 || r.daily < 0 || r.weekly < 0 || r.monthly < 0)
        problems << Text::tr("Retention counts cannot be negative.");
    if (job.concurrency < 1 || job.concurrency > 16)
        problems << Text::tr("Concurrency must be between 1 and 16 guests.");
    if (job.bandwidthMiBs < 0)
        problems << Text::tr("The bandwidth limit cannot be negative.");
    if (job.fullEvery < 0)
        problems << Text::tr("\"Full backup every N runs\" cannot be negative.");
    if (job.reverifyDays < 0 || job.reverifyDays > 366)
        problems << Text::tr("Re-verification must be every 1 to 366 days, or never (0).");
    if (job.rpoHours < 0 || job.rpoHours > 24 * 366)
        problems << Text::tr("The RPO must be 1 to 8784 hours, or none (0).");
    return problems;
}

QByteArray jobToJson(const BackupJob &job)
{
    QJsonObject schedule{
        {u"kind"_s, QString::fromLatin1(kKindNames[int(job.schedule.kind)])},
        {u"everyHours"_s, job.schedule.everyHours},
        {u"at"_s, job.schedule.at.toString(u"HH:mm"_s)},
    };
    QJsonArray days;
    for (int d : job.schedule.weekdays)
        days.append(d);
    schedule.insert(u"weekdays"_s, days);
    const QJsonObject document{
        {u"format"_s, u"vigil-backup-job/1"_s},
        {u"name"_s, job.name},
        {u"enabled"_s, job.enabled},
        {u"guests"_s, toArray(job.selection.guests)},
        {u"patterns"_s, toArray(job.selection.patterns)},
        {u"policies"_s, toArray(job.selection.policies)},
        {u"schedule"_s, schedule},
        {u"target"_s, job.targetDirectory},
        {u"targetPool"_s, job.targetPool.isEmpty() ? QJsonValue()
                                                    : QJsonValue(QJsonObject{{u"host"_s, job.targetPoolHost},
                                                                             {u"pool"_s, job.targetPool}})},
        {u"mirror"_s, job.mirror},
        {u"mirrorHostKey"_s, job.mirrorHostKey},
        {u"mirrorIdentity"_s, job.mirrorIdentity},
        {u"mirrorKeepLast"_s, job.mirrorKeepLast},
        {u"transfer"_s, transferName(job.transfer)},
        {u"mode"_s, job.mode == BackupMode::Full ? u"full"_s : u"incremental"_s},
        {u"fullEvery"_s, job.fullEvery},
        {u"retention"_s, QJsonObject{{u"last"_s, job.retention.last},
                                      {u"daily"_s, job.retention.daily},
                                      {u"weekly"_s, job.retention.weekly},
                                      {u"monthly"_s, job.retention.monthly}}},
        {u"concurrency"_s, job.concurrency},
        {u"bandwidthMiBs"_s, job.bandwidthMiBs},
        {u"quiesce"_s, job.quiesce},
        {u"verifyAfter"_s, job.verifyAfter},
        {u"reverifyDays"_s, job.reverifyDays},
        {u"rpoHours"_s, job.rpoHours},
        {u"drillEveryDays"_s, job.drillEveryDays},
        {u"drillAtOnce"_s, job.drillAtOnce},
        {u"drillHost"_s, job.drillHost},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

JobParse jobFromJson(const QByteArray &json)
{
    JobParse parse;
    QStringList &errors = parse.errors;
    const std::optional<QJsonObject> document = parseJsonObject(json, &errors);
    if (!document)
        return parse;
    const JsonReader o(*document, u"$"_s, &errors,
                       {u"format"_s, u"name"_s, u"enabled"_s, u"guests"_s, u"patterns"_s, u"policies"_s,
                        u"schedule"_s, u"target"_s, u"targetPool"_s, u"mirror"_s, u"mirrorHostKey"_s,
                        u"mirrorIdentity"_s, u"mirrorKeepLast"_s, u"transfer"_s, u"mode"_s, u"fullEvery"_s,
                        u"retention"_s, u"concurrency"_s, u"bandwidthMiBs"_s, u"quiesce"_s, u"verifyAfter"_s,
                        u"reverifyDays"_s, u"rpoHours"_s, u"drillEveryDays"_s, u"drillAtOnce"_s, u"drillHost"_s});
    const QString format = o.string(u"format"_s, {}, JsonReader::Presence::Required);
    if (format != u"vigil-backup-job/1"_s) {
        errors << u"$.format: "_s + Text::tr("unknown job format \"%1\" (this version reads vigil-backup-job/1)").arg(format);
        return parse;
    }
    BackupJob &job = parse.job;
    job.name = o.name(u"name"_s, JsonReader::Presence::Required);
    job.enabled = o.boolean(u"enabled"_s, job.enabled);
    job.selection.guests = o.names(u"guests"_s);
    job.selection.patterns = o.names(u"patterns"_s);
    for (int i = 0; i < job.selection.patterns.size(); ++i)
        if (!isValidWildcard(job.selection.patterns.at(i)))
            o.error(u"patterns[%1]"_s.arg(i), Text::tr("\"%1\" is not a valid wildcard pattern (an unclosed \"[\"?)")
                                                  .arg(job.selection.patterns.at(i)));
    job.selection.policies = o.names(u"policies"_s);

    const JsonReader s(o.object(u"schedule"_s), o.path(u"schedule"_s), &errors,
                       {u"kind"_s, u"everyHours"_s, u"at"_s, u"weekdays"_s});
    const QString kind = s.string(u"kind"_s, QString::fromLatin1(kKindNames[int(job.schedule.kind)]));
    const auto known = std::find_if(std::begin(kKindNames), std::end(kKindNames),
                                    [&kind](const char *name) { return kind == QLatin1String(name); });
    if (known == std::end(kKindNames))
        s.error(u"kind"_s, Text::tr("unknown schedule kind \"%1\" (manual, every-hours, daily or weekly)").arg(kind));
    else
        job.schedule.kind = Schedule::Kind(known - std::begin(kKindNames));
    job.schedule.everyHours = s.integer(u"everyHours"_s, job.schedule.everyHours, 1, 24 * 31);
    // Empty for schedules without a time of day (jobToJson writes it so).
    const QString at = s.string(u"at"_s, job.schedule.at.toString(u"HH:mm"_s));
    job.schedule.at = QTime::fromString(at, u"HH:mm"_s);
    if (!at.isEmpty() && !job.schedule.at.isValid())
        s.error(u"at"_s, Text::tr("must be a time of day as HH:mm, such as 01:30"));
    const QJsonArray days = s.array(u"weekdays"_s);
    for (int i = 0; i < days.size(); ++i) {
        const JsonReader day(QJsonObject{{u"d"_s, days.at(i)}}, s.path(u"weekdays[%1]"_s.arg(i)), &errors, {u"d"_s});
        const int d = day.integer(u"d"_s, 0, 1, 7, Text::tr("must be a day from 1 (Monday) to 7 (Sunday)"));
        if (d != 0)
            job.schedule.weekdays.append(d);
    }

    job.targetDirectory = o.string(u"target"_s);
    // null: no pool, as jobToJson writes it.
    if (const QJsonValue given = document->value(u"targetPool"_s); !given.isNull() && !given.isUndefined()) {
        const JsonReader pool(o.object(u"targetPool"_s), o.path(u"targetPool"_s), &errors, {u"host"_s, u"pool"_s});
        job.targetPoolHost = pool.name(u"host"_s, JsonReader::Presence::Required);
        job.targetPool = pool.name(u"pool"_s, JsonReader::Presence::Required);
    }
    job.mirror = o.string(u"mirror"_s);
    job.mirrorHostKey = o.string(u"mirrorHostKey"_s);
    job.mirrorIdentity = o.string(u"mirrorIdentity"_s);
    job.mirrorKeepLast = o.integer(u"mirrorKeepLast"_s, job.mirrorKeepLast, 0, 100000);
    // Jobs written before pull mode existed keep pushing: a new network
    // path (NBD ports, scratch space on the hosts) is not switched on by an upgrade.
    const QString transfer = o.string(u"transfer"_s, transferName(Transfer::Push));
    const auto knownTransfer = std::find_if(std::begin(kTransferNames), std::end(kTransferNames),
                                            [&transfer](const char *name) { return transfer == QLatin1String(name); });
    if (knownTransfer == std::end(kTransferNames))
        o.error(u"transfer"_s, Text::tr("unknown transfer \"%1\" (auto, push or pull)").arg(transfer));
    else
        job.transfer = Transfer(knownTransfer - std::begin(kTransferNames));
    const QString mode = o.string(u"mode"_s, u"incremental"_s);
    if (mode == u"full"_s)
        job.mode = BackupMode::Full;
    else if (mode == u"incremental"_s)
        job.mode = BackupMode::Incremental;
    else
        o.error(u"mode"_s, Text::tr("unknown backup mode \"%1\" (full or incremental)").arg(mode));
    job.fullEvery = o.integer(u"fullEvery"_s, job.fullEvery, 0, 10000);

    const JsonReader r(o.object(u"retention"_s), o.path(u"retention"_s), &errors,
                       {u"last"_s, u"daily"_s, u"weekly"_s, u"monthly"_s});
    job.retention.last = r.integer(u"last"_s, job.retention.last, 0, 100000);
    job.retention.daily = r.integer(u"daily"_s, job.retention.daily, 0, 100000);
    job.retention.weekly = r.integer(u"weekly"_s, job.retention.weekly, 0, 100000);
    job.retention.monthly = r.integer(u"monthly"_s, job.retention.monthly, 0, 100000);
    job.concurrency = o.integer(u"concurrency"_s, job.concurrency, 1, 16);
    job.bandwidthMiBs = o.integer(u"bandwidthMiBs"_s, job.bandwidthMiBs, 0, 1000000);
    job.quiesce = o.boolean(u"quiesce"_s, job.quiesce);
    job.verifyAfter = o.boolean(u"verifyAfter"_s, job.verifyAfter);
    job.reverifyDays = o.integer(u"reverifyDays"_s, job.reverifyDays, 0, 366,
                                 Text::tr("must be a number of days from 1 to 366, or 0 (never)"));
    job.rpoHours = o.integer(u"rpoHours"_s, job.rpoHours, 0, 24 * 366,
                             Text::tr("must be a number of hours from 1 to 8784, or 0 (no objective)"));
    job.drillEveryDays = o.integer(u"drillEveryDays"_s, job.drillEveryDays, 0, 366,
                                   Text::tr("must be a number of days from 1 to 366, or 0 (no drills)"));
    job.drillAtOnce = o.integer(u"drillAtOnce"_s, job.drillAtOnce, 1, 16);
    job.drillHost = o.string(u"drillHost"_s);
    // Rules across fields (a target and a pool, a mirror on the target…).
    if (errors.isEmpty())
        for (const QString &problem : validateJob(job))
            errors << u"$: "_s + problem;
    parse.ok = errors.isEmpty();
    return parse;
}

QString transferName(Transfer transfer) { return QString::fromLatin1(kTransferNames[int(transfer)]); }

bool pullsFrom(const BackupJob &job, const QString &uri)
{
    if (job.transfer != Transfer::Auto || !job.targetPool.isEmpty())
        return job.transfer == Transfer::Pull;
    // A host on this machine sees this machine's paths: QEMU writes there directly.
    return !isOnThisMachine(uri);
}

QString targetText(const BackupJob &job)
{
    if (!job.targetPool.isEmpty())
        return Text::tr("pool %1 on %2").arg(job.targetPool, job.targetPoolHost);
    return job.targetDirectory;
}

QString scheduleText(const Schedule &s)
{
    const QString at = s.at.toString(u"HH:mm"_s);
    switch (s.kind) {
    case Schedule::Kind::Manual:
        return Text::tr("manual only");
    case Schedule::Kind::EveryHours:
        return s.everyHours == 1 ? Text::tr("every hour") : Text::tr("every %1 hours").arg(s.everyHours);
    case Schedule::Kind::Daily:
        return Text::tr("daily at %1").arg(at);
    case Schedule::Kind::Weekly: {
        QStringList days;
        for (int d : s.weekdays)
            days << QLocale().dayName(d, QLocale::ShortFormat);
        return Text::tr("weekly on %1 at %2").arg(days.join(u", "_s), at);
    }
    }
    return {};
}

QString retentionText(const Retention &r)
{
    if (r.keepsEverything())
        return Text::tr("keep all");
    return Text::tr("last %1, daily %2, weekly %3, monthly %4").arg(r.last).arg(r.daily).arg(r.weekly).arg(r.monthly);
}

} // namespace Vigil::Backup
