// The item models, fed through ClusterManager's signals (as the host workers
// would) and checked by QAbstractItemModelTester from before the first row.
#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/naturalorder.h"
#include "models/domainfilterproxy.h"
#include "models/domaintablemodel.h"
#include "models/eventlogmodel.h"
#include "models/hosttreemodel.h"
#include "models/incidentmodel.h"
#include "models/roles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Models;

namespace {

DomainInfo guest(const QString &name, DomainState state = DomainState::Running, int vcpus = 2)
{
    DomainInfo d;
    d.uuid = QStringLiteral("uuid-") + name;
    d.name = name;
    d.state = state;
    d.vcpus = vcpus;
    d.memoryKiB = d.maxMemoryKiB = 1024 * 1024;
    return d;
}

HostStatus status(HostState state, const QString &reason = {})
{
    HostStatus s;
    s.state = state;
    s.reason = reason;
    return s;
}

// "name@host:state" per row, in row order: a readable dump to compare.
QStringList dump(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.index(r, DomainTableModel::NameColumn).data().toString() + u'@'
                    + model.index(r, DomainTableModel::HostColumn).data().toString() + u':'
                    + model.index(r, DomainTableModel::StateColumn).data().toString();
    return rows;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domainTableMergesRefreshes()
    {
        ClusterManager cluster;
        DomainTableModel model(&cluster);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT cluster.hostAdded(Test::hostConfig(1, u"kvm1"_s, u"test:///default"_s));
        Q_EMIT cluster.statusChanged(1, status(HostState::Up));
        Q_EMIT cluster.domainsLoaded(1, {guest(u"a"_s), guest(u"b"_s), guest(u"c"_s)});
        QCOMPARE(dump(model), QStringList({u"a@kvm1:running"_s, u"b@kvm1:running"_s, u"c@kvm1:running"_s}));

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const QPersistentModelIndex keepC = model.index(2, 0);

        DomainInfo a = guest(u"a"_s, DomainState::Paused);
        Q_EMIT cluster.domainsLoaded(1, {a, guest(u"c"_s), guest(u"d"_s)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        // Only a's state-related cells changed; c is untouched.
        QCOMPARE(changed.count(), 1);
        const QModelIndex tl = changed.first().at(0).value<QModelIndex>();
        const QModelIndex br = changed.first().at(1).value<QModelIndex>();
        QCOMPARE(tl.row(), 0);
        QCOMPARE(tl.column(), int(DomainTableModel::StateColumn));
        QCOMPARE(br.column(), int(DomainTableModel::UptimeColumn));
        QVERIFY(keepC.isValid());
        QCOMPARE(keepC.data().toString(), u"c"_s);
        QCOMPARE(dump(model), QStringList({u"a@kvm1:paused"_s, u"c@kvm1:running"_s, u"d@kvm1:running"_s}));

        // Identical refresh: no signal at all.
        changed.clear();
        Q_EMIT cluster.domainsLoaded(1, {a, guest(u"c"_s), guest(u"d"_s)});
        QCOMPARE(changed.count(), 0);
    }

    void domainTableEventsAndHosts()
    {
        ClusterManager cluster;
        DomainTableModel model(&cluster);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT cluster.hostAdded(Test::hostConfig(1, u"kvm1"_s, u"test:///default"_s));
        Q_EMIT cluster.hostAdded(Test::hostConfig(2, u"kvm2"_s, u"test:///default"_s));
        Q_EMIT cluster.statusChanged(1, status(HostState::Up));
        Q_EMIT cluster.statusChanged(2, status(HostState::Up));
        Q_EMIT cluster.domainsLoaded(1, {guest(u"a"_s), guest(u"b"_s)});
        Q_EMIT cluster.domainsLoaded(2, {guest(u"a"_s), guest(u"x"_s, DomainState::Shutoff)});
        QCOMPARE(model.rowCount(), 4);   // same UUID on two hosts: two rows

        Q_EMIT cluster.domainUpdated(2, guest(u"y"_s));
        QCOMPARE(model.rowCount(), 5);
        Q_EMIT cluster.domainRemoved(1, u"uuid-a"_s);
        QCOMPARE(dump(model), QStringList({u"b@kvm1:running"_s, u"a@kvm2:running"_s, u"x@kvm2:shut off"_s,
                                           u"y@kvm2:running"_s}));

        // An unreachable host keeps its rows, labelled as last known.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Q_EMIT cluster.statusChanged(2, status(HostState::Unreachable, u"EOF"_s));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(model.index(1, DomainTableModel::StateColumn).data().toString(), u"running (last known)"_s);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"EOF"_s));

        Q_EMIT cluster.hostRemoved(2);
        QCOMPARE(dump(model), QStringList({u"b@kvm1:running"_s}));
    }

    // node-1, node-10, node-100, node-2 was the order of every list.
    void namesSortInNaturalOrder()
    {
        QVERIFY(naturalLess(u"node-2", u"node-10"));
        QVERIFY(naturalLess(u"node-10", u"node-100"));
        QVERIFY(naturalLess(u"a10b2", u"a10b10"));
        QVERIFY(naturalLess(u"web", u"web-1"));
        QVERIFY(naturalLess(u"Alpha", u"beta"));   // case does not come first
        QCOMPARE(naturalCompare(u"node-01", u"node-1") == 0, false);   // distinct names stay distinct
        QCOMPARE(naturalCompare(u"node-01", u"node-1"), -naturalCompare(u"node-1", u"node-01"));
        QCOMPARE(naturalCompare(u"kvm7", u"kvm7"), 0);
        QVERIFY(naturalLess(u"n99999999999999999998", u"n99999999999999999999"));   // beyond 64 bits

        ClusterManager cluster;
        HostTreeModel tree(&cluster);
        HostId id = 0;
        for (const QString &name : {u"node-10"_s, u"node-2"_s, u"node-100"_s, u"node-1"_s})
            Q_EMIT cluster.hostAdded(Test::hostConfig(++id, name, u"test:///default"_s));
        QStringList shown;
        for (int row = 0; row < tree.rowCount(tree.index(0, 0)); ++row)
            shown << tree.index(row, 0, tree.index(0, 0)).data().toString();
        QCOMPARE(shown, QStringList({u"node-1"_s, u"node-2"_s, u"node-10"_s, u"node-100"_s}));

        // Sortable tables (guests, the Overview's hosts).
        QStandardItemModel table;
        for (const QString &name : {u"node-10"_s, u"node-2"_s, u"node-100"_s, u"node-1"_s}) {
            auto *item = new QStandardItem(name);
            item->setData(name, SortRole);   // as DomainTableModel gives its name columns
            table.appendRow(item);
        }
        DomainFilterProxy proxy;
        proxy.setSourceModel(&table);
        proxy.sort(0);
        shown.clear();
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data().toString();
        QCOMPARE(shown, QStringList({u"node-1"_s, u"node-2"_s, u"node-10"_s, u"node-100"_s}));
    }

    void hostTreeGroupsAndBadges()
    {
        ClusterManager cluster;
        HostTreeModel model(&cluster);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT cluster.hostAdded(Test::hostConfig(1, u"kvm-b"_s, u"test:///default"_s, u"Rack 2"_s));
        Q_EMIT cluster.hostAdded(Test::hostConfig(2, u"kvm-a"_s, u"test:///default"_s, u"Rack 2"_s));
        Q_EMIT cluster.hostAdded(Test::hostConfig(3, u"solo"_s, u"test:///default"_s));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), u"Ungrouped"_s);
        const QModelIndex rack = model.index(1, 0);
        QCOMPARE(rack.data().toString(), u"Rack 2"_s);
        QCOMPARE(model.rowCount(rack), 2);
        QCOMPARE(model.index(0, 0, rack).data().toString(), u"kvm-a"_s);
        QCOMPARE(model.index(0, HostTreeModel::StateColumn, rack).data().toString(), u"connecting"_s);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        HostStatus down = status(HostState::Unreachable, u"no route to host"_s);
        Q_EMIT cluster.statusChanged(1, down);
        QVERIFY(changed.count() >= 1);
        const QModelIndex b = model.indexForHost(1);
        QCOMPARE(b.siblingAtColumn(HostTreeModel::StateColumn).data().toString(), u"unreachable"_s);
        QVERIFY(b.data(Qt::ToolTipRole).toString().contains(u"no route to host"_s));
        QCOMPARE(b.data(HostStateRole).toInt(), int(HostState::Unreachable));
        QCOMPARE(rack.siblingAtColumn(HostTreeModel::StateColumn).data().toString(), u"0 of 2 up"_s);

        // Moving a host to another group; removing the last host of a group drops the group.
        Q_EMIT cluster.hostChanged(Test::hostConfig(3, u"solo"_s, u"test:///default"_s, u"Rack 2"_s));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        Q_EMIT cluster.hostRemoved(2);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QVERIFY(!model.indexForHost(2).isValid());
    }

    void eventLogIsBounded()
    {
        EventLogModel model(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 25; ++i) {
            EventRecord r;
            r.time = QDateTime::currentDateTimeUtc();
            r.message = QString::number(i);
            model.append(r);
        }
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(), u"15"_s);
        QCOMPARE(model.index(9, EventLogModel::MessageColumn).data().toString(), u"24"_s);
        QList<EventRecord> many(30);
        for (int i = 0; i < 30; ++i)
            many[i].message = QStringLiteral("m%1").arg(i);
        model.appendMany(many);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.index(0, EventLogModel::MessageColumn).data().toString(), u"m20"_s);
    }

    void filterProxy()
    {
        ClusterManager cluster;
        DomainTableModel model(&cluster);
        DomainFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_EMIT cluster.hostAdded(Test::hostConfig(1, u"kvm1"_s, u"test:///default"_s));
        Q_EMIT cluster.hostAdded(Test::hostConfig(2, u"edge"_s, u"test:///default"_s));
        Q_EMIT cluster.domainsLoaded(1, {guest(u"web-1"_s), guest(u"db"_s, DomainState::Shutoff),
                                         guest(u"cache"_s, DomainState::Paused)});
        Q_EMIT cluster.domainsLoaded(2, {guest(u"web-2"_s), guest(u"crashy"_s, DomainState::Crashed)});
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setText(u"WEB"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText(u"edge"_s);   // matches the host name
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setText({});
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Running);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::Problem);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setStateFilter(DomainFilterProxy::StateFilter::All);
        proxy.setHosts({1});
        QCOMPARE(proxy.rowCount(), 3);
        // Rows arriving later are filtered too.
        Q_EMIT cluster.domainUpdated(2, guest(u"late"_s));
        QCOMPARE(proxy.rowCount(), 3);
        Q_EMIT cluster.domainUpdated(1, guest(u"late"_s));
        QCOMPARE(proxy.rowCount(), 4);
        // Numeric sort on vCPUs.
        proxy.setHosts({});
        Q_EMIT cluster.domainUpdated(1, guest(u"big"_s, DomainState::Running, 16));
        proxy.sort(DomainTableModel::VcpuColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, DomainTableModel::NameColumn).data().toString(), u"big"_s);
    }

    // Journal entries arrive as the feed reads them (oldest first, each time
    // the whole recent list): new ones go on top, changed ones update in
    // place, the selection of an unchanged row survives.
    void incidentModelMergesJournalUpdates()
    {
        using Entry = Ha::FailoverJournal::Entry;
        using State = Ha::FailoverJournal::State;
        IncidentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto entry = [](qint64 id, const QString &guest, State state, const QString &detail = {}) {
            Entry e;
            e.id = id;
            e.incident = u"kvm1@2026-11-27T10:00:00.000Z"_s;
            e.failedHost = u"kvm1"_s;
            e.guestName = guest;
            e.targetHost = u"kvm2"_s;
            e.state = state;
            e.detail = detail;
            return e;
        };
        model.setEntries({entry(1, u"web"_s, State::AwaitingFence), entry(2, u"db"_s, State::AwaitingFence)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, IncidentModel::Guest).data().toString(), u"db"_s);   // newest first
        QVERIFY(model.index(0, IncidentModel::Incident).data().toString().startsWith(u"kvm1, "_s));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEntries({entry(1, u"web"_s, State::Done, u"restarted on kvm2"_s),
                          entry(2, u"db"_s, State::AwaitingFence), entry(3, u"cache"_s, State::Skipped, u"no room"_s)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);   // web only; db is unchanged
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, IncidentModel::Guest).data().toString(), u"cache"_s);
        QCOMPARE(model.index(0, IncidentModel::State).data().toString(), IncidentModel::stateText(State::Skipped));
        QCOMPARE(model.index(2, IncidentModel::Detail).data().toString(), u"restarted on kvm2"_s);
    }
};

VIGIL_TEST_GUI_MAIN(TestModels)
#include "tst_models.moc"
