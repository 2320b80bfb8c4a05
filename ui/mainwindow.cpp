#include "mainwindow.h"

#include "alertspanel.h"
#include "backuppage.h"
#include "core/backup/backupmanager.h"
#include "balancepage.h"
#include "charts/metricspanel.h"
#include "failoverpage.h"
#include "maintenancedialog.h"
#include "migratedialog.h"
#include "migrationspanel.h"
#include "columnwidths.h"
#include "movestatusnote.h"
#include "overviewpage.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "reportdialog.h"
#include "guestactions.h"
#include "hostactions.h"
#include "hostpage.h"
#include "inventorypage.h"

#include "core/ha/failoverengine.h"
#include "core/migration/maintenance.h"
#include "core/migration/migrationmanager.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "core/store/historyreader.h"
#include "models/alerttablemodel.h"
#include "models/domaintablemodel.h"
#include "models/eventlogmodel.h"
#include "models/hosttreemodel.h"
#include "models/roles.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {

using Models::HostTreeModel;

namespace {

Store::HistoryReader *historyFor(Session *session, QObject *parent)
{
    return session->recordsHistory() ? new Store::HistoryReader(session->databasePath(), parent) : nullptr;
}

Models::AlertTableModel *alertsFor(Session *session, QObject *parent)
{
    return session->alertEngine() ? new Models::AlertTableModel(session->alertEngine(), parent) : nullptr;
}

} // namespace

