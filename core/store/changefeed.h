#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

#include "../eventrecord.h"
#include "../hostconfig.h"
#include "../ha/journal.h"
#include "../ha/policy.h"
#include "../health/alert.h"
#include "../health/alertrule.h"

namespace Vigil::Store {

class DatabaseThread;

// What other processes (or other connections of this one) changed since the
// last look, with the current rows of each changed topic already read, so
// the receiving thread never touches the disk.
struct ChangeSet {
    QSet<QString> topics;
    std::optional<QList<HostConfig>> hosts;
    std::optional<QList<Ha::Policy>> policies;
    std::optional<QList<Health::AlertRule>> alertRules;
    std::optional<QList<Health::Alert>> alerts;   // raised in the last 7 days
    std::optional<QList<Ha::FailoverJournal::Entry>> journal;   // the newest entries (recentJournal)
    QList<EventRecord> events;                    // written by other processes, oldest first

    bool isEmpty() const { return topics.isEmpty() && events.isEmpty(); }
};

// Follows one database for a process: a thread of its own with its own
// connection asks SQLite's PRAGMA data_version (an in-memory counter that
// moves when another connection commits) every `intervalMs` — on
// PostgreSQL it LISTENs to `vigil_changes` instead and looks at once when
// notified; only when something moved does it read the `change_feed`
// sequence numbers (one tiny table) and the new event rows, then the rows
// of the topics that changed. It also keeps this process's heartbeat in
// `processes`. Polls never overlap.
class ChangeFeed : public QObject
{
    Q_OBJECT
public:
    struct State;   // the database thread's view (defined in the .cpp)

    ChangeFeed(const QString &databasePath, const QString &instance, const QString &holder,
               QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Failover journal entries a change carries (the Failover page's incidents).
    static constexpr int kJournalEntries = 500;

    // Takes the baseline (the change sequence numbers and the last event)
    // from `db`, on the calling thread, before the process reads the state
    // it starts with: a change committed between that read and the feed's
    // first poll is then reported, not lost. Call before start().
    void prime(QSqlDatabase db);
    void start();
    void setHolder(const QString &holder);
    // Until follow(), the feed only keeps the heartbeat (every 5 s) and
    // reads nothing; from then on it looks every `intervalMs` and delivers
    // what changed since prime(). Takes effect at once.
    void follow(int intervalMs);
    // Polls done (for the benchmark).
    qint64 polls() const { return m_polls; }

Q_SIGNALS:
    void changed(const Vigil::Store::ChangeSet &changes);
    void failed(const QString &message);

private:
    void poll();
    void pollSoon();
    void deliver(const ChangeSet &changes, const QString &error);

    QString m_instance;
    QString m_holder;
    int m_intervalMs;
    bool m_following = false;
    QTimer m_timer;
    qint64 m_polls = 0;
    QString m_lastError;
    std::shared_ptr<State> m_state;   // touched only on the database thread
    // Last: stopped first, so no queued poll outlives the members above.
    std::unique_ptr<DatabaseThread> m_thread;
};

} // namespace Vigil::Store

Q_DECLARE_METATYPE(Vigil::Store::ChangeSet)
