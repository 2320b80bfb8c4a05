#include "alertengine.h"

#include "../cluster/clustermanager.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Vigil::Health {
namespace {

QString hostKey(HostId id) { return QStringLiteral("h%1").arg(id); }
QString stateKeyOf(const QString &rule, const QString &subjectKey) { return rule + u'|' + subjectKey; }

// The part of an alert key before the raise time: which rule and subject.
QString stateKeyOfAlert(const QString &alertKey)
{
    const qsizetype at = alertKey.lastIndexOf(u'@');
    return at < 0 ? alertKey : alertKey.left(at);
}

double flag(bool value) { return value ? 1.0 : 0.0; }

// The event log's result for an alert raised at `severity`.
EventRecord::Result raisedResult(Severity severity)
{
    switch (severity) {
    case Severity::Info:     return EventRecord::Result::Info;
    case Severity::Warning:  return EventRecord::Result::Warning;
    case Severity::Critical: return EventRecord::Result::Critical;
    }
    return EventRecord::Result::None;
}

double percentOf(double part, double whole)
{
    if (!Metrics::isReported(part) || !Metrics::isReported(whole) || whole <= 0)
        return Metrics::kNotReported;
    return 100.0 * part / whole;
}

} // namespace

AlertEngine::AlertEngine(ClusterManager *cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    qRegisterMetaType<Alert>();
    connect(cluster, &ClusterManager::statsSampled, this,
            [this](const Metrics::HostSample &sample) { evaluateHost(sample.host); });
    connect(cluster, &ClusterManager::statusChanged, this,
            [this](HostId host, const HostStatus &) { evaluateHost(host); });
    connect(cluster, &ClusterManager::detailsUpdated, this,
            [this](HostId host, const HostDetails &) { evaluateHost(host); });
    connect(cluster, &ClusterManager::domainUpdated, this,
            [this](HostId host, const DomainInfo &) { evaluateHost(host); });
    connect(cluster, &ClusterManager::hostRemoved, this, [this](HostId host) {
        if (!m_evaluating)
            return;
        const QString prefix = hostKey(host);
        const QStringList open = m_openByState.keys();
        for (const QString &state : open)
            if (state.section(u'|', 1).section(u'/', 0, 0) == prefix)
                clear(state, storedTr("the host was removed from Vigil"),
                      QDateTime::currentDateTimeUtc());
    });
    // Durations must elapse even for hosts that send nothing (unreachable).
    m_sweep.setInterval(5000);
    connect(&m_sweep, &QTimer::timeout, this, [this]() { evaluateAll(); });
    m_sweep.start();
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    if (!m_evaluating)
        return;
    // Alerts of rules that were removed or disabled clear now.
    QSet<QString> active;
    for (const AlertRule &rule : rules)
        if (rule.enabled)
            active.insert(rule.name);
    const QStringList open = m_openByState.keys();
    for (const QString &state : open)
        if (!active.contains(state.section(u'|', 0, 0)))
            clear(state, storedTr("its rule was disabled or removed"),
                  QDateTime::currentDateTimeUtc());
    for (auto it = m_pendingSince.begin(); it != m_pendingSince.end();) {
        if (active.contains(it.key().section(u'|', 0, 0)))
            ++it;
        else
            it = m_pendingSince.erase(it);
    }
    evaluateAll();
}

void AlertEngine::restore(const QList<Alert> &alerts)
{
    for (const Alert &alert : alerts) {
        m_alerts.append(alert);
        if (alert.isOpen())
            m_openByState.insert(stateKeyOfAlert(alert.key), alert.key);
    }
}

EventRecord AlertEngine::acknowledgementEvent(const Alert &acknowledged)
{
    EventRecord record = EventRecord::make(
        EventRecord::Kind::Health, acknowledged.host, {},
        storedTr("alert acknowledged: %1 — %2").arg(acknowledged.rule, acknowledged.message),
        EventRecord::Result::Ok, acknowledged.acknowledgedBy);
    record.time = acknowledged.acknowledgedAt;
    return record;
}

void AlertEngine::setEvaluating(bool evaluating)
{
    if (evaluating == m_evaluating)
        return;
    m_evaluating = evaluating;
    m_pendingSince.clear();   // a breach is timed by the process that watches it
    if (evaluating) {
        for (auto it = m_system.cbegin(); it != m_system.cend(); ++it)
            setSystemCondition(it.key(), it.value(), m_systemMessage.value(it.key()));
        setRules(m_rules);   // clears what no rule covers any more, evaluates every host
        const QHash<QString, QList<GuestFinding>> findings = m_findings;
        for (auto it = findings.cbegin(); it != findings.cend(); ++it)
            setGuestFindings(it.key(), it.value());
        const QHash<QString, QHash<QString, StoredText>> hostFindings = m_hostFindings;
        for (auto it = hostFindings.cbegin(); it != hostFindings.cend(); ++it)
            setHostFindings(it.key(), it.value());
    }
}

