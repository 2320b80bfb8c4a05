// The embedded demo cluster is real libvirt data: check that what the test
// driver serves from resources/demo is varied and self-consistent (guests'
// disks on their host's pools, NICs on their host's networks), since later
// features (migration pre-flight, failover placement) read exactly this.
#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/demo/democluster.h"
#include "core/hosturi.h"

#include <QFile>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestDemoCluster : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hostsAreRealFiles()
    {
        QString error;
        const QList<HostConfig> hosts = Demo::demoHosts(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(hosts.size() >= 5);
        int local = 0;
        for (const HostConfig &h : hosts) {
            QVERIFY2(checkLibvirtUri(h.uri).ok, qPrintable(h.uri));
            QVERIFY(!h.group.isEmpty());
            if (h.uri.startsWith(u"test:///")) {
                ++local;
                QVERIFY(QFile::exists(h.uri.mid(7)));
            }
        }
        QVERIFY(local >= 4);
        // Idempotent: a second call returns the same hosts.
        QCOMPARE(Demo::demoHosts(&error), hosts);
    }

    void inventoryIsVariedAndConsistent()
    {
        QString error;
        ClusterManager cluster;
        HostId id = 1;
        for (HostConfig h : Demo::demoHosts(&error)) {
            if (!h.uri.startsWith(u"test:///"))
                continue;
            h.id = id++;
            cluster.addHost(h);
        }
        QTRY_VERIFY(cluster.allSettled());
        QSet<DomainState> states;
        int guests = 0;
        for (const HostConfig &h : cluster.hosts()) {
            QCOMPARE(cluster.status(h.id).state, HostState::Up);
            const HostDetails details = cluster.details(h.id);
            QVERIFY(details.host.cpus >= 8);
            QVERIFY(!details.pools.isEmpty());
            QVERIFY(!details.networks.isEmpty());
            QSet<QString> networks;
            for (const NetworkInfo &n : details.networks)
                networks.insert(n.name);
            for (const DomainInfo &d : cluster.domains(h.id)) {
                ++guests;
                states.insert(d.state);
                QVERIFY(d.vcpus >= 1 && d.memoryKiB > 0);
                QCOMPARE(d.disks.size(), 1);
                const bool onAPool = std::any_of(details.pools.cbegin(), details.pools.cend(), [&](const StoragePoolInfo &p) {
                    return d.disks.first().source.startsWith(p.targetPath + u'/');
                });
                QVERIFY2(onAPool, qPrintable(d.name + u": "_s + d.disks.first().source));
                for (const InterfaceInfo &nic : d.interfaces)
                    QVERIFY2(networks.contains(nic.network), qPrintable(d.name + u": "_s + nic.network));
            }
        }
        QCOMPARE(guests, 19);
        QVERIFY(states.contains(DomainState::Running));
        QVERIFY(states.contains(DomainState::Paused));
        QVERIFY(states.contains(DomainState::Shutoff));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestDemoCluster)
#include "tst_democluster.moc"
