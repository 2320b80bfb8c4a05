// bench_report: a health report of a synthetic cluster over 24 h.
//   bench_report [hosts=200] [guests=50]
// History: one sample per host per minute for 24 h (what the 1-minute
// roll-ups hold). Prints the time to collect, draw the charts and write
// each format, and the file sizes.
#include "core/report/reportcollector.h"
#include "core/store/database.h"
#include "core/store/metricstore.h"
#include "core/virt/eventloop.h"
#include "ui/report/reportrenderer.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace Vigil;

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hostCount = args.size() > 1 ? args.at(1).toInt() : 200;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;
    QTemporaryDir dir;
    auto opened = Store::Database::open(dir.filePath(QStringLiteral("r.sqlite")), QStringLiteral("bench"));
    if (!opened.ok)
        return 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();

    Report::ReportInput input;
    input.from = now.addSecs(-86400);
    input.to = now;
    input.rangeLabel = QStringLiteral("24h");
    QElapsedTimer prep;
    prep.start();
    {
        Store::MetricStore store(opened.db);
        for (int h = 0; h < hostCount; ++h) {
            Ha::ClusterSnapshot::Host host;
            host.id = h + 1;
            host.name = QStringLiteral("host-%1").arg(h, 3, 10, QLatin1Char('0'));
            host.up = h % 50 != 7;
            host.details.host.cpus = 64;
            host.details.host.memoryKiB = 512ull * 1024 * 1024;
            host.details.pools = {StoragePoolInfo{{}, QStringLiteral("images"), QStringLiteral("dir"), {}, true, true,
                                                  1000, quint64(500 + h % 480), 0}};
            host.details.networks = {NetworkInfo{{}, QStringLiteral("default"), QStringLiteral("virbr0"),
                                                 QStringLiteral("nat"), true, true}};
            for (int g = 0; g < guests; ++g) {
                DomainInfo d;
                d.name = QStringLiteral("h%1-vm%2").arg(h).arg(g);
                d.uuid = QStringLiteral("%1-%2").arg(h).arg(g);
                d.state = g % 10 ? DomainState::Running : DomainState::Shutoff;
                d.vcpus = 2;
                d.memoryKiB = 4 * 1024 * 1024;
                host.domains.append(d);
            }
            input.cluster.hosts.append(host);
            HostConfig config;
            config.id = host.id;
            config.name = host.name;
            config.uri = QStringLiteral("qemu+ssh://%1/system").arg(host.name);
            input.configs.append(config);
            HostStatus status;
            status.state = host.up ? HostState::Up : HostState::Unreachable;
            input.statuses.append(status);
            QList<Metrics::HostSample> batch;
            for (int m = 0; m < 1440; ++m) {
                Metrics::HostSample s;
                s.host = host.id;
                s.hostName = host.name;
                s.time = input.from.addSecs(m * 60);
                s.values[Metrics::Metric::Cpu] = 30 + 25 * std::sin(m / 90.0 + h);
                s.values[Metrics::Metric::MemoryUsed] = 300.0 * 1024 * 1024;
                s.values[Metrics::Metric::MemoryTotal] = 512.0 * 1024 * 1024;
                batch.append(s);
            }
            bool rolledUp = false;
            QString error;
            store.write(batch, rolledUp, &error);
        }
        QString error;
        store.flushRollups(&error);
    }
    input.wholeCluster = input.cluster;
    std::printf("prepared %d hosts x %d guests with 24 h of history in %.1f s (not measured below)\n", hostCount,
                guests, prep.elapsed() / 1000.0);

    for (Report::Format format : {Report::Format::Pdf, Report::Format::Html, Report::Format::Csv, Report::Format::Json}) {
        QElapsedTimer total;
        total.start();
        Report::ReportData data;
        Report::collectReport(input, opened.db, data);
        const qint64 collectMs = total.elapsed();
        const QList<Ui::RenderedChart> charts = (format == Report::Format::Pdf || format == Report::Format::Html)
                                                    ? Ui::renderReportCharts(data)
                                                    : QList<Ui::RenderedChart>();
        const qint64 chartsMs = total.elapsed() - collectMs;
        const QString path = dir.filePath(QStringLiteral("report.") + Report::formatName(format));
        QString error;
        if (!Ui::writeReport(data, charts, format, path, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        std::printf("%-4s: %lld ms total (collect %lld ms, charts %lld ms, write %lld ms), %.1f KiB\n",
                    qPrintable(Report::formatName(format)), total.elapsed(), collectMs, chartsMs,
                    total.elapsed() - collectMs - chartsMs, QFileInfo(path).size() / 1024.0);
    }
    opened.db = QSqlDatabase();
    Store::Database::close(QStringLiteral("bench"));
    return 0;
}
