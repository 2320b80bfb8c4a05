#include "hostpage.h"

#include "charts/metricspanel.h"

#include "core/cluster/clustermanager.h"
#include "models/statusicons.h"

#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {
namespace {

QTreeWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style='padding-right:16px;color:#666'>%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

HostPage::HostPage(ClusterManager *cluster, Store::HistoryReader *history, QWidget *parent)
    : QWidget(parent)
    , m_cluster(cluster)
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_pools(makeTable({tr("Storage pool"), tr("State"), tr("Type"), tr("Used"), tr("Capacity"), tr("Path")}, this))
    , m_networks(makeTable({tr("Network"), tr("State"), tr("Forward"), tr("Bridge")}, this))
    , m_charts(new MetricsPanel(cluster, history, this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_pools->setAccessibleName(tr("Storage pools"));
    m_networks->setAccessibleName(tr("Networks"));
    auto *resources = new QWidget(this);
    auto *resourceLayout = new QVBoxLayout(resources);
    resourceLayout->addWidget(new QLabel(tr("<b>Storage pools</b>"), this));
    resourceLayout->addWidget(m_pools, 1);
    resourceLayout->addWidget(new QLabel(tr("<b>Networks</b>"), this));
    resourceLayout->addWidget(m_networks, 1);
    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(m_charts, tr("&Charts"));
    tabs->addTab(resources, tr("&Storage and networks"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);

    const auto refreshIfShown = [this](HostId id) {
        if (id == m_host)
            refresh();
    };
    connect(cluster, &ClusterManager::detailsUpdated, this, refreshIfShown);
    connect(cluster, &ClusterManager::statusChanged, this, refreshIfShown);
    connect(cluster, &ClusterManager::domainsLoaded, this, refreshIfShown);
    connect(cluster, &ClusterManager::hostChanged, this, [refreshIfShown](const HostConfig &c) { refreshIfShown(c.id); });
    refresh();
}

void HostPage::showHost(HostId id)
{
    if (id != m_host)
        m_charts->setSubject({id, {}}, m_cluster->host(id).name);
    m_host = id;
    refresh();
}

void HostPage::refresh()
{
    m_pools->clear();
    m_networks->clear();
    if (!m_cluster->contains(m_host)) {
        m_title->setText(tr("<h2>No host selected</h2>"));
        m_summary->setText(tr("Pick a host in the navigator."));
        return;
    }
    const HostConfig config = m_cluster->host(m_host);
    const HostStatus status = m_cluster->status(m_host);
    const HostDetails details = m_cluster->details(m_host);
    const HostInfo &h = details.host;
    const QColor color = Models::hostStateColor(status.state);
    m_title->setText(QStringLiteral("<h2>%1 <span style='color:%2'>● %3</span></h2>")
                         .arg(config.name.toHtmlEscaped(), color.name(), hostStateName(status.state)));

    QString html = QStringLiteral("<table>");
    html += row(tr("URI"), config.uri);
    if (!status.reason.isEmpty())
        html += row(tr("Reason"), status.reason);
    if (status.since.isValid())
        html += row(tr("Since"), status.since.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"));
    if (status.nextRetry.isValid())
        html += row(tr("Next attempt"), status.nextRetry.toLocalTime().toString(u"HH:mm:ss"));
    if (h.cpus > 0) {
        html += row(tr("Hostname"), h.hostname);
        html += row(tr("CPU"), tr("%1 (%2) — %3 CPUs: %4 socket(s) × %5 core(s) × %6 thread(s), %7 MHz, %8 NUMA node(s)")
                                   .arg(h.cpuModel, h.arch).arg(h.cpus).arg(h.sockets).arg(h.cores)
                                   .arg(h.threads).arg(h.mhz).arg(h.numaNodes));
        html += row(tr("Memory"), h.freeMemoryKnown
                                      ? tr("%1 total, %2 free").arg(formatMemoryKiB(h.memoryKiB), formatMemoryKiB(h.freeMemoryKiB))
                                      : tr("%1 total; free memory not reported by this driver").arg(formatMemoryKiB(h.memoryKiB)));
        html += row(tr("Hypervisor"), h.hypervisorVersion.isEmpty() ? h.hypervisor
                                                                   : h.hypervisor + QLatin1Char(' ') + h.hypervisorVersion);
        html += row(tr("libvirt"), h.libvirtVersion);
    } else if (status.state != HostState::Up) {
        html += row(tr("Details"), tr("not known yet: the host has not been reached"));
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);

    for (const StoragePoolInfo &p : details.pools) {
        const double used = p.capacity ? 100.0 * double(p.allocation) / double(p.capacity) : 0.0;
        auto *item = new QTreeWidgetItem(m_pools, {p.name, p.active ? tr("active") : tr("inactive"), p.type,
                                                   tr("%1 (%2 %)").arg(formatBytes(p.allocation)).arg(used, 0, 'f', 0),
                                                   formatBytes(p.capacity), p.targetPath});
        item->setIcon(0, Models::badgeIcon(p.active ? Models::hostStateColor(HostState::Up)
                                                    : Models::hostStateColor(HostState::Unreachable)));
    }
    for (const NetworkInfo &n : details.networks) {
        auto *item = new QTreeWidgetItem(m_networks, {n.name, n.active ? tr("active") : tr("inactive"),
                                                      n.forwardMode, n.bridge});
        item->setIcon(0, Models::badgeIcon(n.active ? Models::hostStateColor(HostState::Up)
                                                    : Models::hostStateColor(HostState::Unreachable)));
    }
    for (QTreeWidget *tree : {m_pools, m_networks})
        for (int c = 0; c < tree->columnCount() - 1; ++c)
            tree->resizeColumnToContents(c);
}

} // namespace Vigil::Ui
