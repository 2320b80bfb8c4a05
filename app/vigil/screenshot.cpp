// The screenshot harness (vigil --screenshot FILE --page NAME): the window or
// one of its dialogs as a user sees it, for the docs and the tests.
#include "screenshot.h"

#include "core/session.h"
#include "ui/failoverpage.h"
#include "ui/inventorypage.h"
#include "ui/maintenancedialog.h"
#include "ui/migratedialog.h"
#include "ui/backupjobdialog.h"
#include "ui/backuppage.h"
#include "ui/mainwindow.h"
#include "ui/restoredialog.h"
#include "ui/wizard/policywizard.h"

#include <QApplication>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Vigil::App {
namespace {


// "wizard-N": the policy wizard on page N (1-6), editing the first policy.
int wizardPageOf(const QString &page)
{
    if (!page.startsWith(u"wizard-"))
        return 0;
    const int n = page.mid(7).toInt();
    return n >= 1 && n <= 6 ? n : -1;
}

} // namespace

void scheduleScreenshot(Ui::MainWindow *window, Session *session, const QString &file, const QString &page,
                        int waitMs)
{
    // Saves `widget` to `file` and ends the process (1 if it could not be written).
    const auto grabNow = [file](QWidget *widget) {
        const bool saved = widget->grab().save(file);
        if (!saved)
            std::fprintf(stderr, "vigil: cannot write %s\n", qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    const auto grabLater = [grabNow](QWidget *widget, int delayMs) {
        QTimer::singleShot(delayMs, widget, [widget, grabNow]() { grabNow(widget); });
    };
    auto shoot = [window, session, page, waitMs, grabNow, grabLater]() {
        if (const int wizardPage = wizardPageOf(page); wizardPage > 0 && !session->policies().isEmpty()) {
            window->showPage(u"failover"_s);
            const Ha::Policy policy = session->policies().first();
            Ui::PolicyWizard *wizard = window->failoverPage()->openWizard(&policy);
            for (int i = 1; i < wizardPage; ++i)
                wizard->next();
            grabLater(wizard, 500);
            return;
        }
        if (page == u"maintenance") {
            // The maintenance preview of the host with the most running guests.
            HostId busiest = 0;
            int most = -1;
            for (const HostConfig &h : session->cluster()->hosts()) {
                const int running = session->cluster()->activeDomainCount(h.id);
                if (session->cluster()->status(h.id).state == HostState::Up && running > most) {
                    most = running;
                    busiest = h.id;
                }
            }
            Ui::MaintenanceDialog *dialog = busiest ? window->openMaintenanceDialog(busiest) : nullptr;
            if (!dialog) {
                QCoreApplication::exit(1);
                return;
            }
            grabLater(dialog, 500 + waitMs);
            return;
        }
        if (page.startsWith(u"backup-job") || page == u"restore") {
            // The job editor of the first job (a tab: backup-job-TAB), or the
            // restore dialog of the newest run's first restorable guest.
            window->showPage(u"backups"_s);
            QDialog *dialog = page == u"restore" ? static_cast<QDialog *>(window->backupPage()->openRestoreDialog())
                                                 : window->backupPage()->openJobDialog(false);
            if (!dialog) {
                std::fprintf(stderr, "vigil: no backup job or restorable backup to show\n");
                QCoreApplication::exit(1);
                return;
            }
            const QStringList tabNames{u"backup-job"_s, u"backup-job-schedule"_s, u"backup-job-storage"_s,
                                       u"backup-job-mirror"_s};
            if (QTabWidget *tabs = dialog->findChild<QTabWidget *>(); tabs && page != u"restore")
                tabs->setCurrentIndex(std::max(0, int(tabNames.indexOf(page))));
            grabLater(dialog, 500 + waitMs);
            return;
        }
        if (page == u"migrating") {
            // For the lab's screenshots only: really moves the first running
            // guest (slowed to 1 MiB/s) and shows the Migrations dock with it.
            window->showPage(u"guest"_s);
            Ui::MigrateDialog *dialog = window->openMigrateDialog(window->inventoryPage()->selectedGuests());
            if (!dialog) {
                QCoreApplication::exit(1);
                return;
            }
            QTimer::singleShot(1500, dialog, [window, dialog, waitMs, grabLater]() {
                dialog->bandwidthBox()->setValue(1);
                dialog->moveButton()->click();
                grabLater(window, 3000 + waitMs);
            });
            return;
        }
        if (page == u"migrate") {
            // The migration dialog for the first running guest, once its
            // checklist (and the target's CPU answer) is in.
            window->showPage(u"guest"_s);
            Ui::MigrateDialog *dialog = window->openMigrateDialog(window->inventoryPage()->selectedGuests());
            if (!dialog) {
                std::fprintf(stderr, "vigil: no running guest to migrate\n");
                QCoreApplication::exit(1);
                return;
            }
            grabLater(dialog, 1500 + waitMs);
            return;
        }
        window->showPage(page);  // now that hosts are known, the host page can pick one
        // One more turn so queued model updates reach the views before the
        // grab (or longer, for charts to gather live ticks).
        QTimer::singleShot(300 + waitMs, window, [window, page, grabNow]() {
            window->showPage(page);
            grabNow(window);
        });
    };
    if (session->cluster()->allSettled()) {
        shoot();
        return;
    }
    QObject::connect(session->cluster(), &ClusterManager::settled, window, shoot, Qt::SingleShotConnection);
    QTimer::singleShot(30000, window, [shoot]() {
        std::fprintf(stderr, "vigil: not every host answered within 30 s; taking the screenshot anyway\n");
        shoot();
    });
}


bool isScreenshotPage(Ui::MainWindow &window, const QString &page)
{
    // Pages that open a dialog over the window rather than a tab.
    const QStringList dialogPages{u"migrate"_s, u"maintenance"_s, u"migrating"_s, u"backup-job"_s,
                                  u"backup-job-schedule"_s, u"backup-job-storage"_s, u"backup-job-mirror"_s,
                                  u"restore"_s};
    if (wizardPageOf(page) > 0 || dialogPages.contains(page) || (wizardPageOf(page) == 0 && window.showPage(page)))
        return true;
    std::fprintf(stderr, "vigil: unknown page \"%s\" (overview, inventory, guest, host, failover, balance, "
                         "backups, migrate, maintenance, migrating, backup-job, restore, wizard-1..6)\n",
                 qPrintable(page));
    return false;
}

} // namespace Vigil::App
