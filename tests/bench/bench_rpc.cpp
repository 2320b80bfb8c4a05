// bench_rpc: the real console (`vigil --db F`) and the real agent
// (`vigilctl agent --db F`), each started as a user starts it, with N hosts ×
// M guests served over real RPC: a few lab libvirtd daemons on loopback, each
// serving its share of test-driver connections (test+tcp://ADDR/DIR/node-K.xml,
// one node file per host), so every host is a socket with keepalive and
// events and its driver state lives in a daemon, as on a real site.
// Prints, per process: exec → every host settled (answered or given up on by
// the connect watch), exec → every host up with its guests (and the CPU the
// process used until then: its own share, apart from the daemons'), RSS, idle CPU, CPU per
// statistics cycle, event-loop gaps (the console's GUI thread) during the
// load and while idle; and the daemons' RSS and CPU. Figures, not a pass/fail
// test: `bench_rpc [hosts] [guests] [daemons] [idle seconds]`. Root (the lab).
//
// The processes report through their performance log
// (core/observability/performancelog.h); RSS and CPU are read from /proc.
// They are started with a soft limit of 1,024 open files, a desktop
// session's default.
#include "core/observability/processfigures.h"
#include "core/session.h"
#include "core/virt/eventloop.h"
#include "lab/labcluster.h"
#include "testnodes.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <cstdio>
#include <sys/resource.h>

using namespace Vigil;
using Observability::processFigures;

namespace {

struct LoopReport {
    qint64 atMs = 0;    // since exec, by the benchmark's clock
    qint64 p99 = 0;
    qint64 worst = 0;
};

struct Measured {
    qint64 settledMs = -1;
    QString settledLine;
    qint64 upMs = -1;           // every host up with its inventory
    QString upLine;
    qint64 rssSettledMiB = 0;
    qint64 rssIdleMiB = 0;
    double idleCpuSeconds = 0;
    QList<LoopReport> loops;
};

// Reads the child's performance log line by line as it arrives.
class PerformanceLog
{
public:
    PerformanceLog(QProcess &process, const QElapsedTimer &clock, Measured &m)
    {
        QObject::connect(&process, &QProcess::readyReadStandardError, [&process, &clock, &m]() {
            while (process.canReadLine()) {
                const QString line = QString::fromUtf8(process.readLine()).trimmed();
                static const QRegularExpression loop(QStringLiteral("p99 (\\d+) ms, worst (\\d+) ms"));
                if (line.contains(u"vigil.performance: settled:") && m.settledMs < 0) {
                    m.settledMs = clock.elapsed();
                    m.settledLine = line;
                } else if (line.contains(u"vigil.performance: all hosts up:") && m.upMs < 0) {
                    m.upMs = clock.elapsed();
                    m.upLine = line;
                } else if (const auto match = loop.match(line); match.hasMatch()) {
                    m.loops.append({clock.elapsed(), match.captured(1).toLongLong(), match.captured(2).toLongLong()});
                }
            }
        });
    }
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(5);
    }
    return true;
}

Measured measure(const QString &program, const QStringList &args, int idleSeconds, bool *ok)
{
    Measured m;
    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("vigil.performance.info=true"));
    env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("%{category}: %{message}"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([]() {
        rlimit files{};
        getrlimit(RLIMIT_NOFILE, &files);
        files.rlim_cur = std::min<rlim_t>(1024, files.rlim_max);
        setrlimit(RLIMIT_NOFILE, &files);
    });
    QElapsedTimer clock;
    PerformanceLog log(process, clock, m);
    clock.start();
    process.start(program, args);
    *ok = process.waitForStarted(10000)
          && waitFor([&]() { return m.settledMs >= 0 || process.state() != QProcess::Running; }, 300000)
          && m.settledMs >= 0;
    if (*ok) {
        // Hosts given up on by the connect watch may still come up.
        waitFor([&]() { return m.upMs >= 0 || process.state() != QProcess::Running; }, 180000);
        m.rssSettledMiB = processFigures(process.processId()).residentKiB / 1024;
        // What is still queued when the last host settles (the model's
        // inbox, the first statistics) is part of the load, not of idling.
        waitFor([]() { return false; }, 10000);
        const double cpu0 = processFigures(process.processId()).cpuSeconds;
        waitFor([]() { return false; }, idleSeconds * 1000);
        const Observability::ProcessFigures idle = processFigures(process.processId());
        m.idleCpuSeconds = idle.cpuSeconds - cpu0;
        m.rssIdleMiB = idle.residentKiB / 1024;
    } else {
        std::fprintf(stderr, "%s did not settle: %s\n", qPrintable(program),
                     process.readAllStandardError().right(2000).constData());
    }
    process.terminate();
    if (!process.waitForFinished(20000)) {
        process.kill();
        process.waitForFinished();
    }
    return m;
}

