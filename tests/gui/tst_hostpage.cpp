#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "ui/hostpage.h"

#include <QApplication>
#include <QLabel>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestHostPage : public QObject
{
    Q_OBJECT

    static QString allText(const QWidget &w)
    {
        QString text;
        for (QLabel *l : w.findChildren<QLabel *>())
            text += l->text() + u'\n';
        return text;
    }

private Q_SLOTS:
    void showsWhatLibvirtReports()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"small"_s, Test::nodeUri(u"node-small.xml"_s)));
        QTRY_COMPARE(cluster.status(1).state, HostState::Up);
        Ui::HostPage page(&cluster, nullptr);
        page.showHost(1);
        const QString text = allText(page);
        QVERIFY(text.contains(u"small"_s));
        QVERIFY(text.contains(u"8 CPUs"_s));
        QVERIFY(text.contains(u"1 socket(s) × 4 core(s) × 2 thread(s)"_s));
        const auto trees = page.findChildren<QTreeWidget *>();
        QCOMPARE(trees.size(), 2);
        QCOMPARE(trees[0]->topLevelItemCount(), 1);   // the images pool
        QCOMPARE(trees[0]->topLevelItem(0)->text(5), u"/var/lib/libvirt/images"_s);
        QCOMPARE(trees[1]->topLevelItemCount(), 2);   // default (nat) and isolated
        QStringList forward;
        for (int i = 0; i < 2; ++i)
            forward << trees[1]->topLevelItem(i)->text(2);
        forward.sort();
        QCOMPARE(forward, QStringList({u"isolated"_s, u"nat"_s}));
    }

    void unreachableHostShowsReasonNotNumbers()
    {
        ClusterManager cluster;
        cluster.addHost(Test::hostConfig(1, u"down"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QTRY_COMPARE(cluster.status(1).state, HostState::Unreachable);
        Ui::HostPage page(&cluster, nullptr);
        page.showHost(1);
        const QString text = allText(page);
        QVERIFY(text.contains(u"unreachable"_s));
        QVERIFY(text.contains(u"127.0.0.253:1 refused the connection"_s));
        QVERIFY(text.contains(u"not known yet"_s));
        QVERIFY(!text.contains(u"CPUs"_s));
        page.showHost(42);
        QVERIFY(allText(page).contains(u"No host selected"_s));
    }
};

VIGIL_TEST_GUI_MAIN(TestHostPage)
#include "tst_hostpage.moc"
