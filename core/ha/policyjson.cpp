#include "policyjson.h"

#include "../guestname.h"
#include "../jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Vigil::Ha {
namespace {

constexpr int kFormatVersion = 1;

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray groupsToJson(const QList<QStringList> &groups)
{
    QJsonArray array;
    for (const QStringList &g : groups)
        array.append(toArray(g));
    return array;
}

// Groups of guests kept together or apart: arrays of two or more names.
QList<QStringList> groups(const JsonReader &reader, const QString &key, QStringList *errors)
{
    QList<QStringList> result;
    const QJsonArray array = reader.array(key);
    for (int i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(reader.path(key)).arg(i);
        if (!array.at(i).isArray()) {
            errors->append(path + QStringLiteral(": must be an array of guest names"));
            continue;
        }
        if (array.at(i).toArray().size() < 2)
            errors->append(path + QStringLiteral(": a group needs at least two guests"));
        result.append(reader.names(array.at(i).toArray(), path));
    }
    return result;
}

} // namespace

QJsonObject policyToJson(const Policy &p)
{
    QJsonArray guests;
    for (const GuestRule &g : p.guests) {
        QJsonObject o{{QStringLiteral("name"), g.guest}, {QStringLiteral("priority"), g.priority}};
        if (!g.startAfter.isEmpty())
            o.insert(QStringLiteral("start_after"), g.startAfter);
        guests.append(o);
    }
    QJsonObject fenceHosts;
    QStringList fencedHosts = p.fencing.keys();
    fencedHosts.sort();
    for (const QString &host : fencedHosts) {
        const FenceAction &f = p.fencing.value(host);
        fenceHosts.insert(host, QJsonObject{{QStringLiteral("argv"), toArray(f.argv)},
                                            {QStringLiteral("timeout_seconds"), f.timeoutSeconds},
                                            {QStringLiteral("test_every_minutes"), f.testEveryMinutes}});
    }
    return QJsonObject{
        {QStringLiteral("vigil_policy"), kFormatVersion},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("enabled"), p.enabled},
        {QStringLiteral("members"), QJsonObject{{QStringLiteral("guests"), guests},
                                                {QStringLiteral("name_pattern"), p.namePattern},
                                                {QStringLiteral("default_priority"), p.defaultPriority}}},
        {QStringLiteral("placement"), QJsonObject{{QStringLiteral("preferred_hosts"), toArray(p.preferredHosts)},
                                                  {QStringLiteral("allowed_hosts"), toArray(p.allowedHosts)},
                                                  {QStringLiteral("forbidden_hosts"), toArray(p.forbiddenHosts)},
                                                  {QStringLiteral("affinity"), groupsToJson(p.affinityGroups)},
                                                  {QStringLiteral("anti_affinity"), groupsToJson(p.antiAffinityGroups)},
                                                  {QStringLiteral("shared_pools"), toArray(p.sharedPools)}}},
        {QStringLiteral("admission"), QJsonObject{{QStringLiteral("spare_host_failures"), p.spareHostFailures},
                                                  {QStringLiteral("vcpu_overcommit"), p.vcpuOvercommit}}},
        {QStringLiteral("detection"), QJsonObject{{QStringLiteral("keepalive_interval"), p.keepaliveInterval},
                                                  {QStringLiteral("keepalive_count"), p.keepaliveCount},
                                                  {QStringLiteral("grace_seconds"), p.graceSeconds}}},
        {QStringLiteral("fencing"), QJsonObject{{QStringLiteral("restart_without_fencing"), p.restartWithoutFencing},
                                                {QStringLiteral("lease_wait_seconds"), p.leaseWaitSeconds},
                                                {QStringLiteral("hosts"), fenceHosts}}},
        {QStringLiteral("limits"), QJsonObject{{QStringLiteral("max_restarts"), p.maxRestarts},
                                               {QStringLiteral("window_minutes"), p.restartWindowMinutes}}},
        {QStringLiteral("failback"), p.failback},
    };
}

QByteArray policyToJsonText(const Policy &policy)
{
    return QJsonDocument(policyToJson(policy)).toJson(QJsonDocument::Indented);
}

PolicyParse policyFromJson(const QByteArray &text)
{
    PolicyParse result;
    const std::optional<QJsonObject> object = parseJsonObject(text, &result.errors);
    return object ? policyFromJson(*object) : result;
}

