#include "loginanswers.h"

#include "../credentials/credentialstore.h"

#include <QRegularExpression>

#include <cstdlib>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

int kCredentialTypes[] = {VIR_CRED_AUTHNAME, VIR_CRED_PASSPHRASE, VIR_CRED_ECHOPROMPT,
                          VIR_CRED_NOECHOPROMPT, VIR_CRED_REALM, VIR_CRED_EXTERNAL};

// libvirt frees the result with free(): it must come from malloc.
bool give(virConnectCredential &credential, const QString &value)
{
    QByteArray bytes = value.toUtf8();
    credential.result = static_cast<char *>(std::malloc(size_t(bytes.size()) + 1));
    if (!credential.result)
        return false;
    std::memcpy(credential.result, bytes.constData(), size_t(bytes.size()) + 1);
    credential.resultlen = unsigned(bytes.size());
    // This UTF-8 copy is Vigil's own: wiped before it is freed.
    std::memset(bytes.data(), 0, size_t(bytes.size()));
    return true;
}

QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

} // namespace

QString libsshOfferedFingerprint(const QString &prompt)
{
    // The hash is the one hex run of 16 or more bytes in the question; the
    // rest is translated (German quotes it »like this«).
    static const QRegularExpression hash(u"\\b([0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){15,})\\b"_s);
    const QRegularExpressionMatch match = hash.match(prompt);
    if (!match.hasMatch())
        return {};
    const QByteArray bytes = QByteArray::fromHex(match.captured(1).remove(u':').toLatin1());
    // libssh hashes with SHA-256, libssh2 with MD5 (or SHA-1): written the
    // way `ssh-keygen -l [-E md5]` prints each, for the admin to compare.
    if (bytes.size() == 16)
        return u"MD5:"_s + QString::fromLatin1(bytes.toHex(':'));
    const QString base64 = QString::fromLatin1(bytes.toBase64(QByteArray::OmitTrailingEquals));
    return (bytes.size() == 20 ? u"SHA1:"_s : u"SHA256:"_s) + base64;
}

LoginAnswers::LoginAnswers(const QString &uri)
    : m_uri(uri)
{
    m_auth.credtype = kCredentialTypes;
    m_auth.ncredtype = sizeof(kCredentialTypes) / sizeof(int);
    m_auth.cb = &LoginAnswers::answerAll;
    m_auth.cbdata = this;
}

int LoginAnswers::answerAll(virConnectCredentialPtr credentials, unsigned int count, void *self)
{
    auto *answers = static_cast<LoginAnswers *>(self);
    for (unsigned int i = 0; i < count; ++i) {
        if (!answers->answer(credentials[i]))
            return -1;
    }
    return 0;
}

bool LoginAnswers::answer(virConnectCredential &credential)
{
    const QString prompt = text(credential.prompt);
    if (credential.type == VIR_CRED_ECHOPROMPT) {
        // Answered only when it is libssh's host key question; any other
        // question shown on screen (keyboard-interactive) is not Vigil's.
        const QString offered = libsshOfferedFingerprint(prompt);
        if (offered.isEmpty()) {
            m_report.prompt = prompt;
            return false;
        }
        m_report.offeredHostKey = offered;
        m_report.hostKeyAccepted = CredentialStore::instance().acceptedHostKey(m_uri) == offered;
        if (!m_report.hostKeyAccepted)
            return false;
        // libvirt compares with an untranslated "y".
        return give(credential, u"y"_s);
    }
    if (credential.type == VIR_CRED_REALM) {
        return give(credential, text(credential.defresult));
    }
    if (credential.type == VIR_CRED_EXTERNAL) {
        m_report.prompt = prompt;
        return false;
    }
    // A user name, a password or a passphrase.
    m_report.askedForLogin = true;
    const QString question = QString::number(credential.type) + u'\n' + prompt + u'\n' + text(credential.challenge);
    if (m_answeredPrompts.contains(question)) {
        m_report.loginRepeated = true;
        return false;
    }
    const std::optional<HostCredentials> login = CredentialStore::instance().credentials(m_uri);
    const bool wantsUser = credential.type == VIR_CRED_AUTHNAME;
    const QString value = !login ? QString() : wantsUser ? login->user : login->password;
    if (value.isEmpty() && !(wantsUser && login && credential.defresult)) {
        m_report.loginMissing = true;
        m_report.prompt = prompt;
        return false;
    }
    m_answeredPrompts.append(question);
    return give(credential, value.isEmpty() ? text(credential.defresult) : value);
}

} // namespace Vigil::Virt
