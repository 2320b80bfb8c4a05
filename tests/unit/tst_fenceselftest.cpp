// The scheduled fence self-test, in a whole session as the console and the
// agent run it. Its own executable: it starts processes, which clang 14's
// TSan cannot follow in a threaded program (tests/sanitizers/run).
#include "common/testsupport.h"
#include "core/ha/failoverengine.h"
#include "core/health/alertengine.h"
#include "core/session.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace Vigil;

class TestFenceSelfTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A fence device that stops answering its status check is a critical
    // alert before any host fails, cleared when it answers again; the check
    // runs the action with "--action status", never the real "off".
    void fenceDeviceThatStopsAnsweringIsACriticalAlert()
    {
        QTemporaryDir dir;
        QString error;
        Session::Options options;
        options.databasePath = dir.filePath(u"fence.sqlite"_s);
        options.recordHistory = true;
        auto session = Session::open(options, &error);
        QVERIFY2(session, qPrintable(error));
        HostConfig one = Test::hostConfig(0, u"kvm1"_s, Test::nodeUri(u"node-small.xml"_s));
        QVERIFY2(session->addHost(one, &error), qPrintable(error));
        // The "device": answers while the file exists; records each action it was asked for.
        const QString answers = dir.filePath(u"answers"_s);
        const QString asked = dir.filePath(u"asked"_s);
        QVERIFY(QFile(answers).open(QIODevice::WriteOnly));
        Ha::Policy policy;
        policy.name = u"p"_s;
        policy.guests = {{u"web"_s, 1, {}}};
        const auto fenceAction = [&](int timeout) {
            return Ha::FenceAction{{u"/bin/sh"_s, u"-c"_s, u"echo \"$2\" >> '%1'; test -e '%2'"_s.arg(asked, answers),
                                    u"fence"_s, u"--action"_s, u"off"_s},
                                   timeout, 60};
        };
        policy.fencing.insert(u"kvm1"_s, fenceAction(10));
        QVERIFY2(session->savePolicy(policy, &error), qPrintable(error));
        session->connectAll();
        QTRY_VERIFY(session->cluster()->allSettled());
        QStringList events;
        connect(session.get(), &Session::eventLogged, this,
                [&events](const EventRecord &e) {
                    events.append(EventRecord::resultName(e.result) + u": "_s + e.message.english());
                });
        Ha::FailoverEngine *engine = session->startFailoverEngine(u"test"_s, 3000);
        QTRY_VERIFY(engine->isActive());
        const auto notAnswering = [&session] { return Test::openAlerts(*session, u"Fence device not answering"_s); };
        QTRY_VERIFY_WITH_TIMEOUT(events.contains(u"ok: the fence device of kvm1 answers (status check)"_s), 5000);
        QVERIFY(notAnswering().isEmpty());
        // The device dies; the policy is edited (a new action is tested at once).
        QVERIFY(QFile::remove(answers));
        policy.fencing.insert(u"kvm1"_s, fenceAction(11));
        QVERIFY2(session->savePolicy(policy, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(notAnswering().size(), 1, 5000);
        const Health::Alert alert = notAnswering().first();
        QCOMPARE(alert.host, u"kvm1"_s);
        QCOMPARE(alert.severity, Health::Severity::Critical);
        QVERIFY2(alert.message.english().contains(u"does not answer its status check"_s),
                 qPrintable(alert.message.english()));
        // It answers again: cleared.
        QVERIFY(QFile(answers).open(QIODevice::WriteOnly));
        policy.fencing.insert(u"kvm1"_s, fenceAction(12));
        QVERIFY2(session->savePolicy(policy, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(notAnswering().isEmpty(), 5000);
        // Only ever the safe action.
        QFile log(asked);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QStringList actions = QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(actions.size(), 3);
        QCOMPARE(QSet<QString>(actions.begin(), actions.end()), QSet<QString>{u"status"_s});
    }
};

VIGIL_TEST_GUILESS_MAIN(TestFenceSelfTest)
#include "tst_fenceselftest.moc"
