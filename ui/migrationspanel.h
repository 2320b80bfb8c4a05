#pragma once

#include <QWidget>

class QPushButton;
class QTableView;

namespace Vigil {
namespace Migration { class MigrationManager; }
namespace Models { class MigrationTableModel; }
}

namespace Vigil::Ui {

// The moves of this run with their progress, and Cancel for the selected ones.
class MigrationsPanel : public QWidget
{
    Q_OBJECT
public:
    MigrationsPanel(Migration::MigrationManager *manager, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    Models::MigrationTableModel *model() const { return m_model; }

private:
    void updateButtons();

    Migration::MigrationManager *m_manager;
    Models::MigrationTableModel *m_model;
    QTableView *m_view;
    QPushButton *m_cancel;
};

} // namespace Vigil::Ui
