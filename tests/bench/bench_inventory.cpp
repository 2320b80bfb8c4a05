// bench_inventory: N in-process test-driver hosts × M guests, generated on
// the fly, loaded into the real console (Session + MainWindow). Prints:
// time to full inventory in the model, wall and CPU time of one refresh
// cycle over every host, RSS, and the GUI thread's worst/p99 stall.
// Figures, not a pass/fail test: `bench_inventory [hosts] [guests] [cycles]`.
#include "core/observability/eventloopgaps.h"
#include "core/observability/processfigures.h"
#include "core/session.h"
#include "core/virt/eventloop.h"
#include "models/domaintablemodel.h"
#include "ui/inventorypage.h"
#include "ui/mainwindow.h"
#include "testnodes.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <ctime>

using namespace Vigil;

namespace {

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long rssMiB()
{
    return long(Observability::processFigures().residentKiB / 1024);
}


bool loadFailed(const ClusterManager &cluster)
{
    for (const HostConfig &h : cluster.hosts()) {
        if (cluster.status(h.id).state == HostState::Unreachable) {
            std::fprintf(stderr, "host %s failed: %s\n", qPrintable(h.name), qPrintable(cluster.status(h.id).reason));
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;
    const int cycles = args.size() > 3 ? args.at(3).toInt() : 3;
    const int tickSeconds = args.size() > 4 ? args.at(4).toInt() : 15;
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("bench_inventory: %d hosts x %d guests, %d refresh cycles\n", hosts, guests, cycles);

    QTemporaryDir dir;
    QString error;
    // As the console runs: statistics every 5 s, history written, alerts evaluated.
    Session::Options options;
    options.databasePath = dir.filePath(QStringLiteral("bench.sqlite"));
    options.recordHistory = true;
    auto session = Session::open(options, &error);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer prep;
    prep.start();
    for (int h = 0; h < hosts; ++h) {
        const QString path = dir.filePath(QStringLiteral("node-%1.xml").arg(h));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Bench::nodeXml(h, guests)) < 0)
            return 1;
        HostConfig config;
        config.name = QStringLiteral("host-%1").arg(h, 4, 10, QLatin1Char('0'));
        config.group = QStringLiteral("rack-%1").arg(h / 40);
        config.uri = QStringLiteral("test://") + path;
        if (!session->hostRepository().add(config, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    std::printf("  generated node files and stored hosts in %lld ms (not measured below)\n", prep.elapsed());

    // The light-refresh timer is pushed out so that only the refreshes the
    // benchmark triggers are measured.
    session->cluster()->setLightRefreshInterval(3600 * 1000);
    Ui::MainWindow window(session.get());
    window.resize(1400, 900);
    window.show();
    auto *model = window.inventoryPage()->view()->model();
    ClusterManager *cluster = session->cluster();
    const int expected = hosts * guests;

    Observability::EventLoopGaps stalls;
    stalls.start();
    QElapsedTimer clock;
    const double cpu0 = cpuSeconds();
    const double guiCpu0 = threadCpuSeconds();
    clock.start();
    session->connectAll();
    // Run the real event loop until the whole inventory is in the model.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&]() {
        if (cluster->allSettled() && (model->rowCount() >= expected || loadFailed(*cluster)))
            app.quit();
    });
    poll.start(10);
    QTimer::singleShot(300000, &app, &QCoreApplication::quit);
    app.exec();
    poll.stop();
    const qint64 loadMs = clock.elapsed();
    const double loadCpu = cpuSeconds() - cpu0;
    if (model->rowCount() < expected) {
        std::fprintf(stderr, "inventory incomplete: %d of %d rows\n", model->rowCount(), expected);
        return 1;
    }
    std::printf("  full inventory in model: %lld ms wall, %.2f s CPU (%d of %d rows)\n", loadMs, loadCpu,
                model->rowCount(), expected);
    std::printf("  GUI stall during load: worst %lld ms, p99 %lld ms; GUI thread busy %.0f ms\n", stalls.summary().worst,
                stalls.summary().p99, (threadCpuSeconds() - guiCpu0) * 1000);
    std::printf("  RSS after load: %ld MiB\n", rssMiB());

    // Refresh cycles: every host re-reads its guests; done when each has reported back.
    for (int c = 0; c < cycles; ++c) {
        QSet<HostId> pending;
        for (const HostConfig &h : cluster->hosts())
            pending.insert(h.id);
        QMetaObject::Connection conn = QObject::connect(cluster, &ClusterManager::hostRefreshed, [&](HostId id) {
            pending.remove(id);
            if (pending.isEmpty())
                app.quit();
        });
        stalls.start();
        const double cpuBefore = cpuSeconds();
        clock.restart();
        for (const HostConfig &h : cluster->hosts())
            cluster->refresh(h.id);
        app.exec();
        QObject::disconnect(conn);
        std::printf("  refresh cycle %d: %lld ms wall, %.3f s CPU, GUI stall worst %lld ms p99 %lld ms\n", c + 1,
                    clock.elapsed(), cpuSeconds() - cpuBefore, stalls.summary().worst, stalls.summary().p99);
    }
    // Statistics ticks: every host sends a sample every 5 s; the overview
    // (health model, tiles, busiest guests) and the alert engine follow them.
    if (tickSeconds > 0) {
        window.showPage(QStringLiteral("overview"));
        qint64 samples = 0;
        QMetaObject::Connection conn = QObject::connect(cluster, &ClusterManager::statsSampled,
                                                        [&](const Metrics::HostSample &) { ++samples; });
        stalls.start();
        const double cpuBefore = cpuSeconds();
        QTimer::singleShot(tickSeconds * 1000, &app, &QCoreApplication::quit);
        app.exec();
        QObject::disconnect(conn);
        std::printf("  %d s of statistics ticks (overview shown): %lld host samples reached the GUI, "
                    "%.2f s CPU, GUI stall worst %lld ms p99 %lld ms\n", tickSeconds, samples,
                    cpuSeconds() - cpuBefore, stalls.summary().worst, stalls.summary().p99);
    }
    stalls.stop();
    std::printf("  RSS after refreshes: %ld MiB\n", rssMiB());
    window.close();
    session.reset();
    Virt::stopEventLoop();
    return 0;
}
