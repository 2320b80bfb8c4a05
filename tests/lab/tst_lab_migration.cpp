// Lab: moving real QEMU guests between two real libvirt daemons through
// Vigil's migration manager: live, cancelled mid-way, offline.
#include "common/testsupport.h"
#include "labcluster.h"

#include "core/balance/balancer.h"
#include "core/cluster/clustermanager.h"
#include "core/ha/policyjson.h"
#include "core/migration/maintenance.h"
#include "core/migration/migrationmanager.h"
#include "core/migration/preflight.h"
#include "core/session.h"
#include "ui/migratedialog.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Migration;
using Test::LabCluster;

class TestLabMigration : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<ClusterManager> m_cluster;
    std::unique_ptr<MigrationManager> m_moves;

    void connectHosts()
    {
        QString error;
        m_cluster = m_lab->connect(2, &error);
        QVERIFY2(m_cluster, qPrintable(error));
        m_moves = std::make_unique<MigrationManager>(m_cluster.get());
    }

    DomainInfo guestOn(HostId host, const QString &name) const
    {
        for (const DomainInfo &d : m_cluster->domains(host))
            if (d.name == name)
                return d;
        return {};
    }

    MigrationRequest request(const QString &name) const
    {
        MigrationRequest r;
        r.source = m_cluster->host(1);
        r.target = m_cluster->host(2);
        r.uuid = guestOn(1, name).uuid;
        r.guest = name;
        r.user = u"lab"_s;
        return r;
    }

    MigrationStatus waitFor(quint64 id, int timeoutMs)
    {
        QElapsedTimer clock;
        clock.start();
        while (!m_moves->job(id).isFinished() && clock.elapsed() < timeoutMs)
            QTest::qWait(20);
        return m_moves->job(id);
    }

