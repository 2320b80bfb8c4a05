#include "backupexecutor.h"

#include "hostendpoint.h"
#include "tlsdiagnosis.h"
#include "openconnection.h"
#include "../backup/nbdpull.h"
#include "../backup/domainrewrite.h"
#include "../backup/qemuimg.h"
#include "../domainxml.h"
#include "../outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QHostInfo>
#include <QLocale>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Vigil::Virt {
using namespace Vigil::Backup;
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::BackupExecutor)
};

QString diskFileName(const QString &target) { return target + u".qcow2"_s; }

// An incremental disk's backing file, relative to the image's own directory
// (.partial now, renamed later: both have the same parent, so the path holds).
QString backingFileOf(const Manifest &m, const QString &target)
{
    return m.incremental ? u"%1/%2"_s.arg(m.parentDirectory, diskFileName(target)) : QString();
}

bool checkpointExists(virDomainPtr dom, const QString &name)
{
    CheckpointHandle cp(virDomainCheckpointLookupByName(dom, name.toUtf8().constData(), 0));
    if (!cp)
        virResetLastError();
    return bool(cp);
}

QString dirtyBitmapName(const QString &target) { return u"vigil-dirty-"_s + target; }

// Where QEMU keeps the blocks the guest overwrites while a pull backup
// reads the old ones: beside the disk (its storage has room for its
// growth), named after the run so that a leftover is recognisable.
QString scratchFile(const BackupDisk &d, const QString &checkpoint, const QString &guestUuid)
{
    const QString directory = d.source.startsWith(u"/dev/"_s) || d.source.isEmpty()
        ? u"/var/tmp"_s
        : QFileInfo(d.source).absolutePath();
    // Guests of one run share the checkpoint's name and often a directory.
    return QDir(directory).filePath(u"%1-%2-%3%4"_s.arg(checkpoint.isEmpty() ? u"vigil"_s : checkpoint,
                                                        guestUuid.left(8), d.target, QLatin1String(kScratchSuffix)));
}

struct PullServer {
    QString address;
    int port = 0;
    // Over TLS (the host is reached over TLS): the name its certificate
    // carries and this machine's client files under libnbd's names.
    QString tlsHostname;
    QString tlsCertificates;
};

