#include "changefeed.h"

#include "alertstore.h"
#include "databasethread.h"
#include "eventlogstore.h"
#include "hostrepository.h"
#include "policyrepository.h"
#include "processregistry.h"
#include "sqldialect.h"

#include <QDateTime>

#include <atomic>
#include <QPointer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Vigil::Store {

struct ChangeFeed::State {
    bool primed = false;
    bool listening = false;          // PostgreSQL: LISTEN vigil_changes is set up
    std::atomic<bool> notified{false};
    qint64 lastCheckMs = 0;
    bool readAgain = false;          // the last read stopped at a batch limit
    qint64 dataVersion = -1;
    QHash<QString, qint64> seqs;
    qint64 lastEventId = 0;
    qint64 lastBeatMs = 0;
    QString holder;
};

namespace {

// How often the heartbeat row is refreshed (well inside the registry's TTL).
constexpr qint64 kBeatEveryMs = 5000;
// Events read per poll at most; the rest come with the next poll.
constexpr int kEventBatch = 2000;

QHash<QString, qint64> readSeqs(QSqlDatabase &db, QString *error)
{
    QHash<QString, qint64> seqs;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT topic, seq FROM change_feed"))) {
        *error = q.lastError().text();
        return seqs;
    }
    while (q.next())
        seqs.insert(q.value(0).toString(), q.value(1).toLongLong());
    return seqs;
}

// How often PostgreSQL's numbers are read even without a notification (a
// notification lost while the connection was re-established).
constexpr qint64 kPostgresSafetyCheckMs = 5000;

qint64 dataVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// What exists now: later changes are measured against it.
void takeBaseline(QSqlDatabase &db, ChangeFeed::State &state, QString *error)
{
    state.seqs = readSeqs(db, error);
    state.lastEventId = EventLogStore(db).lastId();
    state.primed = error->isEmpty();
}

// The current rows of each changed topic. False (with `error`) when one
// could not be read: an empty list would read as "every host removed".
bool loadTopics(QSqlDatabase &db, ChangeSet &changes, QString *error)
{
    if (changes.topics.contains(u"hosts"_s))
        changes.hosts = HostRepository(db).all(error);
    if (error->isEmpty() && changes.topics.contains(u"policies"_s)) {
        bool readOk = false;
        QStringList problems;   // invalid rows are skipped (Session::open reports them)
        changes.policies = PolicyRepository(db).all(&problems, &readOk);
        if (!readOk)
            *error = problems.value(0);
    }
    AlertStore alerts(db);
    if (error->isEmpty() && changes.topics.contains(u"alert_rules"_s))
        changes.alertRules = alerts.rules(error);
    if (error->isEmpty() && changes.topics.contains(u"alerts"_s))
        changes.alerts = alerts.alerts(QDateTime::currentDateTimeUtc().addDays(-7), error);
    if (error->isEmpty() && changes.topics.contains(u"journal"_s))
        changes.journal = Ha::FailoverJournal(db).recent(ChangeFeed::kJournalEntries);
    return error->isEmpty();
}

} // namespace

ChangeFeed::ChangeFeed(const QString &databasePath, const QString &instance, const QString &holder, QObject *parent)
    : QObject(parent)
    , m_instance(instance)
    , m_holder(holder)
    , m_intervalMs(int(kBeatEveryMs))
    , m_state(std::make_shared<State>())
    , m_thread(std::make_unique<DatabaseThread>(databasePath, QStringLiteral("changefeed")))
{
    qRegisterMetaType<ChangeSet>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::poll);
}

ChangeFeed::~ChangeFeed()
{
    m_timer.stop();
    const QString instance = m_instance;
    m_thread->post([instance](QSqlDatabase db, const QString &openError) {
        if (openError.isEmpty())
            ProcessRegistry(db).remove(instance);
    });
    m_thread.reset();
}

void ChangeFeed::prime(QSqlDatabase db)
{
    QString error;
    takeBaseline(db, *m_state, &error);
    m_state->readAgain = true;   // data_version is per connection: the first poll compares the numbers
}

