#pragma once

#include <QWidget>

#include "core/hostconfig.h"

class QLabel;
class QTreeWidget;

namespace Vigil {
class ClusterManager;
}

namespace Vigil::Ui {

// One host in detail: connection, hardware, hypervisor, storage pools and
// networks, as libvirt reports them. What the driver cannot report is
// labelled as such, never filled with made-up numbers.
class HostPage : public QWidget
{
    Q_OBJECT
public:
    explicit HostPage(ClusterManager *cluster, QWidget *parent = nullptr);
    void showHost(HostId id);
    HostId hostId() const { return m_host; }

private:
    void refresh();

    ClusterManager *m_cluster;
    HostId m_host = 0;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_pools;
    QTreeWidget *m_networks;
};

} // namespace Vigil::Ui
