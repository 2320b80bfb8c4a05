#pragma once

#include <QTreeWidget>

#include "core/ha/planner.h"

namespace Vigil::Ui {

// The failover dry run as a tree: each host that could die, under it the
// guests that would restart (where, at which priority, why there) and those
// that could not (in red, with the reason). Used by the Failover page and
// the policy wizard's review.
class DryRunView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit DryRunView(QWidget *parent = nullptr);

    struct Totals {
        int placed = 0;
        int unplaced = 0;
    };
    Totals showPlans(const QList<Ha::FailoverPlan> &plans);
};

} // namespace Vigil::Ui
