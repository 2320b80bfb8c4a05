#include "preferences.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {

Preferences Preferences::load()
{
    QSettings s;
    Preferences p;
    p.statisticsIntervalSeconds = std::clamp(s.value(u"statistics/intervalSeconds"_s, 5).toInt(), 1, 3600);
    p.rawHistoryHours = std::clamp(s.value(u"history/rawHours"_s, 24).toInt(), 1, 24 * 14);
    p.minuteHistoryDays = std::clamp(s.value(u"history/minuteDays"_s, 30).toInt(), 1, 366);
    p.hourHistoryDays = std::clamp(s.value(u"history/hourDays"_s, 365).toInt(), 1, 3660);
    p.keepaliveInterval = std::clamp(s.value(u"hosts/keepaliveInterval"_s, 2).toInt(), 1, 300);
    p.keepaliveCount = std::clamp(s.value(u"hosts/keepaliveCount"_s, 3).toInt(), 1, 100);
    p.notifyCriticalAlerts = s.value(u"alerts/notify"_s, true).toBool();
    const QString theme = s.value(u"appearance/theme"_s, u"system"_s).toString();
    p.theme = theme == u"dark" ? Theme::Dark : theme == u"light" ? Theme::Light : Theme::System;
    p.language = s.value(u"appearance/language"_s).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s;
    s.setValue(u"statistics/intervalSeconds"_s, statisticsIntervalSeconds);
    s.setValue(u"history/rawHours"_s, rawHistoryHours);
    s.setValue(u"history/minuteDays"_s, minuteHistoryDays);
    s.setValue(u"history/hourDays"_s, hourHistoryDays);
    s.setValue(u"hosts/keepaliveInterval"_s, keepaliveInterval);
    s.setValue(u"hosts/keepaliveCount"_s, keepaliveCount);
    s.setValue(u"alerts/notify"_s, notifyCriticalAlerts);
    s.setValue(u"appearance/language"_s, language);
    s.setValue(u"appearance/theme"_s, theme == Theme::Dark ? u"dark"_s : theme == Theme::Light ? u"light"_s : u"system"_s);
}

void Preferences::applyTheme() const
{
    static const QString platformStyle = qApp->style()->name();
    static const QPalette platformPalette = qApp->palette();
    if (theme == Theme::System) {
        qApp->setStyle(QStyleFactory::create(platformStyle));
        qApp->setPalette(platformPalette);
        return;
    }
    qApp->setStyle(QStyleFactory::create(u"Fusion"_s));
    if (theme == Theme::Light) {
        qApp->setPalette(qApp->style()->standardPalette());
        return;
    }
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, QColor(230, 230, 230));
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(40, 40, 44));
    dark.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    dark.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    dark.setColor(QPalette::Text, QColor(230, 230, 230));
    dark.setColor(QPalette::Button, QColor(50, 50, 54));
    dark.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(100, 170, 255));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(130, 130, 130));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(130, 130, 130));
    qApp->setPalette(dark);
}

} // namespace Vigil::Ui
