#pragma once

#include <QMainWindow>
#include <QTimer>

#include "core/hostconfig.h"

namespace Vigil {
class Session;
namespace Models {
class DomainTableModel;
class EventLogModel;
class HostTreeModel;
}
}

class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace Vigil::Ui {

class FailoverPage;
class GuestActions;
class HostPage;
class InventoryPage;

// The console's frame: navigator dock (hosts by group), pages (guests, host
// details), event-log dock, menus and status bar. Work is delegated to the
// pages and to GuestActions; this class only wires them.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Session *session, QWidget *parent = nullptr);

    // Shows in the status bar whether this process's failover engine acts
    // or another console/agent holds the lease.
    void watchFailoverEngine();

    // "inventory", "host" or "failover"; returns false for an unknown name.
    bool showPage(const QString &name);
    InventoryPage *inventoryPage() const { return m_inventory; }
    HostPage *hostPage() const { return m_hostPage; }
    FailoverPage *failoverPage() const { return m_failoverPage; }
    GuestActions *guestActions() const { return m_actions; }
    QTreeView *navigator() const { return m_navigator; }
    Models::EventLogModel *eventLog() const { return m_eventModel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createDocks();
    void navigatorSelectionChanged();
    void openHostDialog(const HostConfig *existing);
    void addHost();
    void editHost();
    void removeHost();
    void reconnectHost();
    qint64 selectedHost() const;
    void updateSummary();
    void showActionError(const QString &title, const QString &details);

    Session *m_session;
    Models::HostTreeModel *m_hostModel;
    Models::DomainTableModel *m_domainModel;
    Models::EventLogModel *m_eventModel;
    GuestActions *m_actions;
    QTabWidget *m_pages;
    InventoryPage *m_inventory;
    HostPage *m_hostPage;
    FailoverPage *m_failoverPage;
    QTreeView *m_navigator = nullptr;
    QTableView *m_eventView = nullptr;
    QLabel *m_summary;
    QLabel *m_engineState = nullptr;
    QTimer m_summaryTimer;
    QList<QAction *> m_hostActions;
};

} // namespace Vigil::Ui