QByteArray backupXml(const QList<BackupDisk> &disks, const QString &directory, const QString &incrementalFrom,
                     const std::optional<PullServer> &pull, const QString &checkpoint, const QString &guestUuid)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"domainbackup"_s);
    w.writeAttribute(u"mode"_s, pull ? u"pull"_s : u"push"_s);
    if (!incrementalFrom.isEmpty())
        w.writeTextElement(u"incremental"_s, incrementalFrom);
    if (pull) {
        w.writeEmptyElement(u"server"_s);
        w.writeAttribute(u"transport"_s, u"tcp"_s);
        w.writeAttribute(u"name"_s, pull->address);
        w.writeAttribute(u"port"_s, QString::number(pull->port));
        if (!pull->tlsCertificates.isEmpty())
            w.writeAttribute(u"tls"_s, u"yes"_s);
    }
    w.writeStartElement(u"disks"_s);
    for (const BackupDisk &d : disks) {
        if (d.target.isEmpty())
            continue;
        w.writeStartElement(u"disk"_s);
        w.writeAttribute(u"name"_s, d.target);
        if (!d.included) {
            w.writeAttribute(u"backup"_s, u"no"_s);
        } else if (pull) {
            w.writeAttribute(u"backup"_s, u"yes"_s);
            w.writeAttribute(u"type"_s, u"file"_s);
            w.writeAttribute(u"exportname"_s, d.target);
            if (!incrementalFrom.isEmpty())
                w.writeAttribute(u"exportbitmap"_s, dirtyBitmapName(d.target));
            w.writeEmptyElement(u"scratch"_s);
            w.writeAttribute(u"file"_s, scratchFile(d, checkpoint, guestUuid));
        } else {
            w.writeAttribute(u"backup"_s, u"yes"_s);
            w.writeAttribute(u"type"_s, u"file"_s);
            w.writeEmptyElement(u"target"_s);
            w.writeAttribute(u"file"_s, QDir(directory).filePath(diskFileName(d.target)));
            w.writeEmptyElement(u"driver"_s);
            w.writeAttribute(u"type"_s, u"qcow2"_s);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}

QByteArray checkpointXml(const QList<BackupDisk> &disks, const QString &name)
{
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(u"domaincheckpoint"_s);
    w.writeTextElement(u"name"_s, name);
    w.writeTextElement(u"description"_s, u"Vigil backup chain; do not delete by hand"_s);
    w.writeStartElement(u"disks"_s);
    for (const BackupDisk &d : disks) {
        if (d.target.isEmpty())
            continue;
        w.writeEmptyElement(u"disk"_s);
        w.writeAttribute(u"name"_s, d.target);
        w.writeAttribute(u"checkpoint"_s, d.included ? u"bitmap"_s : u"no"_s);
    }
    w.writeEndElement();
    w.writeEndElement();
    return xml;
}

qint64 typedULong(virTypedParameterPtr params, int count, const char *name)
{
    unsigned long long value = 0;
    return virTypedParamsGetULLong(params, count, name, &value) == 1 ? qint64(value) : -1;
}

struct JobState {
    bool active = false;
    BackupProgress progress;
};

JobState readJob(virDomainPtr dom)
{
    JobState state;
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(dom, &type, &params, &count, 0) < 0) {
        virResetLastError();
        return state;
    }
    state.active = type != VIR_DOMAIN_JOB_NONE;
    state.progress.total = typedULong(params, count, VIR_DOMAIN_JOB_DISK_TOTAL);
    state.progress.processed = typedULong(params, count, VIR_DOMAIN_JOB_DISK_PROCESSED);
    state.progress.elapsedMs = std::max<qint64>(0, typedULong(params, count, VIR_DOMAIN_JOB_TIME_ELAPSED));
    virTypedParamsFree(params, count);
    return state;
}

// The result of the backup job that just ended: empty when it completed.
QString completedJobError(virDomainPtr dom)
{
    int type = VIR_DOMAIN_JOB_NONE;
    virTypedParameterPtr params = nullptr;
    int count = 0;
    if (virDomainGetJobStats(dom, &type, &params, &count, VIR_DOMAIN_JOB_STATS_COMPLETED) < 0) {
        const QString error = lastError();
        virResetLastError();
        return Text::tr("the result of the backup job cannot be read: %1").arg(error);
    }
    QString message;
    if (type != VIR_DOMAIN_JOB_COMPLETED) {
        const char *errmsg = nullptr;
        virTypedParamsGetString(params, count, VIR_DOMAIN_JOB_ERRMSG, &errmsg);
        message = errmsg ? QString::fromUtf8(errmsg)
                         : (type == VIR_DOMAIN_JOB_CANCELLED ? Text::tr("the backup job was cancelled")
                                                             : Text::tr("the backup job failed"));
    }
    virTypedParamsFree(params, count);
    return message;
}

// Makes a disk file stand on its own (full) or on its parent artifact's file
// (incremental, a path relative to the artifact so that a mirror works).
QString setBacking(const QString &file, const QString &backing)
{
    QStringList args{u"rebase"_s, u"-u"_s, u"-f"_s, u"qcow2"_s, u"-b"_s, backing};
    if (!backing.isEmpty())
        args << u"-F"_s << u"qcow2"_s;
    args << file;
    const ToolResult r = runQemuImg(args);
    return r.ok ? QString() : r.error;
}

class BackupRun
{
public:
    BackupRun(const GuestBackupRequest &request, const std::function<void(const BackupProgress &)> &progress,
              const std::atomic<bool> &cancel)
        : m_request(request), m_progress(progress), m_cancel(cancel),
          m_partial(request.artifactDirectory + QLatin1String(kPartialSuffix))
    {
    }

