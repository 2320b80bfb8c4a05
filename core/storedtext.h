#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Vigil {

// A message that is written now and read later, maybe by another process in
// another language (a German console shows what an English agent wrote): the
// untranslated source text with its translation context and its arguments,
// rendered in the reader's language. Arguments are plain text (names, libvirt
// errors, which are not Vigil's to translate) or stored texts themselves.
//
// A QObject class that stores messages says VIGIL_STORED_TR in its body and
// writes them as it writes tr() texts:
//
//   logConfigurationChange(name, storedTr("host added (%1)").arg(config.uri));
//
// lupdate reads storedTr as tr (translations/update.py), so the text lands
// in the class's context, which is where storedTr looks it up on display.
class StoredText
{
public:
    StoredText() = default;
    // Text that is already final (a name, a libvirt error, a user's words).
    StoredText(const QString &plain);   // NOLINT: implicit on purpose
    StoredText(const char *context, const char *source, int count = -1);

    // Fills the lowest %N not yet given, like QString::arg.
    [[nodiscard]] StoredText arg(const StoredText &value) const;
    [[nodiscard]] StoredText arg(qint64 number) const;
    template <class... More>
    [[nodiscard]] StoredText arg(const StoredText &first, const StoredText &second, const More &...more) const
    {
        return arg(first).arg(second, more...);
    }

    // Parts shown one after another, each in the reader's language.
    static StoredText joined(const QList<StoredText> &parts, const QString &separator);

    bool isEmpty() const;
    bool isTranslatable() const { return !m_context.isEmpty(); }
    // In this process's language.
    QString toString() const;
    // Untranslated: what the database's plain column, logs and SQL readers see.
    QString english() const;

    // Storage: empty for plain text (the plain column says it all).
    QString toJson() const;
    // `plain` is the stored plain column; used when `json` is empty or unreadable.
    static StoredText fromStorage(const QString &json, const QString &plain);

    friend bool operator==(const StoredText &a, const StoredText &b)
    {
        return a.toJson() == b.toJson() && a.english() == b.english();
    }

private:
    QString render(bool translated) const;

    QString m_context;               // empty: plain text in m_text
    QString m_text;                  // the source (translatable) or the plain text
    int m_count = -1;                // for %n and plural forms; -1: none
    QList<StoredText> m_args;
};

} // namespace Vigil

// Like Q_DECLARE_TR_FUNCTIONS: storedTr(source[, disambiguation, count]) in
// the class's translation context.
#define VIGIL_STORED_TR                                                                              \
    static ::Vigil::StoredText storedTr(const char *source, const char * = nullptr, int count = -1) \
    {                                                                                                \
        return ::Vigil::StoredText(staticMetaObject.className(), source, count);                    \
    }

Q_DECLARE_METATYPE(Vigil::StoredText)
