#include "backupjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace Vigil::Backup {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::BackupJob", text); }

const char *const kKindNames[] = {"manual", "every-hours", "daily", "weekly"};

QJsonArray toArray(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList toStringList(const QJsonValue &value)
{
    QStringList result;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        if (v.isString())
            result.append(v.toString());
    return result;
}

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
        problems << tr("The job has no name.");
    if (job.selection.isEmpty())
        problems << tr("The job selects no guests: name guests, a name pattern or a failover policy.");
    const bool poolTarget = !job.targetPool.isEmpty() || !job.targetPoolHost.isEmpty();
    if (poolTarget && !job.targetDirectory.isEmpty())
        problems << tr("The job has both a target directory and a target pool; choose one.");
    else if (poolTarget && (job.targetPool.isEmpty() || job.targetPoolHost.isEmpty()))
        problems << tr("A target pool needs both its host and its name.");
    else if (!poolTarget && job.targetDirectory.isEmpty())
        problems << tr("The job has no target directory.");
    else if (!poolTarget && QDir::isRelativePath(job.targetDirectory))
        problems << tr("The target directory must be an absolute path (it is read by the hosts too).");
    if (!job.mirrorDirectory.isEmpty()) {
        if (QDir::isRelativePath(job.mirrorDirectory))
            problems << tr("The mirror directory must be an absolute path.");
        else if (QDir::cleanPath(job.mirrorDirectory) == QDir::cleanPath(job.targetDirectory))
            problems << tr("The mirror directory is the target directory; a mirror must be another place.");
    }
    const Schedule &s = job.schedule;
    if (s.kind == Schedule::Kind::EveryHours && (s.everyHours < 1 || s.everyHours > 24 * 31))
        problems << tr("\"Every N hours\" needs N between 1 and 744.");
    if ((s.kind == Schedule::Kind::Daily || s.kind == Schedule::Kind::Weekly) && !s.at.isValid())
        problems << tr("The schedule has no valid time of day.");
    if (s.kind == Schedule::Kind::Weekly) {
        if (s.weekdays.isEmpty())
            problems << tr("A weekly schedule needs at least one day.");
        for (int day : s.weekdays)
            if (day < 1 || day > 7)
                problems << tr("Weekdays are 1 (Monday) to 7 (Sunday); %1 is not one.").arg(day);
    }
    const Retention &r = job.retention;
    if (r.last < 0 || r.daily < 0 || r.weekly < 0 || r.monthly < 0)
        problems << tr("Retention counts cannot be negative.");
    if (job.concurrency < 1 || job.concurrency > 16)
        problems << tr("Concurrency must be between 1 and 16 guests.");
    if (job.bandwidthMiBs < 0)
        problems << tr("The bandwidth limit cannot be negative.");
    if (job.fullEvery < 0)
        problems << tr("\"Full backup every N runs\" cannot be negative.");
    if (job.reverifyDays < 0 || job.reverifyDays > 366)
        problems << tr("Re-verification must be every 1 to 366 days, or never (0).");
    return problems;
}

