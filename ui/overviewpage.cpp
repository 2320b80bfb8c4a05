#include "overviewpage.h"
#include "columnwidths.h"
#include "models/statecolors.h"

#include "percentbardelegate.h"
#include "core/cluster/clustermanager.h"
#include "models/alerttablemodel.h"
#include "models/hosthealthmodel.h"
#include "models/naturalsortproxy.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {
namespace {

QString tileHtml(const QString &title, const QString &value, const QString &detail)
{
    return QStringLiteral("<div style='color:palette(mid)'>%1</div><div style='font-size:18pt;font-weight:600'>%2</div>"
                          "<div>%3</div>")
        .arg(title.toHtmlEscaped(), value.toHtmlEscaped(), detail);
}

struct GuestLoad {
    QString name;
    QString host;
    double value;
    bool allocatedOnly;
};

} // namespace

OverviewPage::OverviewPage(ClusterManager *cluster, Models::AlertTableModel *alerts, QWidget *parent)
    : QWidget(parent)
    , m_cluster(cluster)
    , m_alerts(alerts)
    , m_health(new Models::HostHealthModel(cluster, this))
    , m_hostsTile(addTile(tr("Hosts")))
    , m_guestsTile(addTile(tr("Guests")))
    , m_cpuTile(addTile(tr("Cluster CPU")))
    , m_memoryTile(addTile(tr("Cluster memory")))
    , m_alertsTile(addTile(tr("Open alerts")))
    , m_backupTile(addTile(tr("Backup RPO")))
    , m_hosts(new QTableView(this))
    , m_topCpu(new QTreeWidget(this))
    , m_topMemory(new QTreeWidget(this))
{
    auto *tiles = new QHBoxLayout;
    for (QLabel *tile : std::as_const(m_tiles))
        tiles->addWidget(tile, 1);

    auto *proxy = new Models::NaturalSortProxy(this);
    proxy->setSourceModel(m_health);
    proxy->setSortRole(Qt::DisplayRole);
    m_hosts->setModel(proxy);
    m_hosts->setSortingEnabled(true);
    m_hosts->sortByColumn(Models::HostHealthModel::Score, Qt::AscendingOrder);
    m_hosts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_hosts->setAlternatingRowColors(true);
    m_hosts->verticalHeader()->hide();
    m_hosts->horizontalHeader()->setStretchLastSection(true);
    m_hosts->setAccessibleName(tr("Host health"));
    auto *bars = new PercentBarDelegate(Models::HostHealthModel::PercentRole, this);
    m_hosts->setItemDelegateForColumn(Models::HostHealthModel::Cpu, bars);
    m_hosts->setItemDelegateForColumn(Models::HostHealthModel::Memory, bars);
    m_hosts->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_hosts->setWordWrap(false);
    m_hosts->setColumnWidth(Models::HostHealthModel::Name, 100);
    m_hosts->setColumnWidth(Models::HostHealthModel::State, 100);
    m_hosts->setColumnWidth(Models::HostHealthModel::Score, 55);
    m_hosts->setColumnWidth(Models::HostHealthModel::Cpu, 95);
    m_hosts->setColumnWidth(Models::HostHealthModel::Memory, 175);
    m_hosts->setColumnWidth(Models::HostHealthModel::Guests, 65);
    // In German or Chinese the labels and words are wider than these widths.
    fitColumnsToHeaders(m_hosts->horizontalHeader());
    fitColumn(m_hosts->horizontalHeader(), Models::HostHealthModel::State,
              {hostStateName(HostState::Up), hostStateName(HostState::Unreachable),
               hostStateName(HostState::Connecting)});
    const QString notReported = Models::HostHealthModel::tr("not reported");
    fitColumn(m_hosts->horizontalHeader(), Models::HostHealthModel::Cpu, {notReported});
    connect(m_hosts, &QTableView::doubleClicked, this, [this, proxy](const QModelIndex &index) {
        Q_EMIT hostActivated(m_health->hostAt(proxy->mapToSource(index).row()));
    });

    for (QTreeWidget *top : {m_topCpu, m_topMemory}) {
        top->setRootIsDecorated(false);
        top->setAlternatingRowColors(true);
        top->header()->setStretchLastSection(false);
    }
    m_topCpu->setHeaderLabels({tr("Busiest guests"), tr("Host"), tr("CPU")});
    m_topMemory->setHeaderLabels({tr("Largest guests"), tr("Host"), tr("Memory")});
    for (QTreeWidget *top : {m_topCpu, m_topMemory}) {
        // At most ten rows: measuring them costs nothing. The guest name
        // takes what is left, never less than its header.
        top->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        top->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
        top->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
        // (A header-wide minimum section size widened the Host and CPU
        // columns to the guest header's width too.)
        const QFontMetrics metrics(top->header()->font());
        int headers = 2 * top->frameWidth();
        for (int column = 0; column < top->columnCount(); ++column)
            headers += metrics.horizontalAdvance(top->headerItem()->text(column)) + 2 * metrics.averageCharWidth();
        top->setMinimumWidth(headers);
    }
    m_topCpu->setAccessibleName(tr("Top guests by CPU"));
    m_topMemory->setAccessibleName(tr("Top guests by memory"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_topCpu);
    sideLayout->addWidget(m_topMemory);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_hosts);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    side->setMinimumWidth(260);
    split->setSizes({700, 280});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tiles);
    layout->addWidget(split, 1);

    // Tiles and top lists follow the cluster within 250 ms of a change,
    // and at least every 2 s (statistics ticks), however many changes arrive.
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &OverviewPage::refresh);
    m_timer.start();
    m_soon.setSingleShot(true);
    m_soon.setInterval(250);
    connect(&m_soon, &QTimer::timeout, this, &OverviewPage::refresh);
    const auto soon = [this]() {
        if (!m_soon.isActive())
            m_soon.start();
    };
    connect(cluster, &ClusterManager::statusChanged, this, soon);
    connect(cluster, &ClusterManager::domainsLoaded, this, soon);
    connect(cluster, &ClusterManager::domainUpdated, this, soon);
    connect(cluster, &ClusterManager::domainRemoved, this, soon);
    connect(cluster, &ClusterManager::hostRemoved, this, soon);
    if (m_alerts) {
        connect(m_alerts, &QAbstractItemModel::rowsInserted, this, &OverviewPage::refresh);
        connect(m_alerts, &QAbstractItemModel::rowsRemoved, this, &OverviewPage::refresh);
    }
    refresh();
    setBackupStatus({});
}

