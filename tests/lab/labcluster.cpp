#include "labcluster.h"

#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/session.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <vector>

#include <pwd.h>
#include <unistd.h>

namespace Vigil::Test {

void report(const char *what, double value, const char *unit)
{
    std::printf("LAB-FIGURE %s: %.1f %s\n", what, value, unit);
    std::fflush(stdout);
}

LabCluster::LabCluster() = default;

LabCluster::~LabCluster()
{
    stop();
}

QString LabCluster::unavailableReason()
{
    QProcess process;
    process.start(QStringLiteral(VIGIL_LAB_SCRIPT), {QStringLiteral("check")});
    process.waitForFinished(30000);
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    const QString why = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
    return why.isEmpty() ? QStringLiteral("the lab check failed") : why;
}

bool LabCluster::run(const QStringList &args, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(VIGIL_LAB_SCRIPT), args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        if (output)
            *output = QStringLiteral("vigil-lab %1 timed out").arg(args.join(u' '));
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAll()).trimmed();
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool LabCluster::start(int hosts, QString *error)
{
    // Lab tests never run at once (ctest resource lock vigil_lab): whatever
    // lab daemon or guest is left now belongs to a test that was killed (a
    // timeout). Left alive it holds the lab's addresses and every later lab
    // test fails to connect; one timeout must stay one failure.
    run({QStringLiteral("strays")});
    m_started = true;   // stop() must run even if only some hosts came up
    return run({QStringLiteral("start"), m_dir.path(), QString::number(hosts)}, error);
}

bool LabCluster::startMachines(int hosts, QString *error)
{
    run({QStringLiteral("strays")});
    m_started = true;
    return run({QStringLiteral("machines"), m_dir.path(), QString::number(hosts)}, error);
}

bool LabCluster::partition(int host) { return run({QStringLiteral("partition"), m_dir.path(), QString::number(host)}); }
bool LabCluster::enableSasl(int host) { return run({QStringLiteral("sasl"), m_dir.path(), QString::number(host)}); }
bool LabCluster::heal(int host) { return run({QStringLiteral("heal"), m_dir.path(), QString::number(host)}); }

QString LabCluster::sshdLog(int host) const
{
    QString out;
    run({QStringLiteral("sshd-log"), m_dir.path(), QString::number(host)}, &out);
    return out;
}

QString LabCluster::clientPassword() const
{
    QFile file(m_dir.path() + QStringLiteral("/client/password"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

void enterFreshWorkstation(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("VIGIL_FRESH_WORKSTATION") || geteuid() != 0)
        return;
    const passwd *account = getpwuid(geteuid());
    if (!account || !account->pw_dir)
        return;
    qputenv("VIGIL_FRESH_WORKSTATION", "1");
    // The lab's own files live under /tmp, outside the home it hides.
    std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("-m"),
                             const_cast<char *>("--propagation"), const_cast<char *>("private"),
                             const_cast<char *>("sh"), const_cast<char *>("-c"),
                             const_cast<char *>("mount -t tmpfs -o mode=0700 vigil-home \"$VIGIL_HOME\" && exec \"$@\""),
                             const_cast<char *>("sh")};
    qputenv("VIGIL_HOME", account->pw_dir);
    // Configuration and data under that home too (libvirt's own known_hosts
    // for libssh, the desktop keyring): the test harness's per-test folders
    // outlive the run.
    qunsetenv("XDG_CONFIG_HOME");
    qunsetenv("XDG_DATA_HOME");
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    execvp("unshare", args.data());
    // unshare missing: run as we are; the lab check skips the tests then.
}

void LabCluster::stop()
{
    if (!m_started)
        return;
    m_started = false;
    run({QStringLiteral("stop"), m_dir.path()});
}

bool LabCluster::kill(int host) { return run({QStringLiteral("kill"), m_dir.path(), QString::number(host)}); }
bool LabCluster::hang(int host) { return run({QStringLiteral("hang"), m_dir.path(), QString::number(host)}); }
bool LabCluster::resume(int host) { return run({QStringLiteral("resume"), m_dir.path(), QString::number(host)}); }
bool LabCluster::restart(int host) { return run({QStringLiteral("restart"), m_dir.path(), QString::number(host)}); }

QString LabCluster::address(int host) const
{
    QString out;
    run({QStringLiteral("address"), m_dir.path(), QString::number(host)}, &out);
    return out;
}

qint64 LabCluster::daemonPid(int host) const
{
    QString out;
    run({QStringLiteral("pid"), m_dir.path(), QString::number(host)}, &out);
    return out.toLongLong();
}

bool LabCluster::defineGuest(int host, const QString &name, int memoryMiB)
{
    return run({QStringLiteral("guest"), m_dir.path(), QString::number(host), name, QString::number(memoryMiB)});
}

bool LabCluster::defineBusyGuest(int host, const QString &name)
{
    return run({QStringLiteral("busy-guest"), m_dir.path(), QString::number(host), name});
}

bool LabCluster::defineHeavyGuest(int host, const QString &name, int mib)
{
    return run({QStringLiteral("heavy-guest"), m_dir.path(), QString::number(host), name, QString::number(mib)});
}

bool LabCluster::defineDiskGuest(int host, const QString &name, bool shared)
{
    return run({QStringLiteral("disk-guest"), m_dir.path(), QString::number(host), name,
                shared ? QStringLiteral("shared") : QStringLiteral("images")});
}

bool LabCluster::inMachine(int host, const QStringList &command, QString *output) const
{
    return run(QStringList{QStringLiteral("exec"), m_dir.path(), QString::number(host)} + command, output);
}

bool LabCluster::defineGuestXml(int host, const QByteArray &xml)
{
    QTemporaryFile file;
    if (!file.open() || file.write(xml) != xml.size() || !file.flush())
        return false;
    bool ok = false;
    virsh(host, {QStringLiteral("define"), file.fileName()}, &ok);
    return ok;
}

QString LabCluster::virsh(int host, const QStringList &args, bool *ok) const
{
    QProcess process;
    process.start(QStringLiteral("virsh"), QStringList{QStringLiteral("-q"), QStringLiteral("-c"), qemuUri(host)} + args);
    const bool finished = process.waitForFinished(30000);
    if (ok)
        *ok = finished && process.exitCode() == 0;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QString LabCluster::diagnose(int hosts, const QString &guest) const
{
    QString text;
    for (int i = 1; i <= hosts; ++i) {
        text += QStringLiteral("\n--- host %1: virsh domjobinfo %2\n").arg(i).arg(guest)
                + virsh(i, {QStringLiteral("domjobinfo"), guest});
        text += QStringLiteral("\n--- host %1: virsh list --all\n").arg(i) + virsh(i, {QStringLiteral("list"), QStringLiteral("--all")});
        QFile log(QStringLiteral("%1/h%2/log/libvirtd.log").arg(m_dir.path()).arg(i));
        if (log.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = log.readAll().split('\n');
            text += QStringLiteral("\n--- host %1: the end of libvirtd.log\n").arg(i);
            for (qsizetype l = std::max<qsizetype>(0, lines.size() - 25); l < lines.size(); ++l)
                text += QString::fromUtf8(lines.at(l)) + u'\n';
        }
    }
    return text;
}

bool LabCluster::addHostsTo(Session &session, int count, QString *error, int keepaliveInterval,
                            int keepaliveCount) const
{
    for (int i = 1; i <= count; ++i) {
        HostConfig c = Test::hostConfig(0, QStringLiteral("lab%1").arg(i), qemuUri(i));
        c.keepaliveInterval = keepaliveInterval;
        c.keepaliveCount = keepaliveCount;
        c.lockManager = true;   // every lab host runs virtlockd (tests/lab/vigil-lab)
        if (!session.addHost(c, error))
            return false;
    }
    return true;
}

std::unique_ptr<ClusterManager> LabCluster::connect(int count, QString *error, int statsIntervalMs,
                                                   int keepaliveInterval, int keepaliveCount) const
{
    auto cluster = std::make_unique<ClusterManager>();
    if (statsIntervalMs >= 0)
        cluster->setStatsInterval(statsIntervalMs);
    for (int i = 1; i <= count; ++i) {
        HostConfig c = hostConfig(i, QStringLiteral("lab%1").arg(i), qemuUri(i));
        c.keepaliveInterval = keepaliveInterval;
        c.keepaliveCount = keepaliveCount;
        cluster->addHost(c);
    }
    QElapsedTimer clock;
    clock.start();
    while (!cluster->allSettled() && clock.elapsed() < 30000)
        QTest::qWait(20);
    for (int i = 1; i <= count; ++i) {
        if (cluster->status(i).state != HostState::Up) {
            *error = QStringLiteral("lab%1 is not up after %2 ms: %3").arg(i).arg(clock.elapsed()).arg(cluster->status(i).reason);
            cluster->shutdown(3000);
            return nullptr;
        }
    }
    return cluster;
}

} // namespace Vigil::Test
