#pragma once

#include <QDialog>

#include "core/migration/maintenance.h"

class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// The preview of a host's maintenance: where each running guest goes and
// why, which guests stay and why, how many move at a time. Enter marks the
// host and starts the moves (the Migrations dock follows them).
class MaintenanceDialog : public QDialog
{
    Q_OBJECT
public:
    MaintenanceDialog(Session *session, HostId host, QWidget *parent = nullptr);
    const Migration::EvacuationPlan &plan() const { return m_plan; }
    QTreeWidget *preview() const { return m_preview; }
    QPushButton *enterButton() const { return m_enter; }

Q_SIGNALS:
    void entered(Vigil::HostId host);
    void failed(const QString &message);

private:
    Session *m_session;
    Migration::EvacuationPlan m_plan;
    QTreeWidget *m_preview;
    QSpinBox *m_concurrency;
    QPushButton *m_enter;
};

} // namespace Vigil::Ui
