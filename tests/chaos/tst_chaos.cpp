// The chaos run (in the spirit of Pacemaker's CTS): a seeded random sequence
// of faults on five lab hosts whose protected QEMU guests have their disks on
// shared storage with virtlockd leases, while `vigilctl agent` runs failover
// as its own process. Every fault is injected from outside Vigil, and the
// invariants are checked from outside too (QEMU processes per guest UUID,
// virsh):
//   - no guest ever runs on two hosts;
//   - after every fault each protected guest runs again within the RTO
//     bound, whenever a host that can take it exists;
//   - the agent never crashes (only the kills the run injects);
//   - no journal step is left open at the end.
// It prints a table: faults by kind, recovery times (p50/p99/max), violations.
// CHAOS_FAULTS (default 12) and CHAOS_SEED (default 20261127) set the run;
// CI runs the short default, docs/PERFORMANCE.md has a long run's figures.
#include "common/agentprocess.h"
#include "common/testsupport.h"
#include "lab/labcluster.h"

#include "core/ha/journal.h"
#include "core/ha/policy.h"
#include "core/session.h"
#include "core/store/database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Test::AgentProcess;
using Test::LabCluster;

namespace {

constexpr int kHosts = 5;
constexpr int kGuests = 8;
constexpr int kRtoBoundMs = 60000;   // what "runs again within its RTO bound" means here
constexpr int kLeaseWaitSeconds = 20;

enum class Fault { KillHost, HangHost, RestartHost, KillAgent, LyingFence, StaleStart };

const char *faultName(Fault f)
{
    switch (f) {
    case Fault::KillHost: return "kill -9 of a host (daemon, lock daemon, QEMUs)";
    case Fault::HangHost: return "host hangs (SIGSTOP)";
    case Fault::RestartHost: return "dead host returns (autostart guests)";
    case Fault::KillAgent: return "kill -9 of the active agent";
    case Fault::LyingFence: return "lying fence (says off, kills nothing)";
    case Fault::StaleStart: return "stale copy started by hand";
    }
    return "";
}

QString guestName(int g) { return QStringLiteral("lab-c%1").arg(g); }

double percentile(QList<qint64> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return double(values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())))));
}

} // namespace

class TestChaos : public QObject
{
    Q_OBJECT
    std::unique_ptr<LabCluster> m_lab;
    std::unique_ptr<AgentProcess> m_agent;
    QString m_db;
    enum class HostState { Up, Hung, Dead };
    QList<HostState> m_state;   // index 1..kHosts
    QStringList m_violations;
    QMap<Fault, int> m_faults;
    QList<qint64> m_rto;
    qsizetype m_refusals = 0;   // lease refusals reported by agents since killed
    qsizetype m_leaseWaits = 0; // starts retried for a lingering lease, likewise

    // QEMU processes of chaos guests older than 3 s, per guest UUID: a start
    // refused by a lease or image lock dies within a second and never ran.
    QHash<QString, int> runningQemus() const
    {
        QHash<QString, int> count;
        QProcess ps;
        ps.start(u"ps"_s, {u"-eo"_s, u"etimes=,args="_s});
        ps.waitForFinished();
        static const QRegularExpression line(u"^\\s*(\\d+)\\s+.*qemu-system.*guest=lab-c\\d+.*-uuid ([0-9a-f-]{36})"_s);
        for (const QString &text : QString::fromUtf8(ps.readAllStandardOutput()).split(u'\n')) {
            // Only this run's guests (their disks are in its lab directory).
            const QRegularExpressionMatch m = line.match(text);
            if (m.hasMatch() && m.captured(1).toInt() >= 3 && text.contains(m_lab->directory()))
                ++count[m.captured(2)];
        }
        return count;
    }

    void checkInvariants()
    {
        const QHash<QString, int> qemus = runningQemus();
        for (auto it = qemus.cbegin(); it != qemus.cend(); ++it)
            if (it.value() > 1)
                m_violations.append(u"guest %1 runs %2 times"_s.arg(it.key()).arg(it.value()));
        if (m_agent && m_agent->process.state() == QProcess::NotRunning)
            m_violations.append(u"the agent exited by itself: "_s + m_agent->output.right(2000));
    }

    // Guests running on hosts that answer (virsh), by name.
    QSet<QString> runningGuests() const
    {
        QSet<QString> running;
        for (int h = 1; h <= kHosts; ++h) {
            if (m_state.at(h) != HostState::Up)
                continue;
            bool ok = false;
            const QString names = m_lab->virsh(h, {u"list"_s, u"--name"_s}, &ok);
            for (const QString &name : names.split(u'\n', Qt::SkipEmptyParts))
                running.insert(name.trimmed());
        }
        return running;
    }

