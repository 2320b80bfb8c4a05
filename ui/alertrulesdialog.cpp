#include "alertrulesdialog.h"
#include "models/statecolors.h"

#include "core/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

namespace Vigil::Ui {

using Health::AlertRule;
using Health::Scope;
using Health::Severity;

AlertRulesDialog::AlertRulesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_scope(new QComboBox(this))
    , m_condition(new QComboBox(this))
    , m_comparison(new QComboBox(this))
    , m_threshold(new QDoubleSpinBox(this))
    , m_duration(new QSpinBox(this))
    , m_severity(new QComboBox(this))
    , m_enabled(new QCheckBox(tr("&Enabled"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Alert Rules"));
    m_list->setAccessibleName(tr("Alert rules"));
    for (Scope s : {Scope::Host, Scope::Guest, Scope::Pool, Scope::Network, Scope::System})
        m_scope->addItem(Health::scopeLabel(s), int(s));
    m_comparison->addItem(tr("above"), int(AlertRule::Comparison::Above));
    m_comparison->addItem(tr("below"), int(AlertRule::Comparison::Below));
    m_threshold->setRange(0, 100);
    m_threshold->setDecimals(1);
    m_duration->setRange(0, 7 * 86400);
    m_duration->setSuffix(tr(" s"));
    m_duration->setToolTip(tr("How long the condition must hold before the alert is raised"));
    for (Severity s : {Severity::Info, Severity::Warning, Severity::Critical})
        m_severity->addItem(Health::severityLabel(s), int(s));
    m_error->setStyleSheet(Models::stateStyleSheet(Models::StateColor::Bad));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Watch:"), m_scope);
    form->addRow(tr("&Condition:"), m_condition);
    auto *threshold = new QHBoxLayout;
    threshold->addWidget(m_comparison);
    threshold->addWidget(m_threshold, 1);
    form->addRow(tr("&Threshold:"), threshold);
    form->addRow(tr("&For at least:"), m_duration);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(QString(), m_enabled);
    form->addRow(m_error);

    auto *newButton = new QPushButton(tr("&New"), this);
    auto *saveButton = new QPushButton(tr("&Save Rule"), this);
    auto *removeButton = new QPushButton(tr("&Delete"), this);
    connect(newButton, &QPushButton::clicked, this, &AlertRulesDialog::addNew);
    connect(saveButton, &QPushButton::clicked, this, &AlertRulesDialog::save);
    connect(removeButton, &QPushButton::clicked, this, &AlertRulesDialog::removeCurrent);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(newButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    buttons->addWidget(saveButton);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    right->addLayout(buttons);

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *top = new QHBoxLayout;
    top->addWidget(m_list, 1);
    top->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &AlertRulesDialog::showRule);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &AlertRulesDialog::fillConditions);
    connect(m_condition, &QComboBox::currentIndexChanged, this, [this]() {
        const auto info = Health::findCondition(Scope(m_scope->currentData().toInt()), m_condition->currentData().toString());
        const bool flag = info && info->isFlag();
        m_comparison->setEnabled(!flag);
        m_threshold->setEnabled(!flag);
        m_threshold->setSuffix(flag ? QString() : QStringLiteral(" %"));
    });
    resize(760, 420);
    reload(0);
}

void AlertRulesDialog::reload(qint64 selectId)
{
    m_rules = m_session->alertRules();
    m_list->clear();
    int select = 0;
    for (int i = 0; i < m_rules.size(); ++i) {
        const AlertRule &rule = m_rules.at(i);
        auto *item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(rule.name, rule.describe()), m_list);
        if (!rule.enabled)
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (rule.id == selectId)
            select = i;
    }
    if (!m_rules.isEmpty())
        m_list->setCurrentRow(select);
    else
        addNew();
}

void AlertRulesDialog::fillConditions()
{
    const QString previous = m_condition->currentData().toString();
    m_condition->clear();
    for (const Health::ConditionInfo &c : Health::conditionsFor(Scope(m_scope->currentData().toInt())))
        m_condition->addItem(c.label.toString(), c.key);
    const int index = m_condition->findData(previous);
    if (index >= 0)
        m_condition->setCurrentIndex(index);
}

void AlertRulesDialog::showRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    const AlertRule &rule = m_rules.at(row);
    m_editingId = rule.id;
    m_name->setText(rule.name);
    m_scope->setCurrentIndex(m_scope->findData(int(rule.scope)));
    fillConditions();
    m_condition->setCurrentIndex(m_condition->findData(rule.condition));
    m_comparison->setCurrentIndex(m_comparison->findData(int(rule.comparison)));
    m_threshold->setValue(rule.threshold);
    m_duration->setValue(rule.durationSeconds);
    m_severity->setCurrentIndex(m_severity->findData(int(rule.severity)));
    m_enabled->setChecked(rule.enabled);
    m_error->clear();
}

AlertRule AlertRulesDialog::formRule() const
{
    AlertRule rule;
    rule.id = m_editingId;
    rule.name = m_name->text().trimmed();
    rule.scope = Scope(m_scope->currentData().toInt());
    rule.condition = m_condition->currentData().toString();
    rule.comparison = AlertRule::Comparison(m_comparison->currentData().toInt());
    rule.threshold = m_threshold->isEnabled() ? m_threshold->value() : 0;
    rule.durationSeconds = m_duration->value();
    rule.severity = Severity(m_severity->currentData().toInt());
    rule.enabled = m_enabled->isChecked();
    return rule;
}

void AlertRulesDialog::save()
{
    AlertRule rule = formRule();
    QString error;
    if (!m_session->saveAlertRule(rule, &error)) {
        m_error->setText(error);
        return;
    }
    reload(rule.id);
}

void AlertRulesDialog::addNew()
{
    m_editingId = 0;
    m_list->clearSelection();
    m_name->setText(tr("New rule"));
    m_scope->setCurrentIndex(0);
    fillConditions();
    m_threshold->setValue(90);
    m_duration->setValue(300);
    m_severity->setCurrentIndex(m_severity->findData(int(Severity::Warning)));
    m_enabled->setChecked(true);
    m_error->clear();
    m_name->setFocus();
    m_name->selectAll();
}

void AlertRulesDialog::removeCurrent()
{
    if (m_editingId <= 0)
        return;
    QString error;
    if (!m_session->removeAlertRule(m_editingId, &error))
        m_error->setText(error);
    else
        reload(0);
}

} // namespace Vigil::Ui