MainWindow::MainWindow(Session *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_history(historyFor(session, this))
    , m_alertModel(alertsFor(session, this))
    , m_hostModel(new HostTreeModel(session->cluster(), this))
    , m_domainModel(new Models::DomainTableModel(session->cluster(), this))
    , m_eventModel(new Models::EventLogModel(5000, this))
    , m_actions(new GuestActions(session->cluster(), this))
    , m_hostActions(new HostActions(session, this))
    , m_pages(new QTabWidget(this))
    , m_overview(new OverviewPage(session->cluster(), m_alertModel, this))
    , m_inventory(new InventoryPage(m_domainModel, m_actions, this))
    , m_guestCharts(new MetricsPanel(session->cluster(), m_history, this))
    , m_hostPage(new HostPage(session->cluster(), m_history, this))
    , m_failoverPage(new FailoverPage(session, this))
    , m_balancePage(new BalancePage(session, this))
    , m_backupPage(new BackupPage(session, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(session->isDemo() ? tr("Vigil — demo cluster") : tr("Vigil"));
    setObjectName(QStringLiteral("MainWindow"));
    m_pages->addTab(m_overview, tr("&Overview"));
    // The guest list, and below it the charts of the guest selected in it.
    auto *guests = new QSplitter(Qt::Vertical, this);
    guests->addWidget(m_inventory);
    guests->addWidget(m_guestCharts);
    guests->setSizes({420, 380});
    m_guestCharts->hide();
    m_pages->addTab(guests, tr("&Guests"));
    m_overview->setBackupStatus(session->backupStatus());
    connect(session, &Session::backupStatusChanged, m_overview,
            [this, session] { m_overview->setBackupStatus(session->backupStatus()); });
    connect(m_overview, &OverviewPage::hostActivated, this, [this](HostId id) {
        m_hostPage->showHost(id);
        m_pages->setCurrentWidget(m_hostPage);
    });
    m_pages->addTab(m_hostPage, tr("Host &details"));
    m_pages->addTab(m_failoverPage, tr("&Failover"));
    m_pages->addTab(m_balancePage, tr("&Balance"));
    m_pages->addTab(m_backupPage, tr("Bac&kups"));
    // The dry run follows the cluster: recomputed when hosts settle or change state.
    connect(session->cluster(), &ClusterManager::settled, m_failoverPage, &FailoverPage::simulate);
    m_pages->setDocumentMode(true);
    setCentralWidget(m_pages);
    createDocks();
    createMenus();
    statusBar()->addPermanentWidget(m_summary);

    m_eventModel->appendMany(session->recentEvents(500));
    m_domainModel->setPolicies(session->policies());
    connect(session, &Session::policiesChanged, m_domainModel, &Models::DomainTableModel::setPolicies);
    // The shared log: this console's events and, through the change feed,
    // those an agent or another console stored.
    connect(session, &Session::eventRecorded, m_eventModel, &Models::EventLogModel::append);
    // Background failures go to the status bar and the log, never a modal dialog.
    connect(session, &Session::storageError, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15000);
    });
    connect(m_inventory, &InventoryPage::selectionChanged, m_actions, &GuestActions::setSelection);
    connect(m_inventory, &InventoryPage::selectionChanged, this, [this](const QList<GuestRef> &selection) {
        m_guestCharts->setVisible(selection.size() == 1);
        if (selection.size() == 1)
            m_guestCharts->setSubject({selection.first().host, selection.first().info.uuid},
                                      tr("%1 on %2").arg(selection.first().info.name,
                                                         m_session->cluster()->host(selection.first().host).name));
    });
    if (Health::AlertEngine *alerts = session->alertEngine()) {
        connect(alerts, &Health::AlertEngine::alertRaised, this, [this](const Health::Alert &alert) {
            if (alert.severity == Health::Severity::Critical)
                notifyAlert(tr("Critical alert: %1").arg(alert.rule), alert.message.toString());
        });
    }
    connect(m_actions, &GuestActions::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_actions, &GuestActions::actionFailed, this, &MainWindow::showActionError);
    connect(m_hostActions, &HostActions::actionFailed, this, &MainWindow::showActionError);
    connect(m_hostActions, &HostActions::maintenanceEntered, this, [this]() {
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("migrationsDock")))
            dock->raise();
    });

    // The summary is recomputed at most every 200 ms, however many updates arrive.
    m_summaryTimer.setSingleShot(true);
    m_summaryTimer.setInterval(200);
    connect(&m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateSummary);
    const auto scheduleSummary = [this]() {
        if (!m_summaryTimer.isActive())
            m_summaryTimer.start();
    };
    ClusterManager *cluster = session->cluster();
    connect(cluster, &ClusterManager::domainsLoaded, this, scheduleSummary);
    connect(cluster, &ClusterManager::statusChanged, this, scheduleSummary);
    connect(cluster, &ClusterManager::domainUpdated, this, scheduleSummary);
    connect(cluster, &ClusterManager::domainRemoved, this, scheduleSummary);
    connect(cluster, &ClusterManager::hostRemoved, this, scheduleSummary);
    updateSummary();

    QSettings settings;
    resize(1280, 800);
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::createDocks()
{
    m_navigator = new QTreeView(this);
    m_navigator->setModel(m_hostModel);
    m_navigator->setObjectName(QStringLiteral("navigatorView"));
    m_navigator->setAccessibleName(tr("Hosts"));
    m_navigator->setUniformRowHeights(true);
    m_navigator->header()->setStretchLastSection(false);
    m_navigator->header()->setSectionResizeMode(HostTreeModel::NameColumn, QHeaderView::Stretch);
    // Fixed widths: ResizeToContents would measure every row on every
    // update, which costs hundreds of milliseconds with hundreds of hosts.
    m_navigator->header()->setSectionResizeMode(HostTreeModel::StateColumn, QHeaderView::Interactive);
    m_navigator->header()->setSectionResizeMode(HostTreeModel::GuestsColumn, QHeaderView::Interactive);
    // Wide enough for the state words in the language shown (host names
    // keep the rest; a group's longer summary may be cut).
    fitColumn(m_navigator->header(), HostTreeModel::StateColumn,
              {hostStateName(HostState::Unreachable), hostStateName(HostState::Connecting)});
    m_navigator->setColumnWidth(HostTreeModel::GuestsColumn, fontMetrics().horizontalAdvance(u"000/000"_s) + 12);
    m_navigator->expandAll();
    connect(m_hostModel, &QAbstractItemModel::rowsInserted, m_navigator, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_navigator->expandAll();
    });
    connect(m_navigator->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::navigatorSelectionChanged);
    connect(m_navigator, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!index.data(Models::IsGroupRole).toBool())
            m_pages->setCurrentWidget(m_hostPage);
    });
    auto *navDock = new QDockWidget(tr("Hosts"), this);
    navDock->setObjectName(QStringLiteral("navigatorDock"));
    navDock->setWidget(m_navigator);
    addDockWidget(Qt::LeftDockWidgetArea, navDock);

    m_eventView = new QTableView(this);
    m_eventView->setModel(m_eventModel);
    m_eventView->setAccessibleName(tr("Event log"));
    m_eventView->verticalHeader()->hide();
    m_eventView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_eventView->horizontalHeader()->setSectionResizeMode(Models::EventLogModel::MessageColumn, QHeaderView::Stretch);
    m_eventView->setColumnWidth(Models::EventLogModel::TimeColumn, 150);
    m_eventView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventView->setWordWrap(false);
    connect(m_eventModel, &QAbstractItemModel::rowsInserted, m_eventView, [this]() {
        m_eventView->scrollToBottom();
    });
    auto *logDock = new QDockWidget(tr("Event Log"), this);
    logDock->setObjectName(QStringLiteral("eventLogDock"));
    logDock->setWidget(m_eventView);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);
    m_migrationsPanel = new MigrationsPanel(m_session->migrations(), this);
    auto *migrationsDock = new QDockWidget(tr("Migrations"), this);
    migrationsDock->setObjectName(QStringLiteral("migrationsDock"));
    migrationsDock->setWidget(m_migrationsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, migrationsDock);
    tabifyDockWidget(logDock, migrationsDock);
    if (m_alertModel) {
        m_alertsPanel = new AlertsPanel(m_session, m_alertModel, this);
        auto *alertDock = new QDockWidget(tr("Alerts"), this);
        alertDock->setObjectName(QStringLiteral("alertsDock"));
        alertDock->setWidget(m_alertsPanel);
        addDockWidget(Qt::BottomDockWidgetArea, alertDock);
        tabifyDockWidget(logDock, alertDock);
        logDock->raise();
    }
    // The View menu's dock toggles need keys too.
    navDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+H")));
    logDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    migrationsDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    if (auto *alertDock = findChild<QDockWidget *>(QStringLiteral("alertsDock")))
        alertDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    // Names, the (translated) state and the guest count side by side.
    resizeDocks({navDock}, {std::max(300, m_navigator->header()->sectionSize(HostTreeModel::StateColumn)
                                              + m_navigator->header()->sectionSize(HostTreeModel::GuestsColumn)
                                              + fontMetrics().horizontalAdvance(u"production-00"_s) + 40)},
                Qt::Horizontal);
    resizeDocks({logDock}, {220}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_hostActions->add());
    QAction *report = file->addAction(QIcon::fromTheme(QStringLiteral("document-export")),
                                      tr("&Export Health Report…"), this, [this]() {
        auto *dialog = new ReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    report->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    file->addSeparator();
    QAction *preferences = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"),
                                           this, [this]() {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *host = menuBar()->addMenu(tr("H&ost"));
    const QList<QAction *> hostMenu = m_hostActions->hostMenu();
    host->addActions(hostMenu.mid(0, 5));   // edit, reconnect, trust host key, log in, remove
    host->addSeparator();
    host->addActions(hostMenu.mid(5));      // maintenance

    QMenu *guest = menuBar()->addMenu(tr("&Guest"));
    guest->addActions(m_actions->actions());
    guest->addSeparator();
    m_migrate = guest->addAction(QIcon::fromTheme(QStringLiteral("go-next")), tr("&Migrate…"), this,
                                 [this]() { openMigrateDialog(m_inventory->selectedGuests()); });
    m_migrate->setShortcut(QKeySequence(tr("Ctrl+M")));
    m_migrate->setEnabled(false);
    connect(m_inventory, &InventoryPage::selectionChanged, m_migrate,
            [this](const QList<GuestRef> &selection) { m_migrate->setEnabled(!selection.isEmpty()); });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QList<QDockWidget *> docks = findChildren<QDockWidget *>();
    for (QDockWidget *dock : docks)
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    QAction *overviewPage = view->addAction(tr("&Overview"), this, [this]() { showPage(u"overview"_s); });
    overviewPage->setShortcut(QKeySequence(tr("Alt+1")));
    QAction *guestsPage = view->addAction(tr("&Guests"), this, [this]() { showPage(u"inventory"_s); });
    guestsPage->setShortcut(QKeySequence(tr("Alt+2")));
    QAction *hostPage = view->addAction(tr("Host &Details"), this, [this]() { m_pages->setCurrentWidget(m_hostPage); });
    hostPage->setShortcut(QKeySequence(tr("Alt+3")));
    QAction *failoverPage = view->addAction(tr("&Failover"), this, [this]() { m_pages->setCurrentWidget(m_failoverPage); });
    failoverPage->setShortcut(QKeySequence(tr("Alt+4")));
    QAction *balancePage = view->addAction(tr("&Balance"), this, [this]() { showPage(u"balance"_s); });
    balancePage->setShortcut(QKeySequence(tr("Alt+5")));
    QAction *backupPage = view->addAction(tr("Bac&kups"), this, [this]() { showPage(u"backups"_s); });
    backupPage->setShortcut(QKeySequence(tr("Alt+6")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Vigil"), this, [this]() {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Vigil"),
                                    tr("Vigil %1 — high availability for libvirt clusters.").arg(QStringLiteral(VIGIL_VERSION)),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_hostActions->add());
    tools->addAction(m_hostActions->reconnect());
    tools->addSeparator();
    tools->addActions(m_actions->actions());
    tools->addAction(m_migrate);
}

bool MainWindow::showPage(const QString &name)
{
    if (name == u"overview") {
        m_pages->setCurrentWidget(m_overview);
        return true;
    }
    if (name == u"inventory" || name == u"guests") {
        m_pages->setCurrentIndex(m_pages->indexOf(m_inventory->parentWidget()));
        return true;
    }
    if (name == u"guest") {
        // Select the first running guest so that its charts show.
        m_pages->setCurrentIndex(m_pages->indexOf(m_inventory->parentWidget()));
        QAbstractItemModel *model = m_inventory->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(Models::DomainStateRole).toInt() == int(DomainState::Running)) {
                m_inventory->view()->selectRow(row);
                break;
            }
        }
        return true;
    }
    if (name == u"failover") {
        m_pages->setCurrentWidget(m_failoverPage);
        return true;
    }
    if (name == u"backups") {
        m_pages->setCurrentWidget(m_backupPage);
        return true;
    }
    if (name == u"balance") {
        m_pages->setCurrentWidget(m_balancePage);
        m_balancePage->recompute();
        return true;
    }
    if (name == u"host") {
        if (selectedHost() == 0) {
            // Pick a host so the page shows something real: the first one that is up.
            QModelIndex pick;
            for (int g = 0; g < m_hostModel->rowCount() && !pick.isValid(); ++g) {
                const QModelIndex group = m_hostModel->index(g, 0);
                for (int h = 0; h < m_hostModel->rowCount(group) && !pick.isValid(); ++h) {
                    const QModelIndex host = m_hostModel->index(h, 0, group);
                    if (host.data(Models::HostStateRole).toInt() == int(HostState::Up))
                        pick = host;
                }
            }
            if (pick.isValid())
                m_navigator->setCurrentIndex(pick);
        }
        m_pages->setCurrentWidget(m_hostPage);
        return true;
    }
    return false;
}

