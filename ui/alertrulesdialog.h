#pragma once

#include <QDialog>

#include "core/health/alertrule.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace Vigil {
class Session;
}

namespace Vigil::Ui {

// Lists the alert rules and edits one at a time: what it watches, the
// threshold, how long the breach must last, how severe it is. Saved rules
// apply at once.
class AlertRulesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AlertRulesDialog(Session *session, QWidget *parent = nullptr);

private:
    void reload(qint64 selectId);
    void showRule(int row);
    void fillConditions();
    void save();
    void addNew();
    void removeCurrent();
    Health::AlertRule formRule() const;

    Session *m_session;
    QList<Health::AlertRule> m_rules;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_scope;
    QComboBox *m_condition;
    QComboBox *m_comparison;
    QDoubleSpinBox *m_threshold;
    QSpinBox *m_duration;
    QComboBox *m_severity;
    QCheckBox *m_enabled;
    QLabel *m_error;
    qint64 m_editingId = 0;
};

} // namespace Vigil::Ui
