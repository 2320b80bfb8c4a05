#include "policywizard.h"

#include "wizardpages.h"

#include "core/session.h"

#include <QMessageBox>

namespace Vigil::Ui {

PolicyWizard::PolicyWizard(Session *session, const Ha::Policy *existing, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_editing(existing != nullptr)
{
    if (existing)
        m_draft = *existing;
    setWindowTitle(existing ? tr("Edit Failover Policy") : tr("New Failover Policy"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(GuestsPageId, new GuestsPage(this));
    setPage(PrioritiesPageId, new PrioritiesPage(this));
    setPage(PlacementPageId, new PlacementPage(this));
    setPage(FencingPageId, new FencingPage(this));
    setPage(LimitsPageId, new LimitsPage(this));
    setPage(ReviewPageId, new ReviewPage(this));
    resize(820, 620);
}

void PolicyWizard::accept()
{
    QString error;
    Ha::Policy policy = m_draft;
    if (!m_session->savePolicy(policy, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot save the policy"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    QWizard::accept();
}

} // namespace Vigil::Ui