private Q_SLOTS:
    void init()
    {
        VIGIL_START_LAB(m_lab, 2);
    }

    void cleanup()
    {
        m_moves.reset();
        if (m_cluster)
            m_cluster->shutdown(3000);
        m_cluster.reset();
        m_lab.reset();
    }

    void liveMigrationMovesTheGuestAndRecordsDowntime()
    {
        QVERIFY(m_lab->defineGuest(1, u"lab-move"_s));
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, u"lab-move"_s}, &ok);
        QVERIFY(ok);
        connectHosts();
        QSignalSpy events(m_moves.get(), &MigrationManager::eventOccurred);
        QElapsedTimer clock;
        clock.start();
        const quint64 id = m_moves->submit(request(u"lab-move"_s));
        const MigrationStatus done = waitFor(id, 60000);
        QVERIFY2(done.state == MigrationState::Completed, qPrintable(done.message));
        Test::report("live migration of a 32 MiB guest (Vigil)", double(clock.elapsed()), "ms");
        Test::report("downtime reported by QEMU", double(done.downtimeMs), "ms");
        QVERIFY(done.downtimeMs >= 0);
        QCOMPARE(m_lab->virsh(2, {u"domstate"_s, u"lab-move"_s}, &ok).trimmed(), u"running"_s);
        m_lab->virsh(1, {u"domstate"_s, u"lab-move"_s}, &ok);
        QVERIFY2(!ok, "the source no longer knows the guest");
        // Vigil's own view follows.
        QTRY_COMPARE_WITH_TIMEOUT(guestOn(2, u"lab-move"_s).state, DomainState::Running, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(guestOn(1, u"lab-move"_s).uuid.isEmpty(), 5000);
        QCOMPARE(events.count(), 1);
        const auto record = events.first().first().value<EventRecord>();
        QCOMPARE(record.result, EventRecord::Result::Ok);
        QVERIFY(record.message.toString().contains(u"downtime"_s));
        QCOMPARE(record.user, u"lab"_s);
    }

    void cancelledMigrationLeavesTheGuestOnTheSource()
    {
        QVERIFY(m_lab->defineHeavyGuest(1, u"lab-slow"_s, 32));
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, u"lab-slow"_s}, &ok);
        QVERIFY(ok);
        connectHosts();
        MigrationRequest r = request(u"lab-slow"_s);
        r.options.bandwidthMiBs = 1;   // 32 MiB of random RAM: about 30 s at 1 MiB/s
        const quint64 id = m_moves->submit(r);
        QSignalSpy changes(m_moves.get(), &MigrationManager::jobChanged);
        // Wait until it really transfers (progress reported), then cancel.
        QTRY_VERIFY_WITH_TIMEOUT(m_moves->job(id).progress.dataProcessed > 0 || m_moves->job(id).isFinished(), 20000);
        QVERIFY2(!m_moves->job(id).isFinished(), qPrintable(m_moves->job(id).message));
        const MigrationProgress p = m_moves->job(id).progress;
        QVERIFY(p.dataTotal > 0);
        QVERIFY(m_moves->cancel(id));
        const MigrationStatus done = waitFor(id, 30000);
        QCOMPARE(done.state, MigrationState::Cancelled);
        QCOMPARE(m_lab->virsh(1, {u"domstate"_s, u"lab-slow"_s}, &ok).trimmed(), u"running"_s);
        m_lab->virsh(2, {u"domstate"_s, u"lab-slow"_s}, &ok);
        QVERIFY2(!ok, "nothing is left on the target");
        QVERIFY(!m_moves->cancel(id));   // finished: nothing more to cancel
    }

    // A source that hangs mid-move (SIGSTOP: it answers nothing, not even
    // keepalive) ends the move within the host's keepalive time instead of
    // leaving it "running" for ever.
    void aMoveWhoseSourceHangsEndsWithinKeepalive()
    {
        QVERIFY(m_lab->defineHeavyGuest(1, u"lab-slow"_s, 32));
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, u"lab-slow"_s}, &ok);
        QVERIFY(ok);
        connectHosts();   // keepalive every 1 s, 3 unanswered: 4 s
        MigrationRequest r = request(u"lab-slow"_s);
        r.options.bandwidthMiBs = 1;
        const quint64 id = m_moves->submit(r);
        QTRY_VERIFY_WITH_TIMEOUT(m_moves->job(id).progress.dataProcessed > 0 || m_moves->job(id).isFinished(), 20000);
        QVERIFY2(!m_moves->job(id).isFinished(), qPrintable(m_moves->job(id).message));
        QVERIFY(m_lab->hang(1));
        QElapsedTimer clock;
        clock.start();
        const MigrationStatus done = waitFor(id, 20000);
        const qint64 took = clock.elapsed();
        QVERIFY(m_lab->resume(1));
        QCOMPARE(done.state, MigrationState::Failed);
        QVERIFY2(took < 15000, qPrintable(QString::number(took)));
        QVERIFY2(done.message.contains(u"lost contact with lab1"_s) && done.message.contains(u"keepalive"_s),
                 qPrintable(done.message));
        Test::report("a hung source ends its move after", double(took), "ms");
    }

    void offlineMigrationMovesTheDefinition()
    {
        QVERIFY(m_lab->defineGuest(1, u"lab-cold"_s));
        connectHosts();
        MigrationRequest r = request(u"lab-cold"_s);
        r.options.live = false;
        const quint64 id = m_moves->submit(r);
        const MigrationStatus done = waitFor(id, 30000);
        QVERIFY2(done.state == MigrationState::Completed, qPrintable(done.message));
        bool ok = false;
        QCOMPARE(m_lab->virsh(2, {u"domstate"_s, u"lab-cold"_s}, &ok).trimmed(), u"shut off"_s);
        m_lab->virsh(1, {u"domstate"_s, u"lab-cold"_s}, &ok);
        QVERIFY(!ok);
        // A live move of a stopped guest is refused with the reason.
        QVERIFY(m_lab->defineGuest(1, u"lab-cold2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!guestOn(1, u"lab-cold2"_s).uuid.isEmpty(), 20000);
        const MigrationStatus refused = waitFor(m_moves->submit(request(u"lab-cold2"_s)), 30000);
        QCOMPARE(refused.state, MigrationState::Failed);
        QVERIFY2(refused.message.contains(u"not running"_s), qPrintable(refused.message));
    }

    void dialogChecksThenMovesToTheBestHost()
    {
        QVERIFY(m_lab->defineGuest(1, u"lab-ui"_s));
        bool ok = false;
        m_lab->virsh(1, {u"start"_s, u"lab-ui"_s}, &ok);
        QVERIFY(ok);
        QTemporaryDir dir;
        Session::Options options;
        options.databasePath = dir.filePath(u"s.sqlite"_s);
        QString error;
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        for (int i = 1; i <= 2; ++i) {
            HostConfig host = Test::hostConfig(0, QStringLiteral("lab%1").arg(i), m_lab->qemuUri(i));
            QVERIFY(session->addHost(host, &error));
        }
        QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
        Ui::GuestRef guest;
        for (const HostConfig &h : session->cluster()->hosts())
            for (const DomainInfo &d : session->cluster()->domains(h.id))
                if (d.name == u"lab-ui")
                    guest = {h.id, d};
        QVERIFY(guest.host != 0);
        Ui::MigrateDialog dialog(session.get(), {guest});
        dialog.show();
        QCOMPARE(dialog.targetBox()->currentIndex(), 0);   // best host
        // The checklist fills in, including the target's real CPU answer.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.moveButton()->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.checklist()->findItems(u"CPU"_s, Qt::MatchExactly | Qt::MatchRecursive).isEmpty(), 10000);
        QTreeWidgetItem *cpu = dialog.checklist()->findItems(u"CPU"_s, Qt::MatchExactly | Qt::MatchRecursive).first();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.checklist()->findItems(u"CPU"_s, Qt::MatchExactly | Qt::MatchRecursive)
                                      .first()->text(2).startsWith(u"asking"_s), 10000);
        Q_UNUSED(cpu);
        QString tree;
        for (QTreeWidgetItemIterator it(dialog.checklist()); *it; ++it)
            tree += (*it)->text(0) + u" | "_s + (*it)->text(1) + u" | "_s + (*it)->text(2) + u'\n';
        QVERIFY2(dialog.movable().size() == 1, qPrintable(tree));
        QCOMPARE(session->cluster()->host(dialog.movable().first().second).name, u"lab2"_s);
        QSignalSpy submitted(&dialog, &Ui::MigrateDialog::submitted);
        QTest::mouseClick(dialog.moveButton(), Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const quint64 id = submitted.first().first().value<QList<quint64>>().first();
        QTRY_VERIFY_WITH_TIMEOUT(session->migrations()->job(id).isFinished(), 60000);
        QCOMPARE(session->migrations()->job(id).state, MigrationState::Completed);
        QCOMPARE(m_lab->virsh(2, {u"domstate"_s, u"lab-ui"_s}, &ok).trimmed(), u"running"_s);
        session.reset();
    }

    void maintenanceEvacuatesPerGuestKeepsAntiAffinityAndFailsBack()
    {
        m_lab.reset();
        m_lab = std::make_unique<LabCluster>();
        QString error;
        QVERIFY2(m_lab->start(3, &error), qPrintable(error));
        bool ok = false;
        for (const QString &name : {u"lab-m1"_s, u"lab-m2"_s, u"lab-m3"_s, u"lab-m4"_s}) {
            QVERIFY(m_lab->defineGuest(1, name));
            m_lab->virsh(1, {u"start"_s, name}, &ok);
            QVERIFY(ok);
        }
        QVERIFY(m_lab->defineGuest(2, u"lab-peer"_s));
        m_lab->virsh(2, {u"start"_s, u"lab-peer"_s}, &ok);
        QVERIFY(ok);
        QTemporaryDir dir;
        Session::Options options;
        options.databasePath = dir.filePath(u"s.sqlite"_s);
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        for (int i = 1; i <= 3; ++i) {
            HostConfig host = Test::hostConfig(0, QStringLiteral("lab%1").arg(i), m_lab->qemuUri(i));
            QVERIFY(session->addHost(host, &error));
        }
        // lab-m1 must never run next to lab-peer (on lab2).
        Ha::PolicyParse parsed = Ha::policyFromJson(QByteArray(R"({
            "vigil_policy": 1, "name": "apart", "enabled": true,
            "members": {"guests": [{"name": "lab-m1", "priority": 1}, {"name": "lab-peer", "priority": 1}]},
            "placement": {"anti_affinity": [["lab-m1", "lab-peer"]]},
            "fencing": {"restart_without_fencing": true}
        })"));
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u"; ")));
        QVERIFY(session->savePolicy(parsed.policy, &error));
        QTRY_VERIFY_WITH_TIMEOUT(session->cluster()->allSettled(), 30000);
        const HostId lab1 = session->cluster()->hosts().at(0).id;
        const Migration::EvacuationPlan plan = session->planMaintenance(lab1);
        QCOMPARE(plan.moves.size(), 4);
        QSet<QString> targets;
        for (const Migration::EvacuationMove &m : plan.moves) {
            targets.insert(m.targetName);
            if (m.guest == u"lab-m1")
                QCOMPARE(m.targetName, u"lab3"_s);
        }
        QCOMPARE(targets.size(), 2);   // spread, not all to one host
        int peak = 0;
        QObject::connect(session->migrations(), &MigrationManager::jobChanged, session.get(),
                         [&](const MigrationStatus &) { peak = std::max(peak, session->migrations()->runningCount()); });
        QSignalSpy finished(session->maintenance(), &Migration::MaintenanceCoordinator::evacuationFinished);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(session->enterMaintenance(plan, 2, &error));
        QVERIFY(session->cluster()->host(lab1).maintenance);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        Test::report("evacuation of 4 guests, 2 at a time", double(clock.elapsed()), "ms");
        QString results;
        for (const MigrationStatus &s : session->migrations()->jobs())
            results += s.request.guest + u" -> "_s + s.request.target.name + u": "_s + s.message + u'\n';
        QVERIFY2(finished.first().at(1).toInt() == 4, qPrintable(results));
        QVERIFY2(finished.first().at(2).toStringList().isEmpty(), qPrintable(finished.first().at(2).toStringList().join(u"; ")));
        QVERIFY(peak <= 2 && peak >= 1);
        QCOMPARE(m_lab->virsh(3, {u"domstate"_s, u"lab-m1"_s}, &ok).trimmed(), u"running"_s);
        QVERIFY(m_lab->virsh(1, {u"list"_s, u"--name"_s}, &ok).trimmed().isEmpty());
        QCOMPARE(session->maintenance()->evacuated(lab1).size(), 4);
        // The flag survives a restart of the console (it is in the database).
        QVERIFY(session->hostRepository().findByName(u"lab1"_s)->maintenance);
        // Leaving maintenance with failback brings them home.
        QVERIFY(session->exitMaintenance(lab1, true, &error));
        QVERIFY(!session->cluster()->host(lab1).maintenance);
        QTRY_VERIFY_WITH_TIMEOUT(m_lab->virsh(1, {u"list"_s, u"--name"_s}, &ok).split(u'\n', Qt::SkipEmptyParts).size() == 4,
                                 120000);
        QVERIFY(session->maintenance()->evacuated(lab1).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(session->migrations()->runningCount() == 0, 30000);
        session.reset();
    }

    void balancerRecommendsMovesThatConverge()
    {
        bool ok = false;
        // A skewed cluster: 4 guests on lab1, none on lab2, each a tenth of
        // the RAM libvirt reports (diskless guests never touch it). A fixed
        // 1 GiB made the skew depend on the machine (4 GiB on a 21 GiB host
        // is an imbalance of 0.094), and a tenth of a large CI machine's RAM
        // can exceed what it has free, so that the preflight's memory check
        // refuses every move: at most a third of the free memory lab2 reports.
        const QString nodeInfo = m_lab->virsh(1, {u"nodeinfo"_s}, &ok);
        QVERIFY(ok);
        const QRegularExpressionMatch size = QRegularExpression(u"Memory size:\\s+(\\d+) KiB"_s).match(nodeInfo);
        QVERIFY2(size.hasMatch(), qPrintable(nodeInfo));
        const double hostKiB = size.captured(1).toDouble();
        const QString freeCell = m_lab->virsh(2, {u"freecell"_s}, &ok);
        QVERIFY(ok);
        const QRegularExpressionMatch freeMatch = QRegularExpression(u"(\\d+) KiB"_s).match(freeCell);
        QVERIFY2(freeMatch.hasMatch(), qPrintable(freeCell));
        const double freeKiB = freeMatch.captured(1).toDouble();
        const int guestMiB = std::max(128, int(std::min(hostKiB / 10, freeKiB / 3) / 1024));
        for (const QString &name : {u"lab-b1"_s, u"lab-b2"_s, u"lab-b3"_s, u"lab-b4"_s}) {
            QVERIFY(m_lab->defineGuest(1, name, guestMiB));
            m_lab->virsh(1, {u"start"_s, name}, &ok);
            QVERIFY(ok);
        }
        connectHosts();
        const Balance::BalanceResult first =
            Balance::recommend(Ha::ClusterSnapshot::capture(*m_cluster), {}, {});
        QVERIFY(!first.cpuKnown);   // no history here: memory only, and said so
        // Two hosts, memory shares 4 × guest / host RAM and 0: the deviation is half the gap.
        const double expected = 4.0 * guestMiB * 1024 / hostKiB / 2;
        QVERIFY2(std::abs(first.imbalance - expected) < 0.02,
                 qPrintable(u"%1 vs %2"_s.arg(first.imbalance).arg(expected)));
        QCOMPARE(first.recommendations.size(), 2);
        QVERIFY(first.imbalanceAfter < first.imbalance / 4);
        Test::report("balancer: imbalance before", first.imbalance, "");
        Test::report("balancer: imbalance after the recommended moves", first.imbalanceAfter, "");
        QList<quint64> ids;
        for (const Balance::Recommendation &r : first.recommendations) {
            QCOMPARE(r.fromName, u"lab1"_s);
            MigrationRequest request;
            request.source = m_cluster->host(r.from);
            request.target = m_cluster->host(r.to);
            request.uuid = r.uuid;
            request.guest = r.guest;
            ids.append(m_moves->submit(request));
        }
        for (quint64 id : ids)
            QVERIFY2(waitFor(id, 60000).state == MigrationState::Completed, qPrintable(m_moves->job(id).message));
        // Converged: the cluster as it now is gets no further recommendation.
        QTRY_VERIFY_WITH_TIMEOUT(m_cluster->domains(2).size() == 2 && m_cluster->domains(1).size() == 2, 10000);
        const Balance::BalanceResult second = Balance::recommend(Ha::ClusterSnapshot::capture(*m_cluster), {}, {});
        QVERIFY2(second.imbalance < 0.01, qPrintable(QString::number(second.imbalance)));
        QVERIFY(second.recommendations.isEmpty());
    }

    void preflightFailuresComeFromTheRealHosts()
    {
        bool ok = false;
        // A guest on a network only lab1 has, with a disk snapshot.
        QVERIFY(m_lab->defineBusyGuest(1, u"lab-net"_s));
        m_lab->virsh(1, {u"snapshot-create-as"_s, u"lab-net"_s, u"before-upgrade"_s}, &ok);
        QVERIFY(ok);
        // A guest larger than the other host's memory.
        QVERIFY(m_lab->defineGuest(1, u"lab-big"_s, 256 * 1024));
        // A guest whose CPU model needs features QEMU's TCG cannot give (AVX-512).
        QVERIFY(m_lab->defineGuestXml(
            1, "<domain type='qemu'><name>lab-cpu</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>"
               "<os><type arch='x86_64' machine='pc'>hvm</type></os>"
               "<cpu mode='custom' match='exact'><model fallback='forbid'>Icelake-Server</model></cpu>"
               "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator><memballoon model='none'/></devices>"
               "</domain>"));
        connectHosts();
        const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*m_cluster);
        const auto resultOf = [](const QList<Check> &checks, const QString &name) {
            for (const Check &c : checks)
                if (c.name == name)
                    return c;
            return Check{};
        };
        const QList<Check> net = preflight(snapshot, 1, 2, guestOn(1, u"lab-net"_s).uuid, {}, {});
        QCOMPARE(resultOf(net, u"Networks"_s).result, Check::Result::Fail);
        QVERIFY2(resultOf(net, u"Networks"_s).reason.contains(u"lab"_s), qPrintable(resultOf(net, u"Networks"_s).reason));
        QCOMPARE(resultOf(net, u"Snapshots"_s).result, Check::Result::Fail);
        const QList<Check> big = preflight(snapshot, 1, 2, guestOn(1, u"lab-big"_s).uuid, {}, {});
        QCOMPARE(resultOf(big, u"Memory"_s).result, Check::Result::Fail);
        // The CPU answer comes from lab2's libvirt.
        QList<CpuComparison> answers;
        const auto collect = [&answers](const CpuComparison &answer) { answers.append(answer); };
        m_cluster->compareGuestCpu(2, guestOn(1, u"lab-cpu"_s), this, collect);
        QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), 10000);
        const CpuComparison cpu = answers.first();
        QVERIFY2(cpu.verdict == CpuComparison::Verdict::Incompatible, qPrintable(cpu.message));
        const QList<Check> model = preflight(snapshot, 1, 2, guestOn(1, u"lab-cpu"_s).uuid, {}, cpu);
        QCOMPARE(resultOf(model, u"CPU"_s).result, Check::Result::Fail);
        // …while a plain guest's CPU passes there.
        QVERIFY(m_lab->defineGuest(1, u"lab-plain"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!guestOn(1, u"lab-plain"_s).uuid.isEmpty(), 20000);
        answers.clear();
        m_cluster->compareGuestCpu(2, guestOn(1, u"lab-plain"_s), this, collect);
        QTRY_VERIFY_WITH_TIMEOUT(!answers.isEmpty(), 10000);
        QVERIFY(answers.first().verdict != CpuComparison::Verdict::Incompatible);
    }

    // Figures, not assertions: Vigil's move against `virsh migrate --live
    // --p2p` of the same guest, alternating, median of 5 each; and an
    // evacuation of 10 guests, one at a time against 4 at a time.
    void migrationOverheadAndEvacuationFigures()
    {
        bool ok = false;
        QVERIFY(m_lab->defineGuest(1, u"lab-bench"_s));
        m_lab->virsh(1, {u"start"_s, u"lab-bench"_s}, &ok);
        QVERIFY(ok);
        connectHosts();
        QList<double> vigil, virsh;
        int from = 1;
        for (int round = 0; round < 10; ++round) {
            const int to = 3 - from;
            QElapsedTimer clock;
            clock.start();
            if (round % 2 == 0) {
                QTRY_VERIFY_WITH_TIMEOUT(!guestOn(from, u"lab-bench"_s).uuid.isEmpty(), 10000);
                MigrationRequest r;
                r.source = m_cluster->host(from);
                r.target = m_cluster->host(to);
                r.uuid = guestOn(from, u"lab-bench"_s).uuid;
                r.guest = u"lab-bench"_s;
                QVERIFY(waitFor(m_moves->submit(r), 60000).state == MigrationState::Completed);
                vigil.append(clock.elapsed());
            } else {
                m_lab->virsh(from, {u"migrate"_s, u"lab-bench"_s, m_lab->qemuUri(to), u"--live"_s, u"--p2p"_s,
                                    u"--persistent"_s, u"--undefinesource"_s}, &ok);
                QVERIFY(ok);
                virsh.append(clock.elapsed());
            }
            from = to;
        }
        std::sort(vigil.begin(), vigil.end());
        std::sort(virsh.begin(), virsh.end());
        Test::report("live migration, Vigil, median of 5", vigil.at(2), "ms");
        Test::report("live migration, virsh migrate --live --p2p, median of 5", virsh.at(2), "ms");
        Test::report("ratio Vigil / virsh", vigil.at(2) / virsh.at(2), "");

        // Evacuation of 10 guests from lab1 to lab2.
        for (int concurrency : {1, 4}) {
            const int start = concurrency * 100;
            for (int i = 0; i < 10; ++i) {
                const QString name = QStringLiteral("lab-e%1").arg(start + i);
                QVERIFY(m_lab->defineGuest(1, name));
                m_lab->virsh(1, {u"start"_s, name}, &ok);
                QVERIFY(ok);
            }
            const QString batch = QStringLiteral("lab-e%1").arg(concurrency);
            const auto runningOnLab1 = [this, batch]() {
                const QList<DomainInfo> guests = m_cluster->domains(1);
                return std::count_if(guests.cbegin(), guests.cend(),
                                     [&](const DomainInfo &d) { return d.isActive() && d.name.startsWith(batch); });
            };
            QTRY_VERIFY_WITH_TIMEOUT(runningOnLab1() >= 10, 20000);
            m_moves->setConcurrency(concurrency);
            QList<quint64> ids;
            QElapsedTimer clock;
            clock.start();
            for (const DomainInfo &d : m_cluster->domains(1)) {
                if (!d.isActive() || !d.name.startsWith(batch))
                    continue;
                MigrationRequest r;
                r.source = m_cluster->host(1);
                r.target = m_cluster->host(2);
                r.uuid = d.uuid;
                r.guest = d.name;
                ids.append(m_moves->submit(r));
            }
            for (quint64 id : ids) {
                // Said in full when it fails: a move not completed under CI load
                // once left only "returned FALSE".
                const MigrationStatus status = waitFor(id, 120000);
                QVERIFY2(status.state == MigrationState::Completed,
                         qPrintable(QStringLiteral("%1: %2 after %3 s: %4 (%5)%6")
                                        .arg(status.request.guest, migrationStateName(status.state))
                                        .arg(status.startedAt.isValid()
                                                 ? status.startedAt.secsTo(QDateTime::currentDateTimeUtc()) : -1)
                                        .arg(status.message, status.progress.summary(),
                                             m_lab->diagnose(2, status.request.guest))));
            }
            Test::report(qPrintable(QStringLiteral("evacuation of %1 guests, %2 at a time").arg(ids.size()).arg(concurrency)),
                         double(clock.elapsed()), "ms");
        }
    }
};

VIGIL_TEST_GUI_MAIN(TestLabMigration)
#include "tst_lab_migration.moc"
