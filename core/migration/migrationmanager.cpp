#include "migrationmanager.h"

#include "../cluster/clustermanager.h"
#include "../virt/migrator.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Vigil::Migration {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Migration)
};

} // namespace

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Queued:    return Text::tr("queued");
    case MigrationState::Running:   return Text::tr("running");
    case MigrationState::Completed: return Text::tr("completed");
    case MigrationState::Failed:    return Text::tr("failed");
    case MigrationState::Cancelled: return Text::tr("cancelled");
    }
    return {};
}

int MigrationProgress::percent() const
{
    if (dataTotal <= 0 || dataProcessed < 0)
        return -1;
    const qint64 remaining = dataRemaining >= 0 ? dataRemaining : dataTotal - dataProcessed;
    return int(std::clamp<qint64>(100 - remaining * 100 / dataTotal, 0, 99));
}

qint64 MigrationProgress::etaSeconds() const
{
    if (dataRemaining < 0 || bytesPerSecond <= 0)
        return -1;
    return dataRemaining / bytesPerSecond;
}

QString MigrationProgress::summary() const
{
    const auto size = [](qint64 bytes) { return QLocale::c().formattedDataSize(bytes, 1); };
    QStringList parts;
    if (const int p = percent(); p >= 0)
        parts << Text::tr("%1 %").arg(p);
    if (dataRemaining >= 0 && dataTotal > 0)
        parts << Text::tr("%1 of %2 left").arg(size(dataRemaining), size(dataTotal));
    if (bytesPerSecond > 0)
        parts << Text::tr("%1/s").arg(size(bytesPerSecond));
    if (const qint64 eta = etaSeconds(); eta >= 0)
        parts << Text::tr("ETA %1 s").arg(eta);
    return parts.isEmpty() ? Text::tr("no progress reported yet") : parts.join(u"  "_s);
}

MigrationManager::MigrationManager(ClusterManager *cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    qRegisterMetaType<MigrationStatus>();
    // A shutdown is asynchronous: the relocation goes on once the guest is off.
    connect(cluster, &ClusterManager::domainUpdated, this, [this](HostId host, const DomainInfo &domain) {
        for (auto it = m_cold.cbegin(); it != m_cold.cend(); ++it) {
            const MigrationRequest &r = m_jobs.value(it.key()).request;
            if (it->step == Cold::Step::ShuttingDown && host == r.source.id && domain.uuid == r.uuid
                && !domain.isActive())
                return advanceCold(it.key(), true, {});
        }
    });
}

MigrationManager::~MigrationManager()
{
    // A cold relocation's steps run on the host workers: nothing to wait for.
    for (Jobs::Job &job : m_running)
        job.requestStop();
    for (Jobs::Job &job : m_running)
        job.waitForFinished();
}

quint64 MigrationManager::submit(MigrationRequest request)
{
    request.id = m_nextId++;
    MigrationStatus status;
    status.request = request;
    status.state = MigrationState::Queued;
    status.queuedAt = QDateTime::currentDateTimeUtc();
    m_order.append(request.id);
    m_jobs.insert(request.id, status);
    Q_EMIT jobChanged(status);
    startQueued();
    return request.id;
}

bool MigrationManager::cancel(quint64 id)
{
    auto it = m_jobs.find(id);
    if (it == m_jobs.end() || it->isFinished())
        return false;
    if (it->state == MigrationState::Queued) {
        it->state = MigrationState::Cancelled;
        it->finishedAt = QDateTime::currentDateTimeUtc();
        it->message = tr("cancelled before it started");
        log(*it);
        Q_EMIT jobChanged(*it);
        return true;
    }
    if (const auto running = m_running.constFind(id); running != m_running.cend())
        running->requestStop();
    return true;
}

QList<MigrationStatus> MigrationManager::jobs() const
{
    QList<MigrationStatus> result;
    result.reserve(m_order.size());
    for (quint64 id : m_order)
        result.append(m_jobs.value(id));
    return result;
}

void MigrationManager::startQueued()
{
    for (quint64 id : std::as_const(m_order)) {
        if (int(m_running.size()) >= m_concurrency)
            return;
        if (m_jobs.value(id).state == MigrationState::Queued)
            start(id);
    }
}

