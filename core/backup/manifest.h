#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace Vigil::Backup {

enum class Consistency {
    Application,   // filesystems frozen through the guest agent
    Crash,         // running guest, no agent freeze: like a power cut
    Stopped,       // copied while shut off: consistent by construction
};
QString consistencyName(Consistency c);            // "application", "crash", "stopped"
QString consistencyText(Consistency c);            // translated
Consistency consistencyFromName(const QString &name);

struct ManifestFile {
    QString name;        // relative to the artifact directory
    qint64 size = 0;
    QString sha256;      // lower-case hex
    bool operator==(const ManifestFile &) const = default;
};

struct ManifestDisk {
    QString target;      // vda
    QString source;      // the guest's disk path when it was backed up
    QString file;        // the artifact's file for it (in `files`)
    QString format;      // qcow2
    qint64 virtualSize = 0;
    bool operator==(const ManifestDisk &) const = default;
};

// What lies in one backup artifact directory, written beside the files
// (manifest.json) and kept in the database too. Enough to verify and to
// restore without the database.
struct Manifest {
    QString guestName;
    QString guestUuid;
    QString host;
    QDateTime createdAt;
    bool incremental = false;
    QString parentDirectory;     // the artifact this one builds on, relative to this one ("../<dir>")
    QString checkpoint;          // libvirt checkpoint taken with this backup ("" for stopped guests)
    QString parentCheckpoint;
    Consistency consistency = Consistency::Crash;
    QString note;                // why crash-consistent, why full instead of incremental...
    QString domainXmlFile = QStringLiteral("domain.xml");
    QList<ManifestDisk> disks;
    QList<ManifestFile> files;
    QString vigilVersion;
    qint64 copyMs = 0;           // how long the data copy took (without checksums)
    // How the data left the host: "push" (the host's QEMU wrote the files),
    // "pull" (read over NBD by the machine running Vigil) or "copy" (a
    // shut-off guest's disks copied by path).
    QString transfer = QStringLiteral("push");
    qint64 bytesTransferred = 0; // pull: bytes read over the network

    qint64 totalSize() const;
    bool operator==(const Manifest &) const = default;
};

QByteArray manifestToJson(const Manifest &manifest);
bool manifestFromJson(const QByteArray &json, Manifest *manifest, QString *error);

inline constexpr const char kManifestFileName[] = "manifest.json";
inline constexpr const char kPartialSuffix[] = ".partial";
// A pull backup's scratch file on the host: "<checkpoint>-<disk>.vigil-scratch".
inline constexpr const char kScratchSuffix[] = ".vigil-scratch";

// SHA-256 of a file, read in 4 MiB blocks; empty with `error` set when it
// cannot be read or `cancel` turns true.
QString sha256OfFile(const QString &path, QString *error, const std::atomic<bool> *cancel = nullptr,
                     qint64 *bytesRead = nullptr);

// Fills `files` with size and SHA-256 of each name (relative to `directory`).
bool describeFiles(const QString &directory, const QStringList &names, QList<ManifestFile> *files,
                   QString *error, const std::atomic<bool> *cancel = nullptr);

} // namespace Vigil::Backup
