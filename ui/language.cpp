#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Vigil::Ui {

QList<Language> availableLanguages()
{
    return {{u"en"_qs, u"English"_qs}, {u"de"_qs, u"Deutsch"_qs}, {u"zh_CN"_qs, u"简体中文"_qs}};
}

QString installTranslations(const QString &code)
{
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (!code.isEmpty())
        QLocale::setDefault(locale);
    if (code == u"en" || locale.language() == QLocale::English || locale.language() == QLocale::C)
        return u"en"_qs;
    // QTranslator::load(locale, …) tries the locale's UI languages in order
    // (zh_Hans_CN → zh_CN → zh), so de_AT finds vigil_de.qm.
    auto *vigil = new QTranslator(QCoreApplication::instance());
    if (!vigil->load(locale, u"vigil"_qs, u"_"_qs, u":/i18n"_qs)) {
        delete vigil;
        return u"en"_qs;
    }
    QCoreApplication::installTranslator(vigil);
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, u"qtbase"_qs, u"_"_qs, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
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
