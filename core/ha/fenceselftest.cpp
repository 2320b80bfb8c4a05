#include "fenceselftest.h"

#include "fencer.h"
#include "../cluster/clustermanager.h"
#include "../hosturi.h"

namespace Vigil::Ha {

FenceSelfTest::FenceSelfTest(ClusterManager *cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_tick(this)
{
    // Schedules are minutes; a 15 s tick keeps a due test at most 15 s late.
    m_tick.setInterval(15000);
    connect(&m_tick, &QTimer::timeout, this, &FenceSelfTest::runDue);
}

void FenceSelfTest::setPolicies(const QList<Policy> &policies)
{
    // The first enabled policy with an action for a host fences it (as the
    // engine does); that action is the one worth testing.
    QHash<QString, FenceAction> current;
    for (const Policy &p : policies) {
        if (!p.enabled)
            continue;
        for (auto it = p.fencing.cbegin(); it != p.fencing.cend(); ++it)
            if (!current.contains(it.key()) && it->testEveryMinutes > 0)
                current.insert(it.key(), *it);
    }
    for (auto it = m_actions.begin(); it != m_actions.end();) {
        if (!current.contains(it.key()) || !(current.value(it.key()) == it->action))
            it = m_actions.erase(it);   // gone or changed: its old answer says nothing
        else
            ++it;
    }
    for (auto it = current.cbegin(); it != current.cend(); ++it)
        if (!m_actions.contains(it.key()))
            m_actions.insert(it.key(), Scheduled{*it, QDateTime::currentDateTimeUtc(), false, std::nullopt});
    if (m_active)
        runDue();
}

void FenceSelfTest::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    for (Scheduled &s : m_actions) {
        s.due = QDateTime::currentDateTimeUtc();
        s.last.reset();
    }
    if (active) {
        m_tick.start();
        runDue();
    } else {
        m_tick.stop();
    }
}

QHash<QString, StoredText> FenceSelfTest::failures() const
{
    QHash<QString, StoredText> result;
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        if (it->last && it->last->testable && !it->last->answered)
            result.insert(it.key(), it->last->detail);
    return result;
}

void FenceSelfTest::runDue()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QStringList hosts = m_actions.keys();
    for (const QString &host : hosts) {
        const Scheduled &s = m_actions.value(host);
        if (!s.running && s.due <= now)
            runOne(host);
    }
}

void FenceSelfTest::runOne(const QString &host)
{
    Scheduled &s = m_actions[host];
    s.due = QDateTime::currentDateTimeUtc().addSecs(qint64(s.action.testEveryMinutes) * 60);
    const QStringList statusArgv = Fencer::statusArgv(s.action.argv);
    if (statusArgv.isEmpty()) {
        Result result{host, false, false,
                      storedTr("the fence action of %1 is not tested on schedule: it has no action argument "
                               "(--action, -o) that could be switched to \"status\"").arg(host)};
        const bool changed = !s.last || s.last->testable;
        s.last = result;
        Q_EMIT tested(result, changed);
        return;
    }
    HostConfig config;
    for (const HostConfig &h : m_cluster->hosts())
        if (h.name == host)
            config = h;
    const Fencer::Target target{host, config.uri, checkLibvirtUri(config.uri).host};
    auto *fencer = new Fencer(this);
    s.running = true;
    const FenceAction action = s.action;
    connect(fencer, &Fencer::finished, this, [this, fencer, host, action](bool answered, const QString &message) {
        fencer->deleteLater();
        const auto it = m_actions.find(host);
        if (it == m_actions.end() || !(it->action == action) || !m_active)
            return;   // changed or handed over meanwhile: this answer is about nothing current
        it->running = false;
        Result result{host, true, answered,
                      answered ? storedTr("the fence device of %1 answers (status check)").arg(host)
                               : storedTr("the fence device of %1 does not answer its status check: %2")
                                     .arg(host, message)};
        const bool changed = !it->last || it->last->testable != result.testable || it->last->answered != answered;
        it->last = result;
        Q_EMIT tested(result, changed);
    });
    fencer->run(FenceAction{statusArgv, action.timeoutSeconds, action.testEveryMinutes}, target);
}

} // namespace Vigil::Ha
