// vigil: the desktop console.
#include "core/ha/failoverengine.h"
#include "core/session.h"
#include "core/virt/eventloop.h"
#include "ui/failoverpage.h"
#include "ui/inventorypage.h"
#include "ui/language.h"
#include "ui/maintenancedialog.h"
#include "ui/preferences.h"
#include "ui/migratedialog.h"
#include "ui/backupjobdialog.h"
#include "ui/backuppage.h"
#include "ui/mainwindow.h"
#include "ui/restoredialog.h"
#include "ui/wizard/policywizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QIcon>
#include <QSysInfo>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

// "wizard-N": the policy wizard on page N (1-6), editing the first policy.
int wizardPageOf(const QString &page)
{
    if (!page.startsWith(u"wizard-"))
        return 0;
    const int n = page.mid(7).toInt();
    return n >= 1 && n <= 6 ? n : -1;
}

// --screenshot: once every host has loaded or failed, grab the window and quit.
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
        if (page == u"backup-job" || page == u"restore") {
            // The job editor of the first job, or the restore dialog of the
            // newest run's first restorable guest.
            window->showPage(u"backups"_s);
            QDialog *dialog = page == u"restore" ? static_cast<QDialog *>(window->backupPage()->openRestoreDialog())
                                                 : window->backupPage()->openJobDialog(false);
            if (!dialog) {
                std::fprintf(stderr, "vigil: no backup job or restorable backup to show\n");
                QCoreApplication::exit(1);
                return;
            }
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

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("vigil"));
    QApplication::setOrganizationName(QStringLiteral("vigil"));
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.vigilproject.Vigil"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.png")));
    // Before any text is created: --lang, else Preferences, else the system.
    QString language = Ui::languageArgument(QCoreApplication::arguments());
    if (language.isEmpty())
        language = Ui::Preferences::load().language;
    Ui::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("vigil", "High-availability console for libvirt clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("vigil", "Use this database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("vigil", "Open the embedded demo cluster."));
    const QCommandLineOption shotOption(QStringLiteral("screenshot"),
                                        QApplication::translate("vigil", "Save a PNG of the window once all hosts have loaded, then exit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
                                        QApplication::translate("vigil", "Page to show: overview, inventory, guest, host, failover, balance, backups, migrate, maintenance, migrating, backup-job, restore, or wizard-1 … wizard-6."),
                                        QStringLiteral("NAME"), QStringLiteral("inventory"));
    const QCommandLineOption waitOption(QStringLiteral("wait"),
                                        QApplication::translate("vigil", "With --screenshot: seconds to wait after the hosts have settled."),
                                        QStringLiteral("SECONDS"), QStringLiteral("0"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("vigil", "Interface language: en, de or zh_CN (default: Preferences, else the system's)."),
                                        QStringLiteral("CODE"));
    parser.addOptions({dbOption, demoOption, shotOption, pageOption, waitOption, langOption});
    parser.process(app);

    QString error;
    Session::Options options;
    options.databasePath = parser.value(dbOption);
    options.demo = parser.isSet(demoOption);
    options.recordHistory = true;
    const Ui::Preferences preferences = Ui::Preferences::load();
    options.statsIntervalMs = preferences.statisticsIntervalSeconds * 1000;
    options.rawHistorySeconds = qint64(preferences.rawHistoryHours) * 3600;
    options.minuteHistorySeconds = qint64(preferences.minuteHistoryDays) * 86400;
    options.hourHistorySeconds = qint64(preferences.hourHistoryDays) * 86400;
    preferences.applyTheme();
    auto session = Session::open(options, &error);
    if (!session) {
        std::fprintf(stderr, "vigil: %s\n", qPrintable(error));
        if (!parser.isSet(shotOption) && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, QApplication::translate("vigil", "Vigil cannot start"), error);
        return 2;
    }

    int code = 0;
    {
        Ui::MainWindow window(session.get());
        // Pages that open a dialog over the window rather than a tab.
        const QStringList dialogPages{u"migrate"_s, u"maintenance"_s, u"migrating"_s, u"backup-job"_s, u"restore"_s};
        const QString page = parser.value(pageOption);
        if (wizardPageOf(page) < 0
            || (wizardPageOf(page) == 0 && !dialogPages.contains(page) && !window.showPage(page))) {
            std::fprintf(stderr, "vigil: unknown page \"%s\" (overview, inventory, guest, host, failover, balance, "
                                 "backups, migrate, maintenance, migrating, backup-job, restore, wizard-1..6)\n",
                         qPrintable(page));
            return 1;
        }
        session->connectAll();
        session->followChanges();
        // The console runs the failover engine too; with an agent on the same
        // database, whichever holds the lease acts and the other stays passive.
        session->startFailoverEngine(QStringLiteral("vigil console on %1 (pid %2)")
                                         .arg(QSysInfo::machineHostName())
                                         .arg(QCoreApplication::applicationPid()));
        window.watchFailoverEngine();
        window.show();
        if (parser.isSet(shotOption))
            scheduleScreenshot(&window, session.get(), parser.value(shotOption), parser.value(pageOption),
                               int(parser.value(waitOption).toDouble() * 1000));
        code = app.exec();
    }
    session->flushEventLog();
    session.reset();
    Virt::stopEventLoop();
    return code;
}
