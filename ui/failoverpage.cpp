#include "failoverpage.h"

#include "core/ha/policyjson.h"
#include "core/session.h"
#include "models/incidentmodel.h"
#include "models/policytablemodel.h"
#include "wizard/policywizard.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {

FailoverPage::FailoverPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new Models::PolicyTableModel(this))
    , m_policies(new QTableView(this))
    , m_dryRun(new DryRunView(this))
    , m_incidentModel(new Models::IncidentModel(this))
    , m_incidents(new QTableView(this))
    , m_noIncidents(new QLabel(tr("No failover yet: no protected host has failed since this database was created."),
                               this))
    , m_summary(new QLabel(this))
    , m_simulate(new QPushButton(tr("&Simulate host failures"), this))
{
    m_model->setPolicies(session->policies());
    connect(session, &Session::policiesChanged, m_model, &Models::PolicyTableModel::setPolicies);
    connect(session, &Session::policiesChanged, this, &FailoverPage::simulate);

    m_policies->setModel(m_model);
    m_policies->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_policies->setSelectionMode(QAbstractItemView::SingleSelection);
    m_policies->verticalHeader()->hide();
    m_policies->horizontalHeader()->setStretchLastSection(true);
    m_policies->setAccessibleName(tr("Failover policies"));
    m_policies->setColumnWidth(Models::PolicyTableModel::NameColumn, 220);
    m_policies->setColumnWidth(Models::PolicyTableModel::MembersColumn, 260);
    connect(m_policies, &QTableView::doubleClicked, this, &FailoverPage::editPolicy);

    auto *buttons = new QHBoxLayout;
    const auto addButton = [this, buttons](const QString &text, void (FailoverPage::*slot)()) {
        auto *b = new QPushButton(text, this);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("&New…"), &FailoverPage::newPolicy);
    addButton(tr("E&dit…"), &FailoverPage::editPolicy);
    addButton(tr("&Import…"), &FailoverPage::importPolicy);
    addButton(tr("&Export…"), &FailoverPage::exportPolicy);
    addButton(tr("Enable/Di&sable"), &FailoverPage::toggleEnabled);
    addButton(tr("De&lete…"), &FailoverPage::deletePolicy);
    buttons->addStretch();
    buttons->addWidget(m_simulate);
    connect(m_simulate, &QPushButton::clicked, this, &FailoverPage::simulate);

    m_summary->setWordWrap(true);

    m_incidentModel->setEntries(session->recentJournal());
    connect(session, &Session::journalChanged, m_incidentModel, &Models::IncidentModel::setEntries);
    m_incidents->setModel(m_incidentModel);
    m_incidents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_incidents->verticalHeader()->hide();
    m_incidents->horizontalHeader()->setStretchLastSection(true);
    m_incidents->setAccessibleName(tr("Failover incidents"));
    m_incidents->setColumnWidth(Models::IncidentModel::Incident, 200);
    m_incidents->setColumnWidth(Models::IncidentModel::Guest, 140);
    m_incidents->setColumnWidth(Models::IncidentModel::Target, 110);
    m_incidents->setColumnWidth(Models::IncidentModel::State, 150);
    m_incidents->setColumnWidth(Models::IncidentModel::Rto, 100);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Policies</b>"), this));
    layout->addWidget(m_policies, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("<b>Dry run</b>"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_dryRun, 3);
    layout->addWidget(new QLabel(tr("<b>Incidents</b> (from every engine on this database)"), this));
    layout->addWidget(m_noIncidents);
    layout->addWidget(m_incidents, 2);
    // An empty table says nothing: say that no host has failed instead.
    const auto showIncidents = [this]() {
        const bool any = m_incidentModel->rowCount() > 0;
        m_incidents->setVisible(any);
        m_noIncidents->setVisible(!any);
    };
    connect(m_incidentModel, &QAbstractItemModel::rowsInserted, this, showIncidents);
    showIncidents();

}

void FailoverPage::simulate()
{
    if (m_simulation.isRunning())
        return;
    m_simulate->setEnabled(false);
    m_summary->setText(tr("Simulating…"));
    // The snapshot is taken here (cheap: implicitly shared); planning runs elsewhere.
    m_simulation = Jobs::run(this, [snapshot = Ha::ClusterSnapshot::capture(*m_session->cluster()),
                                    policies = m_session->policies()]() {
        return Ha::planAllHosts(snapshot, Ha::PolicyIndex(policies));
    }, [this](const QList<Ha::FailoverPlan> &plans) {
        m_simulate->setEnabled(true);
        showPlans(plans);
    });
}

void FailoverPage::showPlans(const QList<Ha::FailoverPlan> &plans)
{
    m_dryRun->showPlans(plans);
    const Ha::PolicyIndex index(m_session->policies());
    const QString warning = Ha::lockManagerWarning(Ha::ClusterSnapshot::capture(*m_session->cluster()), index);
    m_summary->setText(Ha::dryRunVerdict(plans, index) + (warning.isEmpty() ? QString() : u"\n"_s + warning));
}

int FailoverPage::selectedRow() const
{
    const QModelIndexList rows = m_policies->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void FailoverPage::report(const QString &title, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, title, QMessageBox::Ok, this);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

PolicyWizard *FailoverPage::openWizard(const Ha::Policy *existing)
{
    auto *wizard = new PolicyWizard(m_session, existing, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

void FailoverPage::newPolicy()
{
    openWizard(nullptr);
}

void FailoverPage::editPolicy()
{
    const int row = selectedRow();
    if (row >= 0) {
        const Ha::Policy policy = m_model->policyAt(row);
        openWizard(&policy);
    }
}

void FailoverPage::importPolicy()
{
    auto *dialog = new QFileDialog(this, tr("Import Policy"), QString(), tr("Policies (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            report(tr("Cannot read the policy"), file.errorString());
            return;
        }
        Ha::PolicyParse parsed = Ha::policyFromJson(file.readAll());
        QString error;
        if (!parsed.ok)
            report(tr("The policy is not valid"), parsed.errors.join(QLatin1Char('\n')));
        else if (!m_session->savePolicy(parsed.policy, &error))
            report(tr("Cannot save the policy"), error);
    });
    dialog->open();
}

void FailoverPage::exportPolicy()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const Ha::Policy policy = m_model->policyAt(row);
    auto *dialog = new QFileDialog(this, tr("Export Policy"), policy.name + QStringLiteral(".json"),
                                   tr("Policies (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, policy](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(Ha::policyToJsonText(policy)) < 0)
            report(tr("Cannot write the policy"), file.errorString());
    });
    dialog->open();
}

void FailoverPage::toggleEnabled()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    Ha::Policy policy = m_model->policyAt(row);
    policy.enabled = !policy.enabled;
    QString error;
    if (!m_session->savePolicy(policy, &error))
        report(tr("Cannot save the policy"), error);
}

void FailoverPage::deletePolicy()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString name = m_model->policyAt(row).name;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Policy"),
                                tr("Delete the failover policy %1? Its guests are no longer restarted when "
                                   "their host fails.").arg(name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, name](int result) {
        QString error;
        if (result == QMessageBox::Yes && !m_session->removePolicy(name, &error))
            report(tr("Cannot delete the policy"), error);
    });
    box->open();
}

} // namespace Vigil::Ui
