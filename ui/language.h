#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Vigil::Ui {

// A language Vigil's interface is translated into (English is the source).
struct Language {
    QString code;         // "en", "de", "zh_CN"
    QString nativeName;   // "Deutsch", "简体中文" — shown untranslated
};
QList<Language> availableLanguages();

// Installs Vigil's translation (embedded .qm) and Qt's own (standard
// buttons, dialogs) for `code`; an empty code follows the system locale,
// "en" or an unknown code installs none. Also makes that locale the default
// for dates and numbers when a language is forced. Returns the language
// actually installed ("en" when none). Call before creating any widget.
QString installTranslations(const QString &code);

// The value of --lang CODE / --lang=CODE in the arguments, or empty (read
// before the command-line parser exists, so that its texts are translated).
QString languageArgument(const QStringList &arguments);

} // namespace Vigil::Ui