qint64 MainWindow::selectedHost() const
{
    const QModelIndex current = m_navigator->currentIndex();
    if (!current.isValid() || current.data(Models::IsGroupRole).toBool())
        return 0;
    return current.siblingAtColumn(0).data(Models::HostIdRole).toLongLong();
}

void MainWindow::navigatorSelectionChanged()
{
    const QModelIndex current = m_navigator->currentIndex();
    QSet<HostId> scope;
    QString label = tr("All hosts");
    if (current.isValid()) {
        const QModelIndex nameIndex = current.siblingAtColumn(0);
        if (nameIndex.data(Models::IsGroupRole).toBool()) {
            for (int r = 0; r < m_hostModel->rowCount(nameIndex); ++r)
                scope.insert(m_hostModel->index(r, 0, nameIndex).data(Models::HostIdRole).toLongLong());
            label = nameIndex.data().toString();
        } else {
            scope.insert(nameIndex.data(Models::HostIdRole).toLongLong());
            label = nameIndex.data().toString();
            m_hostPage->showHost(nameIndex.data(Models::HostIdRole).toLongLong());
        }
    }
    m_inventory->setHostScope(scope, label);
    m_hostActions->setSelectedHost(selectedHost());
}

MaintenanceDialog *MainWindow::openMaintenanceDialog(HostId host)
{
    return m_hostActions->openMaintenanceDialog(host);
}

