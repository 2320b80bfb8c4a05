#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Vigil {
class Session;
}

namespace Vigil::Test {

class LabCluster;

// What the failover lab tests share: protected QEMU guests lab-f1 … lab-fN
// on host 1, a session whose policy protects them, and a view from outside
// Vigil of which QEMU processes run.

// A session on a fresh database with the lab's hosts 1..3 and one policy
// protecting lab-f1..lab-f5 at priorities 1, 2, 2, 3, 5 (more guests: 1 +
// g % 5), with `fenceArgv` as lab1's fence action.
std::unique_ptr<Session> failoverSession(const LabCluster &lab, const QString &dbPath, const QStringList &fenceArgv,
                                         int guests = 5, double vcpuOvercommit = 16.0,
                                         const QList<QStringList> &apart = {}, bool withAlerts = false);

// QEMU processes of lab-f* guests on this machine, per guest UUID.
QHash<QString, int> qemuProcessesByUuid();
// Empty when exactly `guests` lab-f* guests run, each as one QEMU process;
// else what runs instead (for QVERIFY2).
QString eachRunsOnce(int guests);

// Defines and starts lab-f1 … lab-fN (diskless) on host 1; whether all run.
bool startProtectedGuests(LabCluster &lab, int count);

// The fence action of the lab: kills host 1's daemon and QEMU processes.
// The script ignores the password; it is there to prove it never leaks.
QStringList labFence(const LabCluster &lab);

} // namespace Vigil::Test
