#include "exportcommand.h"
#include "clitext.h"

#include "core/ha/pacemakerexport.h"
#include "core/outputfile.h"
#include "core/session.h"

#include <QDir>

namespace Vigil::Cli {
namespace {

bool writeFile(const QString &path, const QByteArray &content, QTextStream &err)
{
    QString error;
    // The CIB carries the fence agents' credentials, a definition a guest's
    // console password: readable by their owner only.
    if (!writeOutputFile(path, content, &error, OutputAccess::OwnerOnly)) {
        err << error << Qt::endl;
        return false;
    }
    return true;
}
} // namespace

int exportPacemakerCommand(Session &session, const QString &outPath, const QString &definitionsDir,
                           const CliOptions &options, QTextStream &out, QTextStream &err)
{
    if (outPath.isEmpty()) {
        err << CliText::tr("usage: vigilctl export pacemaker --out FILE [--definitions-dir DIR]") << Qt::endl;
        return ExitUsage;
    }
    waitForCluster(session, options.timeoutMs);
    const Ha::PacemakerExport result = Ha::exportPacemaker(Ha::ClusterSnapshot::capture(*session.cluster()),
                                                           session.policies(), definitionsDir);
    if (!result.errors.isEmpty()) {
        for (const QString &error : result.errors)
            err << CliText::tr("invalid CIB, nothing written: %1").arg(error) << Qt::endl;
        return ExitUsage;
    }
    if (!writeFile(outPath, result.cib, err))
        return ExitDatabase;
    const QString localDir = outPath + QStringLiteral(".definitions");
    if (!QDir().mkpath(localDir)) {
        err << CliText::tr("cannot create %1").arg(localDir) << Qt::endl;
        return ExitDatabase;
    }
    for (auto it = result.definitions.cbegin(); it != result.definitions.cend(); ++it)
        if (!writeFile(localDir + u'/' + it.key() + QStringLiteral(".xml"), it.value(), err))
            return ExitDatabase;
    out << CliText::tr("wrote %1 and %n guest definition(s) in %2 (install them at %3 "
                                                   "on every node)", nullptr, int(result.definitions.size()))
               .arg(outPath, localDir, definitionsDir) << Qt::endl;
    for (const QString &note : result.notes)
        err << CliText::tr("note: %1").arg(note) << Qt::endl;
    bool complete = true;
    for (const HostConfig &h : session.cluster()->hosts())
        complete = complete && session.cluster()->status(h.id).state == HostState::Up;
    return complete ? ExitOk : ExitPartial;
}

} // namespace Vigil::Cli