void MigrationManager::start(quint64 id)
{
    MigrationStatus &status = m_jobs[id];
    status.state = MigrationState::Running;
    status.startedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT jobChanged(status);
    if (status.request.options.coldRelocation) {
        startCold(id);
        return;
    }

    const MigrationRequest request = status.request;
    // Posted straight to this manager: it outlives its jobs (the destructor waits for them).
    const auto progress = [this, id](const MigrationProgress &p) {
        QMetaObject::invokeMethod(this, [this, id, p]() {
            auto it = m_jobs.find(id);
            if (it == m_jobs.end() || it->isFinished())
                return;
            it->progress = p;
            Q_EMIT jobChanged(*it);
        }, Qt::QueuedConnection);
    };
    m_running.insert(id, Jobs::run(this, [request, progress](const std::atomic<bool> &cancel) {
        return Virt::runMigration(request, progress, cancel);
    }, [this, id](const Virt::MigrationOutcome &outcome) {
        finish(id, outcome.ok, outcome.cancelled, outcome.downtimeMs, outcome.message);
    }));
}

void MigrationManager::startCold(quint64 id)
{
    const MigrationRequest &r = m_jobs[id].request;
    // Driven from this thread by the hosts' answers; the job is its stop flag.
    m_running.insert(id, Jobs::Job({}, Jobs::makeStopFlag()));
    Cold cold;
    cold.guest = m_cluster->domain(r.source.id, r.uuid).value_or(DomainInfo());
    if (cold.guest.uuid.isEmpty() || cold.guest.xml.isEmpty()) {
        QMetaObject::invokeMethod(this, [this, id, r]() {
            finish(id, false, false, -1, tr("%1 is no longer on %2").arg(r.guest, r.source.name));
        }, Qt::QueuedConnection);
        return;
    }
    cold.wasActive = cold.guest.isActive();
    cold.downSince = QDateTime::currentDateTimeUtc();
    cold.step = cold.wasActive ? Cold::Step::ShuttingDown : Cold::Step::Defining;
    m_cold.insert(id, cold);
    sendColdStep(id);
}

void MigrationManager::sendColdStep(quint64 id)
{
    Cold &cold = m_cold[id];
    const MigrationRequest r = m_jobs.value(id).request;
    const quint64 request = cold.request = ++m_lastColdRequest;
    const auto advance = [this, id, request](const auto &answer) {
        if (const auto it = m_cold.constFind(id); it != m_cold.cend() && it->request == request)
            advanceCold(id, answer.ok, answer.message);
    };
    switch (cold.step) {
    case Cold::Step::ShuttingDown:
        return m_cluster->performAction(r.source.id, r.uuid, DomainAction::Shutdown, this, advance);
    case Cold::Step::Defining:
        return m_cluster->defineGuest(r.target.id, cold.guest, this, advance);
    case Cold::Step::Undefining:
        return m_cluster->undefineGuest(r.source.id, r.uuid, this, advance);
    case Cold::Step::Starting:
        return m_cluster->startGuest(r.target.id, cold.guest, this, advance);
    case Cold::Step::RestartingOnSource:
        return m_cluster->performAction(r.source.id, r.uuid, DomainAction::Start, this, advance);
    }
}

