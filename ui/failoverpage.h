#pragma once

#include <QWidget>

#include "core/ha/planner.h"
#include "core/jobs.h"
#include "dryrunview.h"

class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace Vigil {
class Session;
namespace Models {
class IncidentModel;
class PolicyTableModel;
}
}

namespace Vigil::Ui {

// Failover at a glance: the policies (import, export, enable, delete), the
// engine's state, and the dry run — for every host, which protected guests
// would restart where if it died now, and which could not and why. The dry
// run is computed off the GUI thread from a snapshot. Below, the incidents
// any engine on the database handled (this console's or an agent's), live.
class FailoverPage : public QWidget
{
    Q_OBJECT
public:
    explicit FailoverPage(Session *session, QWidget *parent = nullptr);

    void simulate();
    QTreeWidget *dryRunView() const { return m_dryRun; }
    QTableView *policyView() const { return m_policies; }
    QTableView *incidentView() const { return m_incidents; }
    // Opens the policy wizard (editing `existing` when given) and returns it.
    class PolicyWizard *openWizard(const Ha::Policy *existing);

private:
    void showPlans(const QList<Ha::FailoverPlan> &plans);
    void newPolicy();
    void editPolicy();
    void importPolicy();
    void exportPolicy();
    void toggleEnabled();
    void deletePolicy();
    int selectedRow() const;
    void report(const QString &title, const QString &details);

    Session *m_session;
    Models::PolicyTableModel *m_model;
    QTableView *m_policies;
    DryRunView *m_dryRun;
    Models::IncidentModel *m_incidentModel;
    QTableView *m_incidents;
    QLabel *m_noIncidents;
    QLabel *m_summary;
    QPushButton *m_simulate;
    Jobs::Job m_simulation;
};

} // namespace Vigil::Ui
