// The policy wizard end to end on the demo cluster: each page refuses bad
// input with a message, Back keeps entries, Finish saves a valid policy.
#include "common/testsupport.h"
#include "models/statecolors.h"
#include "core/session.h"
#include "core/ha/fencer.h"
#include "ui/wizard/policywizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QPlainTextEdit>
#include <QTableWidget>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Ui::PolicyWizard;

class TestPolicyWizard : public QObject
{
    Q_OBJECT

    static QString errors(QWizardPage *page)
    {
        QString text;
        for (QLabel *l : page->findChildren<QLabel *>())
            if (l->styleSheet() == Models::stateStyleSheet(Models::StateColor::Bad))
                text += l->text();
        return text;
    }
    static void tick(QListWidget *list, const QString &name)
    {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->text() == name)
                list->item(i)->setCheckState(Qt::Checked);
    }

private Q_SLOTS:
    void createsAPolicyStepByStep()
    {
        QString error;
        auto session = Test::settledDemoSession(&error);
        QVERIFY2(session, qPrintable(error));
        PolicyWizard wizard(session.get(), nullptr);
        wizard.show();

        // 1. Guests: nothing chosen is refused.
        QWizardPage *guests = wizard.page(PolicyWizard::GuestsPageId);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::GuestsPageId));
        QVERIFY(errors(guests).contains(u"name"_s));
        guests->findChildren<QLineEdit *>().first()->setText(u"web-tier"_s);
        auto *list = guests->findChild<QListWidget *>();
        tick(list, u"web-frontend-1"_s);
        tick(list, u"web-frontend-3"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::PrioritiesPageId));
        // Back keeps what was entered.
        wizard.back();
        int ticked = 0;
        for (int i = 0; i < list->count(); ++i)
            ticked += list->item(i)->checkState() == Qt::Checked;
        QCOMPARE(ticked, 2);
        wizard.next();

        // 2. Priorities: two rows.
        auto *priorities = wizard.page(PolicyWizard::PrioritiesPageId)->findChild<QTableWidget *>();
        QCOMPARE(priorities->rowCount(), 2);
        wizard.next();

        // 3. Placement: a one-guest anti-affinity group is refused.
        QWizardPage *placement = wizard.page(PolicyWizard::PlacementPageId);
        QCOMPARE(wizard.currentId(), int(PolicyWizard::PlacementPageId));
        auto edits = placement->findChildren<QPlainTextEdit *>();
        edits.at(1)->setPlainText(u"web-frontend-1"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::PlacementPageId));
        QVERIFY(errors(placement).contains(u"at least two"_s));
        edits.at(1)->setPlainText(u"web-frontend-1, web-frontend-3"_s);
        wizard.next();

        // 4. Fencing: neither a command nor restart-without-fencing is refused;
        // restart without fencing needs the explicit split-brain confirmation.
        QWizardPage *fencing = wizard.page(PolicyWizard::FencingPageId);
        QCOMPARE(wizard.currentId(), int(PolicyWizard::FencingPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::FencingPageId));
        QVERIFY(errors(fencing).contains(u"fence action"_s));
        auto boxes = fencing->findChildren<QCheckBox *>(Qt::FindDirectChildrenOnly);
        boxes.at(0)->setChecked(true);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::FencingPageId));
        QVERIFY(errors(fencing).contains(u"split-brain"_s));
        boxes.at(1)->setChecked(true);
        wizard.next();

        // 5. Limits, 6. Review with the dry run, Finish.
        QCOMPARE(wizard.currentId(), int(PolicyWizard::LimitsPageId));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(PolicyWizard::ReviewPageId));
        QTRY_VERIFY(wizard.currentPage()->isComplete());
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        const auto saved = session->policyRepository().findByName(u"web-tier"_s);
        QVERIFY(saved);
        QCOMPARE(saved->guests.size(), 2);
        QVERIFY(saved->restartWithoutFencing);
        QCOMPARE(saved->antiAffinityGroups, QList<QStringList>({{u"web-frontend-1"_s, u"web-frontend-3"_s}}));
    }

    // Cancel closes at once while nothing was changed (pages filling in
    // their fields is no change); after an edit it asks, and "Cancel" in
    // that question keeps the wizard and the edit.
    void cancelAsksBeforeDiscardingEdits()
    {
        QString error;
        auto session = Test::settledDemoSession(&error);
        QVERIFY2(session, qPrintable(error));
        {
            PolicyWizard wizard(session.get(), nullptr);
            wizard.show();
            wizard.reject();
            QVERIFY(!wizard.isVisible());
            QVERIFY(!wizard.findChild<QMessageBox *>());
        }
        PolicyWizard wizard(session.get(), nullptr);
        wizard.show();
        QVERIFY(!wizard.hasEdits());
        QLineEdit *name = wizard.page(PolicyWizard::GuestsPageId)->findChildren<QLineEdit *>().first();
        QTest::keyClicks(name, u"db"_s);
        QVERIFY(wizard.hasEdits());
        wizard.reject();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>()));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(wizard.isVisible());
        QCOMPARE(name->text(), u"db"_s);
        wizard.reject();
        QTRY_VERIFY((box = wizard.findChild<QMessageBox *>()) && box->isVisible());
        box->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!wizard.isVisible());
    }

    void fenceTestNeverRunsAnUnsafeCommand()
    {
        QCOMPARE(Ha::Fencer::statusArgv({u"fence_ipmilan"_s, u"--ip"_s, u"x"_s, u"--action"_s, u"off"_s}),
                 QStringList({u"fence_ipmilan"_s, u"--ip"_s, u"x"_s, u"--action"_s, u"status"_s}));
        QCOMPARE(Ha::Fencer::statusArgv({u"fence_virsh"_s, u"-o"_s, u"reboot"_s}),
                 QStringList({u"fence_virsh"_s, u"-o"_s, u"status"_s}));
        QCOMPARE(Ha::Fencer::statusArgv({u"fence_x"_s, u"--action=off"_s}),
                 QStringList({u"fence_x"_s, u"--action=status"_s}));
        QVERIFY(Ha::Fencer::statusArgv({u"/usr/local/bin/poweroff-host"_s, u"kvm1"_s}).isEmpty());
    }
};

VIGIL_TEST_GUI_MAIN(TestPolicyWizard)
#include "tst_policywizard.moc"