void AlertEngine::syncFromStore(const QList<Alert> &stored)
{
    for (const Alert &incoming : stored) {
        auto known = std::find_if(m_alerts.begin(), m_alerts.end(),
                                  [&](const Alert &a) { return a.key == incoming.key; });
        if (known == m_alerts.end()) {
            if (m_evaluating && !incoming.isOpen())
                continue;   // history of an earlier evaluator: nothing to watch
            m_alerts.append(incoming);
            if (incoming.isOpen())
                m_openByState.insert(stateKeyOfAlert(incoming.key), incoming.key);
            if (incoming.isOpen() && !m_evaluating)
                Q_EMIT alertRaised(incoming);
            Q_EMIT alertSynced(incoming);
            continue;
        }
        Alert updated = *known;
        if (!m_evaluating) {
            updated = incoming;
        } else if (!known->isAcknowledged() && incoming.isAcknowledged()) {
            updated.acknowledgedBy = incoming.acknowledgedBy;
            updated.acknowledgedAt = incoming.acknowledgedAt;
        }
        if (updated.clearedAt == known->clearedAt && updated.acknowledgedBy == known->acknowledgedBy)
            continue;
        if (known->isOpen() && !updated.isOpen())
            m_openByState.remove(stateKeyOfAlert(updated.key));
        *known = updated;
        Q_EMIT alertSynced(updated);
    }
}

QList<Alert> AlertEngine::openAlerts() const
{
    QList<Alert> result;
    for (const Alert &alert : m_alerts)
        if (alert.isOpen())
            result.append(alert);
    return result;
}

bool AlertEngine::acknowledge(const QString &key, const QString &user)
{
    for (Alert &alert : m_alerts) {
        if (alert.key != key || alert.isAcknowledged())
            continue;
        alert.acknowledgedBy = user;
        alert.acknowledgedAt = QDateTime::currentDateTimeUtc();
        Q_EMIT eventOccurred(acknowledgementEvent(alert));
        Q_EMIT alertAcknowledged(alert);
        Q_EMIT alertChanged(alert);
        return true;
    }
    return false;
}

void AlertEngine::setSystemCondition(const QString &condition, bool active, const StoredText &message)
{
    // Evaluated in every process, passive or not: a system condition is a
    // fact about this process (its own verify found damage, its own writer
    // fails) that the evaluator cannot see. The one alert per condition is
    // shared: an open one synced from the store is not raised again.
    m_system.insert(condition, active);
    m_systemMessage.insert(condition, message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> seen;
    for (const AlertRule &rule : std::as_const(m_rules))
        if (rule.enabled && rule.scope == Scope::System && rule.condition == condition)
            observe(rule, {QStringLiteral("vigil"), {}, tr("Vigil"), flag(active)}, now, seen);
}

bool AlertEngine::isClusterCondition(const QString &condition)
{
    return condition == u"left_down" || condition == u"running_twice" || condition == u"fence_ineffective"
           || condition == u"fence_unavailable";
}

void AlertEngine::setGuestFindings(const QString &condition, const QList<GuestFinding> &guests)
{
    const QList<GuestFinding> before = std::exchange(m_findings[condition], guests);
    const auto observations = [&condition](const QList<GuestFinding> &list) {
        QList<Observation> result;
        for (const GuestFinding &g : list)
            result.append({condition + u"/g:"_s + g.uuid, g.host, g.guest, flag(true), g.detail});
        return result;
    };
    observeFindings(Scope::Guest, condition, observations(guests), observations(before));
}

void AlertEngine::setHostFindings(const QString &condition, const QHash<QString, StoredText> &hosts)
{
    const QHash<QString, StoredText> before = std::exchange(m_hostFindings[condition], hosts);
    const auto observations = [&condition](const QHash<QString, StoredText> &map) {
        QList<Observation> result;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            result.append({condition + u"/h:"_s + it.key(), it.key(), it.key(), flag(true), it.value()});
        return result;
    };
    observeFindings(Scope::Host, condition, observations(hosts), observations(before));
}

void AlertEngine::observeFindings(Scope scope, const QString &condition, const QList<Observation> &found,
                                  const QList<Observation> &before)
{
    if (!m_evaluating)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSet<QString> current;
    for (const Observation &o : found)
        current.insert(o.subjectKey);
    QSet<QString> seen;
    for (const AlertRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled || rule.scope != scope || rule.condition != condition)
            continue;
        for (const Observation &o : found)
            observe(rule, o, now, seen);
        for (const Observation &o : before)
            if (!current.contains(o.subjectKey))
                observe(rule, {o.subjectKey, o.host, o.subject, flag(false)}, now, seen);
    }
}

