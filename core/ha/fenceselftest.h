#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include "policy.h"
#include "../storedtext.h"

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ha {

// Tests every fence action of the enabled policies in its safe mode — the
// fence agent's action switched to "status" (Fencer::statusArgv) — on each
// action's schedule (FenceAction::testEveryMinutes), so that a fence device
// that stopped answering at 3 a.m. is known before a host fails and needs
// it. An action without a recognisable action argument cannot be tested
// safely and is never run here (said once). Only the evaluating process
// tests: one set of status calls per cluster, not one per console.
class FenceSelfTest : public QObject
{
    Q_OBJECT
    VIGIL_STORED_TR
public:
    struct Result {
        QString host;
        bool testable = true;
        bool answered = false;
        StoredText detail;
    };

    explicit FenceSelfTest(ClusterManager *cluster, QObject *parent = nullptr);

    void setPolicies(const QList<Policy> &policies);
    // Active: tests what is due now and then on schedule; inactive: nothing
    // runs and the results are forgotten (another process tests).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Hosts whose last test failed, with why.
    QHash<QString, StoredText> failures() const;

Q_SIGNALS:
    // After every test; a change of answer is what callers log.
    void tested(const Vigil::Ha::FenceSelfTest::Result &result, bool changed);

private:
    struct Scheduled {
        FenceAction action;
        QDateTime due;
        bool running = false;
        std::optional<Result> last;
    };
    void runDue();
    void runOne(const QString &host);

    ClusterManager *m_cluster;
    QHash<QString, Scheduled> m_actions;   // by host name
    QTimer m_tick;
    bool m_active = false;
};

} // namespace Vigil::Ha

Q_DECLARE_METATYPE(Vigil::Ha::FenceSelfTest::Result)
