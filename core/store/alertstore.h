#pragma once

#include <QObject>
#include <QSqlDatabase>

#include <memory>

#include "../health/alert.h"
#include "../health/alertrule.h"

namespace Vigil::Store {

// Alert rules and alerts on a connection owned by the calling thread.
class AlertStore
{
public:
    explicit AlertStore(QSqlDatabase db) : m_db(std::move(db)) {}

    // Rules; a new database gets the default rules on first read.
    QList<Health::AlertRule> rules(QString *error = nullptr);
    bool saveRule(Health::AlertRule &rule, QString *error);
    bool removeRule(qint64 id, QString *error);

    bool saveAlert(const Health::Alert &alert, QString *error);
    // Open alerts plus alerts raised or cleared since `since`, oldest first.
    QList<Health::Alert> alerts(const QDateTime &since, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

// Saves alerts on its own thread and connection: raising an alert never
// waits for the disk (or for a database another program has locked).
class AlertWriter : public QObject
{
    Q_OBJECT
public:
    explicit AlertWriter(const QString &databasePath, QObject *parent = nullptr);
    ~AlertWriter() override;
    void save(const Vigil::Health::Alert &alert);

Q_SIGNALS:
    void writeFailed(const QString &error);

private:
    std::unique_ptr<class DatabaseThread> m_thread;
};

} // namespace Vigil::Store
