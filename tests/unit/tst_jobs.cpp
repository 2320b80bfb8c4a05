// Jobs::run (core/jobs.h): the one way Vigil runs blocking work. What its
// users rely on: the answer arrives on the asker's thread, never after the
// asker is gone, a stop request reaches the work, and the work never runs
// on the thread that asked.
#include "common/testsupport.h"
#include "core/jobs.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QThread>

#include <atomic>

using namespace Vigil;

class TestJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void answerArrivesOnTheAskersThread()
    {
        QObject asker;
        QThread *workThread = nullptr;
        QThread *answerThread = nullptr;
        int answer = 0;
        Jobs::run(&asker, [&workThread]() {
            workThread = QThread::currentThread();
            return 42;
        }, [&](int result) {
            answerThread = QThread::currentThread();
            answer = result;
        });
        QTRY_COMPARE(answer, 42);
        QCOMPARE(answerThread, QThread::currentThread());
        QVERIFY(workThread && workThread != QThread::currentThread());
    }

    void noAnswerAfterTheAskerIsGone()
    {
        QSemaphore release;
        std::atomic<bool> workEnded{false};
        bool answered = false;
        auto *asker = new QObject;
        Jobs::run(asker, [&]() {
            release.acquire();
            workEnded = true;
            return 1;
        }, [&answered](int) { answered = true; });
        delete asker;
        release.release();
        QTRY_VERIFY(workEnded.load());
        QTest::qWait(50);   // the answer would have been posted by now
        QVERIFY(!answered);
    }

    void stopRequestReachesTheWorkWhichStillAnswers()
    {
        QObject asker;
        QString answer;
        Jobs::Job job = Jobs::run(&asker, [](const std::atomic<bool> &stop) {
            while (!stop.load())
                QThread::msleep(1);
            return QStringLiteral("stopped");
        }, [&answer](const QString &result) { answer = result; });
        QVERIFY(job.isRunning());
        QVERIFY(!job.stopRequested());
        job.requestStop();
        QTRY_COMPARE(answer, QStringLiteral("stopped"));
        QVERIFY(!job.isRunning());
    }

    void oneStopFlagStopsEveryJobSharingIt()
    {
        QObject asker;
        const Jobs::StopFlag stop = Jobs::makeStopFlag();
        int stopped = 0;
        for (int i = 0; i < 3; ++i)
            Jobs::run(&asker, [](const std::atomic<bool> &flag) {
                while (!flag.load())
                    QThread::msleep(1);
            }, [&stopped]() { ++stopped; }, stop);
        QTest::qWait(20);
        QCOMPARE(stopped, 0);
        stop->store(true);
        QTRY_COMPARE(stopped, 3);
    }
};

VIGIL_TEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