void OverviewPage::setBackupStatus(const QList<Backup::GuestBackupStatus> &status)
{
    const Backup::BackupCompliance c = Backup::backupCompliance(status);
    QString detail = c.withObjective == 0
        ? tr("no backup job states an RPO")
        : Models::inStateColor(Models::StateColor::Good, tr("%1 met").arg(c.met)) + u" · "_s
              + Models::inStateColor(c.missed.isEmpty() ? Models::StateColor::Good : Models::StateColor::Bad,
                                     tr("%1 missed").arg(c.missed.size()));
    // A failed drill is said whether or not the job states an RPO.
    if (!c.failedDrills.isEmpty())
        detail += u" · "_s + Models::inStateColor(Models::StateColor::Bad,
                                                 tr("%n failed restore drill(s)", nullptr, int(c.failedDrills.size())));
    m_backupTile->setText(tileHtml(tr("Backup RPO"),
                                   c.withObjective == 0 ? tr("—") : tr("%1 of %2").arg(c.met).arg(c.withObjective),
                                   detail));
    QStringList tip;
    if (!c.missed.isEmpty())
        tip << tr("Missed the RPO: %1").arg(c.missed.join(u", "_s));
    if (!c.failedDrills.isEmpty())
        tip << tr("Failed the last restore drill: %1").arg(c.failedDrills.join(u", "_s));
    m_backupTile->setToolTip(tip.join(u'\n'));
}

