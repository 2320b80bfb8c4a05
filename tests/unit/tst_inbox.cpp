#include "common/testsupport.h"
#include "core/cluster/inbox.h"

#include <QTimer>

#include <thread>

using namespace Vigil;

class TestInbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnOwnerThreadInOrder()
    {
        QObject owner;
        Inbox inbox(&owner, 8);
        QList<int> seen;
        std::atomic_bool wrongThread{false};
        QThread *mainThread = QThread::currentThread();
        std::thread producer([&]() {
            for (int i = 0; i < 1000; ++i)
                inbox.post([&, i]() {
                    wrongThread = wrongThread || QThread::currentThread() != mainThread;
                    seen.append(i);
                });
        });
        producer.join();
        QTRY_COMPARE(seen.size(), 1000);
        QVERIFY(!wrongThread);
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(seen.at(i), i);
    }

    void yieldsToTimersBetweenSlices()
    {
        QObject owner;
        Inbox inbox(&owner, 5);
        // 200 items of 1 ms each: 200 ms of work that must not run in one go.
        int done = 0;
        for (int i = 0; i < 200; ++i)
            inbox.post([&done]() {
                QElapsedTimer t;
                t.start();
                while (t.elapsed() < 1) {}
                ++done;
            });
        QElapsedTimer gap;
        qint64 worst = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        connect(&ticker, &QTimer::timeout, [&]() { worst = std::max(worst, gap.restart()); });
        gap.start();
        ticker.start(2);
        QTRY_COMPARE(done, 200);
        ticker.stop();
        QVERIFY2(worst < 40, qPrintable(QString::number(worst)));
    }

    void closeDropsPendingWork()
    {
        QObject owner;
        Inbox inbox(&owner, 8);
        int ran = 0;
        inbox.post([&ran]() { ++ran; });
        inbox.close();
        inbox.post([&ran]() { ++ran; });
        QTest::qWait(50);
        QCOMPARE(ran, 0);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestInbox)
#include "tst_inbox.moc"
