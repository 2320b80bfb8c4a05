#include "restorer.h"

#include "openconnection.h"
#include "remotedisks.h"
#include "../hosturi.h"
#include "../backup/domainrewrite.h"
#include "../guestname.h"
#include "../backup/qemuimg.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
using namespace Vigil::Backup;
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::Restorer)
};

// A host that dies mid-upload ends the restore within 15 s, not TCP's minutes.
constexpr int kRestoreKeepAliveSeconds = 5;


bool readManifest(const QString &directory, Manifest *m, QString *error)
{
    QFile file(QDir(directory).filePath(QLatin1String(kManifestFileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return manifestFromJson(file.readAll(), m, error);
}

void removeGuest(virConnectPtr conn, const QString &name)
{
    DomainHandle dom(virDomainLookupByName(conn, name.toUtf8().constData()));
    if (!dom) {
        virResetLastError();
        return;
    }
    int state = 0;
    if (virDomainGetState(dom.get(), &state, nullptr, 0) == 0 && state != VIR_DOMAIN_SHUTOFF)
        virDomainDestroy(dom.get());
    if (virDomainUndefineFlags(dom.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA
                                              | VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM) < 0)
        virDomainUndefine(dom.get());
    virResetLastError();
}

// Removes restored disks: files here, volumes on a host on another machine.
void removeDisks(virConnectPtr conn, const QString &uri, const QStringList &files)
{
    const bool local = isOnThisMachine(uri);
    RemoteDisks remote(conn);
    for (const QString &f : files)
        if (local)
            QFile::remove(f);
        else
            remote.remove(f);
}

} // namespace

RestoreOutcome restoreGuest(const RestoreRequest &request, const std::atomic<bool> &cancel)
{
    RestoreOutcome outcome;
    if (request.chain.isEmpty()) {
        outcome.message = Text::tr("nothing to restore");
        return outcome;
    }
    const QString last = request.chain.last();
    Manifest manifest;
    QString error;
    if (!readManifest(last, &manifest, &error)) {
        outcome.message = error;
        return outcome;
    }
    QFile xmlFile(QDir(last).filePath(manifest.domainXmlFile));
    if (!xmlFile.open(QIODevice::ReadOnly)) {
        outcome.message = Text::tr("cannot read the saved definition: %1").arg(xmlFile.errorString());
        return outcome;
    }
    const QByteArray savedXml = xmlFile.readAll();
    if (const QString bad = request.name.isEmpty() ? QString() : checkGuestName(request.name); !bad.isEmpty()) {
        outcome.message = bad;   // before any file is written: the name becomes part of the disks' file names
        return outcome;
    }
    const bool newIdentity = !request.name.isEmpty() && request.name != manifest.guestName;
    outcome.guestName = newIdentity ? request.name : manifest.guestName;

    ConnectionHandle conn(openWithKeepAlive(request.uri.toUtf8(), kRestoreKeepAliveSeconds, 3));
    if (!conn) {
        outcome.message = Text::tr("cannot connect to %1: %2").arg(request.host, lastError());
        return outcome;
    }
    if (DomainHandle existing{virDomainLookupByName(conn.get(), outcome.guestName.toUtf8().constData())}) {
        outcome.message = Text::tr("%1 already has a guest named %2; restore under another name").arg(request.host,
                                                                                                      outcome.guestName);
        return outcome;
    }
    virResetLastError();
    if (!newIdentity) {
        if (DomainHandle same{virDomainLookupByUUIDString(conn.get(), manifest.guestUuid.toLatin1().constData())}) {
            outcome.message = Text::tr("%1 already has a guest with the UUID of %2; restore under a new name")
                                  .arg(request.host, manifest.guestName);
            return outcome;
        }
        virResetLastError();
    }

    // A host on another machine gets its disks through libvirt, into its
    // storage pool for the directory; this machine cannot write there.
    const bool remote = !isOnThisMachine(request.uri);
    RemoteDisks remoteDisks(conn.get());
    if (remote && !remoteDisks.openPool(request.host, request.diskDirectory, &error)) {
        outcome.message = error;
        return outcome;
    }
    RestoreRewrite rewrite;
    rewrite.name = newIdentity ? request.name : QString();
    rewrite.newIdentity = newIdentity;
    rewrite.linksDown = request.linksDown;
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    for (const ManifestDisk &d : std::as_const(manifest.disks)) {
        const QString file = QDir(request.diskDirectory).filePath(u"%1-%2-restored-%3.qcow2"_s.arg(outcome.guestName, d.target, stamp));
        if (remote ? remoteDisks.exists(QFileInfo(file).fileName()) : QFileInfo::exists(file)) {
            outcome.message = Text::tr("%1 exists already; nothing was overwritten").arg(file);
            return outcome;
        }
        rewrite.diskSources.insert(d.target, file);
    }
    if (!remote && !QDir().mkpath(request.diskDirectory)) {
        outcome.message = Text::tr("cannot create %1").arg(request.diskDirectory);
        return outcome;
    }
    auto undo = [&] {
        removeDisks(conn.get(), request.uri, outcome.diskFiles);
        outcome.diskFiles.clear();
    };
    // Flattened beside the backups before it is sent (the target has room for them).
    std::optional<QTemporaryDir> staging;
    if (remote) {
        staging.emplace(QDir(last).filePath(u"../.vigil-restore-XXXXXX"_s));
        if (!staging->isValid()) {
            outcome.message = Text::tr("cannot create a staging directory beside the backup: %1").arg(staging->errorString());
            return outcome;
        }
    }
    for (const ManifestDisk &d : std::as_const(manifest.disks)) {
        // The last link's file reads through its backing chain (relative
        // paths to the earlier artifacts): convert flattens it.
        const QString target = rewrite.diskSources.value(d.target);
        const QString written = remote ? staging->filePath(QFileInfo(target).fileName()) : target;
        const ToolResult r = runQemuImg({u"convert"_s, u"-f"_s, u"qcow2"_s, u"-O"_s, u"qcow2"_s,
                                         QDir(last).filePath(d.file), written}, &cancel);
        if (!remote && QFileInfo::exists(target))
            outcome.diskFiles << target;
        QString failure = r.ok ? QString() : r.error;
        if (r.ok && remote) {
            const QString uploaded = remoteDisks.upload(written, QFileInfo(target).fileName(), &failure, cancel);
            QFile::remove(written);
            if (!uploaded.isEmpty())
                outcome.diskFiles << uploaded;
            rewrite.diskSources.insert(d.target, uploaded.isEmpty() ? target : uploaded);
        }
        if (!failure.isEmpty()) {
            undo();
            outcome.message = cancel.load() ? Text::tr("cancelled; nothing was kept")
                                            : Text::tr("restoring disk %1 failed: %2").arg(d.target, failure);
            return outcome;
        }
    }
    const QByteArray xml = rewriteForRestore(savedXml, rewrite, &error);
    if (xml.isEmpty()) {
        undo();
        outcome.message = error;
        return outcome;
    }
    DomainHandle dom(virDomainDefineXML(conn.get(), xml.constData()));
    if (!dom) {
        outcome.message = Text::tr("%1 refused the restored definition: %2").arg(request.host, lastError());
        undo();
        return outcome;
    }
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(dom.get(), uuid);
    outcome.guestUuid = QString::fromLatin1(uuid);
    if (request.start && virDomainCreate(dom.get()) < 0) {
        outcome.message = Text::tr("restored, but it does not start on %1: %2").arg(request.host, lastError());
        removeGuest(conn.get(), outcome.guestName);
        undo();
        return outcome;
    }
    outcome.ok = true;
    outcome.message = request.start ? Text::tr("restored as %1 on %2 and started").arg(outcome.guestName, request.host)
                                    : Text::tr("restored as %1 on %2").arg(outcome.guestName, request.host);
    return outcome;
}

RestoreTestOutcome testRestore(RestoreRequest request, int settleMs, const std::atomic<bool> &cancel)
{
    RestoreTestOutcome test;
    request.start = true;
    request.linksDown = true;
    QElapsedTimer clock;
    clock.start();
    const RestoreOutcome restored = restoreGuest(request, cancel);
    if (!restored.ok) {
        test.message = restored.message;
        return test;
    }
    ConnectionHandle conn(openWithKeepAlive(request.uri.toUtf8(), kRestoreKeepAliveSeconds, 3));
    const auto cleanup = [&] {
        if (conn)
            removeGuest(conn.get(), restored.guestName);
        removeDisks(conn.get(), request.uri, restored.diskFiles);
    };
    if (!conn) {
        test.message = Text::tr("the connection to %1 was lost: %2").arg(request.host, lastError());
        cleanup();
        return test;
    }
    DomainHandle dom(virDomainLookupByName(conn.get(), restored.guestName.toUtf8().constData()));
    // Still running after the settle time: the restored disks and definition
    // were good enough for QEMU to start and not crash.
    QElapsedTimer settle;
    settle.start();
    int state = VIR_DOMAIN_NOSTATE;
    while (dom && settle.elapsed() < settleMs && !cancel.load()) {
        if (virDomainGetState(dom.get(), &state, nullptr, 0) < 0 || state != VIR_DOMAIN_RUNNING)
            break;
        QThread::msleep(100);
    }
    const bool running = dom && virDomainGetState(dom.get(), &state, nullptr, 0) == 0 && state == VIR_DOMAIN_RUNNING;
    if (running) {
        long long seconds = 0;
        unsigned int nseconds = 0;
        test.agentAnswered = virDomainGetTime(dom.get(), &seconds, &nseconds, 0) == 0;
        virResetLastError();
    }
    test.bootMs = clock.elapsed();
    cleanup();
    if (cancel.load()) {
        test.message = Text::tr("cancelled; the test guest was removed");
        return test;
    }
    test.ok = running;
    test.message = running
        ? (test.agentAnswered ? Text::tr("restored, booted and answered through its guest agent; test guest removed")
                              : Text::tr("restored and ran for %1 s (no guest agent answered); test guest removed")
                                    .arg(settleMs / 1000.0, 0, 'f', 1))
        : Text::tr("restored, but it did not keep running on %1; test guest removed").arg(request.host);
    return test;
}

} // namespace Vigil::Virt
