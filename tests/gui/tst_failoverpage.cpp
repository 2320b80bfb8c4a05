#include "common/testsupport.h"
#include "core/ha/policyjson.h"
#include "core/session.h"
#include "models/policytablemodel.h"
#include "ui/failoverpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestFailoverPage : public QObject
{
    Q_OBJECT

    static QTreeWidgetItem *child(QTreeWidgetItem *host, const QString &guest)
    {
        for (int i = 0; i < host->childCount(); ++i)
            if (host->child(i)->text(0) == guest)
                return host->child(i);
        return nullptr;
    }

private Q_SLOTS:
    void dryRunShowsPlacementsAndReasons()
    {
        QString error;
        auto session = Test::settledDemoSession(&error);
        QVERIFY2(session, qPrintable(error));
        Ui::FailoverPage page(session.get());
        QAbstractItemModelTester tester(page.policyView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.policyView()->model()->rowCount(), 1);
        page.simulate();
        QTreeWidget *tree = page.dryRunView();
        QTRY_COMPARE(tree->topLevelItemCount(), 4);   // every host that is up
        QTreeWidgetItem *prodA = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->text(0) == u"prod-a")
                prodA = tree->topLevelItem(i);
        QVERIFY(prodA);
        QTreeWidgetItem *db = child(prodA, u"db-primary"_s);
        QVERIFY(db);
        QCOMPARE(db->text(1), u"not restarted"_s);
        QVERIFY(db->text(3).contains(u"local pool"_s));
        QVERIFY(child(prodA, u"web-frontend-1"_s));
        QCOMPARE(child(prodA, u"web-frontend-1"_s)->text(1), u"not restarted"_s);
        QVERIFY(child(prodA, u"web-frontend-1"_s)->text(3).contains(u"kept apart"_s));
        bool notReady = false;
        for (QLabel *l : page.findChildren<QLabel *>())
            notReady = notReady || l->text().contains(u"Not HA-ready"_s);
        QVERIFY(notReady);

        // Disabling the policy empties the plan: nothing is protected any more.
        Ha::Policy policy = session->policies().first();
        policy.enabled = false;
        QVERIFY(session->savePolicy(policy, &error));
        QCOMPARE(page.policyView()->model()->index(0, Models::PolicyTableModel::EnabledColumn).data().toString(), u"no"_s);
        const auto nothingProtected = [tree]() {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (!child(tree->topLevelItem(i), u"no protected guest runs here"_s))
                    return false;
            return tree->topLevelItemCount() == 4;
        };
        QTRY_VERIFY(nothingProtected());
        // ... and the verdict says so (it said "every protected guest can be
        // placed (0 restarts)" when nothing was protected).
        const QList<QLabel *> labels = page.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
                            [](QLabel *l) { return l->text().contains(u"No failover policy is enabled"_s); }));
        QVERIFY(std::none_of(labels.cbegin(), labels.cend(),
                             [](QLabel *l) { return l->text().contains(u"Every protected guest"_s); }));
    }
};

VIGIL_TEST_GUI_MAIN(TestFailoverPage)
#include "tst_failoverpage.moc"
