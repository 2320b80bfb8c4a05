#include "artifactfiles.h"

#include "manifest.h"
#include "qemuimg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Vigil::Backup {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::ArtifactFiles)
};

bool copyFile(const QString &from, const QString &to, const std::atomic<bool> *cancel, QString *error)
{
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(from, in.errorString());
        return false;
    }
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = Text::tr("cannot write %1: %2").arg(to, out.errorString());
        return false;
    }
    QByteArray block(4 << 20, Qt::Uninitialized);
    for (;;) {
        if (cancel && cancel->load()) {
            *error = Text::tr("cancelled");
            return false;
        }
        const qint64 n = in.read(block.data(), block.size());
        if (n < 0) {
            *error = Text::tr("cannot read %1: %2").arg(from, in.errorString());
            return false;
        }
        if (n == 0)
            break;
        if (out.write(block.constData(), n) != n) {
            *error = Text::tr("cannot write %1: %2").arg(to, out.errorString());
            return false;
        }
    }
    if (!out.flush()) {
        *error = Text::tr("cannot write %1: %2").arg(to, out.errorString());
        return false;
    }
    return true;
}

} // namespace

FileCheck verifyArtifact(const QString &directory, const QByteArray &expectedManifest, const std::atomic<bool> *cancel)
{
    FileCheck check;
    QFile file(QDir(directory).filePath(QLatin1String(kManifestFileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        check.message = Text::tr("the manifest %1 cannot be read: %2").arg(file.fileName(), file.errorString());
        return check;
    }
    Manifest onDisk;
    QString error;
    if (!manifestFromJson(file.readAll(), &onDisk, &error)) {
        check.message = Text::tr("the manifest is damaged: %1").arg(error);
        return check;
    }
    if (!expectedManifest.isEmpty()) {
        Manifest recorded;
        if (!manifestFromJson(expectedManifest, &recorded, &error) || !(recorded == onDisk)) {
            check.message = Text::tr("the manifest differs from the one recorded when the backup was taken");
            return check;
        }
    }
    for (const ManifestFile &f : std::as_const(onDisk.files)) {
        const QString path = QDir(directory).filePath(f.name);
        const QFileInfo info(path);
        if (!info.exists()) {
            check.message = Text::tr("%1 is missing").arg(f.name);
            return check;
        }
        if (info.size() != f.size) {
            check.message = Text::tr("%1 has %2 bytes; the manifest says %3").arg(f.name).arg(info.size()).arg(f.size);
            return check;
        }
        const QString sha = sha256OfFile(path, &error, cancel, &check.bytes);
        if (sha.isEmpty()) {
            check.message = error;
            return check;
        }
        if (sha != f.sha256) {
            check.message = Text::tr("%1 is damaged: its SHA-256 is %2, the manifest says %3").arg(f.name, sha, f.sha256);
            return check;
        }
    }
    for (const ManifestDisk &d : std::as_const(onDisk.disks)) {
        const ToolResult r = runQemuImg({u"check"_s, u"-q"_s, u"-f"_s, u"qcow2"_s,
                                         QDir(directory).filePath(d.file)}, cancel);
        if (!r.ok) {
            check.message = Text::tr("qemu-img check of %1 failed: %2").arg(d.file, r.error);
            return check;
        }
    }
    check.ok = true;
    check.message = Text::tr("%n file(s) match their SHA-256; disk images are clean", nullptr, int(onDisk.files.size()));
    return check;
}

FileCheck mirrorArtifact(const QString &directory, const QString &mirrorRoot, QString *mirrorPath,
                         const std::atomic<bool> *cancel)
{
    FileCheck check;
    const QFileInfo source(directory);
    const QString guestDir = QDir(mirrorRoot).filePath(source.dir().dirName());
    const QString target = QDir(guestDir).filePath(source.fileName());
    const QString partial = target + QLatin1String(kPartialSuffix);
    QDir(partial).removeRecursively();
    if (!QDir().mkpath(partial)) {
        check.message = Text::tr("cannot create %1 (missing, read-only or no permission)").arg(partial);
        return check;
    }
    const QStringList files = QDir(directory).entryList(QDir::Files);
    QString error;
    for (const QString &name : files) {
        if (!copyFile(QDir(directory).filePath(name), QDir(partial).filePath(name), cancel, &error)) {
            QDir(partial).removeRecursively();
            check.message = error;
            return check;
        }
    }
    if (QFileInfo::exists(target) && !QDir(target).removeRecursively()) {
        QDir(partial).removeRecursively();
        check.message = Text::tr("an older copy at %1 cannot be replaced").arg(target);
        return check;
    }
    if (!QDir().rename(partial, target)) {
        QDir(partial).removeRecursively();
        check.message = Text::tr("cannot rename %1 to %2").arg(partial, target);
        return check;
    }
    *mirrorPath = target;
    return verifyArtifact(target, QByteArray(), cancel);
}

bool removeArtifact(const QString &directory, QString *error)
{
    if (!QFileInfo::exists(directory))
        return true;
    if (!QDir(directory).removeRecursively()) {
        *error = Text::tr("%1 could not be deleted completely").arg(directory);
        return false;
    }
    return true;
}

} // namespace Vigil::Backup
