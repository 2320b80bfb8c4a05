// HostConnection against libvirt's real test driver, in-process.
#include "common/testsupport.h"
#include "core/cluster/clustermanager.h"
#include "core/credentials/credentialstore.h"
#include "core/virt/hostconnection.h"

#include <QSignalSpy>

#include <memory>
#include <vector>
#include <QThread>

using namespace Qt::StringLiterals;

using namespace Vigil;
using Virt::HostConnection;

namespace {

// Runs a HostConnection on its own thread, like ClusterManager does.
struct Worker {
    explicit Worker(const HostConfig &config)
    {
        connection = new HostConnection(config);
        connection->setLightRefreshInterval(200);
        connection->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, connection, &QObject::deleteLater);
        thread.start();
    }
    ~Worker()
    {
        QMetaObject::invokeMethod(connection, &HostConnection::stop, Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
    }
    void start() { QMetaObject::invokeMethod(connection, &HostConnection::start, Qt::QueuedConnection); }
    // Runs the action on the worker's thread, as ClusterManager does, and
    // returns its answer.
    ActionResult act(const QString &uuid, DomainAction action)
    {
        ActionResult result;
        QMetaObject::invokeMethod(connection, [c = connection, uuid, action, &result]() {
            result = c->performAction(uuid, action);
        }, Qt::BlockingQueuedConnection);
        return result;
    }
    // A spy on the connection that lives until its thread has stopped: the
    // thread emits into spies directly, so a spy of the test function's own
    // scope could be destroyed while the thread still appends to it.
    template <typename Signal>
    QSignalSpy &spy(Signal signal)
    {
        spies.push_back(std::make_unique<QSignalSpy>(connection, signal));
        return *spies.back();
    }
    QThread thread;
    HostConnection *connection;
    std::vector<std::unique_ptr<QSignalSpy>> spies;   // destroyed after ~Worker stopped the thread
};

const QString kWeb = u"00000000-0000-4000-8000-000000000001"_s;
const QString kCache = u"00000000-0000-4000-8000-000000000002"_s;
const QString kDb = u"00000000-0000-4000-8000-000000000003"_s;

HostStatus lastStatus(const QSignalSpy &spy)
{
    return spy.last().at(1).value<HostStatus>();
}

} // namespace

class TestHostConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        registerMetaTypes();
    }

    void loadsInventory()
    {
        Worker w(Test::hostConfig(7, u"small"_s, Test::nodeUri(u"node-small.xml"_s)));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        QSignalSpy &details = w.spy(&HostConnection::detailsUpdated);
        QSignalSpy &loaded = w.spy(&HostConnection::domainsLoaded);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Up);
        QCOMPARE(status.first().at(1).value<HostStatus>().state, HostState::Connecting);
        QCOMPARE(status.last().at(0).toLongLong(), 7);
        QCOMPARE(loaded.count(), 1);

        const auto domains = loaded.first().at(1).value<QList<DomainInfo>>();
        QCOMPARE(domains.size(), 3);
        QMap<QString, DomainInfo> byName;
        for (const DomainInfo &d : domains)
            byName.insert(d.name, d);
        QCOMPARE(byName[u"web"_s].state, DomainState::Running);
        QCOMPARE(byName[u"web"_s].vcpus, 2);
        QCOMPARE(byName[u"web"_s].memoryKiB, 2048ull * 1024);
        QCOMPARE(byName[u"web"_s].disks.size(), 1);
        QCOMPARE(byName[u"web"_s].interfaces.first().network, u"default"_s);
        QCOMPARE(byName[u"web"_s].cpuMode, u"host-model"_s);
        QVERIFY(byName[u"web"_s].persistent);
        QCOMPARE(byName[u"cache"_s].state, DomainState::Paused);
        QCOMPARE(byName[u"db"_s].state, DomainState::Shutoff);
        QCOMPARE(byName[u"db"_s].maxMemoryKiB, 4ull * 1024 * 1024);
        // Already running at connect: libvirt has no start time, so none is claimed.
        QVERIFY(!byName[u"web"_s].runningSince.isValid());

        QCOMPARE(details.count(), 1);
        const auto host = details.first().at(1).value<HostDetails>();
        QCOMPARE(host.host.cpus, 8);
        QCOMPARE(host.host.memoryKiB, 16777216ull);
        QCOMPARE(host.networks.size(), 2);
        QCOMPARE(host.pools.size(), 1);
        QCOMPARE(host.pools.first().targetPath, u"/var/lib/libvirt/images"_s);
    }

    void actionsUpdateStateAndReport()
    {
        Worker w(Test::hostConfig(1, u"small"_s, Test::nodeUri(u"node-small.xml"_s)));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        QSignalSpy &updated = w.spy(&HostConnection::domainUpdated);
        QSignalSpy &events = w.spy(&HostConnection::eventOccurred);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Up);

        ActionResult result = w.act(kDb, DomainAction::Start);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.guestName, u"db"_s);
        QCOMPARE(result.hostId, 1);
        QTRY_VERIFY(std::any_of(updated.cbegin(), updated.cend(), [](const QList<QVariant> &args) {
            const auto d = args.at(1).value<DomainInfo>();
            return d.uuid == kDb && d.state == DomainState::Running && d.runningSince.isValid();
        }));
        // The lifecycle event reached the log.
        QTRY_VERIFY(std::any_of(events.cbegin(), events.cend(), [](const QList<QVariant> &args) {
            const auto e = args.first().value<EventRecord>();
            return e.guest == u"db" && e.kind == EventRecord::Kind::Lifecycle && e.message.toString().contains(u"started");
        }));

        QVERIFY(w.act(kCache, DomainAction::Resume).ok);
        QVERIFY(w.act(kWeb, DomainAction::ForceOff).ok);

        // Starting a running guest fails with libvirt's own explanation.
        result = w.act(kDb, DomainAction::Start);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"running"_s), qPrintable(result.message));
    }

    void actionOnVanishedGuest()
    {
        Worker w(Test::hostConfig(1, u"small"_s, Test::nodeUri(u"node-small.xml"_s)));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Up);
        const ActionResult result = w.act(u"deadbeef-0000-4000-8000-000000000099"_s, DomainAction::Start);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(u"no longer exists"_s), qPrintable(result.message));
    }

    void unreachableHostRetriesWithBackoff()
    {
        // Loopback port where nothing listens: refused at once.
        Worker w(Test::hostConfig(2, u"ghost"_s, u"test+tcp://127.0.0.253:1/default"_s));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        QSignalSpy &events = w.spy(&HostConnection::eventOccurred);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Unreachable);
        HostStatus s = lastStatus(status);
        QVERIFY2(s.reason.contains(u"127.0.0.253"_s), qPrintable(s.reason));
        QCOMPARE(s.failedAttempts, 1);
        QVERIFY(s.nextRetry.isValid());
        const qint64 firstDelay = QDateTime::currentDateTimeUtc().msecsTo(s.nextRetry);
        QVERIFY2(firstDelay > 300 && firstDelay <= 1300, qPrintable(QString::number(firstDelay)));
        // Second attempt comes after ~1 s and doubles the next delay.
        QTRY_VERIFY_WITH_TIMEOUT(lastStatus(status).failedAttempts >= 2, 3000);
        s = lastStatus(status);
        const qint64 secondDelay = QDateTime::currentDateTimeUtc().msecsTo(s.nextRetry);
        QVERIFY2(secondDelay > 1200 && secondDelay <= 2500, qPrintable(QString::number(secondDelay)));
        // The same failure is logged once, not on every retry.
        QCOMPARE(events.count(), 1);
    }

    void missingLoginIsExplainedAndNotRetried()
    {
        // The test driver asks for a user name and password when its node
        // file says so; the credential store has none for it.
        const QString uri = Test::nodeUri(u"node-auth.xml"_s);
        CredentialStore::instance().forget(uri);
        Worker w(Test::hostConfig(3, u"auth"_s, uri));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Unreachable);
        const QString reason = lastStatus(status).reason;
        QVERIFY2(reason.contains(u"asks for a login Vigil does not have"_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"Log In"_s), qPrintable(reason));
        // Nothing changes until the login does: no timed retry at all ...
        QVERIFY2(reason.contains(u"as soon as the login changes"_s), qPrintable(reason));
        QCOMPARE(lastStatus(status).issue, ConnectIssue::CredentialsNeeded);
        QVERIFY(!lastStatus(status).nextRetry.isValid());
        QTest::qWait(1500);   // the first back-off step would have retried by now
        QCOMPARE(lastStatus(status).failedAttempts, 1);

        // ... or at once when a wrong login arrives: refused, said so ...
        CredentialStore::instance().setCredentials(uri, {u"admin"_s, u"not-the-password"_s});
        QTRY_COMPARE(lastStatus(status).issue, ConnectIssue::AuthRefused);
        QVERIFY2(lastStatus(status).reason.contains(u"refused the login Vigil has"_s), qPrintable(lastStatus(status).reason));
        QVERIFY2(!lastStatus(status).reason.contains(u"not-the-password"_s), "a password in a status");
        // A refused login is not tried again by itself (each try is another
        // failed login on the host) ...
        QVERIFY(!lastStatus(status).nextRetry.isValid());
        const int attempts = lastStatus(status).failedAttempts;
        QTest::qWait(1500);
        QCOMPARE(lastStatus(status).failedAttempts, attempts);

        // ... and the right one connects without anyone pressing Reconnect.
        CredentialStore::instance().setCredentials(uri, {u"admin"_s, u"secret"_s});
        QTRY_COMPARE(lastStatus(status).state, HostState::Up);
        QCOMPARE(lastStatus(status).issue, ConnectIssue::None);
        CredentialStore::instance().forget(uri);
    }

    void loginsGoOnlyToTheirUri()
    {
        // A login stored for another URI is never offered to this one.
        const QString uri = Test::nodeUri(u"node-auth.xml"_s);
        CredentialStore::instance().forget(uri);
        CredentialStore::instance().setCredentials(uri + u"?other"_s, {u"admin"_s, u"secret"_s});
        Worker w(Test::hostConfig(5, u"auth"_s, uri));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Unreachable);
        QCOMPARE(lastStatus(status).issue, ConnectIssue::CredentialsNeeded);
        CredentialStore::instance().forget(uri + u"?other"_s);
    }

    void idleRefreshEmitsNothing()
    {
        Worker w(Test::hostConfig(4, u"default"_s, u"test:///default"_s));
        QSignalSpy &status = w.spy(&HostConnection::statusChanged);
        QSignalSpy &updated = w.spy(&HostConnection::domainUpdated);
        QSignalSpy &removed = w.spy(&HostConnection::domainRemoved);
        w.start();
        QTRY_VERIFY(!status.isEmpty() && lastStatus(status).state == HostState::Up);
        // Several 200 ms light refreshes pass; nothing changed, so nothing is emitted. emit nothing: no churn when nothing changed.
        QTest::qWait(700);
        QCOMPARE(updated.count(), 0);
        QCOMPARE(removed.count(), 0);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestHostConnection)
#include "tst_hostconnection.moc"
