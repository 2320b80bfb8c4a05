#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace Vigil {

// Strict reading of the JSON documents Vigil accepts from outside (failover
// policies, backup jobs). Every field has one type and one range; a wrong
// type, an out-of-range number, an unknown field (a typo such as
// "verifyafter" must not silently turn verification back on), a duplicate
// key or a control character is an error named by its path
// ("$.schedule.at: …") — never a silent default. A field that is absent
// takes its documented default.

// The document's top-level object, or nothing with the reason in `errors`
// (not JSON, not an object, a key given twice in one object).
std::optional<QJsonObject> parseJsonObject(const QByteArray &text, QStringList *errors);

// The path of the first key that appears twice in one object ("$.a.b"), or
// empty. QJsonDocument keeps the last of them without a word: for
// "restart_without_fencing": false, …, true the later true would win.
QString duplicateKeyPath(const QByteArray &text);

// True when `pattern` is a usable shell wildcard ("web-*", "db-?"); "[" alone is not.
bool isValidWildcard(const QString &pattern);

class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path, QStringList *errors, const QStringList &known);

    void error(const QString &key, const QString &message) const;
    QString path(const QString &key) const;
    bool has(const QString &key) const { return m_object.contains(key); }
    // Empty when `name` is acceptable as a name (see name()), else why not.
    static QString nameProblem(const QString &name);

    enum class Presence { Optional, Required };
    // A string without control characters; with Required, absent is an error.
    QString string(const QString &key, const QString &fallback = {}, Presence presence = Presence::Optional) const;
    // A name: as string(), and neither empty nor padded with spaces.
    QString name(const QString &key, Presence presence = Presence::Optional) const;
    bool boolean(const QString &key, bool fallback) const;
    int integer(const QString &key, int fallback, int min, int max, const QString &what = {}) const;
    double number(const QString &key, double fallback, double min, double max) const;
    // An array of names (see name()); the second form for an array met
    // inside another one, named by its own path.
    QStringList names(const QString &key) const;
    QStringList names(const QJsonArray &array, const QString &arrayPath) const;
    // An array of non-empty strings without control characters.
    QStringList strings(const QString &key) const;
    QJsonObject object(const QString &key) const;   // {} and an error when not an object
    QJsonArray array(const QString &key) const;     // [] and an error when not an array

private:
    void errorAt(const QString &fullPath, const QString &message) const;
    std::optional<QString> checkedString(const QJsonValue &value, const QString &path) const;
    std::optional<QString> checkedName(const QJsonValue &value, const QString &path) const;
    QJsonObject m_object;
    QString m_path;
    QStringList *m_errors;
};

} // namespace Vigil
