#include "migrationspanel.h"

#include "percentbardelegate.h"
#include "core/migration/migrationmanager.h"
#include "models/migrationtablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Vigil::Ui {

MigrationsPanel::MigrationsPanel(Migration::MigrationManager *manager, QWidget *parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_model(new Models::MigrationTableModel(manager, this))
    , m_view(new QTableView(this))
    , m_cancel(new QPushButton(tr("&Cancel Move"), this))
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Migrations"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(Models::MigrationTableModel::Message, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(Models::MigrationTableModel::Progress,
                                     new PercentBarDelegate(Models::MigrationTableModel::PercentRole, this,
                                                            PercentBarDelegate::Kind::Progress));
    m_view->setColumnWidth(Models::MigrationTableModel::Speed, 170);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
            m_manager->cancel(row.data(Models::MigrationTableModel::IdRole).toULongLong());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MigrationsPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MigrationsPanel::updateButtons);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_cancel);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateButtons();
}

void MigrationsPanel::updateButtons()
{
    bool any = false;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        any = any || !m_model->statusAt(row.row()).isFinished();
    m_cancel->setEnabled(any);
}

} // namespace Vigil::Ui
