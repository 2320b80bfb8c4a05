#include "migrationmanager.h"

#include "../cluster/clustermanager.h"
#include "../virt/migrator.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace Vigil::Migration {
namespace {

QString tr(const char *text) { return QCoreApplication::translate("Vigil::Migration", text); }

} // namespace

QString migrationStateName(MigrationState state)
{
    switch (state) {
    case MigrationState::Queued:    return tr("queued");
    case MigrationState::Running:   return tr("running");
    case MigrationState::Completed: return tr("completed");
    case MigrationState::Failed:    return tr("failed");
    case MigrationState::Cancelled: return tr("cancelled");
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

MigrationManager::MigrationManager(ClusterManager *cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    qRegisterMetaType<MigrationStatus>();
}

MigrationManager::~MigrationManager()
{
    for (const Running &r : std::as_const(m_running))
        r.cancel->store(true);
    for (const Running &r : std::as_const(m_running)) {
        r.thread->wait();
        delete r.thread;
    }
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
        running->cancel->store(true);
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

    auto cancel = std::make_shared<std::atomic<bool>>(false);
    const MigrationRequest request = status.request;
    QPointer<MigrationManager> self(this);
    QThread *thread = QThread::create([self, request, cancel, id]() {
        const auto progress = [self, id](const MigrationProgress &p) {
            QMetaObject::invokeMethod(self, [self, id, p]() {
                if (!self)
                    return;
                auto it = self->m_jobs.find(id);
                if (it == self->m_jobs.end() || it->isFinished())
                    return;
                it->progress = p;
                Q_EMIT self->jobChanged(*it);
            }, Qt::QueuedConnection);
        };
        const Virt::MigrationOutcome outcome = Virt::runMigration(request, progress, *cancel);
        QMetaObject::invokeMethod(self, [self, id, outcome]() {
            if (self)
                self->finish(id, outcome.ok, outcome.cancelled, outcome.downtimeMs, outcome.message);
        }, Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("migrate-%1").arg(id));
    m_running.insert(id, {cancel, thread});
    thread->start();
}

void MigrationManager::finish(quint64 id, bool ok, bool cancelled, qint64 downtimeMs, const QString &message)
{
    const Running running = m_running.take(id);
    if (running.thread) {
        running.thread->wait();
        delete running.thread;
    }
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
    EventRecord record;
    record.time = status.finishedAt.isValid() ? status.finishedAt : QDateTime::currentDateTimeUtc();
    record.host = r.source.name;
    record.guest = r.guest;
    record.kind = EventRecord::Kind::Action;
    const QString how = r.options.live ? tr("live migration") : tr("offline migration");
    QString text = tr("%1 to %2: %3").arg(how, r.target.name, status.message);
    if (status.startedAt.isValid() && status.finishedAt.isValid())
        text += tr(" (%1 s").arg(status.startedAt.msecsTo(status.finishedAt) / 1000.0, 0, 'f', 1)
                + (status.downtimeMs >= 0 ? tr(", downtime %1 ms)").arg(status.downtimeMs) : QStringLiteral(")"));
    record.message = text;
    record.result = status.state == MigrationState::Completed ? QStringLiteral("ok")
                    : status.state == MigrationState::Cancelled ? QStringLiteral("cancelled")
                                                                 : QStringLiteral("failed");
    record.user = r.user.isEmpty() ? EventRecord::currentUser() : r.user;
    Q_EMIT eventOccurred(record);
}

} // namespace Vigil::Migration
