#pragma once

#include <QWidget>

#include "core/balance/balancer.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Load balancing: every host's load (recent guest CPU use and memory,
// weighted), the cluster's imbalance, and recommended moves with the
// imbalance before and after each. Nothing moves until the user ticks
// recommendations and presses Apply; the moves then run in the migration
// manager. Recomputing reads the history on a worker thread.
class BalancePage : public QWidget
{
    Q_OBJECT
public:
    explicit BalancePage(Session *session, QWidget *parent = nullptr);

    void recompute();
    QTreeWidget *recommendations() const { return m_list; }
    QPushButton *applyButton() const { return m_apply; }
    QLabel *summary() const { return m_summary; }
    const Balance::BalanceResult &result() const { return m_result; }

Q_SIGNALS:
    void recomputed();
    void applied(const QList<quint64> &moveIds);

private:
    void show(const Balance::BalanceResult &result);
    void apply();

    Session *m_session;
    QComboBox *m_aggressiveness;
    QLabel *m_summary;
    QTreeWidget *m_hosts;
    QTreeWidget *m_list;
    QPushButton *m_recompute;
    QPushButton *m_apply;
    Balance::BalanceResult m_result;
    quint64 m_generation = 0;
};

} // namespace Vigil::Ui