    GuestBackupOutcome run();

private:
    bool fail(const QString &message);
    bool backupRunning(virDomainPtr dom, const QList<BackupDisk> &disks);
    // virDomainBackupBegin in the request's mode; pull mode picks a free NBD port.
    int beginBackup(virDomainPtr dom, const QList<BackupDisk> &disks, const QString &incrementalFrom,
                    const QByteArray &checkpoint);
    bool waitForPush(virDomainPtr dom);
    bool pullDisks(virDomainPtr dom, const QList<BackupDisk> &disks);
    // The pull's NBD over TLS, checked against `hostname`.
    bool useTlsFiles(const QString &hostname);
    bool copyStopped(const QList<BackupDisk> &disks);
    bool finishArtifact(const QByteArray &inactiveXml, const QList<BackupDisk> &disks);

    const GuestBackupRequest &m_request;
    const std::function<void(const BackupProgress &)> &m_progress;
    const std::atomic<bool> &m_cancel;
    QString m_partial;
    GuestBackupOutcome m_outcome;
    bool m_checkpointTaken = false;
    std::optional<PullServer> m_server;   // pull mode: where QEMU exports the disks
    std::unique_ptr<QTemporaryDir> m_tlsFiles;
};

bool BackupRun::fail(const QString &message)
{
    m_outcome.ok = false;
    m_outcome.message = message;
    return false;
}

GuestBackupOutcome BackupRun::run()
{
    ConnectionHandle conn(openWithKeepAlive(m_request.uri.toUtf8(), m_request.keepaliveInterval,
                                            m_request.keepaliveCount));
    if (!conn) {
        fail(Text::tr("cannot connect to %1: %2").arg(m_request.host, lastError()));
        return m_outcome;
    }
    DomainHandle dom(virDomainLookupByUUIDString(conn.get(), m_request.guestUuid.toLatin1().constData()));
    if (!dom) {
        fail(Text::tr("the guest is no longer on %1: %2").arg(m_request.host, lastError()));
        return m_outcome;
    }
    Manifest &m = m_outcome.manifest;
    m.guestName = QString::fromUtf8(virDomainGetName(dom.get()));
    m.guestUuid = m_request.guestUuid;
    m.host = m_request.host;
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.vigilVersion = m_request.vigilVersion;

    // With its console passwords, so that a restore brings them back (the
    // file is owner-only); a connection that may not read them says so.
    QByteArray inactiveXml =
        takeString(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE | VIR_DOMAIN_XML_SECURE)).toUtf8();
    if (inactiveXml.isEmpty()) {
        virResetLastError();
        inactiveXml = takeString(virDomainGetXMLDesc(dom.get(), VIR_DOMAIN_XML_INACTIVE)).toUtf8();
        if (hasGraphicalConsole(inactiveXml))
            m.note += Text::tr("The console password (if any) is not in this backup: the connection may not read it. ");
    }
    const QByteArray liveXml = takeString(virDomainGetXMLDesc(dom.get(), 0)).toUtf8();
    if (inactiveXml.isEmpty() || liveXml.isEmpty()) {
        fail(Text::tr("cannot read the guest's definition: %1").arg(lastError()));
        return m_outcome;
    }
    const QList<BackupDisk> disks = backupDisks(liveXml);
    QStringList skipped;
    int included = 0;
    for (const BackupDisk &d : disks) {
        if (d.included)
            ++included;
        else if (!d.target.isEmpty())
            skipped << u"%1 (%2)"_s.arg(d.target, d.skipReason);
    }
    if (included == 0) {
        fail(Text::tr("the guest has no disk to back up%1")
                 .arg(skipped.isEmpty() ? QString() : u": "_s + skipped.join(u", "_s)));
        return m_outcome;
    }
    if (!skipped.isEmpty())
        m.note += Text::tr("Not backed up: %1. ").arg(skipped.join(u", "_s));

    // A stale partial directory (a crash of an earlier run) is not ours to keep.
    QDir(m_partial).removeRecursively();
    if (QFileInfo::exists(m_request.artifactDirectory)) {
        fail(Text::tr("%1 exists already; nothing was overwritten").arg(m_request.artifactDirectory));
        return m_outcome;
    }
    if (!QDir().mkpath(m_partial)) {
        fail(Text::tr("cannot create %1 (missing, read-only or no permission)").arg(m_partial));
        return m_outcome;
    }

    int state = VIR_DOMAIN_NOSTATE;
    if (virDomainGetState(dom.get(), &state, nullptr, 0) < 0)
        state = VIR_DOMAIN_NOSTATE;
    const bool active = state == VIR_DOMAIN_RUNNING || state == VIR_DOMAIN_PAUSED || state == VIR_DOMAIN_BLOCKED;
    const LeftoverReport leftovers = clearBackupLeftovers(dom.get(), m_request.leftovers);
    if (!leftovers.error.isEmpty()) {
        QDir(m_partial).removeRecursively();
        fail(leftovers.error);
        return m_outcome;
    }
    for (const QString &note : leftovers.notes)
        m.note += note + u' ';
    QElapsedTimer copyClock;
    copyClock.start();
    const bool copied = active ? backupRunning(dom.get(), disks) : copyStopped(disks);
    m.copyMs = copyClock.elapsed();
    if (copied && finishArtifact(inactiveXml, disks)) {
        m_outcome.ok = true;
        return m_outcome;
    }
    // Nothing half-written stays behind, and no checkpoint without its backup.
    QDir(m_partial).removeRecursively();
    if (m_checkpointTaken)
        deleteCheckpointOf(dom.get(), m_request.checkpoint);   // best effort: the next run clears what is left
    m_outcome.cancelled = m_cancel.load();
    return m_outcome;
}

