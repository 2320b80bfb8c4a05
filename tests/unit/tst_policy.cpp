#include "common/testsupport.h"
#include "core/ha/policyindex.h"
#include "core/ha/policyjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

using namespace Vigil;
using namespace Vigil::Ha;

namespace {
QByteArray validText()
{
    QFile file(Test::dataPath(u"policies/valid.json"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
// The valid document with one JSON pointer-ish edit applied.
QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject o = QJsonDocument::fromJson(validText()).object();
    edit(o);
    return QJsonDocument(o).toJson();
}
QJsonObject sub(const QJsonObject &o, const QString &key) { return o.value(key).toObject(); }
} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAndRoundTrips()
    {
        const PolicyParse parsed = policyFromJson(validText());
        QVERIFY2(parsed.ok, qPrintable(parsed.errors.join(u'\n')));
        const Policy &p = parsed.policy;
        QCOMPARE(p.name, u"production-services"_s);
        QCOMPARE(p.guests.size(), 5);
        QCOMPARE(p.priorityOf(u"ldap-1"_s), 1);
        QCOMPARE(p.priorityOf(u"web-frontend-7"_s), 3);   // by pattern
        QCOMPARE(p.priorityOf(u"reporting"_s), 0);
        QCOMPARE(p.startAfterOf(u"queue-rabbitmq"_s), u"ldap-1"_s);
        QCOMPARE(p.antiAffinityGroups.size(), 1);
        QCOMPARE(p.fencing.value(u"prod-a"_s).argv.first(), u"/usr/sbin/fence_ipmilan"_s);
        QCOMPARE(p.fencing.value(u"prod-a"_s).timeoutSeconds, 60);
        QCOMPARE(p.leaseWaitSeconds, 90);   // not given: an NFS v4 lease
        const PolicyParse again = policyFromJson(policyToJsonText(p));
        QVERIFY(again.ok);
        QCOMPARE(again.policy, p);
    }

    void reportsTheBadField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("{ nope") << u"$: not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"$: must be a JSON object"_s;
        QTest::newRow("no version") << edited([](QJsonObject &o) { o.remove(u"vigil_policy"_s); })
                                    << u"$.vigil_policy: is required"_s;
        QTest::newRow("newer format") << edited([](QJsonObject &o) { o[u"vigil_policy"_s] = 7; })
                                      << u"$.vigil_policy: format 7 is newer"_s;
        QTest::newRow("priority 9") << edited([](QJsonObject &o) {
            QJsonObject m = sub(o, u"members"_s);
            QJsonArray g = m[u"guests"_s].toArray();
            QJsonObject second = g[1].toObject();
            second[u"priority"_s] = 9;
            g[1] = second;
            m[u"guests"_s] = g;
            o[u"members"_s] = m;
        }) << u"$.members.guests[1].priority: must be an integer from 1 (restarted first) to 5 (last)"_s;
        QTest::newRow("typo") << edited([](QJsonObject &o) {
            QJsonObject f = sub(o, u"fencing"_s);
            f[u"restart_without_fenceing"_s] = true;
            o[u"fencing"_s] = f;
        }) << u"$.fencing.restart_without_fenceing: unknown field"_s;
        QTest::newRow("lease wait of an hour") << edited([](QJsonObject &o) {
            QJsonObject f = sub(o, u"fencing"_s);
            f[u"lease_wait_seconds"_s] = 3600;
            o[u"fencing"_s] = f;
        }) << u"$.fencing.lease_wait_seconds: must be an integer from 0 to 600"_s;
        QTest::newRow("empty argv") << edited([](QJsonObject &o) {
            QJsonObject f = sub(o, u"fencing"_s);
            QJsonObject hosts = sub(f, u"hosts"_s);
            hosts[u"prod-a"_s] = QJsonObject{{u"argv"_s, QJsonArray()}};
            f[u"hosts"_s] = hosts;
            o[u"fencing"_s] = f;
        }) << u"$.fencing.hosts.prod-a.argv: needs at least the program"_s;
        QTest::newRow("shell string") << edited([](QJsonObject &o) {
            QJsonObject f = sub(o, u"fencing"_s);
            QJsonObject hosts = sub(f, u"hosts"_s);
            hosts[u"prod-a"_s] = QJsonObject{{u"argv"_s, u"fence_ipmilan --ip x"_s}};
            f[u"hosts"_s] = hosts;
            o[u"fencing"_s] = f;
        }) << u"$.fencing.hosts.prod-a.argv: must be an array"_s;
        QTest::newRow("anti-affinity of one") << edited([](QJsonObject &o) {
            QJsonObject pl = sub(o, u"placement"_s);
            // (A QJsonValue inside: QJsonArray{QJsonArray{…}} is a copy for clang.)
            pl[u"anti_affinity"_s] = QJsonArray{QJsonValue(QJsonArray{u"web-frontend-1"_s})};
            o[u"placement"_s] = pl;
        }) << u"$.placement.anti_affinity[0]: a group needs at least two guests"_s;
        QTest::newRow("unknown start_after") << edited([](QJsonObject &o) {
            QJsonObject m = sub(o, u"members"_s);
            QJsonArray g = m[u"guests"_s].toArray();
            QJsonObject first = g[0].toObject();
            first[u"start_after"_s] = u"nobody"_s;
            g[0] = first;
            m[u"guests"_s] = g;
            o[u"members"_s] = m;
        }) << u"$.members.guests[0].start_after: nobody is not a listed member"_s;
        QTest::newRow("no fencing at all") << edited([](QJsonObject &o) {
            o[u"fencing"_s] = QJsonObject{{u"restart_without_fencing"_s, false}};
        }) << u"$.fencing: give a fence action"_s;
        QTest::newRow("preferred and forbidden") << edited([](QJsonObject &o) {
            QJsonObject pl = sub(o, u"placement"_s);
            pl[u"forbidden_hosts"_s] = QJsonArray{u"prod-c"_s};
            o[u"placement"_s] = pl;
        }) << u"$.placement: prod-c is both preferred and forbidden"_s;
    }
    void reportsTheBadField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const PolicyParse parsed = policyFromJson(json);
        QVERIFY(!parsed.ok);
        const bool found = std::any_of(parsed.errors.cbegin(), parsed.errors.cend(),
                                       [&](const QString &e) { return e.startsWith(error); });
        QVERIFY2(found, qPrintable(parsed.errors.join(u'\n')));
    }

    void startAfterCycleIsRejected()
    {
        Policy p = policyFromJson(validText()).policy;
        p.guests[0].startAfter = u"queue-rabbitmq"_s;   // ldap-1 waits for queue, queue waits for ldap-1
        p.guests[0].priority = 2;
        const QStringList errors = validatePolicy(p);
        QVERIFY2(std::any_of(errors.cbegin(), errors.cend(), [](const QString &e) { return e.contains(u"cycle"); }),
                 qPrintable(errors.join(u'\n')));
    }

    void indexUsesEnabledPoliciesOnly()
    {
        Policy a = policyFromJson(validText()).policy;
        Policy b = a;
        b.name = u"zz-disabled"_s;
        b.enabled = false;
        b.guests = {GuestRule{u"reporting"_s, 2, {}}};
        const PolicyIndex index({b, a});
        QVERIFY(index.lookup(u"web-frontend-2"_s));
        QCOMPARE(index.lookup(u"web-frontend-2"_s).priority, 3);
        QCOMPARE(index.lookup(u"ldap-1"_s).policy->name, a.name);
        QVERIFY(!index.lookup(u"reporting"_s));
    }
};

VIGIL_TEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
