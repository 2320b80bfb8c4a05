// vigil: the desktop console.
#include "screenshot.h"

#include "core/observability/performancelog.h"
#include "core/processend.h"
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
#include <cstring>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

struct ConsoleOptions {
    QCommandLineOption db{QStringLiteral("db"), QApplication::translate("vigil", "Use this database file."),
                          QStringLiteral("PATH")};
    QCommandLineOption demo{QStringLiteral("demo"), QApplication::translate("vigil", "Open the embedded demo cluster.")};
    QCommandLineOption shot{QStringLiteral("screenshot"),
                            QApplication::translate("vigil", "Save a PNG of the window once all hosts have loaded, then exit."),
                            QStringLiteral("FILE")};
    QCommandLineOption page{QStringLiteral("page"),
                            QApplication::translate("vigil", "Page to show: overview, inventory, guest, host, failover, balance, backups, migrate, maintenance, migrating, backup-job, restore, or wizard-1 … wizard-6."),
                            QStringLiteral("NAME"), QStringLiteral("inventory")};
    QCommandLineOption wait{QStringLiteral("wait"),
                            QApplication::translate("vigil", "With --screenshot: seconds to wait after the hosts have settled."),
                            QStringLiteral("SECONDS"), QStringLiteral("0")};
    QCommandLineOption lang{QStringLiteral("lang"),
                            QApplication::translate("vigil", "Interface language: en, de or zh_CN (default: Preferences, else the system's)."),
                            QStringLiteral("CODE")};
};

// Names, icon and language of the application, before any text is made.
void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("vigil"));
    QCoreApplication::setOrganizationName(QStringLiteral("vigil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIGIL_VERSION));
    // --lang, else Preferences, else the system.
    QString language = Ui::languageArgument(QCoreApplication::arguments());
    if (language.isEmpty())
        language = Ui::Preferences::load().language;
    Ui::installTranslations(language);
}

void describe(QCommandLineParser &parser, const ConsoleOptions &o)
{
    parser.setApplicationDescription(QApplication::translate("vigil", "High-availability console for libvirt clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({o.db, o.demo, o.shot, o.page, o.wait, o.lang});
}

// --help and --version print and exit: they must work over ssh and in
// scripts, where there is no display to open a window on.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *flag : {"-h", "--help", "--help-all", "-?", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    Virt::prepareProcess();
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        identify();
        QCommandLineParser parser;
        describe(parser, ConsoleOptions());
        parser.process(app);   // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    identify();
    QApplication::setApplicationDisplayName(QStringLiteral("Vigil"));
    QApplication::setDesktopFileName(QStringLiteral("org.vigilproject.Vigil"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vigil.png")));

    QCommandLineParser parser;
    const ConsoleOptions o;
    describe(parser, o);
    parser.process(app);

    QString error;
    Session::Options options;
    options.databasePath = parser.value(o.db);
    options.demo = parser.isSet(o.demo);
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
        if (!parser.isSet(o.shot) && QGuiApplication::platformName() != u"offscreen")
            QMessageBox::critical(nullptr, QApplication::translate("vigil", "Vigil cannot start"), error);
        return 2;
    }

    int code = 0;
    {
        Ui::MainWindow window(session.get());
        if (!App::isScreenshotPage(window, parser.value(o.page)))
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
        Observability::watchEventLoop(&window);
        if (parser.isSet(o.shot))
            App::scheduleScreenshot(&window, session.get(), parser.value(o.shot), parser.value(o.page),
                               int(parser.value(o.wait).toDouble() * 1000));
        code = app.exec();
    }
    session->flushEventLog();
    session.reset();
    Virt::stopEventLoop();
    return endProcess(code);
}