bool BackupRun::backupRunning(virDomainPtr dom, const QList<BackupDisk> &disks)
{
    Manifest &m = m_outcome.manifest;
    if (m_request.pull) {
        const std::optional<HostEndpoint> endpoint = hostEndpoint(m_request.uri);
        if (endpoint && endpoint->proxied && m_request.pullChosenAutomatically) {
            m.note += Text::tr("Pushed: %1 is reached through an ssh proxy, so its disks cannot be read over NBD "
                               "from here. ").arg(m_request.host);
        } else if (endpoint && endpoint->proxied) {
            return fail(Text::tr("%1 is reached through an ssh proxy, so its disks cannot be read over NBD from "
                                 "here; back it up in push mode to a target the host shares")
                            .arg(m_request.host));
        } else {
            // QEMU's NBD server listens on the address this machine reaches
            // the host at, as an address: the host's own name may resolve to
            // a loopback address there (Debian's 127.0.1.1).
            const QString name = endpoint ? endpoint->host : u"localhost"_s;
            QString address = name;
            if (QHostAddress(name).isNull()) {
                const QList<QHostAddress> found = QHostInfo::fromName(name).addresses();
                if (found.isEmpty())
                    return fail(Text::tr("the address of %1 (%2) cannot be resolved for its NBD export")
                                    .arg(m_request.host, name));
                address = found.first().toString();
            }
            m_server = PullServer{address, 0, {}, {}};
            // A host reached over TLS exports over TLS too, with the same
            // client certificate and CA as the libvirt connection.
            if (endpoint && endpoint->transport == u"tls" && !useTlsFiles(endpoint->host))
                return false;
        }
    }
    bool allQcow2 = true;
    for (const BackupDisk &d : disks)
        if (d.included && d.format != u"qcow2"_s)
            allQcow2 = false;
    const bool useCheckpoint = allQcow2 && !m_request.checkpoint.isEmpty();
    QString incrementalFrom;
    if (m_request.incremental) {
        if (!allQcow2)
            m.note += Text::tr("Full backup: incremental backups need qcow2 disks. ");
        else if (m_request.parentCheckpoint.isEmpty())
            m.note += Text::tr("Full backup: no earlier backup to build on. ");
        else if (!checkpointExists(dom, m_request.parentCheckpoint))
            m.note += Text::tr("Full backup: the guest no longer has checkpoint %1 (the chain is broken: "
                         "the guest was re-created, moved, or the checkpoint deleted). ")
                          .arg(m_request.parentCheckpoint);
        else
            incrementalFrom = m_request.parentCheckpoint;
    }
    m.incremental = !incrementalFrom.isEmpty();
    if (m.incremental) {
        m.parentCheckpoint = incrementalFrom;
        // Relative, so that the chain also works in a mirror: usually
        // "../<sibling>", further away if the guest was renamed or the
        // job's target changed since.
        m.parentDirectory = QDir(m_request.artifactDirectory).relativeFilePath(m_request.parentDirectory);
    }
    if (useCheckpoint)
        m.checkpoint = m_request.checkpoint;

    bool frozen = false;
    if (m_request.quiesce) {
        frozen = virDomainFSFreeze(dom, nullptr, 0, 0) >= 0;
        if (!frozen) {
            m.note += Text::tr("Crash-consistent: the guest agent did not freeze the filesystems (%1). ").arg(lastError());
            virResetLastError();
        }
    } else {
        m.note += Text::tr("Crash-consistent: quiescing is off for this job. ");
    }
    m.consistency = frozen ? Consistency::Application : Consistency::Crash;

    const QByteArray checkpoint = useCheckpoint ? checkpointXml(disks, m_request.checkpoint) : QByteArray();
    int begun = beginBackup(dom, disks, incrementalFrom, checkpoint);
    if (begun < 0 && m.incremental && lastErrorCode() == VIR_ERR_CHECKPOINT_INCONSISTENT) {
        // The checkpoint's bitmap died with the guest's earlier QEMU (a host
        // crash): libvirt kept only its metadata. A full backup starts a new
        // chain; the broken checkpoint goes, or every run would fail again.
        const QString why = lastError();
        virResetLastError();
        const QString deleteError = deleteCheckpointOf(dom, incrementalFrom);
        m.note += Text::tr("Full backup: checkpoint %1 cannot be used (%2); its bitmap was lost when the guest's QEMU "
                     "was restarted, as after a host crash%3. ")
                      .arg(incrementalFrom, why,
                           deleteError.isEmpty() ? QString() : Text::tr("; it could not be deleted: %1").arg(deleteError));
        incrementalFrom.clear();
        m.incremental = false;
        m.parentCheckpoint.clear();
        m.parentDirectory.clear();
        begun = beginBackup(dom, disks, incrementalFrom, checkpoint);
    }
    const QString beginError = begun < 0 ? lastError() : QString();
    // The point in time is fixed once the job has started: thaw at once.
    if (frozen && virDomainFSThaw(dom, nullptr, 0, 0) < 0)
        virResetLastError();
    if (begun < 0) {
        // In push mode QEMU writes on the host: a target this machine sees
        // but the host does not is the usual cause.
        // Over TLS QEMU needs its own certificates for the NBD export.
        const QString hint = !m_request.pull && beginError.contains(u"No such file"_s)
            ? Text::tr(" (the target directory must exist under the same path on %1: local for a local host, "
                 "else a shared mount; or let the job pull the backup over the network)").arg(m_request.host)
            : m_server && !m_server->tlsCertificates.isEmpty()
                    && QRegularExpression(u"tls|x509|credential|certificate"_s,
                                          QRegularExpression::CaseInsensitiveOption).match(beginError).hasMatch()
            ? Text::tr(" (%1 is reached over TLS, so its disks are exported over TLS: its QEMU needs ca-cert.pem, "
                       "server-cert.pem and server-key.pem in qemu.conf's backup_tls_x509_cert_dir)")
                  .arg(m_request.host)
            : QString();
        return fail(Text::tr("libvirt refused the backup: %1").arg(beginError) + hint);
    }
    m_checkpointTaken = useCheckpoint;
    if (m_server)
        return pullDisks(dom, disks);
    if (!waitForPush(dom))
        return false;

    for (const BackupDisk &d : disks) {
        if (!d.included)
            continue;
        const QString file = QDir(m_partial).filePath(diskFileName(d.target));
        const QString backing = backingFileOf(m, d.target);
        const QString error = setBacking(file, backing);
        if (!error.isEmpty())
            return fail(Text::tr("cannot link %1 to its chain: %2").arg(diskFileName(d.target), error));
        virDomainBlockInfo info;
        if (virDomainGetBlockInfo(dom, d.target.toUtf8().constData(), &info, 0) == 0)
            m.disks.append({d.target, d.source, diskFileName(d.target), u"qcow2"_s, qint64(info.capacity)});
        else {
            virResetLastError();
            m.disks.append({d.target, d.source, diskFileName(d.target), u"qcow2"_s, 0});
        }
    }
    return true;
}

