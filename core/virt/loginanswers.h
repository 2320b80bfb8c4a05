#pragma once

#include "connectfailure.h"
#include "virthelpers.h"

#include <QByteArray>
#include <QString>

namespace Vigil::Virt {

// libvirt's authentication callback for one open of `uri`, answered from
// CredentialStore: user name, password/passphrase and SASL realm; a libssh
// host key only when the admin accepted that very key. Never prompts. A
// question asked twice is not answered twice: libssh asks again after a
// wrong password, and sshd then counts another failed login each time.
class LoginAnswers
{
public:
    explicit LoginAnswers(const QString &uri);
    LoginAnswers(const LoginAnswers &) = delete;
    LoginAnswers &operator=(const LoginAnswers &) = delete;

    virConnectAuthPtr auth() { return &m_auth; }
    const LoginReport &report() const { return m_report; }

private:
    static int answerAll(virConnectCredentialPtr credentials, unsigned int count, void *self);
    bool answer(virConnectCredential &credential);

    QString m_uri;
    virConnectAuth m_auth{};
    LoginReport m_report;
    QStringList m_answeredPrompts;
};

// libvirt's libssh prompt "Accept SSH host key with hash 'fe:dc:…' for host
// …" as an OpenSSH fingerprint ("SHA256:<base64>"); empty for other prompts.
QString libsshOfferedFingerprint(const QString &prompt);

} // namespace Vigil::Virt
