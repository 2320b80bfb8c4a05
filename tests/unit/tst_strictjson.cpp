// Item 7 of the hardening issue: the policy and backup-job readers used to
// substitute silently ("retention":{"last":"1"} stored as the default,
// "verifyAfter":"false" read as true, duplicate keys: last one wins). Two
// ctest entries (label `hardening`): the reported cases, and a property test
// that mutates every field of complete documents.
#include "common/testsupport.h"

#include "core/backup/backupjob.h"
#include "core/demo/democluster.h"
#include "core/ha/policyjson.h"
#include "core/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

using namespace Vigil;

namespace {

struct Parsed {
    bool ok = false;
    QStringList errors;
    QByteArray exported;   // when ok
};

Parsed parsePolicy(const QByteArray &text)
{
    const Ha::PolicyParse p = Ha::policyFromJson(text);
    return {p.ok, p.errors, p.ok ? QJsonDocument(Ha::policyToJson(p.policy)).toJson(QJsonDocument::Compact) : QByteArray()};
}

Parsed parseJob(const QByteArray &text)
{
    const Backup::JobParse p = Backup::jobFromJson(text);
    return {p.ok, p.errors, p.ok ? Backup::jobToJson(p.job) : QByteArray()};
}

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

// Every path to a value in `value`, as key/index steps.
using Path = QList<QVariant>;
void collectPaths(const QJsonValue &value, const Path &prefix, QList<Path> *paths)
{
    if (!prefix.isEmpty())
        paths->append(prefix);
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), Path(prefix) << it.key(), paths);
    } else if (value.isArray()) {
        const QJsonArray a = value.toArray();
        for (int i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), Path(prefix) << i, paths);
    }
}

// `root` with the value at `path` replaced (or removed when `replacement` is undefined).
QJsonValue withValue(const QJsonValue &root, Path path, const QJsonValue &replacement)
{
    if (path.isEmpty())
        return replacement;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::QString) {
        QJsonObject o = root.toObject();
        const QJsonValue inner = withValue(o.value(step.toString()), path, replacement);
        if (inner.isUndefined())
            o.remove(step.toString());
        else
            o.insert(step.toString(), inner);
        return o;
    }
    QJsonArray a = root.toArray();
    const QJsonValue inner = withValue(a.at(step.toInt()), path, replacement);
    if (inner.isUndefined())
        a.removeAt(step.toInt());
    else
        a.replace(step.toInt(), inner);
    return a;
}

QString pathText(const Path &path)
{
    QString text = u"$"_s;
    for (const QVariant &step : path)
        text += step.typeId() == QMetaType::QString ? u"."_s + step.toString() : u"[%1]"_s.arg(step.toInt());
    return text;
}

// Every member of `given` is in `exported` with the same value: nothing the
// user wrote was replaced by a default or reinterpreted.
bool keepsEveryGivenValue(const QJsonValue &given, const QJsonValue &exported, const QString &path, QString *where)
{
    if (given.isObject()) {
        const QJsonObject g = given.toObject();
        for (auto it = g.begin(); it != g.end(); ++it)
            if (!keepsEveryGivenValue(it.value(), exported.toObject().value(it.key()), path + u'.' + it.key(), where))
                return false;
        return exported.isObject();
    }
    if (given.isArray()) {
        const QJsonArray g = given.toArray();
        if (!exported.isArray() || exported.toArray().size() != g.size()) {
            *where = path;
            return false;
        }
        for (int i = 0; i < g.size(); ++i)
            if (!keepsEveryGivenValue(g.at(i), exported.toArray().at(i), u"%1[%2]"_s.arg(path).arg(i), where))
                return false;
        return true;
    }
    if (given != exported) {
        *where = path;
        return false;
    }
    return true;
}

const QList<QJsonValue> &replacements()
{
    static const QList<QJsonValue> values{
        QJsonValue(QJsonValue::Null), QJsonValue(true), QJsonValue(false), QJsonValue(0), QJsonValue(-1),
        QJsonValue(1), QJsonValue(7), QJsonValue(1.5), QJsonValue(99999999999.0), QJsonValue(u""_s),
        QJsonValue(u"x"_s), QJsonValue(u"01:30"_s), QJsonValue(u"daily"_s), QJsonValue(u"full"_s),
        QJsonValue(u"/srv/backups/other"_s), QJsonValue(u"["_s), QJsonValue(u"web-*"_s), QJsonValue(u" padded "_s),
        QJsonValue(QString(QChar(0)) + u"nul"_s), QJsonValue(u"a/b"_s), QJsonValue(QJsonArray()),
        QJsonValue(QJsonArray{u"x"_s}), QJsonValue(QJsonArray{1, 2}), QJsonValue(QJsonObject()),
        QJsonValue(QJsonObject{{u"x"_s, 1}})};
    return values;
}

} // namespace

class TestStrictJson : public QObject
{
    Q_OBJECT

