#include "policyjson.h"

#include "../guestname.h"
#include "../jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

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
                         {u"vigil_policy"_qs, u"name"_qs, u"enabled"_qs, u"members"_qs, u"placement"_qs,
                          u"admission"_qs, u"detection"_qs, u"fencing"_qs, u"limits"_qs, u"failback"_qs});
    const int version = top.integer(u"vigil_policy"_qs, -1, 1, 1000);
    if (version == -1)
        top.error(u"vigil_policy"_qs, QStringLiteral("is required (the format version, %1)").arg(kFormatVersion));
    else if (version > kFormatVersion)
        top.error(u"vigil_policy"_qs, QStringLiteral("format %1 is newer than this Vigil understands (%2)")
                                          .arg(version).arg(kFormatVersion));
    p.name = top.name(u"name"_qs, Presence::Required);
    p.enabled = top.boolean(u"enabled"_qs, true);
    p.failback = top.boolean(u"failback"_qs, false);

    const JsonReader members(top.object(u"members"_qs), top.path(u"members"_qs), &errors,
                             {u"guests"_qs, u"name_pattern"_qs, u"default_priority"_qs});
    p.namePattern = members.string(u"name_pattern"_qs);
    if (!p.namePattern.isEmpty() && !isValidWildcard(p.namePattern))
        members.error(u"name_pattern"_qs, QStringLiteral("\"%1\" is not a valid wildcard pattern (an unclosed \"[\"?)")
                                              .arg(p.namePattern));
    p.defaultPriority = members.integer(u"default_priority"_qs, 3, Policy::kHighestPriority, Policy::kLowestPriority);
    const QJsonArray guests = members.array(u"guests"_qs);
    for (int i = 0; i < guests.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(members.path(u"guests"_qs)).arg(i);
        if (!guests.at(i).isObject()) {
            errors.append(path + QStringLiteral(": must be an object with name and priority"));
            continue;
        }
        const JsonReader g(guests.at(i).toObject(), path, &errors, {u"name"_qs, u"priority"_qs, u"start_after"_qs});
        GuestRule rule;
        rule.guest = g.name(u"name"_qs, Presence::Required);
        if (const QString bad = rule.guest.isEmpty() ? QString() : checkGuestName(rule.guest); !bad.isEmpty())
            g.error(u"name"_qs, bad);
        rule.priority = g.integer(u"priority"_qs, 3, Policy::kHighestPriority, Policy::kLowestPriority,
                                  QStringLiteral("must be an integer from 1 (restarted first) to 5 (last)"));
        rule.startAfter = g.name(u"start_after"_qs);
        p.guests.append(rule);
    }

    const JsonReader placement(top.object(u"placement"_qs), top.path(u"placement"_qs), &errors,
                               {u"preferred_hosts"_qs, u"allowed_hosts"_qs, u"forbidden_hosts"_qs, u"affinity"_qs,
                                u"anti_affinity"_qs, u"shared_pools"_qs});
    p.sharedPools = placement.names(u"shared_pools"_qs);
    p.preferredHosts = placement.names(u"preferred_hosts"_qs);
    p.allowedHosts = placement.names(u"allowed_hosts"_qs);
    p.forbiddenHosts = placement.names(u"forbidden_hosts"_qs);
    p.affinityGroups = groups(placement, u"affinity"_qs, &errors);
    p.antiAffinityGroups = groups(placement, u"anti_affinity"_qs, &errors);

    const JsonReader admission(top.object(u"admission"_qs), top.path(u"admission"_qs), &errors,
                               {u"spare_host_failures"_qs, u"vcpu_overcommit"_qs});
    p.spareHostFailures = admission.integer(u"spare_host_failures"_qs, 1, 0, 100);
    p.vcpuOvercommit = admission.number(u"vcpu_overcommit"_qs, 4.0, 0.1, 64.0);

    const JsonReader detection(top.object(u"detection"_qs), top.path(u"detection"_qs), &errors,
                               {u"keepalive_interval"_qs, u"keepalive_count"_qs, u"grace_seconds"_qs});
    p.keepaliveInterval = detection.integer(u"keepalive_interval"_qs, 2, 1, 300);
    p.keepaliveCount = detection.integer(u"keepalive_count"_qs, 3, 1, 100);
    p.graceSeconds = detection.integer(u"grace_seconds"_qs, 0, 0, 3600);

    const JsonReader fencing(top.object(u"fencing"_qs), top.path(u"fencing"_qs), &errors,
                             {u"restart_without_fencing"_qs, u"lease_wait_seconds"_qs, u"hosts"_qs});
    p.restartWithoutFencing = fencing.boolean(u"restart_without_fencing"_qs, false);
    p.leaseWaitSeconds = fencing.integer(u"lease_wait_seconds"_qs, 90, 0, 600);
    const QJsonObject fenceHosts = fencing.object(u"hosts"_qs);
    for (auto it = fenceHosts.begin(); it != fenceHosts.end(); ++it) {
        const QString path = fencing.path(u"hosts"_qs) + QLatin1Char('.') + it.key();
        if (const QString problem = JsonReader::nameProblem(it.key()); !problem.isEmpty()) {
            errors.append(path + QStringLiteral(": the host name ") + problem);
            continue;
        }
        if (!it.value().isObject()) {
            errors.append(path + QStringLiteral(": must be an object with argv and timeout_seconds"));
            continue;
        }
        const JsonReader f(it.value().toObject(), path, &errors,
                           {u"argv"_qs, u"timeout_seconds"_qs, u"test_every_minutes"_qs});
        FenceAction action;
        action.argv = f.strings(u"argv"_qs);
        action.timeoutSeconds = f.integer(u"timeout_seconds"_qs, 30, 1, 600);
        action.testEveryMinutes = f.integer(u"test_every_minutes"_qs, 60, 0, 10080);
        if (action.argv.isEmpty())
            f.error(u"argv"_qs, QStringLiteral("needs at least the program to run"));
        p.fencing.insert(it.key(), action);
    }

    const JsonReader limits(top.object(u"limits"_qs), top.path(u"limits"_qs), &errors,
                            {u"max_restarts"_qs, u"window_minutes"_qs});
    p.maxRestarts = limits.integer(u"max_restarts"_qs, 3, 1, 1000);
    p.restartWindowMinutes = limits.integer(u"window_minutes"_qs, 60, 1, 10080);

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