void ChangeFeed::start()
{
    poll();
}

void ChangeFeed::follow(int intervalMs)
{
    m_following = true;
    m_intervalMs = intervalMs;
    if (m_timer.isActive())   // armed only between polls: re-arming cannot overlap them
        m_timer.start(intervalMs);
}

void ChangeFeed::pollSoon()
{
    if (m_timer.isActive())   // else a poll is in flight and will see the notification
        m_timer.start(0);
}

void ChangeFeed::setHolder(const QString &holder)
{
    m_holder = holder;
}

void ChangeFeed::poll()
{
    ++m_polls;
    QPointer<ChangeFeed> self(this);
    m_thread->post([self, state = m_state, instance = m_instance, holder = m_holder,
                    following = m_following](QSqlDatabase db, const QString &openError) {
        ChangeSet changes;
        QString error = openError;
        if (error.isEmpty()) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - state->lastBeatMs >= kBeatEveryMs || holder != state->holder) {
                QString beatError;   // a busy database delays the beat; it must not hide changes
                if (ProcessRegistry(db).beat(instance, holder, now, &beatError)) {
                    state->lastBeatMs = now;
                    state->holder = holder;
                }
            }
        }
        // A process that does not follow (a one-shot command) only beats.
        if (error.isEmpty() && following) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // Did another connection commit? SQLite: an in-memory counter
            // that moves when one did. PostgreSQL: the change triggers NOTIFY
            // vigil_changes; a safety read every few seconds.
            bool moved = std::exchange(state->readAgain, false);
            if (isPostgres(db)) {
                if (!state->listening && db.driver()->subscribeToNotification(u"vigil_changes"_s)) {
                    state->listening = true;
                    // A notification also cuts the wait for the next poll short.
                    QObject::connect(db.driver(), &QSqlDriver::notification, db.driver(), [state, self]() {
                        state->notified = true;
                        QMetaObject::invokeMethod(self.data(), &ChangeFeed::pollSoon, Qt::QueuedConnection);
                    });
                }
                if (state->notified.exchange(false) || now - state->lastCheckMs >= kPostgresSafetyCheckMs) {
                    state->lastCheckMs = now;
                    moved = true;
                }
            } else {
                const qint64 version = dataVersion(db);
                moved = moved || version != state->dataVersion || version < 0;
                state->dataVersion = version;
            }
            if (!state->primed) {
                takeBaseline(db, *state, &error);   // what exists now was loaded by the process at start
            } else if (moved) {
                const QHash<QString, qint64> seqs = readSeqs(db, &error);
                for (auto it = seqs.cbegin(); it != seqs.cend(); ++it)
                    if (state->seqs.value(it.key(), -1) != it.value())
                        changes.topics.insert(it.key());
                if (error.isEmpty())
                    loadTopics(db, changes, &error);
                if (!error.isEmpty()) {
                    changes = ChangeSet();     // nothing half-read is delivered
                    state->readAgain = true;   // the numbers stay old: the same change is read again
                } else {
                    state->seqs = seqs;
                    EventLogStore events(db);
                    changes.events = events.after(state->lastEventId, instance, kEventBatch, &state->lastEventId);
                    state->readAgain = events.lastId() > state->lastEventId;   // more than one batch
                }
            }
        }
        QMetaObject::invokeMethod(self.data(), [self, changes, error]() {
            if (self)
                self->deliver(changes, error);
        }, Qt::QueuedConnection);
    });
}

void ChangeFeed::deliver(const ChangeSet &changes, const QString &error)
{
    if (error != m_lastError) {
        m_lastError = error;
        if (!error.isEmpty())
            Q_EMIT failed(error);
    }
    if (!changes.isEmpty())
        Q_EMIT changed(changes);
    m_timer.start(m_intervalMs);   // re-armed only now: polls never overlap
}

} // namespace Vigil::Store