void AlertEngine::evaluateAll(const QDateTime &now)
{
    for (const HostConfig &host : m_cluster->hosts()) {
        // Up hosts are evaluated as their ticks arrive; the sweep only has
        // to let durations elapse where nothing arrives.
        if (m_cluster->status(host.id).state != HostState::Up || !m_cluster->latestSample(host.id).isValid())
            evaluateHost(host.id, now);
    }
}

void AlertEngine::evaluateHost(HostId id, const QDateTime &now)
{
    if (!m_evaluating || !m_cluster->contains(id) || m_rules.isEmpty())
        return;
    const HostConfig config = m_cluster->host(id);
    const HostStatus status = m_cluster->status(id);
    const bool up = status.state == HostState::Up;
    const HostDetails details = m_cluster->details(id);
    const Metrics::HostSample sample = m_cluster->latestSample(id);
    const QString host = config.name;
    const QString hk = hostKey(id);
    QSet<QString> seen;
    QHash<QString, const Metrics::GuestSample *> guestSamples;
    for (const Metrics::GuestSample &g : sample.guests)
        guestSamples.insert(g.uuid, &g);
    const QList<DomainInfo> guests = up ? m_cluster->domains(id) : QList<DomainInfo>();

    for (const AlertRule &rule : std::as_const(m_rules)) {
        if (!rule.enabled)
            continue;
        switch (rule.scope) {
        case Scope::Host: {
            if (isClusterCondition(rule.condition))
                break;   // found elsewhere: setHostFindings()
            double value = Metrics::kNotReported;
            if (rule.condition == u"unreachable")
                value = status.state == HostState::Connecting ? Metrics::kNotReported
                                                              : flag(status.state == HostState::Unreachable);
            else if (!up)
                break;
            else if (rule.condition == u"cpu")
                value = sample.values[Metrics::Metric::Cpu];
            else if (rule.condition == u"memory_used")
                value = percentOf(sample.values[Metrics::Metric::MemoryUsed],
                                  sample.values[Metrics::Metric::MemoryTotal]);
            observe(rule, {hk, host, host, value}, now, seen);
            break;
        }
        case Scope::Guest:
            if (isClusterCondition(rule.condition))
                break;   // judged across hosts: setGuestFindings()
            for (const DomainInfo &guest : guests) {
                double value = Metrics::kNotReported;
                const Metrics::GuestSample *gs = guestSamples.value(guest.uuid);
                if (rule.condition == u"crashed")
                    value = flag(guest.state == DomainState::Crashed);
                else if (rule.condition == u"paused_error")
                    value = flag(isErrorPause(guest));
                else if (!guest.isActive())
                    value = 0;   // a stopped guest uses no CPU or memory: its load alerts clear
                else if (gs && rule.condition == u"cpu")
                    value = gs->values[Metrics::Metric::Cpu];
                else if (gs && rule.condition == u"memory_used")
                    value = percentOf(gs->values[Metrics::Metric::MemoryUsed],
                                      gs->values[Metrics::Metric::MemoryTotal]);
                observe(rule, {hk + u"/g:" + guest.uuid, host, guest.name, value}, now, seen);
            }
            break;
        case Scope::Pool:
            if (!up)
                break;
            for (const StoragePoolInfo &pool : details.pools) {
                const double value = rule.condition == u"inactive" ? flag(!pool.active)
                                     : pool.active ? poolUsedPercent(pool) : Metrics::kNotReported;
                observe(rule, {hk + u"/p:" + pool.name, host, pool.name, value}, now, seen);
            }
            break;
        case Scope::Network:
            if (!up)
                break;
            for (const NetworkInfo &network : details.networks)
                observe(rule, {hk + u"/n:" + network.name, host, network.name, flag(!network.active)}, now, seen);
            break;
        case Scope::System:
            break;
        }
    }
    if (!up)
        return;   // what is behind an unreachable host is unknown, not gone
    // Subjects of this host that no longer exist (a guest undefined, a pool
    // deleted) clear their alerts and forget their pending breaches.
    const QStringList open = m_openByState.keys();
    for (const QString &state : open) {
        const QString subject = state.section(u'|', 1);
        if (subject.startsWith(hk + u'/') && !seen.contains(state))
            clear(state, storedTr("it no longer exists"), now);
    }
    for (auto it = m_pendingSince.begin(); it != m_pendingSince.end();) {
        if (it.key().section(u'|', 1).startsWith(hk + u'/') && !seen.contains(it.key()))
            it = m_pendingSince.erase(it);
        else
            ++it;
    }
}

