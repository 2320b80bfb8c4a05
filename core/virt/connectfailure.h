#pragma once

#include "../hoststate.h"

namespace Vigil::Virt {

// A failed connection attempt, said in full and with what to do about it.
inline constexpr int kAdminRetryMs = 10 * 60 * 1000;

struct ConnectFailure {
    ConnectIssue issue = ConnectIssue::None;
    QString reason;
    // Only the admin can fix it (a refused login, an untrusted or changed host
    // key, a certificate): retried every kAdminRetryMs, not with the usual
    // back-off — each attempt is another failed login in the host's log
    // (fail2ban bans after a few within minutes) and changes nothing until
    // someone acts. Reconnect tries at once.
    bool needsAdmin = false;
    // HostKeyUnknown/HostKeyChanged over OpenSSH: the key the host offers
    // now ("SHA256:…"), for the admin to compare before trusting it.
    QString hostKeyFingerprint;
    // A login the host wants is missing, or the stored one was refused:
    // nothing changes until the login does (CredentialStore::changed), so
    // there is no timed retry at all; Reconnect tries at once.
    bool waitsForLogin = false;
};

// What libvirt asked while opening a URI (LoginAnswers), and whether Vigil
// could answer. Holds no secret: prompts are libvirt's own text.
struct LoginReport {
    bool askedForLogin = false;    // a user name, password or passphrase
    bool loginMissing = false;     // ... that the credential store did not have
    bool loginRepeated = false;    // the same question again: the host refused the answer
    QString prompt;                // the question that was not answered
    // libssh: the key libvirt asked to accept ("SHA256:…", as ssh-keygen -l
    // prints it), and whether it was the one the admin accepted.
    QString offeredHostKey;
    bool hostKeyAccepted = false;
};

// Classifies libvirt's error for opening `transport` (ssh, libssh, tls, …).
// `message` is libvirt's text, which for the ssh transport carries ssh's
// own stderr, possibly over several lines; the reason keeps all of it on one
// line. `knownKey` says whether known_hosts already has a key for the host
// (ssh says "Host key verification failed." for both unknown and changed).
// `detail` is what Vigil found out itself, when it could: for ssh host-key
// failures the key the host offers ("SHA256:… (ssh-ed25519)"), for TLS
// why the host's certificate failed the check, or where the client
// certificate was looked for; for libssh the key it offered. `login` says
// what libvirt asked for and whether the credential store had it.
ConnectFailure classifyConnectFailure(const QString &transport, int code, const QString &message,
                                      bool knownKey, const QString &detail = {},
                                      const LoginReport &login = {});

// Failures whose cause libvirt does not say: worth a detail. OpenSSH's
// words for a host key it did not accept, unknown or changed alike.
bool isHostKeyRejected(const QString &message);
// TLS.
bool isServerCertificateRejected(const QString &message);
bool isClientCertificateRejected(const QString &message);

// libvirt's message on one line: ssh's banners ("@@@…"), blank lines and
// libvirt's framing of ssh's output ("Cannot recv data: …: Connection reset
// by peer") dropped, lines joined with "; ".
QString oneLine(const QString &message);

} // namespace Vigil::Virt