QLabel *OverviewPage::addTile(const QString &accessibleName)
{
    auto *tile = new QLabel(this);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setMargin(8);
    tile->setTextFormat(Qt::RichText);
    tile->setAccessibleName(accessibleName);
    tile->setWordWrap(true);
    tile->setMinimumWidth(140);
    m_tiles.append(tile);
    return tile;
}

void OverviewPage::refresh()
{
    int up = 0, unreachable = 0, connecting = 0, maintenance = 0;
    int running = 0, paused = 0, stopped = 0, other = 0, unknown = 0;
    // A guest runs where a reachable host says so. An unreachable host's
    // guests are unknown (its last word may be long dead, or fenced), and a
    // copy there of a guest that runs elsewhere (restarted by a failover) is
    // not a second guest.
    QSet<QString> seenOnReachable;
    for (const HostConfig &host : m_cluster->hosts())
        if (m_cluster->status(host.id).state == HostState::Up)
            m_cluster->forEachDomain(host.id, [&](const DomainInfo &d) { seenOnReachable.insert(d.uuid); });
    double cpuWeighted = 0, cpuWeight = 0, memUsed = 0, memTotal = 0;
    int hostsWithMemory = 0;
    // Up hosts whose figures cannot be judged yet: no tick so far (memory)
    // or only one (CPU is a rate). Said as "waiting", not "not reported".
    bool firstSamplesDue = false, secondSamplesDue = false;
    for (const HostConfig &host : m_cluster->hosts()) {
        const HostState state = m_cluster->status(host.id).state;
        up += state == HostState::Up;
        unreachable += state == HostState::Unreachable;
        connecting += state == HostState::Connecting;
        maintenance += host.maintenance;
        m_cluster->forEachDomain(host.id, [&](const DomainInfo &d) {
            if (state != HostState::Up) {
                unknown += !seenOnReachable.contains(d.uuid);
                return;
            }
            if (d.state == DomainState::Running || d.state == DomainState::Blocked)
                ++running;
            else if (d.state == DomainState::Paused || d.state == DomainState::PmSuspended)
                ++paused;
            else if (d.state == DomainState::Shutoff)
                ++stopped;
            else
                ++other;
        });
        if (state != HostState::Up)
            continue;
        const Metrics::HostSample sample = m_cluster->latestSample(host.id);
        if (m_cluster->statsInterval() > 0) {
            firstSamplesDue = firstSamplesDue || !sample.isValid();
            secondSamplesDue = secondSamplesDue || !sample.isValid() || sample.ratesPending;
        }
        const int cpus = std::max(1, m_cluster->details(host.id).host.cpus);
        const double cpu = sample.values[Metrics::Metric::Cpu];
        if (Metrics::isReported(cpu)) {
            cpuWeighted += cpu * cpus;
            cpuWeight += cpus;
        }
        const double used = sample.values[Metrics::Metric::MemoryUsed];
        const double total = sample.values[Metrics::Metric::MemoryTotal];
        if (Metrics::isReported(used) && Metrics::isReported(total)) {
            memUsed += used;
            memTotal += total;
            ++hostsWithMemory;
        }
    }
    const int hosts = up + unreachable + connecting;
    m_hostsTile->setText(tileHtml(tr("Hosts"), QString::number(hosts),
                                  Models::inStateColor(Models::StateColor::Good, tr("%1 up").arg(up)) + u" · "_s
                                      + Models::inStateColor(Models::StateColor::Bad,
                                                             tr("%1 unreachable").arg(unreachable))
                                      + u" · "_s + tr("%1 in maintenance").arg(maintenance)
                                      + (connecting ? tr(" · %1 connecting").arg(connecting) : QString())));
    m_guestsTile->setText(tileHtml(tr("Guests"), QString::number(running + paused + stopped + other + unknown),
                                   tr("%1 running · %2 paused · %3 stopped").arg(running).arg(paused).arg(stopped
                                                                                                        + other)
                                       + (unknown ? u" · "_s + Models::inStateColor(Models::StateColor::Bad,
                                                                                    tr("%1 unknown (host unreachable)")
                                                                                        .arg(unknown))
                                                  : QString())));
    m_cpuTile->setText(tileHtml(tr("Cluster CPU"),
                                cpuWeight > 0 ? tr("%1 %").arg(cpuWeighted / cpuWeight, 0, 'f', 0) : tr("—"),
                                cpuWeight > 0        ? tr("across %1 CPUs that report load").arg(int(cpuWeight))
                                : secondSamplesDue ? tr("waiting for the first samples")
                                                   : tr("not reported by these hosts")));
    m_memoryTile->setText(tileHtml(tr("Cluster memory"),
                                   memTotal > 0 ? tr("%1 %").arg(100.0 * memUsed / memTotal, 0, 'f', 0) : tr("—"),
                                   memTotal > 0 ? tr("%1 of %2 on %3 host(s)")
                                                      .arg(formatMemoryKiB(quint64(memUsed)),
                                                           formatMemoryKiB(quint64(memTotal)))
                                                      .arg(hostsWithMemory)
                                   : firstSamplesDue ? tr("waiting for the first samples")
                                                     : tr("free memory not reported by these hosts")));

    if (m_alerts) {
        const int critical = m_alerts->openCount(Health::Severity::Critical);
        const int warning = m_alerts->openCount(Health::Severity::Warning);
        m_alertsTile->setText(tileHtml(tr("Open alerts"), QString::number(critical + warning),
                                       Models::inStateColor(Models::StateColor::Bad, tr("%1 critical").arg(critical))
                                           + u" · "_s
                                           + Models::inStateColor(Models::StateColor::Warning,
                                                                  tr("%1 warning").arg(warning))));
    } else {
        m_alertsTile->setText(tileHtml(tr("Open alerts"), tr("—"), tr("alerts run in the console and the agent")));
    }
    refreshTopGuests(secondSamplesDue);
}

