// bench_balancer: recommendations for a synthetic cluster with a load
// history. `bench_balancer [hosts=1000] [guests=50]`: hosts alternate
// between busy (guests at 60–95 % CPU) and quiet (5–20 %); every guest is
// on shared storage and a common network. Prints the time per
// aggressiveness and what the recommendations achieve.
#include "core/balance/balancer.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Vigil;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;
    Ha::ClusterSnapshot snapshot;
    QHash<QString, double> cpu;
    for (int h = 0; h < hosts; ++h) {
        Ha::ClusterSnapshot::Host host;
        host.id = h + 1;
        host.name = QStringLiteral("host-%1").arg(h);
        host.up = true;
        host.details.host.cpus = 64;
        host.details.host.memoryKiB = 512ull * 1024 * 1024;
        host.details.host.hypervisor = QStringLiteral("QEMU");
        host.details.host.arch = QStringLiteral("x86_64");
        host.details.pools = {StoragePoolInfo{{}, QStringLiteral("shared"), QStringLiteral("netfs"),
                                              QStringLiteral("/srv/shared"), true, true, 0, 0, 0}};
        host.details.networks = {NetworkInfo{{}, QStringLiteral("default"), QStringLiteral("virbr0"),
                                             QStringLiteral("nat"), true, true}};
        const bool busy = h % 2 == 0;
        const int count = busy ? guests + guests / 5 : guests - guests / 5;
        for (int g = 0; g < count; ++g) {
            DomainInfo d;
            d.name = QStringLiteral("h%1-vm%2").arg(h).arg(g);
            d.uuid = QStringLiteral("%1-%2").arg(h).arg(g);
            d.state = DomainState::Running;
            d.vcpus = 2;
            d.memoryKiB = (2 + g % 3) * 1024ull * 1024;
            d.arch = QStringLiteral("x86_64");
            d.snapshotCount = 0;
            d.disks = {DiskInfo{QStringLiteral("vda"), QStringLiteral("virtio"), QStringLiteral("disk"),
                                QStringLiteral("/srv/shared/") + d.name, QStringLiteral("shared")}};
            d.interfaces = {InterfaceInfo{QStringLiteral("network"), QStringLiteral("default"), {}, {}, {}}};
            host.domains.append(d);
            cpu.insert(d.uuid, busy ? 60 + g % 36 : 5 + g % 16);
        }
        snapshot.hosts.append(host);
    }
    std::printf("bench_balancer: %d hosts x ~%d guests\n", hosts, guests);
    for (Balance::Aggressiveness a : {Balance::Aggressiveness::Conservative, Balance::Aggressiveness::Moderate,
                                      Balance::Aggressiveness::Aggressive}) {
        Balance::BalanceSettings settings;
        settings.aggressiveness = a;
        QElapsedTimer timer;
        timer.start();
        const Balance::BalanceResult r = Balance::recommend(snapshot, cpu, {}, settings);
        std::printf("  %-12s %lld ms: %lld recommendations, imbalance %.3f -> %.3f\n",
                    qPrintable(Balance::aggressivenessName(a)), timer.elapsed(), qlonglong(r.recommendations.size()),
                    r.imbalance, r.imbalanceAfter);
    }
    return 0;
}
