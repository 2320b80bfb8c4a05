#pragma once

#include <QString>

namespace Vigil::Ui {

// The console's preferences, kept with QSettings (~/.config/vigil/vigil.conf).
// Read where they are used; the Preferences dialog writes them.
struct Preferences {
    int statisticsIntervalSeconds = 5;   // applies to connections made after a change (next start)
    int rawHistoryHours = 24;
    int minuteHistoryDays = 30;
    int hourHistoryDays = 365;
    int keepaliveInterval = 2;           // defaults for new hosts
    int keepaliveCount = 3;
    bool notifyCriticalAlerts = true;
    enum class Theme { System, Light, Dark } theme = Theme::System;
    QString language;                    // "" follows the system; else "en", "de", "zh_CN" (next start)

    static Preferences load();
    void save() const;
    // Applies the theme to the running application (Fusion with a light or
    // dark palette when forced; the platform's own otherwise).
    void applyTheme() const;
};

} // namespace Vigil::Ui
