#include "journal.h"
#include "../store/sqldialect.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "../domainxml.h"
#include "../store/sqltext.h"

using namespace Qt::StringLiterals;

namespace Vigil::Ha {
namespace {
QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString timeText(const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime timeFrom(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}
QString seconds(qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 1); }
using Store::sqlText;
} // namespace

QString FailoverJournal::stateName(State state)
{
    switch (state) {
    case State::AwaitingFence: return QStringLiteral("awaiting_fence");
    case State::Planned: return QStringLiteral("planned");
    case State::Starting: return QStringLiteral("starting");
    case State::Done: return QStringLiteral("done");
    case State::Failed: return QStringLiteral("failed");
    case State::Skipped: return QStringLiteral("skipped");
    case State::FenceIneffective: return QStringLiteral("fence_ineffective");
    }
    return {};
}

FailoverJournal::State FailoverJournal::stateFromName(const QString &name)
{
    for (State s : {State::AwaitingFence, State::Planned, State::Starting, State::Done, State::Failed, State::Skipped,
                    State::FenceIneffective})
        if (stateName(s) == name)
            return s;
    return State::Failed;
}

bool FailoverJournal::add(Entry &entry, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO failover_journal (incident, failed_host, guest_uuid, guest_name, target_host, "
                             "priority, state, detail, detail_text, definition, updated_at, lost_at, failed_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v : {QVariant(entry.incident), QVariant(entry.failedHost), QVariant(entry.guestUuid),
                              QVariant(entry.guestName), QVariant(sqlText(entry.targetHost)),
                              QVariant(entry.priority), QVariant(stateName(entry.state)),
                              QVariant(sqlText(entry.detail.english())), QVariant(sqlText(entry.detail.toJson())),
                              QVariant(sqlText(QString::fromUtf8(entry.definition))),
                              QVariant(now()), QVariant(sqlText(timeText(entry.phases.lastContact))),
                              QVariant(sqlText(timeText(entry.phases.declaredFailed)))})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    entry.id = Store::insertedId(q);
    return true;
}

bool FailoverJournal::setState(qint64 id, State state, const StoredText &detail, QString *error,
                               const QString &targetHost)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE failover_journal SET state = ?, detail = ?, detail_text = ?, updated_at = ?, "
                             "target_host = CASE WHEN ? = '' THEN target_host ELSE ? END WHERE id = ?"));
    q.addBindValue(stateName(state));
    q.addBindValue(sqlText(detail.english()));
    q.addBindValue(sqlText(detail.toJson()));
    q.addBindValue(now());
    q.addBindValue(sqlText(targetHost));
    q.addBindValue(sqlText(targetHost));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool FailoverJournal::setRunning(qint64 id, const QDateTime &at, const StoredText &detail, QString *error)
{
    if (!setState(id, State::Done, detail, error))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE failover_journal SET running_at = ? WHERE id = ?"));
    q.addBindValue(sqlText(timeText(at)));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool FailoverJournal::setFenced(const QString &incident, const QDateTime &at, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE failover_journal SET fenced_at = ? WHERE incident = ?"));
    q.addBindValue(sqlText(timeText(at)));
    q.addBindValue(incident);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

QSet<QString> FailoverJournal::restartedAwayFrom(const QString &failedHost) const
{
    QSet<QString> uuids;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT guest_uuid FROM failover_journal WHERE failed_host = ? AND state = 'done' "
                             "AND target_host <> ?"));
    q.addBindValue(failedHost);
    q.addBindValue(failedHost);
    if (q.exec())
        while (q.next())
            uuids.insert(q.value(0).toString());
    return uuids;
}

StoredText FailoverJournal::Phases::summary() const
{
    const auto part = [](const char *text, qint64 ms) {
        return StoredText("Vigil::Ha::FailoverJournal", text).arg(seconds(ms));
    };
    QList<StoredText> parts;
    if (detectMs() >= 0)
        parts.append(part(QT_TRANSLATE_NOOP("Vigil::Ha::FailoverJournal", "detect %1 s"), detectMs()));
    if (fenceMs() >= 0)
        parts.append(part(QT_TRANSLATE_NOOP("Vigil::Ha::FailoverJournal", "fence %1 s"), fenceMs()));
    if (startMs() >= 0)
        parts.append(part(QT_TRANSLATE_NOOP("Vigil::Ha::FailoverJournal", "start %1 s"), startMs()));
    return StoredText("Vigil::Ha::FailoverJournal",
                      QT_TRANSLATE_NOOP("Vigil::Ha::FailoverJournal", "RTO %1 s from the last contact (%2)"))
        .arg(seconds(rtoMs()))
        .arg(StoredText::joined(parts, u", "_s));
}

QList<FailoverJournal::Entry> FailoverJournal::select(const QString &where, const QVariant &value,
                                                      bool withDefinition) const
{
    QList<Entry> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, incident, failed_host, guest_uuid, guest_name, target_host, priority, state, "
                             "detail, %1, detail_text, lost_at, failed_at, fenced_at, running_at "
                             "FROM failover_journal WHERE ")
                  .arg(withDefinition ? u"definition"_s : u"''"_s)
              + where + QStringLiteral(" ORDER BY id"));
    if (value.isValid())
        q.addBindValue(value);
    if (!q.exec())
        return result;
    while (q.next()) {
        Entry e;
        e.id = q.value(0).toLongLong();
        e.incident = q.value(1).toString();
        e.failedHost = q.value(2).toString();
        e.guestUuid = q.value(3).toString();
        e.guestName = q.value(4).toString();
        e.targetHost = q.value(5).toString();
        e.priority = q.value(6).toInt();
        e.state = stateFromName(q.value(7).toString());
        e.detail = StoredText::fromStorage(q.value(10).toString(), q.value(8).toString());
        e.definition = q.value(9).toString().toUtf8();
        e.phases.lastContact = timeFrom(q.value(11).toString());
        e.phases.declaredFailed = timeFrom(q.value(12).toString());
        e.phases.fenced = timeFrom(q.value(13).toString());
        e.phases.running = timeFrom(q.value(14).toString());
        result.append(e);
    }
    return result;
}

