#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace Vigil {
class Session;
namespace Models { class AlertTableModel; }
}

namespace Vigil::Ui {

// Open alerts (and, on request, those cleared during this run) with
// Acknowledge and the rule editor.
class AlertsPanel : public QWidget
{
    Q_OBJECT
public:
    AlertsPanel(Session *session, Models::AlertTableModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }

private:
    void acknowledgeSelected();
    void updateButtons();

    Session *m_session;
    Models::AlertTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_acknowledge;
};

} // namespace Vigil::Ui
