#pragma once

#include <QTimer>
#include <QWidget>

#include "core/backup/backupstatus.h"
#include "core/hostconfig.h"

class QLabel;
class QTableView;
class QTreeWidget;

namespace Vigil {
class ClusterManager;
namespace Models { class AlertTableModel; class HostHealthModel; }
}

namespace Vigil::Ui {

// The cluster at a glance: hosts and guests by state, CPU and memory used
// against capacity, open alerts, every host's health score with its
// reasons, the busiest guests, and whether backups meet their RPO.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(ClusterManager *cluster, Models::AlertTableModel *alerts, QWidget *parent = nullptr);

    Models::HostHealthModel *hostHealth() const { return m_health; }
    QTableView *hostTable() const { return m_hosts; }
    // Recomputes tiles and top lists now (they also refresh every 2 s).
    void refresh();
    // Every backup job's guests as last checked (Session::backupStatus).
    void setBackupStatus(const QList<Vigil::Backup::GuestBackupStatus> &status);

Q_SIGNALS:
    void hostActivated(Vigil::HostId host);

private:
    QLabel *addTile(const QString &accessibleName);
    void refreshTopGuests(bool waitingForRates);

    ClusterManager *m_cluster;
    Models::AlertTableModel *m_alerts;
    Models::HostHealthModel *m_health;
    QList<QLabel *> m_tiles;
    QLabel *m_hostsTile;
    QLabel *m_guestsTile;
    QLabel *m_cpuTile;
    QLabel *m_memoryTile;
    QLabel *m_alertsTile;
    QLabel *m_backupTile;
    QTableView *m_hosts;
    QTreeWidget *m_topCpu;
    QTreeWidget *m_topMemory;
    QTimer m_timer;
    QTimer m_soon;
};

} // namespace Vigil::Ui