QByteArray jobToJson(const BackupJob &job)
{
    QJsonObject schedule{
        {u"kind"_qs, QString::fromLatin1(kKindNames[int(job.schedule.kind)])},
        {u"everyHours"_qs, job.schedule.everyHours},
        {u"at"_qs, job.schedule.at.toString(u"HH:mm"_qs)},
    };
    QJsonArray days;
    for (int d : job.schedule.weekdays)
        days.append(d);
    schedule.insert(u"weekdays"_qs, days);
    const QJsonObject document{
        {u"format"_qs, u"vigil-backup-job/1"_qs},
        {u"name"_qs, job.name},
        {u"enabled"_qs, job.enabled},
        {u"guests"_qs, toArray(job.selection.guests)},
        {u"patterns"_qs, toArray(job.selection.patterns)},
        {u"policies"_qs, toArray(job.selection.policies)},
        {u"schedule"_qs, schedule},
        {u"target"_qs, job.targetDirectory},
        {u"targetPool"_qs, job.targetPool.isEmpty() ? QJsonValue()
                                                    : QJsonValue(QJsonObject{{u"host"_qs, job.targetPoolHost},
                                                                             {u"pool"_qs, job.targetPool}})},
        {u"mirror"_qs, job.mirrorDirectory},
        {u"mode"_qs, job.mode == BackupMode::Full ? u"full"_qs : u"incremental"_qs},
        {u"fullEvery"_qs, job.fullEvery},
        {u"retention"_qs, QJsonObject{{u"last"_qs, job.retention.last},
                                      {u"daily"_qs, job.retention.daily},
                                      {u"weekly"_qs, job.retention.weekly},
                                      {u"monthly"_qs, job.retention.monthly}}},
        {u"concurrency"_qs, job.concurrency},
        {u"bandwidthMiBs"_qs, job.bandwidthMiBs},
        {u"quiesce"_qs, job.quiesce},
        {u"verifyAfter"_qs, job.verifyAfter},
        {u"reverifyDays"_qs, job.reverifyDays},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

JobParse jobFromJson(const QByteArray &json)
{
    JobParse parse;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject()) {
        parse.errors << tr("The job is not a JSON object: %1").arg(error.errorString());
        return parse;
    }
    const QJsonObject o = doc.object();
    if (o.value(u"format"_qs).toString() != u"vigil-backup-job/1"_qs) {
        parse.errors << tr("Unknown job format \"%1\" (this version reads vigil-backup-job/1).")
                            .arg(o.value(u"format"_qs).toString());
        return parse;
    }
    BackupJob &job = parse.job;
    job.name = o.value(u"name"_qs).toString();
    job.enabled = o.value(u"enabled"_qs).toBool(true);
    job.selection.guests = toStringList(o.value(u"guests"_qs));
    job.selection.patterns = toStringList(o.value(u"patterns"_qs));
    job.selection.policies = toStringList(o.value(u"policies"_qs));
    const QJsonObject s = o.value(u"schedule"_qs).toObject();
    const QString kind = s.value(u"kind"_qs).toString(u"daily"_qs);
    bool kindKnown = false;
    for (int i = 0; i < int(std::size(kKindNames)); ++i)
        if (kind == QLatin1String(kKindNames[i])) {
            job.schedule.kind = Schedule::Kind(i);
            kindKnown = true;
        }
    if (!kindKnown)
        parse.errors << tr("Unknown schedule kind \"%1\".").arg(kind);
    job.schedule.everyHours = s.value(u"everyHours"_qs).toInt(24);
    job.schedule.at = QTime::fromString(s.value(u"at"_qs).toString(u"01:00"_qs), u"HH:mm"_qs);
    job.schedule.weekdays.clear();
    const QJsonArray days = s.value(u"weekdays"_qs).toArray();
    for (const QJsonValue &d : days)
        job.schedule.weekdays.append(d.toInt());
    job.targetDirectory = o.value(u"target"_qs).toString();
    const QJsonObject pool = o.value(u"targetPool"_qs).toObject();
    job.targetPoolHost = pool.value(u"host"_qs).toString();
    job.targetPool = pool.value(u"pool"_qs).toString();
    job.mirrorDirectory = o.value(u"mirror"_qs).toString();
    const QString mode = o.value(u"mode"_qs).toString(u"incremental"_qs);
    if (mode == u"full"_qs)
        job.mode = BackupMode::Full;
    else if (mode == u"incremental"_qs)
        job.mode = BackupMode::Incremental;
    else
        parse.errors << tr("Unknown backup mode \"%1\" (full or incremental).").arg(mode);
    job.fullEvery = o.value(u"fullEvery"_qs).toInt(7);
    const QJsonObject r = o.value(u"retention"_qs).toObject();
    job.retention.last = r.value(u"last"_qs).toInt(3);
    job.retention.daily = r.value(u"daily"_qs).toInt(7);
    job.retention.weekly = r.value(u"weekly"_qs).toInt(4);
    job.retention.monthly = r.value(u"monthly"_qs).toInt(6);
    job.concurrency = o.value(u"concurrency"_qs).toInt(1);
    job.bandwidthMiBs = o.value(u"bandwidthMiBs"_qs).toInt(0);
    job.quiesce = o.value(u"quiesce"_qs).toBool(true);
    job.verifyAfter = o.value(u"verifyAfter"_qs).toBool(true);
    job.reverifyDays = o.value(u"reverifyDays"_qs).toInt(0);
    parse.errors << validateJob(job);
    parse.ok = parse.errors.isEmpty();
    return parse;
}

QString targetText(const BackupJob &job)
{
    if (!job.targetPool.isEmpty())
        return tr("pool %1 on %2").arg(job.targetPool, job.targetPoolHost);
    return job.targetDirectory;
}

QString scheduleText(const Schedule &s)
{
    const QString at = s.at.toString(u"HH:mm"_qs);
    switch (s.kind) {
    case Schedule::Kind::Manual:
        return tr("manual only");
    case Schedule::Kind::EveryHours:
        return s.everyHours == 1 ? tr("every hour") : tr("every %1 hours").arg(s.everyHours);
    case Schedule::Kind::Daily:
        return tr("daily at %1").arg(at);
    case Schedule::Kind::Weekly: {
        QStringList days;
        for (int d : s.weekdays)
            days << QLocale().dayName(d, QLocale::ShortFormat);
        return tr("weekly on %1 at %2").arg(days.join(u", "_qs), at);
    }
    }
    return {};
}

QString retentionText(const Retention &r)
{
    if (r.keepsEverything())
        return tr("keep all");
    return tr("last %1, daily %2, weekly %3, monthly %4").arg(r.last).arg(r.daily).arg(r.weekly).arg(r.monthly);
}

} // namespace Vigil::Backup