    // The mutations of one complete document; returns how many were tried.
    int checkEveryMutation(const QByteArray &document, Parsed (*parse)(const QByteArray &))
    {
        if (const Parsed base = parse(document); !base.ok) {
            qWarning("the complete document is refused: %s", qPrintable(base.errors.join(u"; ")));
            return -1;
        }
        const QJsonObject root = QJsonDocument::fromJson(document).object();
        QList<Path> paths;
        collectPaths(root, {}, &paths);
        QList<QPair<QString, QByteArray>> mutations;
        for (const Path &path : std::as_const(paths)) {
            mutations.append({pathText(path) + u" removed"_s, compact(withValue(root, path, QJsonValue(QJsonValue::Undefined)).toObject())});
            for (const QJsonValue &v : replacements())
                mutations.append({pathText(path) + u" = "_s + QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)),
                                  compact(withValue(root, path, v).toObject())});
        }
        // An unknown field in every object, and every key given twice.
        QList<Path> withRoot = paths;
        withRoot.prepend(Path{});
        for (const Path &path : std::as_const(withRoot)) {
            const QJsonValue at = [&] {
                QJsonValue v = root;
                for (const QVariant &step : path)
                    v = step.typeId() == QMetaType::QString ? v.toObject().value(step.toString()) : v.toArray().at(step.toInt());
                return v;
            }();
            if (at.isObject()) {
                QJsonObject o = at.toObject();
                o.insert(u"verifyafter"_s, false);
                mutations.append({pathText(path) + u".verifyafter added"_s, compact(withValue(root, path, o).toObject())});
            }
            if (!path.isEmpty() && path.last().typeId() == QMetaType::QString) {
                // Text level: the key again with another value, after the first.
                const QByteArray text = compact(root);
                const QByteArray key = '"' + path.last().toString().toUtf8() + "\":";
                const qsizetype at2 = text.indexOf(key);
                if (at2 >= 0)
                    mutations.append({pathText(path) + u" given twice"_s,
                                      text.left(at2) + key + "null," + text.mid(at2)});
            }
        }
        const QRegularExpression pathNamed(u"^\\$[^ ]*: \\S"_s);
        for (const auto &[what, text] : std::as_const(mutations)) {
            const Parsed parsed = parse(text);
            if (!parsed.ok) {
                if (parsed.errors.isEmpty())
                    qWarning("%s: rejected without a reason", qPrintable(what));
                for (const QString &error : parsed.errors)
                    if (!pathNamed.match(error).hasMatch()) {
                        qWarning("%s: error without a path: %s", qPrintable(what), qPrintable(error));
                        return -1;
                    }
                if (parsed.errors.isEmpty())
                    return -1;
                continue;
            }
            QString where;
            if (!keepsEveryGivenValue(QJsonDocument::fromJson(text).object(),
                                      QJsonDocument::fromJson(parsed.exported).object(), u"$"_s, &where)) {
                qWarning("%s: accepted, but %s was not kept: %s", qPrintable(what), qPrintable(where),
                         parsed.exported.constData());
                return -1;
            }
            const Parsed again = parse(parsed.exported);
            if (!again.ok || again.exported != parsed.exported) {
                qWarning("%s: export -> import -> export differs", qPrintable(what));
                return -1;
            }
        }
        return int(mutations.size());
    }

    static QByteArray completeJob()
    {
        return "{\"format\":\"vigil-backup-job/1\",\"name\":\"nightly\",\"enabled\":true,\"guests\":[\"web-1\",\"db-1\"],\n"
            "            \"patterns\":[\"app-*\"],\"policies\":[\"production\"],\"schedule\":{\"kind\":\"weekly\",\"everyHours\":24,\"at\":\"02:30\",\n"
            "            \"weekdays\":[1,5]},\"target\":\"/srv/backups\",\"targetPool\":null,\"mirror\":\"/mnt/mirror\",\"mode\":\"incremental\",\n"
            "            \"fullEvery\":7,\"retention\":{\"last\":3,\"daily\":7,\"weekly\":4,\"monthly\":6},\"concurrency\":2,\n"
            "            \"bandwidthMiBs\":100,\"quiesce\":true,\"verifyAfter\":true,\"reverifyDays\":30}";
    }

