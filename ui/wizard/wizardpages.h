#pragma once

#include <QWizardPage>

#include "core/ha/planner.h"
#include "../dryrunview.h"

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTreeWidget;

namespace Vigil::Ui {

class PolicyWizard;

// Each page reads the wizard's draft in initializePage() and writes it back
// in validatePage(), so Back and Next keep everything entered.

class GuestsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit GuestsPage(PolicyWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    PolicyWizard *m_wizard;
    QLineEdit *m_name;
    QListWidget *m_guests;
    QLineEdit *m_pattern;
    QLabel *m_error;
};

class PrioritiesPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PrioritiesPage(PolicyWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    PolicyWizard *m_wizard;
    QTableWidget *m_table;
    QSpinBox *m_defaultPriority;
    QLabel *m_error;
};

class PlacementPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PlacementPage(PolicyWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    PolicyWizard *m_wizard;
    QTableWidget *m_hosts;          // host, preference rank, forbidden
    QPlainTextEdit *m_affinity;
    QPlainTextEdit *m_antiAffinity;
    QLineEdit *m_sharedPools;       // dir/fs pools that are NFS or a cluster filesystem
    QLabel *m_error;
};

class FencingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FencingPage(PolicyWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    void testFence(int row);
    PolicyWizard *m_wizard;
    QTableWidget *m_table;          // host, command, timeout, test
    QCheckBox *m_withoutFencing;
    QCheckBox *m_understood;
    QLabel *m_error;
};

class LimitsPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit LimitsPage(PolicyWizard *wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    PolicyWizard *m_wizard;
    QSpinBox *m_keepaliveInterval;
    QSpinBox *m_keepaliveCount;
    QSpinBox *m_grace;
    QSpinBox *m_leaseWait;
    QSpinBox *m_maxRestarts;
    QSpinBox *m_window;
    QSpinBox *m_spare;
    QDoubleSpinBox *m_overcommit;
    QCheckBox *m_failback;
};

class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(PolicyWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    PolicyWizard *m_wizard;
    QLabel *m_summary;
    DryRunView *m_dryRun;
    // Which dry run is current: an older one (Back, then Next again) is ignored.
    quint64 m_simulation = 0;
    void showPlans(const QList<Ha::FailoverPlan> &plans);
    bool m_ready = false;
};

} // namespace Vigil::Ui