// One step of a cold relocation ended: shut down on the source → define on
// the target → remove from the source → start on the target. A failure
// before the guest left the source puts it back as it was.
void MigrationManager::advanceCold(quint64 id, bool ok, const QString &message)
{
    auto it = m_cold.find(id);
    if (it == m_cold.end())
        return;
    const MigrationRequest r = m_jobs.value(id).request;
    const bool cancelled = m_running.value(id).stopRequested();
    MigrationStatus &status = m_jobs[id];
    const auto fail = [&](const QString &why) {
        const Cold cold = m_cold.take(id);
        // Put the guest back as it was only if it was running, is now off and
        // is still defined on the source (it never left).
        const std::optional<DomainInfo> onSource = m_cluster->domain(r.source.id, r.uuid);
        const bool offOnSource = onSource && !onSource->isActive();
        if (cold.wasActive && offOnSource && (cold.step == Cold::Step::ShuttingDown || cold.step == Cold::Step::Defining)) {
            // Nothing left the source: start it again there.
            Cold back = cold;
            back.step = Cold::Step::RestartingOnSource;
            status.message = why;
            m_cold.insert(id, back);
            sendColdStep(id);
            return;
        }
        finish(id, false, cancelled, -1, why);
    };
    switch (it->step) {
    case Cold::Step::ShuttingDown:
        if (!ok)
            return fail(tr("could not shut %1 down: %2").arg(r.guest, message));
        if (m_cluster->status(r.source.id).state != HostState::Up)
            return fail(tr("%1 was lost").arg(r.source.name));
        // Shutdown is asynchronous: wait for the guest to be off.
        if (const auto now = m_cluster->domain(r.source.id, r.uuid); now && now->isActive())
            return;
        if (cancelled)
            return fail(tr("cancelled; %1 is started again on %2").arg(r.guest, r.source.name));
        status.progress.dataTotal = 4;
        status.progress.dataRemaining = 3;
        Q_EMIT jobChanged(status);
        it->step = Cold::Step::Defining;
        return sendColdStep(id);
    case Cold::Step::Defining:
        if (!ok)
            return fail(message);
        status.progress.dataTotal = 4;
        status.progress.dataRemaining = 2;
        Q_EMIT jobChanged(status);
        it->step = Cold::Step::Undefining;
        return sendColdStep(id);
    case Cold::Step::Undefining:
        if (!ok)
            return fail(tr("defined on %1 but still defined on %2: %3").arg(r.target.name, r.source.name, message));
        if (!it->wasActive) {
            m_cold.remove(id);
            return finish(id, true, false, -1, tr("relocated to %1 (cold: it was shut off)").arg(r.target.name));
        }
        status.progress.dataRemaining = 1;
        Q_EMIT jobChanged(status);
        it->step = Cold::Step::Starting;
        return sendColdStep(id);
    case Cold::Step::Starting: {
        const Cold cold = m_cold.take(id);
        const qint64 down = cold.downSince.msecsTo(QDateTime::currentDateTimeUtc());
        if (!ok)
            return finish(id, false, false, -1, tr("defined on %1 but it did not start: %2").arg(r.target.name, message));
        return finish(id, true, false, down, tr("relocated to %1 (cold: shut down, defined there, started)").arg(r.target.name));
    }
    case Cold::Step::RestartingOnSource: {
        const Cold cold = m_cold.take(id);
        Q_UNUSED(cold);
        return finish(id, false, cancelled, -1,
                      status.message + (ok ? tr(" — started again on %1").arg(r.source.name)
                                           : tr(" — and it could not be started again on %1: %2").arg(r.source.name, message)));
    }
    }
}

void MigrationManager::finish(quint64 id, bool ok, bool cancelled, qint64 downtimeMs, const QString &message)
{
    m_running.remove(id);
    MigrationStatus &status = m_jobs[id];
    status.state = ok ? MigrationState::Completed : cancelled ? MigrationState::Cancelled : MigrationState::Failed;
    status.finishedAt = QDateTime::currentDateTimeUtc();
    status.downtimeMs = downtimeMs;
    status.message = message;
    if (ok)
        status.progress.dataRemaining = 0;
    log(status);
    Q_EMIT jobChanged(status);
    // Events usually tell the hosts already; refresh anyway for drivers without them.
    m_cluster->refresh(status.request.source.id);
    m_cluster->refresh(status.request.target.id);
    startQueued();
}

void MigrationManager::log(const MigrationStatus &status)
{
    const MigrationRequest &r = status.request;
    const StoredText how = r.options.coldRelocation ? storedTr("cold relocation")
                           : r.options.live ? storedTr("live migration")
                                            : storedTr("offline migration");
    StoredText message = storedTr("%1 to %2: %3").arg(how, r.target.name, status.message);
    if (status.startedAt.isValid() && status.finishedAt.isValid()) {
        const QString seconds = QString::number(status.startedAt.msecsTo(status.finishedAt) / 1000.0, 'f', 1);
        const StoredText took = status.downtimeMs >= 0
            ? storedTr("(%1 s, downtime %2 ms)").arg(seconds).arg(status.downtimeMs)
            : storedTr("(%1 s)").arg(seconds);
        message = StoredText::joined({message, took}, u" "_s);
    }
    const EventRecord::Result result = status.state == MigrationState::Completed ? EventRecord::Result::Ok
                                       : status.state == MigrationState::Cancelled ? EventRecord::Result::Cancelled
                                                                                    : EventRecord::Result::Failed;
    EventRecord record = EventRecord::make(EventRecord::Kind::Action, r.source.name, r.guest, message, result,
                                           r.user.isEmpty() ? EventRecord::currentUser() : r.user);
    if (status.finishedAt.isValid())
        record.time = status.finishedAt;
    Q_EMIT eventOccurred(record);
}

} // namespace Vigil::Migration
