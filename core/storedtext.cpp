#include "storedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Vigil {

namespace {

// Replaces %1…%99 in one pass, so an argument that contains "%2" stays as it is.
QString substitute(const QString &pattern, const QStringList &values)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != u'%' || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < pattern.size() && pattern.at(end).isDigit() && end < i + 3)
            number = number * 10 + pattern.at(end++).digitValue();
        if (number >= 1 && number <= values.size()) {
            out += values.at(number - 1);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

StoredText::StoredText(const QString &plain)
    : m_text(plain)
{
}

StoredText::StoredText(const char *context, const char *source, int count)
    : m_context(QString::fromUtf8(context))
    , m_text(QString::fromUtf8(source))
    , m_count(count)
{
}

StoredText StoredText::arg(const StoredText &value) const
{
    StoredText copy = *this;
    if (copy.isTranslatable()) {
        copy.m_args.append(value);
    } else {
        // Plain text with a placeholder: fill it now, as QString::arg would.
        copy.m_text = copy.m_text.arg(value.english());
    }
    return copy;
}

StoredText StoredText::arg(qint64 number) const
{
    return arg(StoredText(QString::number(number)));
}

StoredText StoredText::joined(const QList<StoredText> &parts, const QString &separator)
{
    if (parts.isEmpty())
        return {};
    // A pattern no translator knows ("%1; %2"): translate() returns it as it is.
    StoredText text = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        text = StoredText("Vigil::StoredText", "%1%2%3").arg(text, separator, parts.at(i));
    return text;
}

bool StoredText::isEmpty() const
{
    return m_text.isEmpty();
}

QString StoredText::render(bool translated) const
{
    if (!isTranslatable())
        return m_text;
    QString pattern;
    if (translated) {
        // translate() also replaces %n with the count.
        const QByteArray context = m_context.toUtf8();
        const QByteArray source = m_text.toUtf8();
        pattern = QCoreApplication::translate(context.constData(), source.constData(), nullptr, m_count);
    } else {
        pattern = m_text;
        if (m_count >= 0)
            pattern.replace(u"%n"_s, QString::number(m_count));
    }
    QStringList values;
    values.reserve(m_args.size());
    for (const StoredText &value : m_args)
        values.append(value.render(translated));
    return substitute(pattern, values);
}

QString StoredText::toString() const
{
    return render(true);
}

QString StoredText::english() const
{
    return render(false);
}

namespace {

// The stored form: {"c": context, "s": source, "n": count, "a": [arguments]},
// an argument being a string (plain) or such an object.
QJsonValue toJsonValue(const StoredText &text)
{
    const QString json = text.toJson();
    if (json.isEmpty())
        return text.english();
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

StoredText fromJsonValue(const QJsonValue &value)
{
    if (value.isString())
        return StoredText(value.toString());
    const QJsonObject object = value.toObject();
    const QString context = object.value(u"c").toString();
    const QString source = object.value(u"s").toString();
    if (context.isEmpty())
        return StoredText(source);
    StoredText text(context.toUtf8().constData(), source.toUtf8().constData(), object.value(u"n").toInt(-1));
    for (const QJsonValue argument : object.value(u"a").toArray())
        text = text.arg(fromJsonValue(argument));
    return text;
}

} // namespace

QString StoredText::toJson() const
{
    if (!isTranslatable())
        return {};
    QJsonArray arguments;
    for (const StoredText &value : m_args)
        arguments.append(toJsonValue(value));
    QJsonObject object{{u"c"_s, m_context}, {u"s"_s, m_text}};
    if (m_count >= 0)
        object.insert(u"n"_s, m_count);
    if (!arguments.isEmpty())
        object.insert(u"a"_s, arguments);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StoredText StoredText::fromStorage(const QString &json, const QString &plain)
{
    if (json.isEmpty())
        return StoredText(plain);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()
        || document.object().value(u"s").toString().isEmpty())
        return StoredText(plain);   // written by something else: the plain column is the truth
    return fromJsonValue(document.object());
}

} // namespace Vigil
