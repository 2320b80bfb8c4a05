#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Vigil {
class ClusterManager;
class Session;
}

namespace Vigil::Test {

// Prints a measured figure as "LAB-FIGURE what: value unit" (collected into
// docs/PERFORMANCE.md); figures are reported, never asserted as timings here.
void report(const char *what, double value, const char *unit);

// Drives tests/lab/vigil-lab: real libvirtd "hosts" on 127.0.0.<base+i>.
// Everything it starts is stopped by stop() or the destructor, also when a
// test fails half-way.
class LabCluster
{
public:
    LabCluster();
    ~LabCluster();

    // Empty when the lab can run here, else why not (not root, no libvirtd...).
    static QString unavailableReason();

    bool start(int hosts, QString *error);
    // Hosts as separate machines (vigil-lab machines): each in its own
    // network namespace on 10.77.0.x with an sshd that trusts clientKey()
    // and root's password clientPassword(); reached only over the network.
    bool startMachines(int hosts, QString *error);
    void stop();
    bool kill(int host);
    bool hang(int host);
    bool resume(int host);
    bool restart(int host);
    // Machines only: drop every packet between Vigil and the machine / undo it.
    bool partition(int host);
    bool heal(int host);
    QString sshdLog(int host) const;
    // The "admin workstation" key every machine authorizes, and root's password there.
    QString clientKey() const { return m_dir.path() + QStringLiteral("/client/id_ed25519"); }
    QString clientPassword() const;
    QString sshUri(int host) const { return QStringLiteral("qemu+ssh://root@%1/system").arg(address(host)); }
    QString libsshUri(int host) const { return QStringLiteral("qemu+libssh://root@%1/system").arg(address(host)); }
    // Machines only: its TCP port asks for a SASL login (user "admin",
    // clientPassword()) from now on; the machine restarts.
    bool enableSasl(int host);

    QString address(int host) const;
    QString directory() const { return m_dir.path(); }
    qint64 daemonPid(int host) const;
    QString qemuUri(int host) const { return QStringLiteral("qemu+tcp://%1/system").arg(address(host)); }
    // A tiny diskless QEMU guest (TCG), defined but not started.
    bool defineGuest(int host, const QString &name, int memoryMiB = 32);
    // A guest that is busy without an OS (reads its disk at boot, sends
    // DHCP requests on an isolated network, balloon statistics on).
    bool defineBusyGuest(int host, const QString &name);
    // A diskless guest whose RAM holds `mib` MiB of random bytes: a
    // migration has that much to copy (about `mib` s at 1 MiB/s).
    bool defineHeavyGuest(int host, const QString &name, int mib);
    // Machines only: a guest whose 16 MiB qcow2 disk is in the machine's own
    // storage (/var/lib/vigil-lab/images) or the storage every machine shares
    // (…/shared); Vigil's process sees neither.
    bool defineDiskGuest(int host, const QString &name, bool shared);
    // Machines only: runs `command` inside the machine; true when it exited 0.
    bool inMachine(int host, const QStringList &command, QString *output = nullptr) const;
    // A guest from the test's own definition (virsh define).
    bool defineGuestXml(int host, const QByteArray &xml);
    // Vigil's view of hosts 1..count, named lab1..labN, with this keepalive;
    // statistics ticks every `statsIntervalMs` (0: off, -1: the default).
    // Null, with `error`, when a host has not answered as up within 30 s.
    std::unique_ptr<ClusterManager> connect(int count, QString *error, int statsIntervalMs = 0,
                                            int keepaliveInterval = 2, int keepaliveCount = 3) const;
    // Stores hosts 1..count in `session`'s database as lab1..labN (keepalive
    // `interval` s × `count`, declared to run a lock manager) and connects
    // them, as File ▸ Add Host does.
    bool addHostsTo(Session &session, int count, QString *error, int keepaliveInterval = 1,
                    int keepaliveCount = 3) const;
    // Runs virsh against host's QEMU driver; returns its stdout (trimmed).
    QString virsh(int host, const QStringList &args, bool *ok = nullptr) const;
    // What a failing test prints to say where a guest's job is stuck: its
    // job on every host and the tail of each daemon's error log (the lab's
    // directory is gone by the time anyone reads CI's output).
    QString diagnose(int hosts, const QString &guest) const;

private:
    bool run(const QStringList &args, QString *output = nullptr) const;
    QTemporaryDir m_dir;
    bool m_started = false;
};

// For tests of how hosts are reached over ssh: runs the rest of the test
// program with an empty home of its own (a tmpfs over the account's home in
// a private mount namespace), as on a workstation that never met the lab:
// no known_hosts, no keys, nothing of the real ~/.ssh read or written. Execs
// itself once; returns when already inside, or where the lab cannot run.
void enterFreshWorkstation(int argc, char **argv);

} // namespace Vigil::Test

// In a test function: skips it, with the reason, where the lab cannot run
// (not root, no libvirtd…).
#define VIGIL_SKIP_WITHOUT_LAB()                                                          \
    do {                                                                                  \
        const QString why_ = ::Vigil::Test::LabCluster::unavailableReason();              \
        if (!why_.isEmpty())                                                              \
            QSKIP(qPrintable(QStringLiteral("lab unavailable: ") + why_));                \
    } while (false)

// ... else starts a fresh lab of `hosts` hosts into the std::unique_ptr `lab`.
#define VIGIL_START_LAB(lab, hosts)                                                       \
    do {                                                                                  \
        VIGIL_SKIP_WITHOUT_LAB();                                                         \
        (lab) = std::make_unique<::Vigil::Test::LabCluster>();                            \
        QString startError_;                                                              \
        QVERIFY2((lab)->start((hosts), &startError_), qPrintable(startError_));           \
    } while (false)