void MainWindow::showActionError(const QString &title, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

MigrateDialog *MainWindow::openMigrateDialog(const QList<GuestRef> &guests)
{
    if (guests.isEmpty())
        return nullptr;
    auto *dialog = new MigrateDialog(m_session, guests, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MigrateDialog::submitted, this, [this](const QList<quint64> &ids) {
        followMovesInStatusBar(statusBar(), m_session->migrations(), ids);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("migrationsDock")))
            dock->raise();
    });
    dialog->open();
    return dialog;
}

void MainWindow::notifyAlert(const QString &title, const QString &message)
{
    // A desktop notification where there is a tray; the alerts panel and the
    // status bar everywhere. Never a modal dialog.
    statusBar()->showMessage(title + QStringLiteral(" — ") + message, 15000);
    if (!Preferences::load().notifyCriticalAlerts || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(windowTitle());
        m_tray->show();
    }
    m_tray->showMessage(title, message, QSystemTrayIcon::Critical, 10000);
}

void MainWindow::updateSummary()
{
    ClusterManager *cluster = m_session->cluster();
    int up = 0, down = 0, guests = 0, running = 0;
    const QList<HostConfig> hosts = cluster->hosts();
    for (const HostConfig &c : hosts) {
        const HostState state = cluster->status(c.id).state;
        up += state == HostState::Up;
        down += state == HostState::Unreachable;
        guests += cluster->domainCount(c.id);
        running += cluster->activeDomainCount(c.id);
    }
    m_summary->setText(tr("%1 hosts: %2 up, %3 unreachable  |  %4 guests, %5 active")
                           .arg(hosts.size()).arg(up).arg(down).arg(guests).arg(running));
}

