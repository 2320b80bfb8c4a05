#include "preferencesdialog.h"

#include "language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vigil::Ui {
namespace {

QSpinBox *spin(int min, int max, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    const Preferences p = Preferences::load();
    m_interval = spin(1, 3600, p.statisticsIntervalSeconds, tr(" s"), this);
    m_rawHours = spin(1, 24 * 14, p.rawHistoryHours, tr(" h"), this);
    m_minuteDays = spin(1, 366, p.minuteHistoryDays, tr(" days"), this);
    m_hourDays = spin(1, 3660, p.hourHistoryDays, tr(" days"), this);
    m_keepaliveInterval = spin(1, 300, p.keepaliveInterval, tr(" s"), this);
    m_keepaliveCount = spin(1, 100, p.keepaliveCount, QString(), this);
    m_notify = new QCheckBox(tr("Show a desktop notification for new critical alerts"), this);
    m_notify->setChecked(p.notifyCriticalAlerts);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), int(Preferences::Theme::System));
    m_theme->addItem(tr("Light"), int(Preferences::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Preferences::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(p.theme)));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Follow the system"), QString());
    for (const Language &language : availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(p.language)));

    auto *statistics = new QGroupBox(tr("Statistics and history"), this);
    auto *sform = new QFormLayout(statistics);
    sform->addRow(tr("Collect &every:"), m_interval);
    sform->addRow(tr("Keep &raw samples:"), m_rawHours);
    sform->addRow(tr("Keep &1-minute averages:"), m_minuteDays);
    sform->addRow(tr("Keep 1-&hour averages:"), m_hourDays);
    auto *note = new QLabel(tr("These apply the next time Vigil starts. About 0.8 MiB per guest per day of raw "
                               "samples, 0.12 MiB of 1-minute and 2 KiB of 1-hour averages."), statistics);
    note->setWordWrap(true);
    sform->addRow(note);
    auto *hosts = new QGroupBox(tr("New hosts"), this);
    auto *hform = new QFormLayout(hosts);
    hform->addRow(tr("Keepalive &interval:"), m_keepaliveInterval);
    hform->addRow(tr("Keepalive &count:"), m_keepaliveCount);
    auto *other = new QGroupBox(tr("Notifications and appearance"), this);
    auto *oform = new QFormLayout(other);
    oform->addRow(m_notify);
    oform->addRow(tr("&Theme:"), m_theme);
    oform->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("The language changes the next time Vigil starts."), other);
    languageNote->setWordWrap(true);
    oform->addRow(languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        const Preferences chosen = preferences();
        chosen.save();
        chosen.applyTheme();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(statistics);
    layout->addWidget(hosts);
    layout->addWidget(other);
    layout->addWidget(buttons);
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.statisticsIntervalSeconds = m_interval->value();
    p.rawHistoryHours = m_rawHours->value();
    p.minuteHistoryDays = m_minuteDays->value();
    p.hourHistoryDays = m_hourDays->value();
    p.keepaliveInterval = m_keepaliveInterval->value();
    p.keepaliveCount = m_keepaliveCount->value();
    p.notifyCriticalAlerts = m_notify->isChecked();
    p.theme = Preferences::Theme(m_theme->currentData().toInt());
    p.language = m_language->currentData().toString();
    return p;
}

} // namespace Vigil::Ui