private Q_SLOTS:
    void reportedCasesAreRejectedWithTheirPath_data()
    {
        QTest::addColumn<bool>("policy");
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("retention as a string") << false << QByteArray("\"last\":3") << QByteArray("\"last\":\"1\"")
                                               << u"$.retention.last: must be an integer"_s;
        QTest::newRow("reverifyDays beyond int") << false << QByteArray("\"reverifyDays\":30")
                                                 << QByteArray("\"reverifyDays\":99999999999") << u"$.reverifyDays: "_s;
        QTest::newRow("verifyAfter as a string") << false << QByteArray("\"verifyAfter\":true")
                                                 << QByteArray("\"verifyAfter\":\"false\"")
                                                 << u"$.verifyAfter: must be true or false"_s;
        QTest::newRow("schedule as a string") << false << QByteArray("\"schedule\":{\"kind\":\"weekly\",\"everyHours\":24,\"at\":\"02:30\",\n"
            "            \"weekdays\":[1,5]}") << QByteArray("\"schedule\":\"daily\"") << u"$.schedule: must be an object"_s;
        QTest::newRow("typo verifyafter") << false << QByteArray("\"verifyAfter\":true")
                                          << QByteArray("\"verifyafter\":false") << u"$.verifyafter: unknown field"_s;
        QTest::newRow("invalid job wildcard") << false << QByteArray("[\"app-*\"]") << QByteArray("[\"app-[\"]")
                                              << u"$.patterns[0]: "_s;
        QTest::newRow("job duplicate key") << false << QByteArray("\"quiesce\":true")
                                           << QByteArray("\"quiesce\":false,\"quiesce\":true") << u"$.quiesce: given twice"_s;
        QTest::newRow("duplicate key") << true << QByteArray("\"restart_without_fencing\": false")
                                       << QByteArray("\"restart_without_fencing\": false, \"restart_without_fencing\": true")
                                       << u"$.fencing.restart_without_fencing: given twice"_s;
    }
    void reportedCasesAreRejectedWithTheirPath()
    {
        QFETCH(bool, policy);
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, error);
        QByteArray text = policy ? Demo::examplePolicy() : completeJob();
        QVERIFY2(text.contains(from), text.constData());
        text.replace(from, to);
        const Parsed parsed = policy ? parsePolicy(text) : parseJob(text);
        QVERIFY(!parsed.ok);
        QVERIFY2(std::any_of(parsed.errors.cbegin(), parsed.errors.cend(),
                             [&error](const QString &e) { return e.startsWith(error); }),
                 qPrintable(parsed.errors.join(u"\n")));
    }

    void policyFieldsAreStrict_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("guests as an object") << u"members.guests"_s << QJsonValue(QJsonObject{{u"web"_s, 1}})
                                             << u"$.members.guests: must be an array"_s;
        QTest::newRow("guests as a string") << u"members.guests"_s << QJsonValue(u"web"_s)
                                            << u"$.members.guests: must be an array"_s;
        QTest::newRow("fencing hosts as a string") << u"fencing.hosts"_s << QJsonValue(u"kvm1"_s)
                                                   << u"$.fencing.hosts: must be an object"_s;
        QTest::newRow("fencing hosts as an array") << u"fencing.hosts"_s << QJsonValue(QJsonArray{u"kvm1"_s})
                                                   << u"$.fencing.hosts: must be an object"_s;
        QTest::newRow("empty guest name") << u"members.guests.0.name"_s << QJsonValue(u""_s)
                                          << u"$.members.guests[0].name: must not be empty"_s;
        QTest::newRow("NUL in a guest name") << u"members.guests.0.name"_s << QJsonValue(u"web\0x"_s)
                                             << u"$.members.guests[0].name: must not contain control characters"_s;
        QTest::newRow("NUL in a policy name") << u"name"_s << QJsonValue(QString(QChar(0)))
                                              << u"$.name: must not contain control characters"_s;
        QTest::newRow("invalid wildcard") << u"members.name_pattern"_s << QJsonValue(u"web-["_s)
                                          << u"$.members.name_pattern: "_s;
    }
    void policyFieldsAreStrict()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, error);
        const QJsonObject root = QJsonDocument::fromJson(Demo::examplePolicy()).object();
        Path steps;
        for (const QString &step : path.split(u'.')) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            steps << (isIndex ? QVariant(index) : QVariant(step));
        }
        const Parsed parsed = parsePolicy(compact(withValue(root, steps, value).toObject()));
        QVERIFY(!parsed.ok);
        QVERIFY2(std::any_of(parsed.errors.cbegin(), parsed.errors.cend(),
                             [&error](const QString &e) { return e.startsWith(error); }),
                 qPrintable(parsed.errors.join(u"\n")));
    }

    // Property: every mutation of a complete document is either rejected
    // with errors that name a path, or accepted with every given value kept
    // and export → import → export identical.
    void everyMutationIsRejectedOrKept()
    {
        const int policyMutations = checkEveryMutation(Demo::examplePolicy(), parsePolicy);
        QVERIFY(policyMutations > 0);
        const int jobMutations = checkEveryMutation(completeJob(), parseJob);
        QVERIFY(jobMutations > 0);
        qInfo("mutations checked: %d of the policy, %d of the backup job", policyMutations, jobMutations);
    }

    void duplicateKeysAreFoundAtAnyDepth()
    {
        QCOMPARE(duplicateKeyPath("{\"a\":1,\"b\":{\"c\":[{\"d\":1,\"e\":2}]}}"), QString());
        QCOMPARE(duplicateKeyPath("{\"a\":1,\"b\":{\"c\":[{\"d\":1,\"d\":2}]}}"), u"$.b.c[0].d"_s);
        QCOMPARE(duplicateKeyPath("{\"a\":\"}\\\"{\",\"\\u0061\":2}"), u"$.a"_s);   // escapes decoded
        QCOMPARE(duplicateKeyPath("{\"a\":[1,\"x\",{\"b\":true}],\"a2\":null}"), QString());
    }
};

VIGIL_TEST_GUILESS_MAIN(TestStrictJson)
#include "tst_strictjson.moc"
