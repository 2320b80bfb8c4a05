#include "processfigures.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <unistd.h>

namespace Vigil::Observability {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray readProc(qint64 pid, const char *name)
{
    return readAll(pid == 0 ? QStringLiteral("/proc/self/%1").arg(QLatin1String(name))
                            : QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
}

} // namespace

ProcessFigures processFigures(qint64 pid)
{
    ProcessFigures figures;
    const QByteArray status = readProc(pid, "status");
    const QByteArray stat = readProc(pid, "stat");
    const QByteArray uptime = readAll(QStringLiteral("/proc/uptime"));
    if (status.isEmpty() || stat.isEmpty() || uptime.isEmpty())
        return figures;
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith("VmRSS:"))
            figures.residentKiB = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    // Fields after the command name, which may itself hold spaces and ')':
    // utime is field 14, stime 15, starttime 22 (proc(5)).
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return figures;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    figures.cpuSeconds = (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
    const double startedAfterBoot = fields.at(19).toDouble() / ticks;
    const double sinceBoot = uptime.split(' ').value(0).toDouble();
    figures.ageMs = qint64((sinceBoot - startedAfterBoot) * 1000);
    return figures;
}

} // namespace Vigil::Observability
