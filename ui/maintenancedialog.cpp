#include "maintenancedialog.h"
#include "models/statecolors.h"

#include "core/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Vigil::Ui {

MaintenanceDialog::MaintenanceDialog(Session *session, HostId host, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_plan(session->planMaintenance(host))
    , m_preview(new QTreeWidget(this))
    , m_concurrency(new QSpinBox(this))
    , m_enter(new QPushButton(tr("&Enter Maintenance"), this))
{
    setWindowTitle(tr("Maintenance of %1").arg(m_plan.hostName));
    m_preview->setHeaderLabels({tr("Guest"), tr("Memory"), tr("Goes to"), tr("Why")});
    m_preview->setAccessibleName(tr("Evacuation plan"));
    m_preview->setRootIsDecorated(false);
    m_preview->header()->setStretchLastSection(true);
    m_preview->setColumnWidth(0, 170);
    m_preview->setColumnWidth(1, 90);
    m_preview->setColumnWidth(2, 120);
    for (const Migration::EvacuationMove &move : std::as_const(m_plan.moves))
        new QTreeWidgetItem(m_preview, {move.guest, formatMemoryKiB(move.memoryKiB), move.targetName, move.why});
    for (const Migration::EvacuationStay &stay : std::as_const(m_plan.stays)) {
        auto *item = new QTreeWidgetItem(m_preview, {stay.guest, QString(), tr("stays"), stay.reason});
        item->setForeground(2, Models::stateColor(Models::StateColor::Warning));
        item->setToolTip(3, stay.reason);
    }
    m_concurrency->setRange(1, 16);
    m_concurrency->setValue(2);
    m_concurrency->setToolTip(tr("How many guests move at the same time"));

    auto *intro = new QLabel(tr("While %1 is in maintenance, new guests and failover restarts avoid it and its loss "
                                "of connection starts no failover. Each running guest moves live to its own "
                                "target:").arg(m_plan.hostName.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    auto *summary = new QLabel(tr("%1 guest(s) will move; %2 stay.").arg(m_plan.moves.size()).arg(m_plan.stays.size()),
                               this);
    auto *form = new QFormLayout;
    form->addRow(tr("Moves at a &time:"), m_concurrency);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_enter, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_enter, &QPushButton::clicked, this, [this]() {
        QString error;
        if (!m_session->enterMaintenance(m_plan, m_concurrency->value(), &error)) {
            Q_EMIT failed(error);
            return;
        }
        Q_EMIT entered(m_plan.host);
        accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_preview, 1);
    layout->addWidget(summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace Vigil::Ui