PolicyParse policyFromJson(const QJsonObject &object)
{
    PolicyParse result;
    QStringList &errors = result.errors;
    Policy &p = result.policy;
    using Presence = JsonReader::Presence;
    const JsonReader top(object, QStringLiteral("$"), &errors,
                         {u"vigil_policy"_s, u"name"_s, u"enabled"_s, u"members"_s, u"placement"_s,
                          u"admission"_s, u"detection"_s, u"fencing"_s, u"limits"_s, u"failback"_s});
    const int version = top.integer(u"vigil_policy"_s, -1, 1, 1000);
    if (version == -1)
        top.error(u"vigil_policy"_s, QStringLiteral("is required (the format version, %1)").arg(kFormatVersion));
    else if (version > kFormatVersion)
        top.error(u"vigil_policy"_s, QStringLiteral("format %1 is newer than this Vigil understands (%2)")
                                          .arg(version).arg(kFormatVersion));
    p.name = top.name(u"name"_s, Presence::Required);
    p.enabled = top.boolean(u"enabled"_s, true);
    p.failback = top.boolean(u"failback"_s, false);

    const JsonReader members(top.object(u"members"_s), top.path(u"members"_s), &errors,
                             {u"guests"_s, u"name_pattern"_s, u"default_priority"_s});
    p.namePattern = members.string(u"name_pattern"_s);
    if (!p.namePattern.isEmpty() && !isValidWildcard(p.namePattern))
        members.error(u"name_pattern"_s, QStringLiteral("\"%1\" is not a valid wildcard pattern (an unclosed \"[\"?)")
                                              .arg(p.namePattern));
    p.defaultPriority = members.integer(u"default_priority"_s, 3, Policy::kHighestPriority, Policy::kLowestPriority);
    const QJsonArray guests = members.array(u"guests"_s);
    for (int i = 0; i < guests.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(members.path(u"guests"_s)).arg(i);
        if (!guests.at(i).isObject()) {
            errors.append(path + QStringLiteral(": must be an object with name and priority"));
            continue;
        }
        const JsonReader g(guests.at(i).toObject(), path, &errors, {u"name"_s, u"priority"_s, u"start_after"_s});
        GuestRule rule;
        rule.guest = g.name(u"name"_s, Presence::Required);
        if (const QString bad = rule.guest.isEmpty() ? QString() : checkGuestName(rule.guest); !bad.isEmpty())
            g.error(u"name"_s, bad);
        rule.priority = g.integer(u"priority"_s, 3, Policy::kHighestPriority, Policy::kLowestPriority,
                                  QStringLiteral("must be an integer from 1 (restarted first) to 5 (last)"));
        rule.startAfter = g.name(u"start_after"_s);
        p.guests.append(rule);
    }

    const JsonReader placement(top.object(u"placement"_s), top.path(u"placement"_s), &errors,
                               {u"preferred_hosts"_s, u"allowed_hosts"_s, u"forbidden_hosts"_s, u"affinity"_s,
                                u"anti_affinity"_s, u"shared_pools"_s});
    p.sharedPools = placement.names(u"shared_pools"_s);
    p.preferredHosts = placement.names(u"preferred_hosts"_s);
    p.allowedHosts = placement.names(u"allowed_hosts"_s);
    p.forbiddenHosts = placement.names(u"forbidden_hosts"_s);
    p.affinityGroups = groups(placement, u"affinity"_s, &errors);
    p.antiAffinityGroups = groups(placement, u"anti_affinity"_s, &errors);

    const JsonReader admission(top.object(u"admission"_s), top.path(u"admission"_s), &errors,
                               {u"spare_host_failures"_s, u"vcpu_overcommit"_s});
    p.spareHostFailures = admission.integer(u"spare_host_failures"_s, 1, 0, 100);
    p.vcpuOvercommit = admission.number(u"vcpu_overcommit"_s, 4.0, 0.1, 64.0);

    const JsonReader detection(top.object(u"detection"_s), top.path(u"detection"_s), &errors,
                               {u"keepalive_interval"_s, u"keepalive_count"_s, u"grace_seconds"_s});
    p.keepaliveInterval = detection.integer(u"keepalive_interval"_s, 2, 1, 300);
    p.keepaliveCount = detection.integer(u"keepalive_count"_s, 3, 1, 100);
    p.graceSeconds = detection.integer(u"grace_seconds"_s, 0, 0, 3600);

    const JsonReader fencing(top.object(u"fencing"_s), top.path(u"fencing"_s), &errors,
                             {u"restart_without_fencing"_s, u"lease_wait_seconds"_s, u"hosts"_s});
    p.restartWithoutFencing = fencing.boolean(u"restart_without_fencing"_s, false);
    p.leaseWaitSeconds = fencing.integer(u"lease_wait_seconds"_s, 90, 0, 600);
    const QJsonObject fenceHosts = fencing.object(u"hosts"_s);
    for (auto it = fenceHosts.begin(); it != fenceHosts.end(); ++it) {
        const QString path = fencing.path(u"hosts"_s) + QLatin1Char('.') + it.key();
        if (const QString problem = JsonReader::nameProblem(it.key()); !problem.isEmpty()) {
            errors.append(path + QStringLiteral(": the host name ") + problem);
            continue;
        }
        if (!it.value().isObject()) {
            errors.append(path + QStringLiteral(": must be an object with argv and timeout_seconds"));
            continue;
        }
        const JsonReader f(it.value().toObject(), path, &errors,
                           {u"argv"_s, u"timeout_seconds"_s, u"test_every_minutes"_s});
        FenceAction action;
        action.argv = f.strings(u"argv"_s);
        action.timeoutSeconds = f.integer(u"timeout_seconds"_s, 30, 1, 600);
        action.testEveryMinutes = f.integer(u"test_every_minutes"_s, 60, 0, 10080);
        if (action.argv.isEmpty())
            f.error(u"argv"_s, QStringLiteral("needs at least the program to run"));
        p.fencing.insert(it.key(), action);
    }

    const JsonReader limits(top.object(u"limits"_s), top.path(u"limits"_s), &errors,
                            {u"max_restarts"_s, u"window_minutes"_s});
    p.maxRestarts = limits.integer(u"max_restarts"_s, 3, 1, 1000);
    p.restartWindowMinutes = limits.integer(u"window_minutes"_s, 60, 1, 10080);

    if (errors.isEmpty())
        errors = validatePolicy(p);
    result.ok = errors.isEmpty();
    return result;
}