void AlertEngine::observe(const AlertRule &rule, const Observation &o, const QDateTime &now,
                          QSet<QString> &seen)
{
    const QString state = stateKeyOf(rule.name, o.subjectKey);
    seen.insert(state);
    if (!Metrics::isReported(o.value))
        return;   // unknown this time: neither raise nor clear
    if (!rule.breached(o.value)) {
        m_pendingSince.remove(state);
        if (m_openByState.contains(state))
            clear(state, {}, now);
        return;
    }
    if (m_openByState.contains(state))
        return;
    auto since = m_pendingSince.find(state);
    if (since == m_pendingSince.end())
        since = m_pendingSince.insert(state, now);
    if (since->secsTo(now) >= rule.durationSeconds) {
        m_pendingSince.erase(since);
        raise(rule, o, now);
    }
}

StoredText AlertEngine::messageFor(const AlertRule &rule, const Observation &o) const
{
    const auto info = findCondition(rule.scope, rule.condition);
    if (rule.scope == Scope::System)
        return m_systemMessage.value(rule.condition);
    if (info && info->isFlag() && !o.detail.isEmpty())
        return storedTr("%1: %2 (%3)").arg(o.subject, info->label, o.detail);
    if (info && info->isFlag())
        return storedTr("%1: %2").arg(o.subject, info->label);
    return storedTr("%1: %2 %3 %4 (threshold %5 %4)")
        .arg(o.subject, info ? info->label : StoredText(rule.condition), QString::number(o.value, 'f', 1),
             info ? info->unit : QString(), QString::number(rule.threshold));
}

void AlertEngine::raise(const AlertRule &rule, const Observation &o, const QDateTime &now)
{
    Alert alert;
    const QString state = stateKeyOf(rule.name, o.subjectKey);
    alert.key = state + u'@' + QString::number(now.toMSecsSinceEpoch());
    alert.rule = rule.name;
    alert.severity = rule.severity;
    alert.host = o.host;
    alert.subject = o.subject;
    alert.value = o.value;
    alert.message = messageFor(rule, o);
    alert.raisedAt = now;
    m_alerts.append(alert);
    m_openByState.insert(state, alert.key);
    logAlert(alert, true);
    Q_EMIT alertRaised(alert);
    Q_EMIT alertChanged(alert);
}

void AlertEngine::clear(const QString &stateKey, const StoredText &why, const QDateTime &now)
{
    const QString key = m_openByState.take(stateKey);
    for (Alert &alert : m_alerts) {
        if (alert.key != key)
            continue;
        alert.clearedAt = now;
        logAlert(alert, false, why);
        Q_EMIT alertCleared(alert);
        Q_EMIT alertChanged(alert);
        break;
    }
    // Keep this run's history bounded: drop the oldest cleared alerts.
    constexpr qsizetype kKeep = 2000;
    for (qsizetype i = 0; m_alerts.size() > kKeep && i < m_alerts.size();) {
        if (!m_alerts.at(i).isOpen())
            m_alerts.removeAt(i);
        else
            ++i;
    }
}

void AlertEngine::logAlert(const Alert &alert, bool raised, const StoredText &extra)
{
    StoredText message;
    if (raised)
        message = storedTr("alert raised (%1): %2 — %3")
                             .arg(severityText(alert.severity), alert.rule, alert.message);
    else if (extra.isEmpty())
        message = storedTr("alert cleared: %1 — %2").arg(alert.rule, alert.subject);
    else
        message = storedTr("alert cleared: %1 — %2 (%3)").arg(alert.rule, alert.subject, extra);
    EventRecord record = EventRecord::make(EventRecord::Kind::Health, alert.host, {}, message,
                                           raised ? raisedResult(alert.severity) : EventRecord::Result::Cleared,
                                           QStringLiteral("vigil"));
    record.time = raised ? alert.raisedAt : alert.clearedAt;
    Q_EMIT eventOccurred(record);
}

} // namespace Vigil::Health