int BackupRun::beginBackup(virDomainPtr dom, const QList<BackupDisk> &disks, const QString &incrementalFrom,
                           const QByteArray &checkpoint)
{
    const char *checkpointXml = checkpoint.isEmpty() ? nullptr : checkpoint.constData();
    // libvirtd validates the backup XML against its RelaxNG schema. With
    // libxml2 before 2.11 (Debian 12) the first validations in a fresh daemon
    // race when two arrive at once ("Unable to parse RNG …: Error type
    // 'unsignedInt' is not exported"): the schema is fine and the next try
    // succeeds once the daemon has loaded its type library.
    const auto begin = [&](const QByteArray &xml) {
        int result = virDomainBackupBegin(dom, xml.constData(), checkpointXml, 0);
        for (int retry = 0; retry < 3 && result < 0 && lastError().contains(u"Unable to parse RNG"_s); ++retry) {
            virResetLastError();
            QThread::msleep(100);
            result = virDomainBackupBegin(dom, xml.constData(), checkpointXml, 0);
        }
        return result;
    };
    if (!m_server)
        return begin(backupXml(disks, m_partial, incrementalFrom, std::nullopt, m_request.checkpoint,
                               m_request.guestUuid));
    // libvirt needs the port named; IANA's NBD port first, then the next
    // ones when another backup (of this or another tool) holds it.
    m_server->port = 10809;
    int begun = -1;
    for (int attempt = 0; attempt < 16; ++attempt, ++m_server->port) {
        const QByteArray xml = backupXml(disks, m_partial, incrementalFrom, m_server, m_request.checkpoint,
                                         m_request.guestUuid);
        begun = begin(xml);
        if (begun >= 0 || !lastError().contains(u"in use"_s))
            break;
        virResetLastError();
    }
    return begun;
}

