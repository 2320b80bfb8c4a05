// `vigilctl export pacemaker` checked by Pacemaker's own crm_verify, and the
// constraints it writes compared with the demo policy.
#include "common/testsupport.h"

#include <QDomDocument>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

class TestPacemaker : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QDomDocument m_cib;
    QString m_cibPath;

    QList<QDomElement> elements(const QString &tag) const
    {
        QList<QDomElement> result;
        const QDomNodeList nodes = m_cib.elementsByTagName(tag);
        for (int i = 0; i < nodes.size(); ++i)
            result.append(nodes.at(i).toElement());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cibPath = m_dir.filePath(u"cib.xml"_s);
        QProcess vigilctl;
        vigilctl.start(QStringLiteral(VIGIL_VIGILCTL), {u"--demo"_s, u"export"_s, u"pacemaker"_s, u"--out"_s, m_cibPath});
        QVERIFY(vigilctl.waitForFinished(60000));
        QCOMPARE(vigilctl.exitCode(), 3);   // edge-1 is unreachable: exported with what is known
        QVERIFY(QString::fromUtf8(vigilctl.readAllStandardError()).contains(u"note: "_s));
        QFile file(m_cibPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(m_cib.setContent(&file));
    }

    void crmVerifyAcceptsIt()
    {
        const QString crmVerify = QStandardPaths::findExecutable(u"crm_verify"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
        if (crmVerify.isEmpty())
            QSKIP("crm_verify is not installed (Debian package pacemaker-cli-utils)");
        QProcess verify;
        verify.setProcessChannelMode(QProcess::MergedChannels);
        verify.start(crmVerify, {u"--xml-file"_s, m_cibPath, u"-V"_s});
        QVERIFY(verify.waitForFinished(60000));
        QVERIFY2(verify.exitCode() == 0, verify.readAll().constData());
    }

    void resourcesAndConstraintsFollowThePolicy()
    {
        int domains = 0, stonith = 0;
        for (const QDomElement &p : elements(u"primitive"_s)) {
            domains += p.attribute(u"type"_s) == u"VirtualDomain";
            if (p.attribute(u"class"_s) == u"stonith") {
                ++stonith;
                QCOMPARE(p.attribute(u"type"_s), u"fence_ipmilan"_s);
                // The fence action is Pacemaker's to choose; argv options became parameters.
                const QDomNodeList pairs = p.elementsByTagName(u"nvpair"_s);
                QStringList names;
                for (int i = 0; i < pairs.size(); ++i)
                    names << pairs.at(i).toElement().attribute(u"name"_s);
                QVERIFY(names.contains(u"pcmk_host_list"_s));
                QVERIFY(names.contains(u"ip"_s));
                QVERIFY(!names.contains(u"action"_s));
            }
        }
        QCOMPARE(domains, 8);   // 5 named members + 3 web-frontend-* matches
        QCOMPARE(stonith, 3);
        int apart = 0, forbidden = 0, ordered = 0;
        for (const QDomElement &n : elements(u"nvpair"_s))
            apart += n.attribute(u"name"_s) == u"vigil_apart_1" && n.attribute(u"id"_s).startsWith(u"vm-"_s);
        for (const QDomElement &l : elements(u"rsc_location"_s))
            // Negative but finite: a guest already running there stays (Vigil's "forbidden").
            forbidden += l.attribute(u"node"_s) == u"lab-1" && l.attribute(u"score"_s).toInt() < 0;
        for (const QDomElement &o : elements(u"rsc_order"_s)) {
            ++ordered;
            QCOMPARE(o.attribute(u"first"_s), u"vm-ldap-1"_s);
            QCOMPARE(o.attribute(u"then"_s), u"vm-queue-rabbitmq"_s);
        }
        QCOMPARE(apart, 3);        // three web frontends use one anti-affinity slot each
        QCOMPARE(forbidden, 8);    // every resource kept off lab-1
        QCOMPARE(ordered, 1);
        QVERIFY(QFile::exists(m_cibPath + u".definitions/ldap-1.xml"_s));
    }

    // Pacemaker's own scheduler, told that a host failed, must restart the
    // same guests on the same hosts as Vigil's dry run — and leave the same
    // ones stopped.
    void crmSimulateAgreesWithTheDryRun_data()
    {
        QTest::addColumn<QString>("host");
        for (const char *host : {"prod-a", "prod-b", "prod-c"})
            QTest::newRow(host) << QString::fromLatin1(host);
    }
    void crmSimulateAgreesWithTheDryRun()
    {
        QFETCH(QString, host);
        const QString crmSimulate = QStandardPaths::findExecutable(u"crm_simulate"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
        if (crmSimulate.isEmpty())
            QSKIP("crm_simulate is not installed (Debian package pacemaker-cli-utils)");
        QProcess simulate;
        simulate.setProcessChannelMode(QProcess::MergedChannels);
        simulate.start(crmSimulate, {u"--xml-file"_s, m_cibPath, u"--simulate"_s, u"--node-fail"_s, host});
        QVERIFY(simulate.waitForFinished(60000));
        const QString output = QString::fromUtf8(simulate.readAll());
        QMap<QString, QString> pacemaker;   // guest → new host, or "" when left stopped
        static const QRegularExpression moved(u"\\*\\s+(?:Move|Recover)\\s+vm-(\\S+)\\s+\\(\\s*(\\S+)\\s*->\\s*(\\S+)\\s*\\)"_s);
        static const QRegularExpression stopped(u"\\*\\s+Stop\\s+vm-(\\S+)\\s+\\(\\s*(\\S+)\\s*\\)"_s);
        for (auto it = moved.globalMatch(output); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2) == host)
                pacemaker.insert(m.captured(1), m.captured(3));
        }
        for (auto it = stopped.globalMatch(output); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2) == host)
                pacemaker.insert(m.captured(1), QString());
        }

        QProcess vigilctl;
        vigilctl.start(QStringLiteral(VIGIL_VIGILCTL),
                       {u"--demo"_s, u"--json"_s, u"policy"_s, u"simulate"_s, u"--host"_s, host});
        QVERIFY(vigilctl.waitForFinished(60000));
        const QJsonObject plan = QJsonDocument::fromJson(vigilctl.readAllStandardOutput())
                                     .object().value(u"plans"_s).toArray().first().toObject();
        QMap<QString, QString> vigil;
        for (const QJsonValue &r : plan.value(u"restarts"_s).toArray())
            vigil.insert(r[u"guest"_s].toString(), r[u"to"_s].toString());
        for (const QJsonValue &u : plan.value(u"not_restarted"_s).toArray())
            vigil.insert(u[u"guest"_s].toString(), QString());
        QVERIFY(!vigil.isEmpty());
        QCOMPARE(pacemaker, vigil);
    }
};

QTEST_GUILESS_MAIN(TestPacemaker)
#include "tst_pacemaker.moc"
