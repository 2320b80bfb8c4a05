#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QTextStream>

namespace Vigil::Cli {

// The file vigilctl reads logins from: --credentials FILE, else
// defaultCredentialsPath() (systemd's credentials directory, or
// /etc/vigil/host-credentials).
QString credentialsPath(const QString &option);

// Reads it into the credential store. A file that is refused (readable by
// others, malformed) is said on `err` and no login is used from it; when the
// user named the file that is an error (false), else the command goes on.
bool loadHostCredentials(const QString &path, bool named, QTextStream &err);

// The agent follows the file: when the admin edits it, it is read again
// (once the writing has settled) and hosts that waited for a login try at
// once. A version that is refused (mid-save, or a chmod away) is said and
// the logins read before stay. Under systemd's LoadCredential= the agent
// reads systemd's copy, which changes only when the service restarts.
class CredentialsFileWatcher : public QObject
{
    Q_OBJECT
public:
    CredentialsFileWatcher(const QString &path, QTextStream &err, QObject *parent = nullptr);

private:
    void reload();

    QString m_path;
    QTextStream &m_err;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
};

} // namespace Vigil::Cli
