// bench_planner: the failover dry run for every host of a synthetic cluster
// (default 1,000 hosts × 50 guests, every guest protected by a pattern
// policy with an anti-affinity group per host pair). Prints figures.
#include "core/ha/planner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ha;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int hosts = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int guests = args.size() > 2 ? args.at(2).toInt() : 50;

    ClusterSnapshot snapshot;
    for (int h = 0; h < hosts; ++h) {
        ClusterSnapshot::Host host;
        host.id = h + 1;
        host.name = QStringLiteral("host-%1").arg(h);
        host.up = true;
        host.details.host.memoryKiB = 512ull * 1024 * 1024;
        host.details.host.cpus = 64;
        host.details.pools = {StoragePoolInfo{{}, u"shared"_s, u"netfs"_s, u"/srv/shared"_s, true, true, 0, 0, 0}};
        host.details.networks = {NetworkInfo{{}, u"default"_s, u"virbr0"_s, u"nat"_s, true, true}};
        for (int g = 0; g < guests; ++g) {
            DomainInfo d;
            d.name = QStringLiteral("h%1-vm%2").arg(h).arg(g);
            d.uuid = QStringLiteral("%1-%2").arg(h).arg(g);
            d.state = g % 10 == 0 ? DomainState::Shutoff : DomainState::Running;
            d.memoryKiB = (1 + g % 4) * 1024ull * 1024;
            d.vcpus = 1 + g % 4;
            d.disks = {DiskInfo{u"vda"_s, u"virtio"_s, u"disk"_s, u"/srv/shared/"_s + d.name, {}}};
            d.interfaces = {InterfaceInfo{u"network"_s, u"default"_s, {}, {}, {}}};
            host.domains.append(d);
        }
        snapshot.hosts.append(host);
    }
    Policy policy;
    policy.name = u"all"_s;
    policy.namePattern = u"h*-vm*"_s;
    policy.restartWithoutFencing = true;
    for (int h = 0; h + 1 < hosts; h += 2)
        policy.antiAffinityGroups.append({QStringLiteral("h%1-vm1").arg(h), QStringLiteral("h%1-vm1").arg(h + 1)});

    QElapsedTimer clock;
    clock.start();
    const PolicyIndex index({policy});
    const QList<FailoverPlan> plans = planAllHosts(snapshot, index);
    const qint64 ms = clock.elapsed();
    qsizetype placed = 0, unplaced = 0;
    for (const FailoverPlan &p : plans) {
        placed += p.placements.size();
        unplaced += p.unplaced.size();
    }
    std::printf("bench_planner: %d hosts x %d guests: dry run for every host in %lld ms "
                "(%lld placements, %lld not placeable)\n",
                hosts, guests, ms, qint64(placed), qint64(unplaced));
    return 0;
}
