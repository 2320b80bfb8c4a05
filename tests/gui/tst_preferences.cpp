#include "common/testsupport.h"
#include "models/statecolors.h"
#include "ui/hostdialog.h"
#include "ui/preferences.h"
#include "ui/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestPreferences : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { QSettings().clear(); }

    void defaultsThenRoundTrip()
    {
        Ui::Preferences p = Ui::Preferences::load();
        QCOMPARE(p.statisticsIntervalSeconds, 5);
        QCOMPARE(p.minuteHistoryDays, 30);
        QCOMPARE(p.theme, Ui::Preferences::Theme::System);
        p.statisticsIntervalSeconds = 10;
        p.rawHistoryHours = 6;
        p.keepaliveInterval = 7;
        p.notifyCriticalAlerts = false;
        p.theme = Ui::Preferences::Theme::Dark;
        p.save();
        const Ui::Preferences back = Ui::Preferences::load();
        QCOMPARE(back.statisticsIntervalSeconds, 10);
        QCOMPARE(back.rawHistoryHours, 6);
        QCOMPARE(back.keepaliveInterval, 7);
        QVERIFY(!back.notifyCriticalAlerts);
        QCOMPARE(back.theme, Ui::Preferences::Theme::Dark);
        // Out-of-range values from a hand-edited file are clamped.
        QSettings().setValue(u"statistics/intervalSeconds"_s, 0);
        QCOMPARE(Ui::Preferences::load().statisticsIntervalSeconds, 1);
    }

    void dialogSavesAndAppliesTheTheme()
    {
        const QColor before = qApp->palette().color(QPalette::Window);
        Ui::PreferencesDialog dialog;
        dialog.show();
        auto *theme = dialog.findChild<QComboBox *>();
        QVERIFY(theme);
        theme->setCurrentIndex(theme->findData(int(Ui::Preferences::Theme::Dark)));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(Ui::Preferences::load().theme, Ui::Preferences::Theme::Dark);
        QVERIFY(qApp->palette().color(QPalette::Window).lightness() < 100);
        Ui::Preferences light = Ui::Preferences::load();
        light.theme = Ui::Preferences::Theme::System;
        light.applyTheme();
        QCOMPARE(qApp->palette().color(QPalette::Window), before);
    }

    // The state palette follows the theme: every state colour stands out
    // from the window it is drawn on, in the light and in the dark theme.
    void stateColoursStayReadableInBothThemes()
    {
        const auto contrast = [](Models::StateColor state) {
            const int window = qApp->palette().color(QPalette::Window).lightness();
            return std::abs(Models::stateColor(state).lightness() - window);
        };
        const QList<Models::StateColor> states{Models::StateColor::Good, Models::StateColor::Warning,
                                               Models::StateColor::Bad, Models::StateColor::Neutral,
                                               Models::StateColor::Progress};
        QHash<int, QColor> light;
        for (const Ui::Preferences::Theme theme : {Ui::Preferences::Theme::Light, Ui::Preferences::Theme::Dark}) {
            Ui::Preferences p = Ui::Preferences::load();
            p.theme = theme;
            p.applyTheme();
            for (Models::StateColor state : states) {
                QVERIFY2(contrast(state) >= 60, qPrintable(Models::stateColorName(state)));
                if (theme == Ui::Preferences::Theme::Light)
                    light.insert(int(state), Models::stateColor(state));
                else
                    QVERIFY(Models::stateColor(state).lightness() > light.value(int(state)).lightness());
            }
        }
        QCOMPARE(Models::stateStyleSheet(Models::StateColor::Bad),
                 u"color:"_s + Models::stateColor(Models::StateColor::Bad).name());
        Ui::Preferences system = Ui::Preferences::load();
        system.theme = Ui::Preferences::Theme::System;
        system.applyTheme();
    }

    void newHostsGetTheKeepaliveDefaults()
    {
        Ui::Preferences p = Ui::Preferences::load();
        p.keepaliveInterval = 9;
        p.keepaliveCount = 4;
        p.save();
        Ui::HostDialog dialog({});
        const QList<QSpinBox *> spins = dialog.findChildren<QSpinBox *>();
        QVERIFY(std::any_of(spins.cbegin(), spins.cend(), [](QSpinBox *s) { return s->value() == 9; }));
        QVERIFY(std::any_of(spins.cbegin(), spins.cend(), [](QSpinBox *s) { return s->value() == 4; }));
    }
};

VIGIL_TEST_GUI_MAIN(TestPreferences)
#include "tst_preferences.moc"
