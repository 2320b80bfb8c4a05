#include "tlsdiagnosis.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Virt)
};

QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectInfo(QSslCertificate::CommonName);
    const auto alternatives = certificate.subjectAlternativeNames();
    for (auto it = alternatives.cbegin(); it != alternatives.cend(); ++it)
        if (!names.contains(it.value()))
            names.append(it.value());
    return names.join(u", ");
}

} // namespace

TlsClientFiles tlsClientFiles(const QString &uri)
{
    const QString pkipath = QUrlQuery(QUrl(uri)).queryItemValue(u"pkipath"_s, QUrl::FullyDecoded);
    if (!pkipath.isEmpty())
        return {pkipath + u"/cacert.pem"_s, pkipath + u"/clientcert.pem"_s, pkipath + u"/clientkey.pem"_s};
    // libvirt picks the CA and the identity separately: each from the
    // user's folder when it has the file, else from the system's.
    TlsClientFiles files{u"/etc/pki/CA/cacert.pem"_s, u"/etc/pki/libvirt/clientcert.pem"_s,
                         u"/etc/pki/libvirt/private/clientkey.pem"_s};
    const QString user = QDir::homePath() + u"/.pki/libvirt"_s;
    if (geteuid() == 0)
        return files;
    if (QFileInfo::exists(user + u"/cacert.pem"_s))
        files.caCertificate = user + u"/cacert.pem"_s;
    if (QFileInfo::exists(user + u"/clientcert.pem"_s)) {
        files.clientCertificate = user + u"/clientcert.pem"_s;
        files.clientKey = user + u"/clientkey.pem"_s;
    }
    return files;
}

QString diagnoseServerCertificate(const HostEndpoint &endpoint, const TlsClientFiles &files)
{
    const QList<QSslCertificate> authorities = QSslCertificate::fromPath(files.caCertificate);
    if (authorities.isEmpty())
        return Text::tr("there is no readable CA certificate at %1").arg(files.caCertificate);
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(authorities);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(endpoint.host, quint16(endpoint.port));
    socket.waitForEncrypted(5000);
    const QSslCertificate peer = socket.peerCertificate();
    QStringList problems;
    for (const QSslError &error : socket.sslHandshakeErrors()) {
        switch (error.error()) {
        case QSslError::HostNameMismatch:
            problems << Text::tr("the host's certificate is for %1, not for %2 (use a name it lists, or give "
                                 "the host a certificate that names %2)")
                            .arg(certificateNames(peer), endpoint.host);
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateSignatureFailed:
            problems << Text::tr("the host's certificate (issued by %1) is not signed by the CA in %2")
                            .arg(peer.issuerDisplayName(), files.caCertificate);
            break;
        case QSslError::CertificateExpired:
            problems << Text::tr("the host's certificate expired on %1").arg(peer.expiryDate().toString(Qt::ISODate));
            break;
        case QSslError::CertificateNotYetValid:
            problems << Text::tr("the host's certificate is valid only from %1 (check both clocks)")
                            .arg(peer.effectiveDate().toString(Qt::ISODate));
            break;
        default:
            problems << error.errorString();
        }
    }
    socket.abort();
    problems.removeDuplicates();
    return problems.join(u"; ");
}

QString describeClientCertificate(const TlsClientFiles &files)
{
    if (!QFileInfo::exists(files.clientCertificate))
        return Text::tr("there is none at %1").arg(files.clientCertificate);
    return Text::tr("%1: is it signed by the CA the host trusts, and still valid?").arg(files.clientCertificate);
}

} // namespace Vigil::Virt