void print(const char *what, const Measured &m, int idleSeconds, int statsSeconds)
{
    std::printf("%s\n", what);
    std::printf("  exec -> every host settled: %lld ms (its log: %s)\n", m.settledMs, qPrintable(m.settledLine));
    if (m.upMs >= 0)
        std::printf("  exec -> every host up with its guests: %lld ms (its log: %s)\n", m.upMs, qPrintable(m.upLine));
    else
        std::printf("  not every host was up with its guests within 180 s of settling\n");
    std::printf("  RSS loaded / after %d s idle: %lld / %lld MiB\n", idleSeconds, m.rssSettledMiB, m.rssIdleMiB);
    const double percent = 100.0 * m.idleCpuSeconds / idleSeconds;
    std::printf("  idle CPU: %.1f %% of one core (%.0f ms CPU per %d s statistics cycle)\n", percent,
                1000.0 * m.idleCpuSeconds * statsSeconds / idleSeconds, statsSeconds);
    qint64 loadP99 = 0, loadWorst = 0, idleP99 = 0, idleWorst = 0;
    for (const LoopReport &r : m.loops) {
        // A report covers the 10 s before it: those ending within 10 s of
        // settling include the load.
        const bool load = r.atMs <= m.settledMs + 10000;
        (load ? loadP99 : idleP99) = std::max(load ? loadP99 : idleP99, r.p99);
        (load ? loadWorst : idleWorst) = std::max(load ? loadWorst : idleWorst, r.worst);
    }
    std::printf("  event-loop gaps (main thread): load p99 %lld ms worst %lld ms; idle p99 %lld ms worst %lld ms\n",
                loadP99, loadWorst, idleP99, idleWorst);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;
    const int daemons = args.size() > 3 ? args.at(3).toInt() : 4;
    const int idleSeconds = args.size() > 4 ? args.at(4).toInt() : 60;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QString why = Test::LabCluster::unavailableReason();
    if (!why.isEmpty()) {
        std::printf("bench_rpc: skipped, the lab cannot run here: %s\n", qPrintable(why));
        return 77;
    }
    std::printf("bench_rpc: %d hosts x %d guests over RPC from %d libvirtd daemons, %d s idle\n", hosts, guests,
                daemons, idleSeconds);

    Test::LabCluster lab;
    QString error;
    if (!lab.start(daemons, &error)) {
        std::fprintf(stderr, "lab: %s\n", qPrintable(error));
        return 1;
    }
    const QDir nodes(lab.directory() + QStringLiteral("/nodes"));
    nodes.mkpath(QStringLiteral("."));
    const QString dbPath = lab.directory() + QStringLiteral("/bench.sqlite");
    {
        Session::Options options;
        options.databasePath = dbPath;
        auto session = Session::open(options, &error);
        if (!session) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        for (int h = 0; h < hosts; ++h) {
            const QString path = nodes.filePath(QStringLiteral("node-%1.xml").arg(h));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(Bench::nodeXml(h, guests)) < 0)
                return 1;
            HostConfig config;
            config.name = QStringLiteral("host-%1").arg(h);
            config.group = QStringLiteral("rack-%1").arg(h / 40);
            config.uri = QStringLiteral("test+tcp://%1%2").arg(lab.address(1 + h % daemons), path);
            if (!session->hostRepository().add(config, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
        }
    }
    const int statsSeconds = 5;   // the console's and the agent's default

    bool ok = false;
    const Measured console = measure(QStringLiteral(VIGIL_VIGIL), {QStringLiteral("--db"), dbPath}, idleSeconds, &ok);
    if (!ok)
        return 1;
    print("console (vigil --db)", console, idleSeconds, statsSeconds);

    const Measured agent = measure(QStringLiteral(VIGIL_VIGILCTL),
                                   {QStringLiteral("agent"), QStringLiteral("--db"), dbPath}, idleSeconds, &ok);
    if (!ok)
        return 1;
    print("agent (vigilctl agent --db)", agent, idleSeconds, statsSeconds);

    qint64 daemonRss = 0;
    double daemonCpu = 0;
    for (int d = 1; d <= daemons; ++d) {
        const Observability::ProcessFigures f = processFigures(lab.daemonPid(d));
        daemonRss += f.residentKiB / 1024;
        daemonCpu += f.cpuSeconds;
    }
    std::printf("libvirtd daemons (both runs): RSS %lld MiB together, %.1f s CPU together\n", daemonRss, daemonCpu);
    lab.stop();
    Virt::stopEventLoop();
    return 0;
}
