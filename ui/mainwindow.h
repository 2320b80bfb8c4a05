#pragma once

#include <QMainWindow>
#include <QTimer>

#include "core/hostconfig.h"

namespace Vigil {
class Session;
namespace Store { class HistoryReader; }
namespace Models {
class AlertTableModel;
class DomainTableModel;
class EventLogModel;
class HostTreeModel;
}
}

class QLabel;
class QSystemTrayIcon;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Vigil::Ui {

class AlertsPanel;
class BackupPage;
class BalancePage;
class FailoverPage;
class GuestActions;
class HostActions;
class HostPage;
class InventoryPage;
class MetricsPanel;
class MaintenanceDialog;
class MigrateDialog;
class MigrationsPanel;
struct GuestRef;
class OverviewPage;

// The console's frame: navigator dock (hosts by group), pages (guests, host
// details), event-log dock, menus and status bar. Work is delegated to the
// pages, GuestActions and HostActions; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    // Shows in the status bar whether this process's failover engine acts
    // or another console/agent holds the lease.
    void watchFailoverEngine();

    // "overview", "inventory", "guest" (a running guest's charts), "host"
    // or "failover"; returns false for an unknown name.
    bool showPage(const QString &name);
    OverviewPage *overviewPage() const { return m_overview; }
    MetricsPanel *guestCharts() const { return m_guestCharts; }
    AlertsPanel *alertsPanel() const { return m_alertsPanel; }
    MigrationsPanel *migrationsPanel() const { return m_migrationsPanel; }
    // Opens the migration dialog for these guests (non-modal).
    MigrateDialog *openMigrateDialog(const QList<GuestRef> &guests);
    MaintenanceDialog *openMaintenanceDialog(HostId host);
    InventoryPage *inventoryPage() const { return m_inventory; }
    HostPage *hostPage() const { return m_hostPage; }
    FailoverPage *failoverPage() const { return m_failoverPage; }
    BackupPage *backupPage() const { return m_backupPage; }
    GuestActions *guestActions() const { return m_actions; }
    QTreeView *navigator() const { return m_navigator; }
    Models::EventLogModel *eventLog() const { return m_eventModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void navigatorSelectionChanged();
    qint64 selectedHost() const;
    void updateSummary();
    void showActionError(const QString &title, const QString &details);
    void notifyAlert(const QString &title, const QString &message);

    Session *m_session;
    Store::HistoryReader *m_history = nullptr;
    Models::AlertTableModel *m_alertModel = nullptr;
    Models::HostTreeModel *m_hostModel;
    Models::DomainTableModel *m_domainModel;
    Models::EventLogModel *m_eventModel;
    GuestActions *m_actions;
    HostActions *m_hostActions;
    QTabWidget *m_pages;
    OverviewPage *m_overview;
    InventoryPage *m_inventory;
    MetricsPanel *m_guestCharts;
    AlertsPanel *m_alertsPanel = nullptr;
    MigrationsPanel *m_migrationsPanel = nullptr;
    QAction *m_migrate = nullptr;
    bool m_closeConfirmed = false;
    QSystemTrayIcon *m_tray = nullptr;
    HostPage *m_hostPage;
    FailoverPage *m_failoverPage;
    BalancePage *m_balancePage;
    BackupPage *m_backupPage;
    QTreeView *m_navigator = nullptr;
    QTableView *m_eventView = nullptr;
    QLabel *m_summary;
    QLabel *m_engineState = nullptr;
    QTimer m_summaryTimer;

};

} // namespace Vigil::Ui
