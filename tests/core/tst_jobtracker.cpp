// SPDX-License-Identifier: MIT
#include "core/jobtracker.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Qt::StringLiterals;

class TestJobTracker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deliversTheResultOnTheOwnersThread()
    {
        JobTracker tracker;
        QThread *workThread = nullptr;
        QThread *deliveryThread = nullptr;
        int delivered = -1;
        const auto id = tracker.run(
            [&workThread] {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                deliveryThread = QThread::currentThread();
                delivered = value;
            });
        QVERIFY(tracker.isPending(id));
        QTRY_COMPARE(delivered, 42);
        QCOMPARE(deliveryThread, QThread::currentThread());
        QVERIFY(workThread != QThread::currentThread());
        QVERIFY(!tracker.isPending(id));
        QCOMPARE(tracker.pendingCount(), 0);
    }

    void voidWorkDeliversToo()
    {
        JobTracker tracker;
        bool worked = false;
        bool delivered = false;
        tracker.run([&worked] { worked = true; }, [&delivered] { delivered = true; });
        QTRY_VERIFY(delivered);
        QVERIFY(worked);
    }

    void moveOnlyResultsArrive()
    {
        JobTracker tracker;
        int delivered = 0;
        tracker.run([] { return std::make_unique<int>(7); },
            [&delivered](std::unique_ptr<int> value) { delivered = *value; });
        QTRY_COMPARE(delivered, 7);
    }

    void droppedResultIsNotDelivered()
    {
        QThreadPool pool;
        JobTracker tracker(&pool);
        QSemaphore gate;
        QStringList delivered;
        const auto stale = tracker.run(
            [&gate] {
                gate.acquire();
                return u"stale"_s;
            },
            [&delivered](const QString &s) { delivered.append(s); });
        tracker.drop(stale);
        QVERIFY(!tracker.isPending(stale));
        const auto current = tracker.run(
            [] { return u"current"_s; }, [&delivered](const QString &s) { delivered.append(s); });
        QTRY_COMPARE(delivered, QStringList { u"current"_s });
        QVERIFY(!tracker.isPending(current));
        gate.release();
        QVERIFY(pool.waitForDone(10'000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(delivered, QStringList { u"current"_s });
    }

    void droppedWorkIsAskedToStop()
    {
        QThreadPool pool;
        JobTracker tracker(&pool);
        std::atomic<bool> started = false;
        std::atomic<bool> sawStop = false;
        bool delivered = false;
        const auto id = tracker.run(
            [&](const JobTracker::StopToken &stop) {
                started = true;
                QDeadlineTimer deadline(10'000);
                while (!stop.stopRequested() && !deadline.hasExpired())
                    QThread::msleep(1);
                sawStop = stop.stopRequested();
            },
            [&delivered] { delivered = true; });
        QTRY_VERIFY(started.load());
        tracker.dropAll();
        QVERIFY(pool.waitForDone(10'000));
        QVERIFY(sawStop.load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
        QVERIFY(!tracker.isPending(id));
    }

    void ownerDestroyedBeforeTheJobEnds()
    {
        // The owner (here the tracker's holder) goes away while the work still runs: the
        // finished work must neither crash nor call into the dead owner.
        QThreadPool pool;
        QSemaphore gate;
        bool delivered = false;
        {
            auto owner = std::make_unique<QObject>();
            auto tracker = std::make_unique<JobTracker>(&pool);
            tracker->run(
                [&gate] {
                    gate.acquire();
                    return std::vector<int>(1000, 1);
                },
                [&delivered, o = owner.get()](const std::vector<int> &) {
                    delivered = true;
                    o->setObjectName(u"used after free"_s);
                });
            tracker.reset();
            owner.reset();
        }
        gate.release();
        QVERIFY(pool.waitForDone(10'000));
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void resultPostedThenOwnerDestroyed()
    {
        // The result is already queued when the tracker dies: it is discarded with the receiver.
        QThreadPool pool;
        bool delivered = false;
        auto tracker = std::make_unique<JobTracker>(&pool);
        tracker->run([] { return 1; }, [&delivered](int) { delivered = true; });
        QVERIFY(pool.waitForDone(10'000));
        tracker.reset();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }

    void workOnAnotherOwnerThreadComesBackThere()
    {
        // An owner on a worker thread of its own gets its results there.
        QThread ownerThread;
        ownerThread.start();
        QThread *deliveredOn = nullptr;
        QSemaphore done;
        JobTracker *tracker = nullptr;
        auto *context = new QObject;
        context->moveToThread(&ownerThread);
        QMetaObject::invokeMethod(
            context,
            [&] {
                tracker = new JobTracker;
                tracker->run([] { return 0; },
                    [&](int) {
                        deliveredOn = QThread::currentThread();
                        done.release();
                    });
            },
            Qt::QueuedConnection);
        QVERIFY(done.tryAcquire(1, 10'000));
        QCOMPARE(deliveredOn, &ownerThread);
        QMetaObject::invokeMethod(
            context,
            [&] {
                delete tracker;
                context->deleteLater();
            },
            Qt::BlockingQueuedConnection);
        ownerThread.quit();
        QVERIFY(ownerThread.wait(10'000));
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
