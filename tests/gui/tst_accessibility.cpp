// Keyboard and accessibility audit of the console on the demo cluster:
// every toolbar action is also in a menu; every menu entry has a mnemonic
// or a shortcut; every view, chart and unlabelled input has an accessible
// name (labelled inputs take the label's text through its buddy); every
// tab page can be reached by keyboard.
#include "common/testsupport.h"
#include "core/session.h"
#include "ui/backuppage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestAccessibility : public QObject
{
    Q_OBJECT
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Ui::MainWindow> m_window;

    QSet<QWidget *> labelledWidgets() const
    {
        QSet<QWidget *> labelled;
        for (QLabel *label : m_window->findChildren<QLabel *>())
            if (label->buddy())
                labelled.insert(label->buddy());
        return labelled;
    }

    // Names of widgets of type T that a screen reader could not name.
    template <typename T>
    QStringList unnamed(const QSet<QWidget *> &labelled) const
    {
        QStringList result;
        for (T *w : m_window->findChildren<T *>()) {
            QWidget *widget = w;
            if (!widget->accessibleName().isEmpty() || labelled.contains(widget))
                continue;
            // Headers are read as part of their view.
            if (widget->inherits("QHeaderView"))
                continue;
            // Inputs inside a spin box or combo box (their line edits) are named through the parent.
            if (qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget()))
                continue;
            result << QString::fromLatin1(widget->metaObject()->className()) + u" in "_s
                          + QString::fromLatin1(widget->parentWidget()->metaObject()->className());
        }
        return result;
    }

private Q_SLOTS:
    void init()
    {
        Session::Options options;
        options.demo = true;   // with history: charts and the Alerts dock too
        QString error;
        m_session = Session::open(options, &error);
        QVERIFY2(m_session, qPrintable(error));
        m_window = std::make_unique<Ui::MainWindow>(m_session.get());
        m_window->show();
        m_session->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->cluster()->allSettled(), 20000);
    }

    void cleanup()
    {
        m_window.reset();
        m_session.reset();
    }

    void everyToolbarActionIsInAMenuAndEveryMenuEntryHasAKey()
    {
        QSet<QAction *> inMenus;
        QStringList keyless;
        for (QAction *menu : m_window->menuBar()->actions()) {
            QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text()));
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator())
                    continue;
                inMenus.insert(action);
                if (!action->text().contains(u'&') && action->shortcut().isEmpty())
                    keyless << action->text();
            }
        }
        QVERIFY2(keyless.isEmpty(), qPrintable(keyless.join(u", "_s)));
        QStringList onlyInToolbar;
        for (QToolBar *bar : m_window->findChildren<QToolBar *>()) {
            if (bar->parentWidget() != m_window.get())
                continue;   // page toolbars repeat buttons that sit next to their tables
            for (QAction *action : bar->actions())
                if (!action->isSeparator() && !inMenus.contains(action))
                    onlyInToolbar << action->text();
        }
        QVERIFY2(onlyInToolbar.isEmpty(), qPrintable(onlyInToolbar.join(u", "_s)));
    }

    void viewsChartsAndInputsHaveAccessibleNames()
    {
        for (const QString &page : {u"overview"_s, u"inventory"_s, u"host"_s, u"failover"_s, u"balance"_s,
                                    u"backups"_s})
            QVERIFY(m_window->showPage(page));
        const QSet<QWidget *> labelled = labelledWidgets();
        QStringList problems = unnamed<QAbstractItemView>(labelled);
        problems += unnamed<QLineEdit>(labelled);
        problems += unnamed<QComboBox>(labelled);
        problems += unnamed<QAbstractSpinBox>(labelled);
        // Charts are custom widgets (QCustomPlot).
        int charts = 0;
        for (QWidget *w : m_window->findChildren<QWidget *>()) {
            if (!w->inherits("QCustomPlot"))
                continue;
            ++charts;
            if (w->accessibleName().isEmpty())
                problems << u"chart in "_s + QString::fromLatin1(w->parentWidget()->metaObject()->className());
        }
        QVERIFY2(charts >= 5, "the host and guest charts are part of the audit");
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    void everyTabHasAMnemonic()
    {
        for (QTabWidget *tabs : m_window->findChildren<QTabWidget *>())
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->parentWidget() == m_window.get() || tabs == m_window->centralWidget())
                    QVERIFY2(tabs->tabText(i).contains(u'&'), qPrintable(tabs->tabText(i)));
    }
};

VIGIL_TEST_GUI_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
