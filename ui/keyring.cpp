#include "keyring.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Vigil::Ui::Keyring {
namespace {

// The service name the keyring files the entries under (seahorse and
// KWalletManager show it).
const QString kService = u"Vigil host logins"_s;

// A job of QtKeychain's (it deletes itself when done), never falling back
// to a plain-text file when no keyring is there.
template<typename JobType>
JobType *newJob(const QString &uri)
{
    auto *job = new JobType(kService);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(uri);
    return job;
}

QString describe(const QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? QStringLiteral("keyring error %1").arg(int(job->error()))
                                        : job->errorString();
}

} // namespace

void readLogin(const QString &uri, QObject *context,
               std::function<void(const std::optional<HostCredentials> &, const QString &)> done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(uri);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::EntryNotFound)
            return done(std::nullopt, {});
        if (finished->error() != QKeychain::NoError)
            return done(std::nullopt, describe(finished));
        const QJsonObject entry =
            QJsonDocument::fromJson(static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData()).object();
        done(HostCredentials{entry.value(u"user"_s).toString(), entry.value(u"password"_s).toString()}, {});
    });
    job->start();
}

void storeLogin(const QString &uri, const HostCredentials &login, QObject *context,
                std::function<void(const QString &)> done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(uri);
    job->setBinaryData(QJsonDocument(QJsonObject{{u"user"_s, login.user}, {u"password"_s, login.password}})
                           .toJson(QJsonDocument::Compact));
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        done(finished->error() == QKeychain::NoError ? QString() : describe(finished));
    });
    job->start();
}

void forgetLogin(const QString &uri, QObject *context, std::function<void(const QString &)> done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(uri);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *finished) {
        const bool fine = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(fine ? QString() : describe(finished));
    });
    job->start();
}

} // namespace Vigil::Ui::Keyring
