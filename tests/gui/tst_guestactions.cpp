#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "ui/guestactions.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QWidget>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ui;

namespace {
GuestRef ref(HostId host, const QString &name, DomainState state)
{
    GuestRef g;
    g.host = host;
    g.info.uuid = u"uuid-"_s + name;
    g.info.name = name;
    g.info.state = state;
    return g;
}
} // namespace

class TestGuestActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enablementFollowsStates_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("enabled");   // initials: S(tart) D(own) R(eboot) F(orce) P(ause) U(nresume)
        QTest::newRow("running") << int(DomainState::Running) << u"DRFP"_s;
        QTest::newRow("paused") << int(DomainState::Paused) << u"FU"_s;
        QTest::newRow("shut off") << int(DomainState::Shutoff) << u"S"_s;
        QTest::newRow("crashed") << int(DomainState::Crashed) << u"S"_s;
    }
    void enablementFollowsStates()
    {
        QFETCH(int, state);
        QFETCH(QString, enabled);
        ClusterManager cluster;
        QWidget parent;
        GuestActions actions(&cluster, &parent);
        cluster.addHost(Test::hostConfig(1, u"h"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_COMPARE(cluster.status(1).state, HostState::Up);
        actions.setSelection({ref(1, u"g"_s, static_cast<DomainState>(state))});
        const QList<QPair<QChar, DomainAction>> map = {
            {u'S', DomainAction::Start}, {u'D', DomainAction::Shutdown}, {u'R', DomainAction::Reboot},
            {u'F', DomainAction::ForceOff}, {u'P', DomainAction::Suspend}, {u'U', DomainAction::Resume}};
        for (const auto &[letter, action] : map)
            QCOMPARE(actions.action(action)->isEnabled(), enabled.contains(letter));
    }

    void unreachableHostDisablesEverything()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"down"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QTRY_COMPARE(cluster.status(1).state, HostState::Unreachable);
        QWidget parent;
        GuestActions actions(&cluster, &parent);
        actions.setSelection({ref(1, u"g"_s, DomainState::Running)});
        for (QAction *a : actions.actions())
            QVERIFY(!a->isEnabled());
    }

    void onlyDestructiveActionsAskFirst()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"h"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_COMPARE(cluster.status(1).state, HostState::Up);
        QWidget parent;
        GuestActions actions(&cluster, &parent);
        QList<DomainAction> asked;
        actions.setConfirmer([&asked](DomainAction a, const QList<GuestRef> &, std::function<void()>) { asked << a; });
        QSignalSpy events(&cluster, &ClusterManager::eventOccurred);
        QSignalSpy done(&actions, &GuestActions::statusMessage);
        GuestRef web = ref(1, u"web"_s, DomainState::Running);
        web.info.uuid = u"00000000-0000-4000-8000-000000000001"_s;
        actions.setSelection({web});
        actions.trigger(DomainAction::Suspend);
        actions.trigger(DomainAction::ForceOff);
        actions.trigger(DomainAction::Reboot);
        actions.trigger(DomainAction::Shutdown);
        QCOMPARE(asked, QList<DomainAction>({DomainAction::ForceOff, DomainAction::Reboot, DomainAction::Shutdown}));
        // Only the suspend ran (nothing was confirmed), and its answer came back to these actions.
        QTRY_VERIFY(!done.isEmpty() && done.last().first().toString().endsWith(u"done"_s));
        QVERIFY2(done.last().first().toString().contains(domainActionName(DomainAction::Suspend)),
                 qPrintable(done.last().first().toString()));
        QTest::qWait(200);
        int actionsLogged = 0;
        for (const QList<QVariant> &args : events)
            actionsLogged += args.first().value<EventRecord>().kind == EventRecord::Kind::Action;
        QCOMPARE(actionsLogged, 1);
    }
};

VIGIL_TEST_GUI_MAIN(TestGuestActions)
#include "tst_guestactions.moc"
