#include "balancepage.h"

#include "core/migration/migrationmanager.h"
#include "core/jobs.h"
#include "core/session.h"
#include "core/store/database.h"
#include "core/store/metricstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

BalancePage::BalancePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_aggressiveness(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_hosts(new QTreeWidget(this))
    , m_list(new QTreeWidget(this))
    , m_recompute(new QPushButton(tr("&Recompute"), this))
    , m_apply(new QPushButton(tr("&Apply Selected"), this))
{
    m_aggressiveness->addItem(tr("Conservative (few, large gains)"), int(Balance::Aggressiveness::Conservative));
    m_aggressiveness->addItem(tr("Moderate"), int(Balance::Aggressiveness::Moderate));
    m_aggressiveness->addItem(tr("Aggressive (many, small gains)"), int(Balance::Aggressiveness::Aggressive));
    m_aggressiveness->setCurrentIndex(1);
    m_aggressiveness->setAccessibleName(tr("Aggressiveness"));
    m_hosts->setHeaderLabels({tr("Host"), tr("Load"), tr("CPU demand"), tr("Memory allocated")});
    m_hosts->setRootIsDecorated(false);
    m_hosts->setAccessibleName(tr("Host loads"));
    m_list->setHeaderLabels({tr("Move"), tr("From"), tr("To"), tr("Imbalance"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Recommended moves"));
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(0, 160);
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Aggressiveness:"), this));
    bar->addWidget(m_aggressiveness);
    bar->addWidget(m_recompute);
    bar->addStretch(1);
    bar->addWidget(m_apply);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_hosts);
    split->addWidget(m_list);
    split->setSizes({320, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(m_recompute, &QPushButton::clicked, this, &BalancePage::recompute);
    connect(m_aggressiveness, &QComboBox::currentIndexChanged, this, &BalancePage::recompute);
    connect(m_apply, &QPushButton::clicked, this, &BalancePage::apply);
    connect(m_list, &QTreeWidget::itemChanged, this, [this]() {
        bool any = false;
        for (int i = 0; i < m_list->topLevelItemCount(); ++i)
            any = any || m_list->topLevelItem(i)->checkState(0) == Qt::Checked;
        m_apply->setEnabled(any);
    });
    m_apply->setEnabled(false);
    m_summary->setText(tr("Press Recompute to see how evenly the load is spread."));
}

void BalancePage::recompute()
{
    // The snapshot here (cheap copies); the history and the search on a worker.
    const Ha::ClusterSnapshot snapshot = Ha::ClusterSnapshot::capture(*m_session->cluster());
    const QList<Ha::Policy> policies = m_session->policies();
    Balance::BalanceSettings settings;
    settings.aggressiveness = Balance::Aggressiveness(m_aggressiveness->currentData().toInt());
    const QString path = m_session->databasePath();
    const quint64 generation = ++m_generation;
    m_recompute->setEnabled(false);
    if (m_result.hosts.isEmpty())
        m_summary->setText(tr("Computing…"));
    Jobs::run(this, [snapshot, policies, settings, path]() {
        QHash<QString, double> cpu;
        Store::Database::withConnection(path, QStringLiteral("balance"), [&cpu](QSqlDatabase db, const QString &error) {
            if (error.isEmpty())
                cpu = Store::MetricStore(db).recentGuestAverages(Metrics::Metric::Cpu,
                                                                 QDateTime::currentDateTimeUtc().addSecs(-15 * 60));
        });
        return Balance::recommend(snapshot, cpu, policies, settings);
    }, [this, generation](const Balance::BalanceResult &result) {
        if (generation == m_generation)
            show(result);
    });
}

void BalancePage::show(const Balance::BalanceResult &result)
{
    m_result = result;
    m_recompute->setEnabled(true);
    m_hosts->clear();
    for (const Balance::HostLoad &h : result.hosts)
        new QTreeWidgetItem(m_hosts, {h.name, QString::number(h.score, 'f', 2),
                                      result.cpuKnown ? tr("%1 %").arg(h.cpu * 100, 0, 'f', 0) : tr("not reported"),
                                      tr("%1 %").arg(h.memory * 100, 0, 'f', 0)});
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Balance::Recommendation &r : result.recommendations) {
        auto *item = new QTreeWidgetItem(m_list, {r.guest, r.fromName, r.toName,
                                                  tr("%1 → %2").arg(r.imbalanceBefore, 0, 'f', 3).arg(r.imbalanceAfter, 0, 'f', 3),
                                                  r.why});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Checked);
        item->setToolTip(4, r.why);
    }
    m_apply->setEnabled(!result.recommendations.isEmpty());
    QString text = result.recommendations.isEmpty()
                       ? tr("Imbalance %1. No move is worth making (a move must also pass the pre-flight checks).")
                             .arg(result.imbalance, 0, 'f', 3)
                       : tr("Imbalance %1; after the %n recommended move(s): %2.", nullptr,
                            int(result.recommendations.size()))
                             .arg(result.imbalance, 0, 'f', 3).arg(result.imbalanceAfter, 0, 'f', 3);
    if (!result.note.isEmpty())
        text += u' ' + result.note;
    m_summary->setText(text);
    Q_EMIT recomputed();
}

void BalancePage::apply()
{
    QList<quint64> ids;
    ClusterManager *cluster = m_session->cluster();
    for (int i = 0; i < m_list->topLevelItemCount() && i < m_result.recommendations.size(); ++i) {
        if (m_list->topLevelItem(i)->checkState(0) != Qt::Checked)
            continue;
        const Balance::Recommendation &r = m_result.recommendations.at(i);
        Migration::MigrationRequest request;
        request.source = cluster->host(r.from);
        request.target = cluster->host(r.to);
        request.uuid = r.uuid;
        request.guest = r.guest;
        request.user = EventRecord::currentUser();
        ids.append(m_session->migrations()->submit(request));
    }
    m_apply->setEnabled(false);
    m_summary->setText(tr("%n move(s) queued; see the Migrations panel. Recompute when they are done.", nullptr,
                          int(ids.size())));
    Q_EMIT applied(ids);
}

} // namespace Vigil::Ui
