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
        // Timer ticks that ran while the work was half-done: none if the
        // inbox ran all 200 items in one go, about one per 5 ms slice if it
        // yields. Counted, not timed: a loaded CI machine stretches every
        // gap (a 40 ms bound failed at 74 ms there), but not the interleaving.
        int ticksInBetween = 0;
        QTimer ticker;
        ticker.setTimerType(Qt::PreciseTimer);
        connect(&ticker, &QTimer::timeout, [&]() {
            if (done > 0 && done < 200)
                ++ticksInBetween;
        });
        ticker.start(1);
        QTRY_COMPARE(done, 200);
        ticker.stop();
        QVERIFY2(ticksInBetween >= 10, qPrintable(QString::number(ticksInBetween)));
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