QList<FailoverJournal::Entry> FailoverJournal::open() const
{
    return select(QStringLiteral("state IN ('awaiting_fence', 'planned', 'starting')"), {});
}

QList<FailoverJournal::Entry> FailoverJournal::incident(const QString &incident) const
{
    return select(QStringLiteral("incident = ?"), incident);
}

QList<FailoverJournal::Entry> FailoverJournal::recent(int limit) const
{
    return select(QStringLiteral("id IN (SELECT id FROM failover_journal ORDER BY id DESC LIMIT ?)"), limit, false);
}

QList<FailoverJournal::Entry> FailoverJournal::history() const
{
    return select(QStringLiteral("1 = 1"), {}, false);
}

int FailoverJournal::restartsSince(const QString &guestUuid, const QDateTime &since) const
{
    QSqlQuery q(m_db);
    // "already running" entries are not restarts: only starts that happened count.
    q.prepare(QStringLiteral("SELECT count(*) FROM failover_journal WHERE guest_uuid = ? AND state = 'done' "
                             "AND detail NOT LIKE 'already running%' AND updated_at >= ?"));
    q.addBindValue(guestUuid);
    q.addBindValue(since.toUTC().toString(Qt::ISODateWithMs));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool LastKnownGuests::replace(const QString &host, const QList<DomainInfo> &guests,
                              const QList<StoragePoolInfo> &pools)
{
    if (!m_db.transaction())
        return false;
    bool ok = true;
    for (const char *table : {"ha_last_known", "ha_last_known_pools"}) {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE host = ?").arg(QLatin1String(table)));
        del.addBindValue(host);
        ok = ok && del.exec();
    }
    for (const StoragePoolInfo &pool : pools) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO ha_last_known_pools (host, name, type, target_path, active, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(host), QVariant(pool.name), QVariant(pool.type),
                                  QVariant(sqlText(pool.targetPath)), QVariant(int(pool.active)), QVariant(now())})
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    for (const DomainInfo &d : guests) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO ha_last_known (host, uuid, name, state, memory_kib, vcpus, xml, updated_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(host), QVariant(d.uuid), QVariant(d.name), QVariant(int(d.state)),
                                  QVariant(qint64(d.memoryKiB)), QVariant(d.vcpus),
                                  QVariant(sqlText(QString::fromUtf8(d.xml))), QVariant(now())})
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    if (!ok) {
        m_db.rollback();
        return false;
    }
    return m_db.commit();
}

QList<DomainInfo> LastKnownGuests::load(const QString &host) const
{
    QList<DomainInfo> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT uuid, name, state, memory_kib, vcpus, xml FROM ha_last_known WHERE host = ?"));
    q.addBindValue(host);
    if (!q.exec())
        return result;
    while (q.next()) {
        DomainInfo d;
        d.xml = q.value(5).toString().toUtf8();
        d.secretsHidden = true;   // console passwords are never stored
        parseDomainXml(QString::fromUtf8(d.xml), d);   // disks and networks, for placement
        d.uuid = q.value(0).toString();
        d.name = q.value(1).toString();
        d.state = static_cast<DomainState>(q.value(2).toInt());
        d.memoryKiB = quint64(q.value(3).toLongLong());
        d.vcpus = q.value(4).toInt();
        result.append(d);
    }
    return result;
}

QList<StoragePoolInfo> LastKnownGuests::loadPools(const QString &host) const
{
    QList<StoragePoolInfo> result;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, type, target_path, active FROM ha_last_known_pools WHERE host = ?"));
    q.addBindValue(host);
    if (!q.exec())
        return result;
    while (q.next()) {
        StoragePoolInfo pool;
        pool.name = q.value(0).toString();
        pool.type = q.value(1).toString();
        pool.targetPath = q.value(2).toString();
        pool.active = q.value(3).toInt() != 0;
        result.append(pool);
    }
    return result;
}

bool EngineLease::acquire(qint64 localNowMs, qint64 ttlMs, QString *currentHolder)
{
    const qint64 nowMs = Store::sharedNowMs(m_db, localNowMs);
    // One statement, atomic in SQLite: insert, or take over our own or an expired lease.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO engine_lease (id, holder, heartbeat_at) VALUES (1, ?, ?) "
                             "ON CONFLICT(id) DO UPDATE SET holder = excluded.holder, heartbeat_at = excluded.heartbeat_at "
                             "WHERE engine_lease.holder = excluded.holder OR engine_lease.heartbeat_at < ?"));
    q.addBindValue(m_holder);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs - ttlMs);
    q.exec();
    QSqlQuery who(m_db);
    if (!who.exec(QStringLiteral("SELECT holder FROM engine_lease WHERE id = 1")) || !who.next())
        return false;
    const QString holder = who.value(0).toString();
    if (currentHolder)
        *currentHolder = holder;
    return holder == m_holder;
}

QString EngineLease::liveHolder(QSqlDatabase db, qint64 localNowMs, qint64 withinMs)
{
    const qint64 nowMs = Store::sharedNowMs(db, localNowMs);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT holder FROM engine_lease WHERE id = 1 AND heartbeat_at > ?"));
    q.addBindValue(nowMs - withinMs);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void EngineLease::release()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM engine_lease WHERE holder = ?"));
    q.addBindValue(m_holder);
    q.exec();
}

} // namespace Vigil::Ha
