#pragma once

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace Vigil::Store {

// Opens Vigil's database — a SQLite file, or a PostgreSQL database given as
// postgresql://user@host:port/dbname (several machines sharing one cluster
// state; differences in store/sqldialect) — validates it, switches SQLite
// to WAL and runs the forward migrations. A file that is not a database, is damaged, or was
// written by a newer Vigil is never modified: open() fails with a message
// that names the file and what to do, and the file stays exactly as it was.
class Database
{
public:
    static constexpr int kSchemaVersion = 13;

    struct OpenResult {
        bool ok = false;
        QString error;
        QSqlDatabase db;
    };

    // `connectionName` must be unique per thread that uses the database.
    static OpenResult open(const QString &path, const QString &connectionName);
    static void close(const QString &connectionName);

    // The schema version stored in the file (0 for a new file), or -1 on error.
    static int storedVersion(QSqlDatabase &db, QString *error);

    static QString defaultPath();

    // For a worker thread (a QtConcurrent task): opens a connection of its
    // own named after `purpose` and the thread, runs `work` with it (or with
    // an invalid database and the reason it could not be opened), closes it.
    static void withConnection(const QString &path, const QString &purpose,
                               const std::function<void(QSqlDatabase db, const QString &error)> &work);
};

} // namespace Vigil::Store