    // Waits (checking the invariants) until every guest runs; the time it
    // took, or -1 (a violation) after the bound.
    qint64 waitUntilAllRun(const QElapsedTimer &since, const QString &after)
    {
        while (since.elapsed() < kRtoBoundMs) {
            checkInvariants();
            if (runningGuests().size() == kGuests)
                return since.elapsed();
            QTest::qWait(250);
        }
        QStringList missing;
        const QSet<QString> running = runningGuests();
        for (int g = 1; g <= kGuests; ++g)
            if (!running.contains(guestName(g)))
                missing.append(guestName(g));
        m_violations.append(u"after %1: not running within %2 s: %3"_s.arg(after).arg(kRtoBoundMs / 1000).arg(
            missing.join(u", "_s)));
        // Said at once, with the agent's account: a run cut short keeps it.
        std::printf("CHAOS violation: %s\nCHAOS agent output (last part):\n%s\n", qPrintable(m_violations.constLast()),
                    qPrintable(m_agent->output.right(6000)));
        std::fflush(stdout);
        return -1;
    }

    QList<int> hostsIn(HostState state) const
    {
        QList<int> hosts;
        for (int h = 1; h <= kHosts; ++h)
            if (m_state.at(h) == state)
                hosts.append(h);
        return hosts;
    }

    void startAgent()
    {
        if (m_agent) {   // what the killed agent said before it died
            m_refusals += m_agent->output.count(u"did not work: "_s);
            m_leaseWaits += m_agent->output.count(u"retrying for up to"_s);
        }
        m_agent = std::make_unique<AgentProcess>(m_db, u"chaos agent"_s);
    }

    bool setUpCluster(QString *error)
    {
        const QString shared = m_lab->directory() + u"/shared"_s;
        QDir().mkpath(shared);
        for (int h = 1; h <= kHosts; ++h) {
            bool ok = false;
            m_lab->virsh(h, {u"pool-define-as"_s, u"lab-shared"_s, u"dir"_s, u"--target"_s, shared}, &ok);
            if (ok)
                m_lab->virsh(h, {u"pool-start"_s, u"lab-shared"_s}, &ok);
            if (ok)
                m_lab->virsh(h, {u"pool-autostart"_s, u"lab-shared"_s}, &ok);
            if (!ok) {
                *error = u"cannot define the shared pool on host %1"_s.arg(h);
                return false;
            }
        }
        for (int g = 1; g <= kGuests; ++g) {
            const QString disk = shared + u'/' + guestName(g) + u".qcow2"_s;
            if (QProcess::execute(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, disk, u"16M"_s}) != 0) {
                *error = u"qemu-img failed"_s;
                return false;
            }
            const int host = 1 + (g - 1) % kHosts;
            const QByteArray xml =
                QStringLiteral("<domain type='qemu'><name>%1</name><memory unit='MiB'>32</memory><vcpu>1</vcpu>"
                               "<os><type arch='x86_64' machine='pc'>hvm</type></os><on_crash>destroy</on_crash>"
                               "<devices><emulator>/usr/bin/qemu-system-x86_64</emulator>"
                               "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
                               "<source file='%2'/><target dev='vda' bus='virtio'/></disk>"
                               "<video><model type='none'/></video><memballoon model='none'/></devices></domain>")
                    .arg(guestName(g), disk)
                    .toUtf8();
            bool ok = m_lab->defineGuestXml(host, xml);
            if (ok)
                m_lab->virsh(host, {u"start"_s, guestName(g)}, &ok);
            if (ok)
                m_lab->virsh(host, {u"autostart"_s, guestName(g)}, &ok);   // a returning host tries them
            if (!ok) {
                *error = u"cannot start %1"_s.arg(guestName(g));
                return false;
            }
        }
        // The fence: the lab's kill of that host, unless told to lie.
        const QString fence = m_lab->directory() + u"/chaos-fence"_s;
        QFile script(fence);
        if (!script.open(QIODevice::WriteOnly))
            return false;
        script.write(QStringLiteral("#!/bin/sh\n# A fence that lies when $1/lie-$2 exists: it says off, kills nothing.\n"
                                    "[ -e \"$1/lie-$2\" ] && exit 0\nexec '%1' kill \"$1\" \"$2\"\n")
                         .arg(QStringLiteral(VIGIL_LAB_SCRIPT))
                         .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        Session::Options options;
        options.databasePath = m_db;
        auto session = Session::open(options, error);
        if (!session || !m_lab->addHostsTo(*session, kHosts, error))
            return false;
        Ha::Policy policy;
        policy.name = u"chaos"_s;
        policy.namePattern = u"lab-c*"_s;
        policy.defaultPriority = 3;
        policy.vcpuOvercommit = 16.0;
        policy.sharedPools = {u"lab-shared"_s};
        policy.maxRestarts = 1000;
        policy.restartWindowMinutes = 1;
        // A lab host's leases go with its lock daemon at once; 20 s stands
        // for shared storage's lease expiry and keeps a run short.
        policy.leaseWaitSeconds = kLeaseWaitSeconds;
        for (int h = 1; h <= kHosts; ++h)
            policy.fencing.insert(u"lab%1"_s.arg(h), Ha::FenceAction{{fence, m_lab->directory(), QString::number(h)}, 20, 0});
        return session->savePolicy(policy, error);
    }

