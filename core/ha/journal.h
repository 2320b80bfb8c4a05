#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include "../inventory.h"

#include "core/storedtext.h"

namespace Vigil::Ha {

// The failover journal: every restart is written down before it is tried
// and marked after, so an engine that dies mid-failover picks up exactly the
// unfinished steps — and checks the cluster before redoing any of them.
class FailoverJournal
{
public:
    // FenceIneffective: not started because a start was refused for a disk
    // still in use (its lease held): the host said fenced is still alive.
    enum class State { AwaitingFence, Planned, Starting, Done, Failed, Skipped, FenceIneffective };
    // How long the recovery took, phase by phase: from the last moment the
    // failed host was known to answer, to declared failed (detection), to
    // the fence confirmed, to the guest running. Invalid where not reached.
    struct Phases {
        QDateTime lastContact;
        QDateTime declaredFailed;
        QDateTime fenced;
        QDateTime running;
        // Milliseconds, or -1 where a bound is missing.
        qint64 detectMs() const { return span(lastContact, declaredFailed); }
        qint64 fenceMs() const { return fenced.isValid() ? span(declaredFailed, fenced) : -1; }
        qint64 startMs() const { return span(fenced.isValid() ? fenced : declaredFailed, running); }
        qint64 rtoMs() const { return span(lastContact, running); }
        // "RTO 8.4 s from the last contact (detect 7.9 s, fence 0.2 s, start 0.3 s)".
        StoredText summary() const;

    private:
        static qint64 span(const QDateTime &from, const QDateTime &to)
        {
            return from.isValid() && to.isValid() ? from.msecsTo(to) : -1;
        }
    };
    struct Entry {
        qint64 id = 0;
        QString incident;
        QString failedHost;
        QString guestUuid;
        QString guestName;
        QString targetHost;
        int priority = 0;
        State state = State::Planned;
        StoredText detail;       // stored in English (queries match it) and as StoredText
        QByteArray definition;   // the guest's XML, so a restarted engine can still start it
        Phases phases;
    };

    explicit FailoverJournal(QSqlDatabase db) : m_db(std::move(db)) {}

    // Every write says whether it reached the database: the engine's promise
    // is "journalled before acting", so a caller must handle a failed write.
    [[nodiscard]] bool add(Entry &entry, QString *error);
    [[nodiscard]] bool setState(qint64 id, State state, const StoredText &detail, QString *error,
                  const QString &targetHost = {});
    // The guest runs again (Done with the moment it did).
    [[nodiscard]] bool setRunning(qint64 id, const QDateTime &at, const StoredText &detail, QString *error);
    // The fence of an incident was confirmed at `at`: every entry of it.
    [[nodiscard]] bool setFenced(const QString &incident, const QDateTime &at, QString *error);
    // Guests restarted away from `failedHost` by a failover (done entries):
    // a definition of one of them left on that host is a stale copy.
    QSet<QString> restartedAwayFrom(const QString &failedHost) const;
    // Entries still to act on (awaiting fence, planned, starting), oldest first.
    QList<Entry> open() const;
    QList<Entry> incident(const QString &incident) const;
    // The newest `limit` entries of every incident, oldest first, without
    // the guests' definitions (what the Failover page lists).
    QList<Entry> recent(int limit) const;
    // Every entry ever written, oldest first, without definitions (the
    // failover counters and recovery-time histograms of /metrics).
    QList<Entry> history() const;
    // Restarts of a guest that completed since `since` (for max restarts per window).
    int restartsSince(const QString &guestUuid, const QDateTime &since) const;

    static QString stateName(State state);
    static State stateFromName(const QString &name);

private:
    QList<Entry> select(const QString &where, const QVariant &value, bool withDefinition = true) const;
    QSqlDatabase m_db;
};

// The protected guests each host last ran (state, size, definition) and its
// storage pools (where their disks live), kept by the active engine so that
// a restarted engine can fail over a host that is already down when it starts.
class LastKnownGuests
{
public:
    explicit LastKnownGuests(QSqlDatabase db) : m_db(std::move(db)) {}
    [[nodiscard]] bool replace(const QString &host, const QList<DomainInfo> &guests,
                               const QList<StoragePoolInfo> &pools);
    QList<DomainInfo> load(const QString &host) const;
    QList<StoragePoolInfo> loadPools(const QString &host) const;

private:
    QSqlDatabase m_db;
};

// One active engine per database: a row with the holder and a heartbeat.
// Another engine takes over only when the heartbeat is older than the TTL.
class EngineLease
{
public:
    EngineLease(QSqlDatabase db, QString holder) : m_db(std::move(db)), m_holder(std::move(holder)) {}
    // Takes or renews the lease; returns whether this holder has it now.
    bool acquire(qint64 nowMs, qint64 ttlMs, QString *currentHolder = nullptr);
    void release();
    QString holder() const { return m_holder; }
    // Who holds the lease with a heartbeat younger than `withinMs` (empty: nobody).
    static QString liveHolder(QSqlDatabase db, qint64 nowMs, qint64 withinMs);

private:
    QSqlDatabase m_db;
    QString m_holder;
};

} // namespace Vigil::Ha

Q_DECLARE_METATYPE(Vigil::Ha::FailoverJournal::Entry)
