// The host actions follow the selected host and its maintenance flag, also
// when the flag changes elsewhere (another process, the CLI).
#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/session.h"
#include "ui/hostactions.h"

#include <QAction>
#include <QApplication>
#include <QWidget>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ui;

class TestHostActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void enabledFromTheSelectedHostAndItsMaintenance()
    {
        QString error;
        auto session = Test::settledDemoSession(&error);
        QVERIFY2(session, qPrintable(error));
        QWidget window;
        HostActions actions(session.get(), &window);
        const QList<QAction *> menu = actions.hostMenu();
        QCOMPARE(menu.size(), 7);   // edit, reconnect, trust host key, log in, remove, enter and exit maintenance
        QVERIFY(actions.add()->isEnabled());
        for (QAction *a : menu)
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));

        const HostId lab = session->cluster()->hostIdByName(u"lab-1"_s);
        QVERIFY(lab);
        actions.setSelectedHost(lab);
        QVERIFY(menu.at(0)->isEnabled() && menu.at(1)->isEnabled() && menu.at(4)->isEnabled());
        QVERIFY(!menu.at(2)->isEnabled());   // trust host key: nothing to trust on a connected host
        QVERIFY(!menu.at(3)->isEnabled());   // log in: the demo's in-process hosts never ask
        QVERIFY(menu.at(5)->isEnabled());    // enter
        QVERIFY(!menu.at(6)->isEnabled());   // exit

        // The flag set without these actions (as vigilctl host maintenance does).
        HostConfig config = session->cluster()->host(lab);
        config.maintenance = true;
        QVERIFY2(session->updateHost(config, &error), qPrintable(error));
        QTRY_VERIFY(!menu.at(5)->isEnabled());
        QVERIFY(menu.at(6)->isEnabled());

        actions.setSelectedHost(0);
        for (QAction *a : menu)
            QVERIFY2(!a->isEnabled(), qPrintable(a->text()));
    }
};

VIGIL_TEST_GUI_MAIN(TestHostActions)
#include "tst_hostactions.moc"
