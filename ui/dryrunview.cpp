#include "dryrunview.h"
#include "models/statecolors.h"

#include <QHeaderView>

namespace Vigil::Ui {

DryRunView::DryRunView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("If this host died now"), tr("Restarted on"), tr("Priority"), tr("Why")});
    setAccessibleName(tr("Dry run"));
    setAlternatingRowColors(true);
    header()->setStretchLastSection(true);
    setColumnWidth(0, 240);
    setColumnWidth(1, 140);
    setColumnWidth(2, 70);
}

DryRunView::Totals DryRunView::showPlans(const QList<Ha::FailoverPlan> &plans)
{
    clear();
    Totals totals;
    for (const Ha::FailoverPlan &plan : plans) {
        auto *hostItem = new QTreeWidgetItem(this, {plan.failedHostName});
        for (const Ha::Placement &p : plan.placements)
            new QTreeWidgetItem(hostItem, {p.guest, p.targetName, QString::number(p.priority), p.why});
        for (const Ha::Unplaced &u : plan.unplaced) {
            auto *item = new QTreeWidgetItem(hostItem, {u.guest, tr("not restarted"), QString::number(u.priority), u.reason});
            item->setForeground(1, Models::stateColor(Models::StateColor::Bad));
            item->setToolTip(3, u.reason);
        }
        if (plan.placements.isEmpty() && plan.unplaced.isEmpty())
            new QTreeWidgetItem(hostItem, {tr("no protected guest runs here")});
        totals.placed += int(plan.placements.size());
        totals.unplaced += int(plan.unplaced.size());
        hostItem->setExpanded(true);
    }
    return totals;
}

} // namespace Vigil::Ui
