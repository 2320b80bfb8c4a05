// The console in Simplified Chinese (offscreen): the menus, main actions,
// tabs, table headers and Qt's own buttons come out translated; the German
// catalogue is embedded too; an unknown language falls back to English.
#include "common/testsupport.h"
#include "core/session.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTranslator>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestTranslations : public QObject
{
    Q_OBJECT

    static bool isChinese(const QString &text)
    {
        return text.contains(QRegularExpression(u"[\\x{4e00}-\\x{9fff}]"_s));
    }

private Q_SLOTS:
    void embeddedCataloguesLoad()
    {
        QTranslator german;
        QVERIFY(german.load(u":/i18n/vigil_de.qm"_s));
        QCOMPARE(german.translate("Vigil::Ui::MainWindow", "&File"), u"&Datei"_s);
        QTranslator chinese;
        QVERIFY(chinese.load(u":/i18n/vigil_zh_CN.qm"_s));
        QCOMPARE(chinese.translate("Vigil::Ui::MainWindow", "&File"), u"文件(&F)"_s);
        // A helper-translated core message (context of its file's tr()).
        QVERIFY(isChinese(chinese.translate("Vigil::HostUri", "The URI is empty.")));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        QCOMPARE(Ui::installTranslations(u"xx_YY"_s), u"en"_s);
        QCOMPARE(Ui::installTranslations(u"en"_s), u"en"_s);
        QCOMPARE(Ui::languageArgument({u"vigil"_s, u"--lang"_s, u"de"_s}), u"de"_s);
        QCOMPARE(Ui::languageArgument({u"vigil"_s, u"--lang=zh_CN"_s}), u"zh_CN"_s);
    }

    // "1 move(s) queued" in English too: vigil_en.qm carries the plural forms.
    void englishHasPluralForms()
    {
        QCOMPARE(Ui::installTranslations(u"en"_s), u"en"_s);
        const char *source = "%n move(s) queued; see the Migrations panel";
        QCOMPARE(QCoreApplication::translate("Vigil::Ui::MoveStatusNote", source, nullptr, 1),
                 u"1 move queued; see the Migrations panel"_s);
        QCOMPARE(QCoreApplication::translate("Vigil::Ui::MoveStatusNote", source, nullptr, 3),
                 u"3 moves queued; see the Migrations panel"_s);
        QCOMPARE(QCoreApplication::translate("Vigil::Ui::MainWindow",
                                             "%n backup run(s) are still running; closing cancels them, the guests "
                                             "keep running and no partial backup is kept.", nullptr, 1)
                     .left(29),
                 u"1 backup run is still running"_s);
    }

    void mainWindowInChinese()
    {
        QCOMPARE(Ui::installTranslations(u"zh_CN"_s), u"zh_CN"_s);
        Session::Options options;
        options.demo = true;
        options.recordHistory = false;
        QString error;
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        Ui::MainWindow window(session.get());
        window.show();

        // Every menu and every action in the menus (shortcuts aside).
        QStringList untranslated;
        int actions = 0;
        for (QAction *menu : window.menuBar()->actions()) {
            if (!isChinese(menu->text()))
                untranslated << menu->text();
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator() || action->text().isEmpty())
                    continue;
                ++actions;
                if (!isChinese(action->text()))
                    untranslated << action->text();
            }
        }
        QVERIFY(actions > 20);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
        QCOMPARE(window.menuBar()->actions().first()->text(), u"文件(&F)"_s);

        // Tabs and the guest table's headers.
        auto *tabs = window.findChild<QTabWidget *>();
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i)
            QVERIFY2(isChinese(tabs->tabText(i)), qPrintable(tabs->tabText(i)));
        const QStringList tabTexts = [&] {
            QStringList t;
            for (int i = 0; i < tabs->count(); ++i)
                t << tabs->tabText(i);
            return t;
        }();
        QVERIFY(tabTexts.contains(u"备份(&K)"_s));
        QTableView *guests = nullptr;
        for (QTableView *view : window.findChildren<QTableView *>())
            if (view->model() && view->model()->headerData(0, Qt::Horizontal).toString() == u"名称"_s)
                guests = view;
        QVERIFY2(guests, "the guest table's Name column is translated");

        // Qt's own standard buttons come from Qt's catalogue.
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), u"取消"_s);
        session.reset();
    }
};

VIGIL_TEST_GUI_MAIN(TestTranslations)
#include "tst_translations.moc"
