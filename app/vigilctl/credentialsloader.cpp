#include "credentialsloader.h"

#include "clitext.h"
#include "core/credentials/credentialsfile.h"

#include <QFileInfo>

namespace Vigil::Cli {

QString credentialsPath(const QString &option)
{
    return option.isEmpty() ? defaultCredentialsPath() : option;
}

bool loadHostCredentials(const QString &path, bool named, QTextStream &err)
{
    const CredentialsFile file = readCredentialsFile(path, named);
    if (!file.error.isEmpty()) {
        err << CliText::tr("vigilctl: host credentials not used: %1").arg(file.error) << Qt::endl;
        CredentialStore::instance().replaceAll({});
        return !named;
    }
    CredentialStore::instance().replaceAll(file.logins);
    return true;
}

CredentialsFileWatcher::CredentialsFileWatcher(const QString &path, QTextStream &err, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_err(err)
{
    // The directory too: editors replace the file, and a file that does not
    // exist yet cannot be watched.
    m_watcher.addPath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
    // An editor writes, renames and chmods in quick succession: read once
    // it settled.
    m_settle.setSingleShot(true);
    m_settle.setInterval(300);
    connect(&m_settle, &QTimer::timeout, this, &CredentialsFileWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
}

void CredentialsFileWatcher::reload()
{
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
    // Whatever the file became (gone, another owner's, a mode slip) is said;
    // only a file read in full replaces the logins.
    const CredentialsFile file = readCredentialsFile(m_path, true);
    if (!file.error.isEmpty()) {
        m_err << CliText::tr("host credentials file changed but not used (the logins read before stay): %1")
                     .arg(file.error)
              << Qt::endl;
        return;
    }
    CredentialStore::instance().replaceAll(file.logins);
    m_err << CliText::tr("host credentials read from %1: logins for %n host(s)", nullptr, int(file.logins.size()))
                 .arg(m_path)
          << Qt::endl;
}

} // namespace Vigil::Cli
