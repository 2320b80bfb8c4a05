#pragma once

#include "credentialstore.h"

#include <QHash>
#include <QString>

namespace Vigil {

// The logins vigilctl and the agent use (the console uses the desktop
// keyring). An INI-like text file, one section per host URI:
//
//   [qemu+libssh://root@hv1.example.com/system]
//   user = root
//   password = the rest of the line, spaces inside kept
//
// It must belong to the user reading it and be private to that user (no
// group or other permission bits): Vigil refuses to read passwords from a
// file others can read, as ssh does with keys. systemd's LoadCredential=
// hands it to the agent's service in $CREDENTIALS_DIRECTORY.
struct CredentialsFile {
    QHash<QString, HostCredentials> logins;
    QString error;   // why the file was refused; never quotes a value
};

// $CREDENTIALS_DIRECTORY/vigil-hosts under systemd (LoadCredential=vigil-hosts:…),
// else /etc/vigil/host-credentials.
QString defaultCredentialsPath();

// Reads `path`. Unless `required` (the user named it), a file that is
// missing, unreadable or another user's is no error: there are no logins.
CredentialsFile readCredentialsFile(const QString &path, bool required);

} // namespace Vigil
