#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Vigil::Ui {

QList<Language> availableLanguages()
{
    return {{u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"zh_CN"_s, u"简体中文"_s}};
}

namespace {

// English needs a translator too, for its plural forms alone: "1 guest",
// "2 guests" where the source says "%n guest(s)".
void installEnglishPlurals()
{
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (plurals->load(u":/i18n/vigil_en.qm"_s))
        QCoreApplication::installTranslator(plurals);
    else
        delete plurals;
}

} // namespace

QString installTranslations(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    if (code == u"en" || locale.language() == QLocale::English || locale.language() == QLocale::C) {
        installEnglishPlurals();
        return u"en"_s;
    }
    // QTranslator::load(locale, …) tries the locale's UI languages in order
    // (zh_Hans_CN → zh_CN → zh), so de_AT finds vigil_de.qm.
    auto *vigil = new QTranslator(QCoreApplication::instance());
    if (!vigil->load(locale, u"vigil"_s, u"_"_s, u":/i18n"_s) || vigil->language() == u"en") {
        delete vigil;
        installEnglishPlurals();
        return u"en"_s;
    }
    QCoreApplication::installTranslator(vigil);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return vigil->language();
}

QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return {};
}

} // namespace Vigil::Ui
