#include "common/testsupport.h"
#include "core/migration/migrationmanager.h"
#include "core/session.h"
#include "models/migrationtablemodel.h"
#include "ui/migratedialog.h"
#include "ui/migrationspanel.h"
#include "ui/movestatusnote.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestMigrateDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_session = Test::sessionWithOneHost(m_dir->filePath(u"s.sqlite"_s), u"a"_s, &error);
        QVERIFY2(m_session, qPrintable(error));
        // A second host from the same node file (URIs must differ: a copy).
        const QString copy = m_dir->filePath(u"node-b.xml"_s);
        QVERIFY(QFile::copy(Test::dataPath(u"node-small.xml"_s), copy));
        HostConfig b = Test::hostConfig(0, u"b"_s, u"test://"_s + copy);
        QVERIFY(m_session->addHost(b, &error));
        QTRY_VERIFY(m_session->cluster()->allSettled());
    }
    void cleanup()
    {
        m_session.reset();
        m_dir.reset();
    }

    QList<Ui::GuestRef> guestsOfFirstHost() const
    {
        const HostId first = m_session->cluster()->hosts().first().id;
        QList<Ui::GuestRef> refs;
        for (const DomainInfo &d : m_session->cluster()->domains(first))
            refs.append({first, d});
        return refs;
    }

    void testDriverHostsCannotMoveAndSaySo()
    {
        const QList<Ui::GuestRef> guests = guestsOfFirstHost();
        QVERIFY(guests.size() >= 2);
        Ui::MigrateDialog dialog(m_session.get(), guests);
        dialog.show();
        QString tree;
        for (QTreeWidgetItemIterator it(dialog.checklist()); *it; ++it)
            tree += (*it)->text(0) + u" | "_s + (*it)->text(1) + u" | "_s + (*it)->text(2) + u'\n';
        // The guest on local storage cannot go anywhere, and the list says why.
        QVERIFY2(dialog.movable().size() < guests.size(), qPrintable(tree));
        QVERIFY(tree.contains(u"local pool"_s));
        const QList<QTreeWidgetItem *> reasons = dialog.checklist()->findItems(
            u"test driver cannot migrate"_s, Qt::MatchContains | Qt::MatchRecursive, 2);
        QVERIFY(!reasons.isEmpty());
        QVERIFY(dialog.findChild<QLabel *>() != nullptr);
        // A chosen target shows the whole checklist of each guest: with
        // cold relocation (the default for these hosts) the driver is a
        // warning; the copied node file's identical guests clash by name
        // (a running copy fails, a defined one would be replaced: a warning).
        dialog.targetBox()->setCurrentIndex(1);
        const QList<QTreeWidgetItem *> hypervisor = dialog.checklist()->findItems(
            u"Hypervisor"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(hypervisor.size(), guests.size());
        QCOMPARE(hypervisor.first()->text(1), u"warning"_s);
        const QList<QTreeWidgetItem *> names = dialog.checklist()->findItems(
            u"Name"_s, Qt::MatchExactly | Qt::MatchRecursive);
        QVERIFY(std::all_of(names.cbegin(), names.cend(), [](QTreeWidgetItem *item) { return item->text(1) != u"pass"; }));
    }

    void aFailedMoveIsListedAndLogged()
    {
        Migration::MigrationManager *moves = m_session->migrations();
        Ui::MigrationsPanel panel(moves);
        panel.show();
        QSignalSpy logged(m_session.get(), &Session::eventLogged);
        const Ui::GuestRef guest = guestsOfFirstHost().first();
        Migration::MigrationRequest request;
        request.source = m_session->cluster()->host(guest.host);
        request.target = m_session->cluster()->hosts().last();
        request.uuid = guest.info.uuid;
        request.guest = guest.info.name;
        QStatusBar bar;
        const quint64 id = moves->submit(request);
        Ui::followMovesInStatusBar(&bar, moves, {id});
        QCOMPARE(panel.model()->rowCount(), 1);
        QTRY_VERIFY(moves->job(id).isFinished());
        QCOMPARE(moves->job(id).state, Migration::MigrationState::Failed);
        // The status bar no longer says "queued" once the move has ended.
        QTRY_VERIFY2(bar.currentMessage().contains(u"did not finish"_s), qPrintable(bar.currentMessage()));
        QVERIFY2(moves->job(id).message.contains(u"cannot migrate"_s), qPrintable(moves->job(id).message));
        QCOMPARE(panel.model()->index(0, Models::MigrationTableModel::State).data().toString(), u"failed"_s);
        QTRY_VERIFY(std::any_of(logged.cbegin(), logged.cend(), [](const QList<QVariant> &args) {
            const auto r = args.first().value<EventRecord>();
            return r.kind == EventRecord::Kind::Action && r.result == EventRecord::Result::Failed
                   && r.message.toString().contains(u"live migration"_s);
        }));
        // Finished moves cannot be cancelled; queued ones can.
        QVERIFY(!moves->cancel(id));
        moves->setConcurrency(1);
        request.options.bandwidthMiBs = 1;
        const quint64 first = moves->submit(request);
        const quint64 second = moves->submit(request);
        QVERIFY(moves->cancel(second));
        QCOMPARE(moves->job(second).state, Migration::MigrationState::Cancelled);
        QTRY_VERIFY(moves->job(first).isFinished());
        QCOMPARE(panel.model()->rowCount(), 3);
    }

    void demoGuestIsRelocatedCold()
    {
        m_session.reset();
        QString error;
        m_session = Test::settledDemoSession(&error);
        QVERIFY2(m_session, qPrintable(error));
        ClusterManager *cluster = m_session->cluster();
        HostId source = 0, target = 0;
        DomainInfo guest;
        for (const HostConfig &h : cluster->hosts()) {
            if (h.name == u"prod-b")
                target = h.id;
            for (const DomainInfo &d : cluster->domains(h.id))
                if (d.name == u"ldap-1") {
                    source = h.id;
                    guest = d;
                }
        }
        QVERIFY(source && target && guest.isActive());
        Ui::MigrateDialog dialog(m_session.get(), {{source, guest}});
        dialog.show();
        dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findText(u"prod-b"_s));
        QString tree;
        for (QTreeWidgetItemIterator it(dialog.checklist()); *it; ++it)
            tree += (*it)->text(0) + u" | "_s + (*it)->text(1) + u" | "_s + (*it)->text(2) + u'\n';
        QVERIFY2(dialog.moveButton()->isEnabled(), qPrintable(tree));
        QSignalSpy submitted(&dialog, &Ui::MigrateDialog::submitted);
        QStatusBar bar;
        connect(&dialog, &Ui::MigrateDialog::submitted, &bar,
                [&](const QList<quint64> &ids) { Ui::followMovesInStatusBar(&bar, m_session->migrations(), ids); });
        dialog.moveButton()->click();
        QVERIFY2(bar.currentMessage().contains(u"queued"_s), qPrintable(bar.currentMessage()));
        QCOMPARE(submitted.count(), 1);
        const quint64 id = submitted.first().first().value<QList<quint64>>().first();
        Migration::MigrationManager *moves = m_session->migrations();
        QTRY_VERIFY_WITH_TIMEOUT(moves->job(id).isFinished(), 20000);
        QVERIFY2(moves->job(id).state == Migration::MigrationState::Completed, qPrintable(moves->job(id).message));
        QVERIFY(moves->job(id).message.contains(u"cold"_s));
        QTRY_VERIFY2(bar.currentMessage().contains(u"finished"_s), qPrintable(bar.currentMessage()));
        const auto find = [&](HostId host) {
            for (const DomainInfo &d : cluster->domains(host))
                if (d.name == u"ldap-1")
                    return d;
            return DomainInfo();
        };
        QTRY_COMPARE(find(target).state, DomainState::Running);
        QTRY_VERIFY(find(source).uuid.isEmpty());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Session> m_session;
};

VIGIL_TEST_GUI_MAIN(TestMigrateDialog)
#include "tst_migratedialog.moc"