bool BackupRun::waitForPush(virDomainPtr dom)
{
    bool abortSent = false;
    // Small jobs end within milliseconds: poll fast first, then every 200 ms.
    unsigned long pollMs = 5;
    for (;;) {
        QThread::msleep(pollMs);
        pollMs = std::min(200ul, pollMs * 2);
        const JobState job = readJob(dom);
        if (!job.active)
            break;
        if (m_progress)
            m_progress(job.progress);
        if (m_cancel.load() && !abortSent) {
            if (virDomainAbortJob(dom) < 0)
                virResetLastError();
            abortSent = true;
        }
    }
    if (m_cancel.load())
        return fail(Text::tr("cancelled; the guest keeps running and nothing was kept"));
    const QString jobError = completedJobError(dom);
    if (!jobError.isEmpty())
        return fail(Text::tr("the backup job failed: %1").arg(jobError));
    return true;
}

bool BackupRun::useTlsFiles(const QString &hostname)
{
    // libnbd reads fixed names from one directory: links to libvirt's files
    // (the key is never copied), in a private directory gone after the run.
    const TlsClientFiles files = tlsClientFiles(m_request.uri);
    m_tlsFiles = std::make_unique<QTemporaryDir>();
    const QList<std::pair<QString, QString>> links{{files.caCertificate, u"ca-cert.pem"_s},
                                                   {files.clientCertificate, u"client-cert.pem"_s},
                                                   {files.clientKey, u"client-key.pem"_s}};
    // Each link must be readable: libnbd quietly skips the peer check when
    // it cannot read the CA from the directory.
    for (const auto &[file, name] : links) {
        QFile link(m_tlsFiles->filePath(name));
        if (!m_tlsFiles->isValid() || !QFile::link(QFileInfo(file).absoluteFilePath(), link.fileName())
            || !link.open(QIODevice::ReadOnly) || link.read(1).isEmpty())
            return fail(Text::tr("%1 is reached over TLS, but this machine's TLS file %2 cannot be used for its "
                                 "NBD export").arg(m_request.host, file));
    }
    m_server->tlsHostname = hostname;
    m_server->tlsCertificates = m_tlsFiles->path();
    return true;
}

