// The console on the real demo cluster (libvirt test driver, in-process).
#include "common/testsupport.h"
#include "core/session.h"
#include "models/eventlogmodel.h"
#include "models/roles.h"
#include "ui/guestactions.h"
#include "ui/hostpage.h"
#include "ui/inventorypage.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeView>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;

    int rowOf(const QString &guest) const
    {
        QAbstractItemModel *model = m_window->inventoryPage()->view()->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == guest)
                return r;
        return -1;
    }
    QString stateOf(const QString &guest) const
    {
        const int row = rowOf(guest);
        return row < 0 ? QString() : m_window->inventoryPage()->view()->model()->index(row, 2).data().toString();
    }
    void select(const QString &guest)
    {
        QTableView *view = m_window->inventoryPage()->view();
        view->clearSelection();
        view->selectRow(rowOf(guest));
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_session = Session::open({QString(), true}, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_session.get());
        QSignalSpy settled(m_session->cluster(), &ClusterManager::settled);
        m_session->connectAll();
        m_window->show();
        QTRY_COMPARE(settled.count(), 1);
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void showsTheWholeCluster()
    {
        QTRY_COMPARE(m_window->inventoryPage()->view()->model()->rowCount(), 19);
        QTreeView *nav = m_window->navigator();
        QCOMPARE(nav->model()->rowCount(), 3);   // Edge, Lab, Production
        QCOMPARE(stateOf(u"db-primary"_s), u"running"_s);
        QCOMPARE(stateOf(u"cache-redis"_s), u"paused"_s);
        QCOMPARE(stateOf(u"reporting"_s), u"shut off"_s);
        const QLabel *summary = nullptr;
        for (QLabel *l : m_window->findChildren<QLabel *>())
            if (l->text().contains(u"hosts:"_s))
                summary = l;
        QVERIFY(summary);
        QTRY_VERIFY2(summary->text().contains(u"4 up, 1 unreachable"_s), qPrintable(summary->text()));
    }

    void navigatorScopesTheInventory()
    {
        QTreeView *nav = m_window->navigator();
        QModelIndex lab;
        for (int g = 0; g < nav->model()->rowCount(); ++g)
            if (nav->model()->index(g, 0).data().toString() == u"Lab")
                lab = nav->model()->index(g, 0);
        QVERIFY(lab.isValid());
        nav->setCurrentIndex(lab);
        QCOMPARE(m_window->inventoryPage()->view()->model()->rowCount(), 4);
        nav->setCurrentIndex(nav->model()->index(0, 0, lab));   // the host lab-1
        QCOMPARE(m_window->inventoryPage()->view()->model()->rowCount(), 4);
        QVERIFY(m_window->showPage(u"host"_s));
        QVERIFY(m_window->hostPage()->isVisible());
        QVERIFY(!m_window->showPage(u"nonsense"_s));
    }

    void startAndForceOffGuests()
    {
        GuestActions *actions = m_window->guestActions();
        int confirmations = 0;
        bool agree = false;
        actions->setConfirmer([&](DomainAction, const QList<GuestRef> &, std::function<void()> proceed) {
            ++confirmations;
            if (agree)
                proceed();
        });
        select(u"reporting"_s);
        QVERIFY(actions->action(DomainAction::Start)->isEnabled());
        QVERIFY(!actions->action(DomainAction::ForceOff)->isEnabled());
        actions->action(DomainAction::Start)->trigger();
        QCOMPARE(confirmations, 0);   // starting is not destructive
        QTRY_COMPARE(stateOf(u"reporting"_s), u"running"_s);
        // The selection survived the update and the actions followed the new state.
        QTRY_VERIFY(actions->action(DomainAction::ForceOff)->isEnabled());
        QVERIFY(!actions->action(DomainAction::Start)->isEnabled());

        actions->action(DomainAction::ForceOff)->trigger();   // declined
        QCOMPARE(confirmations, 1);
        QTest::qWait(200);
        QCOMPARE(stateOf(u"reporting"_s), u"running"_s);
        agree = true;
        actions->action(DomainAction::ForceOff)->trigger();
        QCOMPARE(confirmations, 2);
        QTRY_COMPARE(stateOf(u"reporting"_s), u"shut off"_s);

        // Both actions and their lifecycle events are in the log.
        Models::EventLogModel *log = m_window->eventLog();
        const auto count = [log](EventRecord::Kind kind) {
            int n = 0;
            for (int r = 0; r < log->rowCount(); ++r) {
                const EventRecord &e = log->recordAt(r);
                n += e.guest == u"reporting" && e.kind == kind
                     && (kind != EventRecord::Kind::Action || e.result == EventRecord::Result::Ok);
            }
            return n;
        };
        QTRY_COMPARE(count(EventRecord::Kind::Action), 2);
        QTRY_VERIFY(count(EventRecord::Kind::Lifecycle) >= 2);
    }

    void layoutIsRemembered()
    {
        m_window->resize(1111, 777);
        m_window->close();
        QSettings settings;
        QVERIFY(!settings.value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
        QVERIFY(!settings.value(u"mainWindow/state"_s).toByteArray().isEmpty());
        MainWindow second(m_session.get());
        QCOMPARE(second.size(), QSize(1111, 777));
    }
};

VIGIL_TEST_GUI_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
