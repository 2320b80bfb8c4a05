#pragma once

#include <QWidget>

#include "guestactions.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Vigil::Models {
class DomainFilterProxy;
class DomainTableModel;
}

namespace Vigil::Ui {

// All guests of the cluster (or of the hosts picked in the navigator), with
// a text filter, a state filter and a context menu of guest actions.
class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(Models::DomainTableModel *model, GuestActions *actions, QWidget *parent = nullptr);

    void setHostScope(const QSet<HostId> &hosts, const QString &label);
    QTableView *view() const { return m_view; }
    Models::DomainFilterProxy *proxy() const { return m_proxy; }
    QList<GuestRef> selectedGuests() const;

Q_SIGNALS:
    void selectionChanged(const QList<Vigil::Ui::GuestRef> &guests);

private:
    void updateCount();

    Models::DomainTableModel *m_model;
    Models::DomainFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_state;
    QLabel *m_scope;
    QLabel *m_count;
    QTableView *m_view;
};

} // namespace Vigil::Ui