QStringList validatePolicy(const Policy &p)
{
    QStringList errors;
    if (p.name.isEmpty())
        errors.append(QStringLiteral("$.name: the policy needs a name"));
    if (p.guests.isEmpty() && p.namePattern.isEmpty())
        errors.append(QStringLiteral("$.members: name at least one guest or a name pattern"));
    QHash<QString, int> priority;
    for (int i = 0; i < p.guests.size(); ++i) {
        const GuestRule &g = p.guests.at(i);
        if (priority.contains(g.guest))
            errors.append(QStringLiteral("$.members.guests[%1].name: %2 is listed twice").arg(i).arg(g.guest));
        priority.insert(g.guest, g.priority);
    }
    for (int i = 0; i < p.guests.size(); ++i) {
        const GuestRule &g = p.guests.at(i);
        if (g.startAfter.isEmpty())
            continue;
        const QString path = QStringLiteral("$.members.guests[%1].start_after").arg(i);
        if (g.startAfter == g.guest)
            errors.append(path + QStringLiteral(": a guest cannot wait for itself"));
        else if (!priority.contains(g.startAfter))
            errors.append(path + QStringLiteral(": %1 is not a listed member").arg(g.startAfter));
        else if (priority.value(g.startAfter) > g.priority)
            errors.append(path + QStringLiteral(": %1 has a lower priority (%2) than %3 (%4), so it would start later")
                                     .arg(g.startAfter).arg(priority.value(g.startAfter)).arg(g.guest).arg(g.priority));
    }
    // Dependency cycles (a → b → a) would leave both stopped forever.
    for (const GuestRule &g : p.guests) {
        QSet<QString> seen{g.guest};
        QString next = g.startAfter;
        while (!next.isEmpty()) {
            if (seen.contains(next)) {
                errors.append(QStringLiteral("$.members.guests: start_after forms a cycle through %1").arg(g.guest));
                break;
            }
            seen.insert(next);
            next = p.startAfterOf(next);
        }
    }
    for (const QString &host : p.forbiddenHosts) {
        if (p.preferredHosts.contains(host))
            errors.append(QStringLiteral("$.placement: %1 is both preferred and forbidden").arg(host));
        if (p.allowedHosts.contains(host))
            errors.append(QStringLiteral("$.placement: %1 is both allowed and forbidden").arg(host));
    }
    for (const QStringList &together : p.affinityGroups)
        for (const QStringList &apart : p.antiAffinityGroups) {
            int shared = 0;
            for (const QString &g : together)
                shared += apart.contains(g);
            if (shared >= 2)
                errors.append(QStringLiteral("$.placement: %1 must be kept both together and apart")
                                  .arg(together.join(QStringLiteral(", "))));
        }
    if (!p.restartWithoutFencing && p.fencing.isEmpty())
        errors.append(QStringLiteral("$.fencing: give a fence action for the hosts, or set restart_without_fencing "
                                     "(split-brain risk) — without either, no guest would ever be restarted"));
    return errors;
}

} // namespace Vigil::Ha
