#pragma once

#include <QDialog>

#include "preferences.h"

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace Vigil::Ui {

// Edits Preferences: statistics tick, history retention, keepalive defaults
// for new hosts, notifications, theme, language. Saved on OK; the theme
// applies at once, the tick, retention and language at the next start (said
// so in the dialog).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QSpinBox *m_interval;
    QSpinBox *m_rawHours;
    QSpinBox *m_minuteDays;
    QSpinBox *m_hourDays;
    QSpinBox *m_keepaliveInterval;
    QSpinBox *m_keepaliveCount;
    QCheckBox *m_notify;
    QComboBox *m_theme;
    QComboBox *m_language;
};

} // namespace Vigil::Ui