bool BackupRun::pullDisks(virDomainPtr dom, const QList<BackupDisk> &disks)
{
    Manifest &m = m_outcome.manifest;
    m.transfer = u"pull"_s;
    QElapsedTimer clock;
    clock.start();
    qint64 finishedTotal = 0;
    bool allOverTls = true;   // as negotiated, not as asked
    QString error;
    for (const BackupDisk &d : disks) {
        if (!d.included)
            continue;
        NbdPullOptions options;
        options.bandwidthMiBs = m_request.bandwidthMiBs;
        virConnectPtr conn = virDomainGetConnect(dom);
        options.hostAlive = [conn] { return virConnectIsAlive(conn) == 1; };
        options.progress = [&](qint64 done, qint64 total) {
            if (m_progress)
                m_progress({finishedTotal + total, finishedTotal + done, clock.elapsed()});
        };
        const NbdExport source{m_server->address, m_server->port, d.target,
                               m.incremental ? dirtyBitmapName(d.target) : QString(), m_server->tlsCertificates,
                               m_server->tlsHostname};
        const QString file = QDir(m_partial).filePath(diskFileName(d.target));
        const QString backing = backingFileOf(m, d.target);
        const NbdPullResult pulled = pullNbdExport(source, file, backing, options, m_cancel);
        if (!pulled.ok) {
            error = pulled.cancelled ? Text::tr("cancelled; the guest keeps running and nothing was kept")
                                     : Text::tr("reading %1 from %2 over NBD failed: %3")
                                           .arg(d.target, m_request.host, pulled.error);
            break;
        }
        allOverTls = allOverTls && pulled.tls;
        finishedTotal += pulled.bytesRead;
        m.bytesTransferred += pulled.bytesRead;
        m.disks.append({d.target, d.source, diskFileName(d.target), u"qcow2"_s, pulled.virtualSize});
    }
    // A pull job lasts until its reader ends it, also after a failure; the
    // checkpoint it took stays (run() deletes it when the backup failed).
    if (virDomainAbortJob(dom) < 0)
        virResetLastError();
    QElapsedTimer ending;
    ending.start();
    while (readJob(dom).active && ending.elapsed() < 30000)
        QThread::msleep(50);
    if (!error.isEmpty())
        return fail(error);
    if (readJob(dom).active)
        m.note += Text::tr("The host's NBD export was still open 30 s after Vigil ended it; the next run stops it. ");
    m.note += (!allOverTls ? Text::tr("Pulled over NBD from %1: %2 read. ")
                                                   : Text::tr("Pulled over NBD with TLS from %1: %2 read. "))
                  .arg(m_server->address, QLocale().formattedDataSize(m.bytesTransferred));
    return true;
}

