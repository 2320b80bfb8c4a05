#include "policywizard.h"

#include "wizardpages.h"

#include "core/session.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>

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

void PolicyWizard::initializePage(int id)
{
    m_filling = true;
    QWizard::initializePage(id);
    m_filling = false;
    // Pages create some inputs (table cells) while filling in: watch them now.
    watchForEdits(page(id));
}

void PolicyWizard::watchForEdits(QWizardPage *page)
{
    const auto edited = [this]() { m_edited = m_edited || !m_filling; };
    const QList<QWidget *> inputs = page->findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        // Marked on the widget itself: a page may replace its table cells.
        if (input->property("vigilWatchedForEdits").toBool())
            continue;
        input->setProperty("vigilWatchedForEdits", true);
        if (auto *line = qobject_cast<QLineEdit *>(input))
            connect(line, &QLineEdit::textChanged, this, edited);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(input))
            connect(text, &QPlainTextEdit::textChanged, this, edited);
        else if (auto *button = qobject_cast<QAbstractButton *>(input))
            connect(button, &QAbstractButton::toggled, this, edited);   // checkable ones only
        else if (auto *spin = qobject_cast<QSpinBox *>(input))
            connect(spin, &QSpinBox::valueChanged, this, edited);
        else if (auto *decimal = qobject_cast<QDoubleSpinBox *>(input))
            connect(decimal, &QDoubleSpinBox::valueChanged, this, edited);
        else if (auto *combo = qobject_cast<QComboBox *>(input))
            connect(combo, &QComboBox::currentIndexChanged, this, edited);
        else if (auto *list = qobject_cast<QListWidget *>(input))
            connect(list, &QListWidget::itemChanged, this, edited);
    }
}

void PolicyWizard::reject()
{
    if (!m_edited) {
        QWizard::reject();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard changes?"),
                                m_editing ? tr("Discard your changes to the policy %1?").arg(m_draft.name)
                                          : tr("Discard this new policy?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setInformativeText(tr("Nothing has been saved yet."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Discard)
            QWizard::reject();
    });
    box->open();
}

} // namespace Vigil::Ui
