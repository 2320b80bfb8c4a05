#pragma once

#include "artifactfiles.h"

#include <QString>

#include <atomic>
#include <optional>

namespace Vigil::Backup {

struct BackupJob;

// A mirror on another server: a directory there, reached over ssh with
// OpenSSH's sftp (any OpenSSH server has it) and checked there with
// sha256sum. The server's host key is pinned: ssh trusts that key only, not
// the account's known_hosts, so a swapped server is refused.
struct SshMirror {
    QString user;          // empty: ssh's own choice (~/.ssh/config, the account name)
    QString host;
    int port = 22;
    QString directory;     // absolute, on the server
    QString hostKey;       // "ssh-ed25519 AAAA…", as ssh-keyscan prints it after the host name
    QString identity;      // private key file; empty: ssh's own (agent, ~/.ssh/id_*)

    // "ssh://user@host:port/directory/<relative>".
    QString url(const QString &relative = QString()) const;
};

// Whether a job's mirror is a server location ("ssh://…") rather than a directory here.
bool isSshLocation(const QString &location);

// "ssh://[user@]host[:port]/absolute/directory" with the job's key settings.
// Null, with a sentence in `error`, for anything else.
std::optional<SshMirror> sshMirrorOf(const BackupJob &job, QString *error);

// Whether `hostKey` reads as one OpenSSH public key line ("type base64").
bool isHostKeyLine(const QString &hostKey);

// Copies an artifact directory to <directory>/<guest>/<artifact> on the
// server, through a .partial directory renamed when complete, then has the
// server compute every file's SHA-256 and compares it with the manifest.
// `copyUrl` gets the copy's ssh:// URL. Blocks: worker threads only.
FileCheck copyArtifactOverSsh(const QString &directory, const SshMirror &mirror, QString *copyUrl,
                              const std::atomic<bool> *cancel = nullptr);

// Deletes a copy made by copyArtifactOverSsh (retention). Refuses a URL
// outside the mirror's directory.
bool removeCopyOverSsh(const SshMirror &mirror, const QString &copyUrl, QString *error);

} // namespace Vigil::Backup
