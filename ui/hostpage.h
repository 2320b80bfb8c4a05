#pragma once

#include <QWidget>

#include "core/hostconfig.h"

class QLabel;
class QTreeWidget;

namespace Vigil {
class ClusterManager;
namespace Store { class HistoryReader; }
}

namespace Vigil::Ui {

// One host in detail: connection, hardware, hypervisor, storage pools and
// networks, as libvirt reports them, and its CPU, memory, network and disk
// charts. What the driver cannot report is labelled as such, never filled
// with made-up numbers.
class HostPage : public QWidget
{
    Q_OBJECT
public:
    HostPage(ClusterManager *cluster, Store::HistoryReader *history, QWidget *parent = nullptr);
    void showHost(HostId id);
    HostId hostId() const { return m_host; }
    class MetricsPanel *charts() const { return m_charts; }

private:
    void refresh();

    ClusterManager *m_cluster;
    HostId m_host = 0;
    QLabel *m_title;
    QLabel *m_summary;
    QTreeWidget *m_pools;
    QTreeWidget *m_networks;
    class MetricsPanel *m_charts;
};

} // namespace Vigil::Ui
