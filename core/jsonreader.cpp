#include "jsonreader.h"

#include "guestname.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Vigil {
namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Vigil::JsonReader)
};

// A walk over JSON text that QJsonDocument has already accepted, only to
// see keys as they are written (QJsonObject keeps one of each).
class DuplicateKeyScanner
{
public:
    explicit DuplicateKeyScanner(const QByteArray &text) : m_text(text) {}

    QString run()
    {
        skipSpace();
        value(QStringLiteral("$"));
        return m_found;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\n'
                                        || m_text[m_at] == '\r'))
            ++m_at;
    }
    char peek() const { return m_at < m_text.size() ? m_text[m_at] : '\0'; }

    // The decoded string at m_at (which is at its opening quote).
    QString string()
    {
        const qsizetype start = m_at++;
        while (m_at < m_text.size() && m_text[m_at] != '"')
            m_at += m_text[m_at] == '\\' ? 2 : 1;
        ++m_at;
        // Decoding by the parser that already accepted it: "a" and "\u0061" are one key.
        const QJsonDocument one = QJsonDocument::fromJson('[' + m_text.mid(start, m_at - start) + ']');
        return one.array().at(0).toString();
    }

    void value(const QString &path)
    {
        if (!m_found.isEmpty() || m_at >= m_text.size())
            return;
        switch (peek()) {
        case '{': {
            ++m_at;
            QSet<QString> keys;
            skipSpace();
            while (m_found.isEmpty() && peek() == '"') {
                const QString key = string();
                const QString keyPath = path + u'.' + key;
                if (keys.contains(key)) {
                    m_found = keyPath;
                    return;
                }
                keys.insert(key);
                skipSpace();
                ++m_at;   // ':'
                skipSpace();
                value(keyPath);
                skipSpace();
                if (peek() == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;   // '}'
            return;
        }
        case '[': {
            ++m_at;
            skipSpace();
            for (int index = 0; m_found.isEmpty() && peek() != ']' && m_at < m_text.size(); ++index) {
                value(QStringLiteral("%1[%2]").arg(path).arg(index));
                skipSpace();
                if (peek() == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;
            return;
        }
        case '"':
            string();
            return;
        default:   // number, true, false, null
            while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_at]))
                ++m_at;
        }
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
    QString m_found;
};

} // namespace

QString duplicateKeyPath(const QByteArray &text)
{
    return DuplicateKeyScanner(text).run();
}

std::optional<QJsonObject> parseJsonObject(const QByteArray &text, QStringList *errors)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(Text::tr("$: not valid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        errors->append(Text::tr("$: must be a JSON object"));
        return std::nullopt;
    }
    if (const QString duplicate = duplicateKeyPath(text); !duplicate.isEmpty()) {
        errors->append(Text::tr("%1: given twice").arg(duplicate));
        return std::nullopt;
    }
    return doc.object();
}

bool isValidWildcard(const QString &pattern)
{
    return !pattern.isEmpty() && QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern)).isValid();
}

JsonReader::JsonReader(const QJsonObject &object, QString path, QStringList *errors, const QStringList &known)
    : m_object(object), m_path(std::move(path)), m_errors(errors)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!known.contains(it.key()))
            error(it.key(), Text::tr("unknown field"));
}

void JsonReader::error(const QString &key, const QString &message) const
{
    errorAt(path(key), message);
}

void JsonReader::errorAt(const QString &fullPath, const QString &message) const
{
    m_errors->append(QStringLiteral("%1: %2").arg(fullPath, message));
}

QString JsonReader::path(const QString &key) const
{
    return key.startsWith(u'[') ? QString(m_path + key) : QString(m_path + u'.' + key);
}

std::optional<QString> JsonReader::checkedString(const QJsonValue &value, const QString &path) const
{
    if (!value.isString()) {
        errorAt(path, Text::tr("must be a string"));
        return std::nullopt;
    }
    if (hasControlCharacters(value.toString())) {
        errorAt(path, Text::tr("must not contain control characters"));
        return std::nullopt;
    }
    return value.toString();
}

QString JsonReader::string(const QString &key, const QString &fallback, Presence presence) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined()) {
        if (presence == Presence::Required)
            error(key, Text::tr("is required"));
        return fallback;
    }
    return checkedString(v, path(key)).value_or(fallback);
}

QString JsonReader::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return Text::tr("must not be empty");
    if (name.trimmed() != name)
        return Text::tr("must not begin or end with spaces");
    if (hasControlCharacters(name))
        return Text::tr("must not contain control characters");
    return {};
}

std::optional<QString> JsonReader::checkedName(const QJsonValue &value, const QString &path) const
{
    const std::optional<QString> text = checkedString(value, path);
    if (!text)
        return std::nullopt;
    if (const QString problem = nameProblem(*text); !problem.isEmpty()) {
        errorAt(path, problem);
        return std::nullopt;
    }
    return text;
}

QString JsonReader::name(const QString &key, Presence presence) const
{
    if (!has(key)) {
        if (presence == Presence::Required)
            error(key, Text::tr("is required"));
        return {};
    }
    return checkedName(m_object.value(key), path(key)).value_or(QString());
}

bool JsonReader::boolean(const QString &key, bool fallback) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool()) {
        error(key, Text::tr("must be true or false (not in quotes)"));
        return fallback;
    }
    return v.toBool();
}

int JsonReader::integer(const QString &key, int fallback, int min, int max, const QString &what) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    const double d = v.toDouble();
    // The range first: converting a double beyond qint64 to an integer is
    // undefined behaviour (UBSan found 1e35 here through the fuzzer).
    if (!v.isDouble() || !(d >= min && d <= max) || d != std::floor(d)) {
        error(key, what.isEmpty() ? Text::tr("must be an integer from %1 to %2").arg(min).arg(max) : what);
        return fallback;
    }
    return int(d);
}

double JsonReader::number(const QString &key, double fallback, double min, double max) const
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() < min || v.toDouble() > max) {
        error(key, Text::tr("must be a number from %1 to %2").arg(min).arg(max));
        return fallback;
    }
    return v.toDouble();
}

QStringList JsonReader::strings(const QString &key) const
{
    QStringList result;
    const QJsonArray array = this->array(key);
    for (int i = 0; i < array.size(); ++i) {
        const QString element = QStringLiteral("%1[%2]").arg(path(key)).arg(i);
        const std::optional<QString> text = checkedString(array.at(i), element);
        if (text && text->isEmpty())
            errorAt(element, Text::tr("must not be empty"));
        else if (text)
            result.append(*text);
    }
    return result;
}

QStringList JsonReader::names(const QString &key) const
{
    return names(array(key), path(key));
}

QStringList JsonReader::names(const QJsonArray &array, const QString &arrayPath) const
{
    QStringList result;
    for (int i = 0; i < array.size(); ++i)
        if (const std::optional<QString> name = checkedName(array.at(i), QStringLiteral("%1[%2]").arg(arrayPath).arg(i)))
            result.append(*name);
    return result;
}

QJsonObject JsonReader::object(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isObject())
        error(key, Text::tr("must be an object"));
    return v.toObject();
}

QJsonArray JsonReader::array(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isArray())
        error(key, Text::tr("must be an array"));
    return v.toArray();
}

} // namespace Vigil
