#include "alertspanel.h"

#include "alertrulesdialog.h"
#include "core/eventrecord.h"
#include "core/health/alertengine.h"
#include "core/session.h"
#include "models/alerttablemodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Vigil::Ui {

AlertsPanel::AlertsPanel(Session *session, Models::AlertTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_view(new QTableView(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
{
    m_view->setModel(model);
    m_view->setAccessibleName(tr("Alerts"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(Models::AlertTableModel::Message, QHeaderView::Stretch);
    m_view->setColumnWidth(Models::AlertTableModel::Raised, 150);
    m_view->setWordWrap(false);

    auto *showCleared = new QCheckBox(tr("Show &cleared"), this);
    connect(showCleared, &QCheckBox::toggled, model, &Models::AlertTableModel::setShowCleared);
    auto *rules = new QPushButton(tr("&Rules…"), this);
    connect(rules, &QPushButton::clicked, this, [this]() {
        auto *dialog = new AlertRulesDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_acknowledge, &QPushButton::clicked, this, &AlertsPanel::acknowledgeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlertsPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &AlertsPanel::updateButtons);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_acknowledge);
    bar->addWidget(showCleared);
    bar->addStretch(1);
    bar->addWidget(rules);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateButtons();
}

void AlertsPanel::acknowledgeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        m_session->alertEngine()->acknowledge(row.data(Models::AlertTableModel::KeyRole).toString(),
                                              EventRecord::currentUser());
    updateButtons();
}

void AlertsPanel::updateButtons()
{
    bool any = false;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows()) {
        const Health::Alert alert = m_model->alertAt(row.row());
        any = any || (alert.isOpen() && !alert.isAcknowledged());
    }
    m_acknowledge->setEnabled(any);
}

} // namespace Vigil::Ui
