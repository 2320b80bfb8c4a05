#include "failoverlab.h"

#include "labcluster.h"

#include "core/ha/policy.h"
#include "core/session.h"

#include <QProcess>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Vigil::Test {

std::unique_ptr<Session> failoverSession(const LabCluster &lab, const QString &dbPath, const QStringList &fenceArgv,
                                         int guests, double vcpuOvercommit, const QList<QStringList> &apart,
                                         bool withAlerts)
{
    QString error;
    Session::Options options;
    options.databasePath = dbPath;
    options.recordHistory = withAlerts;   // history and alerts, as vigil and vigilctl agent run
    auto session = Session::open(options, &error);
    if (!session)
        return nullptr;
    if (!lab.addHostsTo(*session, 3, &error))
        return nullptr;
    Ha::Policy policy;
    policy.name = u"lab-policy"_s;
    policy.guests = {{u"lab-f1"_s, 1, {}}, {u"lab-f2"_s, 2, {}}, {u"lab-f3"_s, 2, {}},
                     {u"lab-f4"_s, 3, {}}, {u"lab-f5"_s, 5, {}}};
    for (int g = 6; g <= guests; ++g)
        policy.guests.append({QStringLiteral("lab-f%1").arg(g), 1 + g % 5, {}});
    // Lab hosts have this machine's 2 CPUs: 16 × leaves room for 20 one-vCPU guests on two of them.
    policy.vcpuOvercommit = vcpuOvercommit;
    policy.antiAffinityGroups = apart;
    policy.fencing.insert(u"lab1"_s, Ha::FenceAction{fenceArgv, 20});
    if (!session->savePolicy(policy, &error))
        return nullptr;
    return session;
}

QHash<QString, int> qemuProcessesByUuid()
{
    QHash<QString, int> count;
    QProcess ps;
    ps.start(u"ps"_s, {u"-eo"_s, u"args"_s});
    ps.waitForFinished();
    const QStringList lines = QString::fromUtf8(ps.readAllStandardOutput()).split(u'\n');
    static const QRegularExpression uuid(u"-uuid ([0-9a-f-]{36})"_s);
    for (const QString &line : lines) {
        if (!line.contains(u"qemu-system"_s) || !line.contains(u"guest=lab-f"_s))
            continue;
        const auto m = uuid.match(line);
        if (m.hasMatch())
            ++count[m.captured(1)];
    }
    return count;
}

bool startProtectedGuests(LabCluster &lab, int count)
{
    for (int g = 1; g <= count; ++g) {
        const QString name = QStringLiteral("lab-f%1").arg(g);
        bool ok = lab.defineGuest(1, name);
        lab.virsh(1, {u"start"_s, name}, ok ? &ok : nullptr);
        if (!ok)
            return false;
    }
    return true;
}

QStringList labFence(const LabCluster &lab)
{
    return {QStringLiteral(VIGIL_LAB_SCRIPT), u"kill"_s, lab.directory(), u"1"_s, u"--password=lab-fence-pw"_s};
}

QString eachRunsOnce(int guests)
{
    const QHash<QString, int> processes = qemuProcessesByUuid();
    QStringList twice;
    for (auto it = processes.cbegin(); it != processes.cend(); ++it)
        if (it.value() != 1)
            twice << QStringLiteral("%1 runs %2 times").arg(it.key()).arg(it.value());
    if (processes.size() != guests)
        twice.prepend(QStringLiteral("%1 guests run, not %2").arg(processes.size()).arg(guests));
    return twice.join(u"; ");
}

} // namespace Vigil::Test
