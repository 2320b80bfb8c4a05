// vigil: the desktop console.
#include "screenshot.h"

#include "core/session.h"
#include "core/virt/eventloop.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSysInfo>

#include <cstdio>

using namespace Qt::StringLiterals;

using namespace Vigil;

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
        if (!App::isScreenshotPage(window, parser.value(pageOption)))
            return 1;
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
            App::scheduleScreenshot(&window, session.get(), parser.value(shotOption), parser.value(pageOption),
                               int(parser.value(waitOption).toDouble() * 1000));
        code = app.exec();
    }
    session->flushEventLog();
    session.reset();
    Virt::stopEventLoop();
    return code;
}
