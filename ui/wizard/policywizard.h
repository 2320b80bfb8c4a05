#pragma once

#include <QWizard>

#include "core/ha/policy.h"

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Creates or edits a failover policy step by step: guests → priorities and
// order → placement → fencing → detection and limits → review with a dry
// run. Every page validates before Next; Back keeps what was entered; Finish
// saves through the session (and stays open with the reason if it cannot).
class PolicyWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { GuestsPageId, PrioritiesPageId, PlacementPageId, FencingPageId, LimitsPageId, ReviewPageId };

    PolicyWizard(Session *session, const Ha::Policy *existing, QWidget *parent = nullptr);

    Session *session() const { return m_session; }
    // The policy as the pages currently describe it.
    Ha::Policy &draft() { return m_draft; }
    const Ha::Policy &draft() const { return m_draft; }
    bool isEditing() const { return m_editing; }

    void accept() override;
    // Asks before discarding anything the user changed (Cancel, Escape, the
    // window's close button); closes at once when nothing was changed.
    void reject() override;
    // True once the user changed any field (not when a page fills itself in).
    bool hasEdits() const { return m_edited; }

protected:
    void initializePage(int id) override;

private:
    // Any change of an input of `page` from now on counts as an edit.
    void watchForEdits(QWizardPage *page);

    Session *m_session;
    Ha::Policy m_draft;
    bool m_editing;
    bool m_edited = false;
    bool m_filling = false;          // a page is filling its fields from the draft
};

} // namespace Vigil::Ui