void OverviewPage::refreshTopGuests(bool waitingForRates)
{
    QList<GuestLoad> cpu, memory;
    for (const HostConfig &host : m_cluster->hosts()) {
        if (m_cluster->status(host.id).state != HostState::Up)
            continue;
        const Metrics::HostSample sample = m_cluster->latestSample(host.id);
        for (const Metrics::GuestSample &g : sample.guests) {
            const double c = g.values[Metrics::Metric::Cpu];
            if (Metrics::isReported(c))
                cpu.append({g.name, host.name, c, false});
            const double used = g.values[Metrics::Metric::MemoryUsed];
            const double allocated = g.values[Metrics::Metric::MemoryTotal];
            if (Metrics::isReported(used))
                memory.append({g.name, host.name, used, false});
            else if (Metrics::isReported(allocated))
                memory.append({g.name, host.name, allocated, true});
        }
    }
    const auto top = [](QList<GuestLoad> &list) {
        const qsizetype n = std::min<qsizetype>(10, list.size());
        std::partial_sort(list.begin(), list.begin() + n, list.end(),
                          [](const GuestLoad &a, const GuestLoad &b) { return a.value > b.value; });
        list.resize(n);
    };
    top(cpu);
    top(memory);
    m_topCpu->clear();
    for (const GuestLoad &g : std::as_const(cpu))
        new QTreeWidgetItem(m_topCpu, {g.name, g.host, tr("%1 %").arg(g.value, 0, 'f', 1)});
    if (cpu.isEmpty())
        (new QTreeWidgetItem(m_topCpu, {waitingForRates ? tr("waiting for the first samples")
                                                          : tr("guest CPU not reported by these hosts")}))
            ->setFirstColumnSpanned(true);
    m_topMemory->clear();
    for (const GuestLoad &g : std::as_const(memory))
        new QTreeWidgetItem(m_topMemory, {g.name, g.host, g.allocatedOnly ? tr("%1 allocated").arg(formatMemoryKiB(quint64(g.value)))
                                                                          : tr("%1 used").arg(formatMemoryKiB(quint64(g.value)))});
}

} // namespace Vigil::Ui
