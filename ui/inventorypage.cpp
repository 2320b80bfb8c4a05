#include "inventorypage.h"

#include "models/domainfilterproxy.h"
#include "models/domaintablemodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace Vigil::Ui {

using Models::DomainFilterProxy;
using Models::DomainTableModel;

InventoryPage::InventoryPage(DomainTableModel *model, GuestActions *actions, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new DomainFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_scope(new QLabel(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter guests by name or host (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Guest filter"));
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(focusFilter);

    m_state->addItem(tr("All states"), int(DomainFilterProxy::StateFilter::All));
    m_state->addItem(tr("Running"), int(DomainFilterProxy::StateFilter::Running));
    m_state->addItem(tr("Paused"), int(DomainFilterProxy::StateFilter::Paused));
    m_state->addItem(tr("Shut off"), int(DomainFilterProxy::StateFilter::Stopped));
    m_state->addItem(tr("Crashed / unknown"), int(DomainFilterProxy::StateFilter::Problem));
    m_state->setAccessibleName(tr("State filter"));

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    // Host order (then name, see the model's SortRole) keeps each host's
    // guests adjacent, so a host's batch of new rows lands as one insertion
    // instead of one per row: decisive with tens of thousands of guests.
    m_view->sortByColumn(DomainTableModel::HostColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(DomainTableModel::NameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setHighlightSections(false);
    for (int c = DomainTableModel::HostColumn; c < DomainTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, c == DomainTableModel::HostColumn || c == DomainTableModel::StateColumn ? 150 : 90);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(actions->actions());
    m_view->setAccessibleName(tr("Guests"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_scope);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DomainFilterProxy::setText);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setStateFilter(static_cast<DomainFilterProxy::StateFilter>(m_state->currentData().toInt()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() { Q_EMIT selectionChanged(selectedGuests()); });
    // Row states change under a selection (events, refreshes): re-evaluate the actions.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this]() {
        if (m_view->selectionModel()->hasSelection())
            Q_EMIT selectionChanged(selectedGuests());
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &InventoryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &InventoryPage::updateCount);
    setHostScope({}, tr("All hosts"));
}

void InventoryPage::setHostScope(const QSet<HostId> &hosts, const QString &label)
{
    m_proxy->setHosts(hosts);
    m_scope->setText(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
    updateCount();
}

void InventoryPage::updateCount()
{
    m_count->setText(tr("%1 of %2 guests").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

QList<GuestRef> InventoryPage::selectedGuests() const
{
    QList<GuestRef> result;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &proxyIndex : rows) {
        const int row = m_proxy->mapToSource(proxyIndex).row();
        result.append(GuestRef{m_model->hostAt(row), m_model->domainAt(row)});
    }
    return result;
}

} // namespace Vigil::Ui