void MainWindow::watchFailoverEngine()
{
    Ha::FailoverEngine *engine = m_session->failoverEngine();
    if (!engine || m_engineState)
        return;
    m_engineState = new QLabel(this);
    m_engineState->setAccessibleName(tr("Failover engine state"));
    m_engineState->setContentsMargins(0, 0, 16, 0);
    statusBar()->insertPermanentWidget(0, m_engineState);
    const auto show = [this](bool active, const QString &holder) {
        m_engineState->setText(active ? tr("Failover: active in this console")
                                      : tr("Failover: passive — %1 holds the lease").arg(holder));
        m_engineState->setToolTip(tr("Only one console or agent per database acts on host failures."));
    };
    connect(engine, &Ha::FailoverEngine::activeChanged, m_engineState, show);
    show(engine->isActive(), engine->leaseHolder());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int moving = m_session->migrations()->runningCount();
    const int backingUp = int(m_session->backups()->runningRuns().size());
    if ((moving > 0 || backingUp > 0) && !m_closeConfirmed) {
        event->ignore();
        QStringList what;
        if (moving > 0)
            what << tr("%n guest move(s) are still running; closing cancels them and the guests keep running on "
                       "their source hosts.", nullptr, moving);
        if (backingUp > 0)
            what << tr("%n backup run(s) are still running; closing cancels them, the guests keep running and "
                       "no partial backup is kept.", nullptr, backingUp);
        auto *box = new QMessageBox(QMessageBox::Question, tr("Work in progress"), what.join(u"\n"_s),
                                    QMessageBox::Close | QMessageBox::Cancel, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this](int result) {
            if (result != QMessageBox::Close)
                return;
            m_closeConfirmed = true;
            close();
        });
        box->open();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Vigil::Ui