    // Runs one fault; returns the recovery time to measure, or -1.
    qint64 inject(Fault fault, int host, QRandomGenerator &random)
    {
        QElapsedTimer clock;
        clock.start();
        const QString what = QString::fromLatin1(faultName(fault)) + u" (host %1)"_s.arg(host);
        switch (fault) {
        case Fault::KillHost:
            m_lab->kill(host);
            m_state[host] = HostState::Dead;
            return waitUntilAllRun(clock, what);
        case Fault::HangHost: {
            m_lab->hang(host);
            m_state[host] = HostState::Hung;
            // The engine fences it (the lab's fence kills it) and restarts its guests.
            const qint64 rto = waitUntilAllRun(clock, what);
            m_lab->resume(host);
            m_state[host] = m_lab->daemonPid(host) > 0 && ::kill(pid_t(m_lab->daemonPid(host)), 0) == 0
                                ? HostState::Up : HostState::Dead;
            return rto;
        }
        case Fault::RestartHost:
            m_lab->restart(host);
            m_state[host] = HostState::Up;
            // Its autostart copies are refused (leases); the engine removes them.
            for (int i = 0; i < 20; ++i) {
                checkInvariants();
                QTest::qWait(250);
            }
            return -1;
        case Fault::KillAgent:
            m_agent->crash();
            QTest::qWait(int(random.bounded(2000)));
            startAgent();
            return -1;
        case Fault::LyingFence: {
            QFile(m_lab->directory() + u"/lie-%1"_s.arg(host)).open(QIODevice::WriteOnly);
            m_lab->hang(host);
            m_state[host] = HostState::Hung;
            // Long enough for detection, the "fence" and the refused restarts.
            for (int i = 0; i < 60; ++i) {
                checkInvariants();
                QTest::qWait(250);
            }
            m_lab->resume(host);
            m_state[host] = HostState::Up;
            QFile::remove(m_lab->directory() + u"/lie-%1"_s.arg(host));
            waitUntilAllRun(clock, what);   // recovered by the host itself: not a recovery time
            return -1;
        }
        case Fault::StaleStart: {
            // Any copy defined but not running on an up host: start it by hand.
            for (int g = 1; g <= kGuests; ++g) {
                bool ok = false;
                const QString state = m_lab->virsh(host, {u"domstate"_s, guestName(g)}, &ok).trimmed();
                if (ok && state == u"shut off") {
                    m_lab->virsh(host, {u"start"_s, guestName(g)}, &ok);
                    for (int i = 0; i < 16; ++i) {
                        checkInvariants();
                        QTest::qWait(250);
                    }
                    break;
                }
            }
            return -1;
        }
        }
        return -1;
    }

private Q_SLOTS:
    void seededFaultsNeverRunAGuestTwice()
    {
        VIGIL_SKIP_WITHOUT_LAB();
        const int faults = qEnvironmentVariableIsSet("CHAOS_FAULTS") ? qEnvironmentVariableIntValue("CHAOS_FAULTS") : 12;
        const quint32 seed =
            qEnvironmentVariableIsSet("CHAOS_SEED") ? quint32(qEnvironmentVariableIntValue("CHAOS_SEED")) : 20261127u;
        m_lab = std::make_unique<LabCluster>();
        QString error;
        QVERIFY2(m_lab->start(kHosts, &error), qPrintable(error));
        QTemporaryDir dir;
        m_db = dir.filePath(u"chaos.sqlite"_s);
        QVERIFY2(setUpCluster(&error), qPrintable(error));
        m_state = QList<HostState>(kHosts + 1, HostState::Up);
        startAgent();
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->output.count(u"connected to qemu+tcp"_s) == kHosts, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(m_agent->output.contains(u"failover engine active"_s), 15000);
        QTest::qWait(1500);   // the agent records the protected guests of every host
        // The outside view sees every guest once: the checker can see a double.
        QTRY_COMPARE_WITH_TIMEOUT(runningQemus().size(), kGuests, 10000);

        QRandomGenerator random(seed);
        QElapsedTimer run;
        run.start();
        for (int i = 0; i < faults; ++i) {
            const QList<int> up = hostsIn(HostState::Up);
            const QList<int> dead = hostsIn(HostState::Dead);
            QList<Fault> possible{Fault::KillAgent, Fault::StaleStart};
            if (up.size() > 2)   // keep room for every guest on the hosts left
                possible << Fault::KillHost << Fault::HangHost << Fault::LyingFence;
            if (!dead.isEmpty())
                possible << Fault::RestartHost << Fault::RestartHost;
            const Fault fault = possible.at(int(random.bounded(quint32(possible.size()))));
            const QList<int> &candidates = fault == Fault::RestartHost ? dead : up;
            const int host = candidates.at(int(random.bounded(quint32(candidates.size()))));
            std::printf("CHAOS %d/%d %s, host %d\n", i + 1, faults, faultName(fault), host);
            std::fflush(stdout);
            ++m_faults[fault];
            if (const qint64 rto = inject(fault, host, random); rto >= 0)
                m_rto.append(rto);
        }
        // Let the last failover settle; then no journal step may be open.
        QElapsedTimer settle;
        settle.start();
        waitUntilAllRun(settle, u"the last fault"_s);
        QTest::qWait(2000);
        checkInvariants();
        // A restart refused after a lying fence stays open until the lease
        // wait is over or the hung host is seen running the guest again.
        int open = -1;
        {
            const Store::Database::OpenResult opened = Store::Database::open(m_db, u"chaos-check"_s);
            QVERIFY2(opened.ok, qPrintable(opened.error));
            QElapsedTimer closing;
            closing.start();
            while ((open = int(Ha::FailoverJournal(opened.db).open().size())) > 0
                   && closing.elapsed() < (kLeaseWaitSeconds + 60) * 1000) {
                checkInvariants();
                QTest::qWait(500);
            }
        }
        Store::Database::close(u"chaos-check"_s);
        if (open != 0)
            m_violations.append(u"%1 journal step(s) left open"_s.arg(open));

        std::printf("\nCHAOS seed %u: %d faults in %.0f s\n", seed, faults, double(run.elapsed()) / 1000);
        for (auto it = m_faults.cbegin(); it != m_faults.cend(); ++it)
            std::printf("CHAOS   %-48s %4d\n", faultName(it.key()), it.value());
        std::printf("CHAOS recovery (fault to every guest running, %lld measured): p50 %.0f ms, p99 %.0f ms, max %.0f ms\n",
                    qint64(m_rto.size()), percentile(m_rto, 0.5), percentile(m_rto, 0.99), percentile(m_rto, 1.0));
        // Each "fencing of … did not work" is a restart a disk lease refused after a lying fence.
        std::printf("CHAOS restarts refused by a disk lease after a lying fence: %lld\n",
                    qint64(m_refusals + m_agent->output.count(u"did not work: "_s)));
        std::printf("CHAOS restarts that waited for a disk lease: %lld\n",
                    qint64(m_leaseWaits + m_agent->output.count(u"retrying for up to"_s)));
        std::printf("CHAOS invariant violations: %lld\n", qint64(m_violations.size()));
        for (const QString &v : std::as_const(m_violations))
            std::printf("CHAOS   %s\n", qPrintable(v));
        std::fflush(stdout);
        if (!m_violations.isEmpty())   // what the agent saw and did, to explain them
            std::printf("CHAOS agent output (last part):\n%s\n", qPrintable(m_agent->output.right(20000)));
        Test::report("chaos: invariant violations", double(m_violations.size()), "");
        m_agent.reset();
        m_lab.reset();
        QVERIFY2(m_violations.isEmpty(), qPrintable(m_violations.join(u'\n')));
    }
};

VIGIL_TEST_GUI_MAIN(TestChaos)
#include "tst_chaos.moc"