bool BackupRun::copyStopped(const QList<BackupDisk> &disks)
{
    Manifest &m = m_outcome.manifest;
    m.consistency = Consistency::Stopped;
    m.transfer = u"copy"_s;
    if (m_request.incremental)
        m.note += Text::tr("Full copy: the guest is shut off (incremental backups need it running). ");
    QElapsedTimer clock;
    clock.start();
    BackupProgress progress;
    progress.total = 0;
    for (const BackupDisk &d : disks)
        if (d.included)
            progress.total += QFileInfo(d.source).size();
    progress.processed = 0;
    for (const BackupDisk &d : disks) {
        if (!d.included)
            continue;
        if (!QFileInfo::exists(d.source))
            return fail(Text::tr("the disk %1 (%2) is not reachable from this machine; shut-off guests are copied "
                           "by path, so the host's storage must be local or shared")
                            .arg(d.target, d.source));
        QStringList args{u"convert"_s, u"-O"_s, u"qcow2"_s};
        if (!d.format.isEmpty())
            args << u"-f"_s << d.format;
        if (m_request.bandwidthMiBs > 0)
            args << u"-r"_s << QString::number(qint64(m_request.bandwidthMiBs) << 20);
        const QString file = QDir(m_partial).filePath(diskFileName(d.target));
        args << d.source << file;
        const ToolResult r = runQemuImg(args, &m_cancel);
        if (m_cancel.load())
            return fail(Text::tr("cancelled; nothing was kept"));
        if (!r.ok)
            return fail(Text::tr("copying %1 failed: %2").arg(d.target, r.error));
        const ToolResult info = runQemuImg({u"info"_s, u"--output=json"_s, u"-f"_s, u"qcow2"_s, file});
        const qint64 virtualSize = info.ok
            ? QJsonDocument::fromJson(info.output.toUtf8()).object().value(u"virtual-size"_s).toInteger()
            : 0;
        m.disks.append({d.target, d.source, diskFileName(d.target), u"qcow2"_s, virtualSize});
        progress.processed += QFileInfo(d.source).size();
        progress.elapsedMs = clock.elapsed();
        if (m_progress)
            m_progress(progress);
    }
    return true;
}

bool BackupRun::finishArtifact(const QByteArray &inactiveXml, const QList<BackupDisk> &)
{
    Manifest &m = m_outcome.manifest;
    m.note = m.note.trimmed();
    QString error;
    if (!writeOutputFile(QDir(m_partial).filePath(m.domainXmlFile), inactiveXml, &error, OutputAccess::OwnerOnly))
        return fail(Text::tr("cannot write the guest's definition: %1").arg(error));
    QStringList names{m.domainXmlFile};
    for (const ManifestDisk &d : m.disks)
        names << d.file;
    if (!describeFiles(m_partial, names, &m.files, &error, &m_cancel))
        return fail(Text::tr("cannot checksum the backup: %1").arg(error));
    QSaveFile manifest(QDir(m_partial).filePath(QLatin1String(kManifestFileName)));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(manifestToJson(m)) < 0 || !manifest.commit())
        return fail(Text::tr("cannot write the manifest: %1").arg(manifest.errorString()));
    if (!QDir().rename(m_partial, m_request.artifactDirectory))
        return fail(Text::tr("cannot rename %1 to %2").arg(m_partial, m_request.artifactDirectory));
    return true;
}

} // namespace

GuestBackupOutcome backupGuest(const GuestBackupRequest &request,
                               const std::function<void(const BackupProgress &)> &progress,
                               const std::atomic<bool> &cancel)
{
    BackupRun run(request, progress, cancel);
    return run.run();
}

QString deleteCheckpoint(const GuestBackupRequest &request, const QString &checkpoint)
{
    ConnectionHandle conn(openWithKeepAlive(request.uri.toUtf8(), request.keepaliveInterval, request.keepaliveCount));
    if (!conn) {
        const QString error = lastError();
        virResetLastError();
        return error;
    }
    DomainHandle dom(virDomainLookupByUUIDString(conn.get(), request.guestUuid.toLatin1().constData()));
    if (!dom) {
        virResetLastError();
        return {};   // the guest is gone, and its checkpoints with it
    }
    return deleteCheckpointOf(dom.get(), checkpoint);
}

} // namespace Vigil::Virt
