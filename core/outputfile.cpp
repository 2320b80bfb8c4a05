#include "outputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace Vigil {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::OutputFile)
};

} // namespace

QString checkOutputTarget(const QString &path)
{
    if (path.isEmpty())
        return Text::tr("No output file was given.");
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Text::tr("%1 is not a regular file (a device, FIFO, socket or folder); it is left alone.").arg(path);
    return {};
}

bool commitOutputFile(QSaveFile &file, const QString &path, QString *error)
{
    // flush() first: a write the buffer accepted can still fail on the disk,
    // and QSaveFile must not rename a short file over a good one.
    const bool written = file.error() == QFileDevice::NoError && file.flush();
    if (!written) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        file.commit();   // discards the temporary file
        return false;
    }
    if (!file.commit()) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool writeOutputFile(const QString &path, const QByteArray &content, QString *error, OutputAccess access)
{
    if (const QString refused = checkOutputTarget(path); !refused.isEmpty()) {
        *error = refused;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    // Before the first byte, on the temporary file that becomes the target.
    if (access == OutputAccess::OwnerOnly && !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = Text::tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        file.commit();
        return false;
    }
    if (file.write(content) != content.size())
        file.cancelWriting();
    return commitOutputFile(file, path, error);
}

} // namespace Vigil
