// SPDX-License-Identifier: MIT
#include "core/clock.h"
#include "sim/syncrunner.h"
#include "sim/upstreamsimulator.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
FaultProfile failing(double errorRate)
{
    FaultProfile p;
    p.errorRate = errorRate;
    p.latencyMs = 50;
    p.p99Ms = 100;
    p.errorMix = { { FaultProfile::ErrorKind::Http, 1, 502, {}, {}, {}, 0 } };
    return p;
}

/** A runner on a manual clock and a seeded upstream, recording what it reports. */
struct Rig {
    explicit Rig(SyncRunner::Options options = {})
        : upstream(1)
        , runner(clock, upstream, options)
    {
        runner.setOnUpdated([this](const SyncJob &j) { updates.append(j); });
        runner.setOnMilestone([this](const SyncJob &j, int percent) {
            milestones.append({ j.id, percent });
        });
    }
    /** Advances the clock in ticks of `tickMs`, calling advance() after each, as the server's timer
     * does. */
    void run(qint64 ms, qint64 tickMs = 250)
    {
        for (qint64 t = 0; t < ms; t += tickMs) {
            clock.advance(tickMs);
            runner.advance();
        }
    }
    SyncJob job(const QString &id) const { return runner.job(id).value(); }

    ManualClock clock;
    UpstreamSimulator upstream;
    SyncRunner runner;
    QList<SyncJob> updates;
    QList<std::pair<QString, int>> milestones;
};
} // namespace

class TestSyncRunner : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void progressFollowsClockTime()
    {
        Rig rig;
        const SyncJob started
            = rig.runner.start(u"Catalogue sync"_s, u"marketplace-catalog"_s, 1050, 100, 100);
        QCOMPARE(started.id, u"sync-1"_s);
        QCOMPARE(started.state, SyncState::Running);
        QCOMPARE(started.pages, 11);
        QCOMPARE(started.page, 1);
        QCOMPARE(started.startedMs, rig.clock.nowMs());

        rig.run(1000);
        SyncJob j = rig.job(started.id);
        QCOMPARE(j.processed, 100);
        QCOMPARE(j.page, 2);
        QCOMPARE(j.throughput, 100.0);
        QCOMPARE(j.etaSeconds, 10); // 950 left at 100/s
        QCOMPARE(j.failed, 0);

        rig.run(2500);
        j = rig.job(started.id);
        QCOMPARE(j.processed, 350);
        QCOMPARE(j.page, 4);
        QCOMPARE(j.etaSeconds, 7);

        rig.run(7000);
        j = rig.job(started.id);
        QCOMPARE(j.processed, 1050);
        QCOMPARE(j.page, 11);
        QCOMPARE(j.state, SyncState::Succeeded);
        QCOMPARE(j.etaSeconds, 0);
        QCOMPARE(j.finishedMs, started.startedMs + 10500);
        QCOMPARE(rig.updates.constLast(), j);
    }

    void fractionalRatesDoNotDrift_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("tickMs");
        QTest::addColumn<qint64>("expected"); // after 60 s
        QTest::addRow("3 per second, 100 ms ticks") << 3.0 << qint64(100) << qint64(180);
        QTest::addRow("0.1 per second, 250 ms ticks") << 0.1 << qint64(250) << qint64(6);
        QTest::addRow("2.5 per second, 70 ms ticks") << 2.5 << qint64(70) << qint64(150);
    }
    void fractionalRatesDoNotDrift()
    {
        QFETCH(double, rate);
        QFETCH(qint64, tickMs);
        QFETCH(qint64, expected);
        Rig rig;
        const QString id = rig.runner.start(u"slow"_s, u"erp"_s, 100000, 10, rate).id;
        rig.run(60000 + (tickMs - 60000 % tickMs) % tickMs, tickMs);
        QCOMPARE(rig.job(id).processed, expected);
    }

    void pagesAdvanceAsItemsAreDone()
    {
        Rig rig;
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 95, 20, 10).id;
        QList<int> pages;
        while (rig.job(id).state == SyncState::Running) {
            rig.run(1000, 1000);
            pages.append(rig.job(id).page);
        }
        // 10 items a second, 20 a page, 5 pages.
        QCOMPARE(pages, (QList<int> { 1, 2, 2, 3, 3, 4, 4, 5, 5, 5 }));
    }

    void milestonesInOrderOnce()
    {
        Rig rig;
        const QString id
            = rig.runner.start(u"Catalogue sync"_s, u"marketplace-catalog"_s, 400, 50, 100).id;
        rig.run(2400, 2400); // 240 of 400: two milestones in one step
        QCOMPARE(rig.milestones, (QList<std::pair<QString, int>> { { id, 25 }, { id, 50 } }));
        rig.run(500, 250); // 290: 72.5%
        QCOMPARE(rig.milestones.size(), 2);
        rig.run(1250, 250);
        QCOMPARE(rig.milestones,
            (QList<std::pair<QString, int>> { { id, 25 }, { id, 50 }, { id, 75 }, { id, 100 } }));
        rig.run(5000);
        QCOMPARE(rig.milestones.size(), 4);
        QCOMPARE(rig.job(id).milestones, (QList<int> { 25, 50, 75, 100 }));
    }

    void milestoneArrivesAfterItsUpdate()
    {
        Rig rig;
        QList<QString> order;
        rig.runner.setOnUpdated([&order](const SyncJob &j) {
            order.append(u"update %1"_s.arg(syncStateName(j.state)));
        });
        rig.runner.setOnMilestone([&order](const SyncJob &j, int percent) {
            order.append(u"milestone %1 %2"_s.arg(percent).arg(syncStateName(j.state)));
        });
        rig.runner.start(u"tiny"_s, u"erp"_s, 10, 10, 100);
        rig.run(100, 100);
        QCOMPARE(order,
            (QList<QString> { u"update succeeded"_s, u"milestone 25 succeeded"_s,
                u"milestone 50 succeeded"_s, u"milestone 75 succeeded"_s,
                u"milestone 100 succeeded"_s }));
    }

    void failedItemsDecideTheOutcome_data()
    {
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<SyncState>("state");
        QTest::addRow("healthy upstream") << 0.0 << SyncState::Succeeded;
        QTest::addRow("some failures") << 0.2 << SyncState::Succeeded;
        QTest::addRow("upstream down") << 1.0 << SyncState::Failed;
    }
    void failedItemsDecideTheOutcome()
    {
        QFETCH(double, errorRate);
        QFETCH(SyncState, state);
        Rig rig;
        rig.upstream.setProfile(u"erp"_s, failing(errorRate));
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 2000, 100, 1000).id;
        rig.run(3000);
        const SyncJob j = rig.job(id);
        QCOMPARE(j.processed, 2000);
        QCOMPARE(j.state, state);
        QVERIFY2(std::abs(double(j.failed) / 2000 - errorRate) <= 0.04,
            qPrintable(QString::number(j.failed)));
        if (state == SyncState::Failed)
            QCOMPARE(j.error, u"2000 of 2000 items failed (100.0%, more than the 50% allowed)"_s);
        else
            QVERIFY(j.error.isEmpty());
    }

    void failureFractionIsConfigurable()
    {
        SyncRunner::Options options;
        options.maxFailedFraction = 0.1;
        Rig rig(options);
        rig.upstream.setProfile(u"erp"_s, failing(0.2));
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 1000, 100, 1000).id;
        rig.run(2000);
        QCOMPARE(rig.job(id).state, SyncState::Failed);
        QVERIFY(rig.job(id).error.endsWith(u"more than the 10% allowed)"_s));
    }

    void pauseResumeCancel()
    {
        Rig rig;
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 1000, 100, 100).id;
        rig.run(1000);
        QCOMPARE(rig.runner.pause(id), std::nullopt);
        QCOMPARE(rig.job(id).state, SyncState::Paused);
        QCOMPARE(rig.job(id).etaSeconds, -1);
        rig.run(5000);
        QCOMPARE(rig.job(id).processed, 100); // nothing while paused

        QCOMPARE(rig.runner.resume(id), std::nullopt);
        QCOMPARE(rig.job(id).state, SyncState::Running);
        rig.run(1000);
        QCOMPARE(rig.job(id).processed, 200); // the pause is not made up for
        QCOMPARE(rig.job(id).throughput, 100.0);

        QCOMPARE(rig.runner.cancel(id), std::nullopt);
        const SyncJob j = rig.job(id);
        QCOMPARE(j.state, SyncState::Cancelled);
        QCOMPARE(j.finishedMs, rig.clock.nowMs());
        rig.run(1000);
        QCOMPARE(rig.job(id), j);
    }

    void forbiddenMovesAreErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<SyncState>("state");
        QTest::addColumn<QString>("error");
        QTest::addRow("resume running") << u"resume"_s << SyncState::Running
                                        << u"sync-1 is running; only a paused job can be resumed"_s;
        QTest::addRow("pause paused")
            << u"pause"_s << SyncState::Paused
            << u"sync-1 is paused; only a queued or running job can be paused"_s;
        QTest::addRow("pause finished")
            << u"pause"_s << SyncState::Succeeded
            << u"sync-1 is succeeded; only a queued or running job can be paused"_s;
        QTest::addRow("cancel cancelled")
            << u"cancel"_s << SyncState::Cancelled << u"sync-1 has already finished (cancelled)"_s;
        QTest::addRow("cancel succeeded")
            << u"cancel"_s << SyncState::Succeeded << u"sync-1 has already finished (succeeded)"_s;
        QTest::addRow("retry running")
            << u"retryFailed"_s << SyncState::Running
            << u"sync-1 is running; its failed items can be retried when it has finished"_s;
        QTest::addRow("retry without failures")
            << u"retryFailed"_s << SyncState::Succeeded << u"sync-1 has no failed items to retry"_s;
        QTest::addRow("unknown job")
            << u"resume"_s << SyncState::Queued << u"there is no sync job sync-99"_s;
    }
    void forbiddenMovesAreErrors()
    {
        QFETCH(QString, action);
        QFETCH(SyncState, state);
        QFETCH(QString, error);
        Rig rig;
        QString id = rig.runner.start(u"orders"_s, u"erp"_s, 100, 10, 50).id;
        if (state == SyncState::Paused)
            rig.runner.pause(id);
        if (state == SyncState::Cancelled)
            rig.runner.cancel(id);
        if (state == SyncState::Succeeded)
            rig.run(3000);
        if (state == SyncState::Queued)
            id = u"sync-99"_s; // stands for a job that does not exist
        const auto before = rig.runner.jobs();

        std::optional<QString> refused;
        if (action == u"resume")
            refused = rig.runner.resume(id);
        else if (action == u"pause")
            refused = rig.runner.pause(id);
        else if (action == u"cancel")
            refused = rig.runner.cancel(id);
        else if (auto result = rig.runner.retryFailed(id); std::holds_alternative<QString>(result))
            refused = std::get<QString>(result);
        QCOMPARE(refused, error);
        QCOMPARE(rig.runner.jobs(), before);
    }

    void retryFailedStartsAJobForTheFailedItems()
    {
        Rig rig;
        rig.upstream.setProfile(u"erp"_s, failing(0.3));
        const QString id = rig.runner.start(u"Order import"_s, u"erp"_s, 500, 50, 500).id;
        rig.run(2000);
        const SyncJob done = rig.job(id);
        QCOMPARE(done.state, SyncState::Succeeded);
        QVERIFY(done.failed > 0);

        const auto result = rig.runner.retryFailed(id);
        QVERIFY(std::holds_alternative<SyncJob>(result));
        const SyncJob retry = std::get<SyncJob>(result);
        QCOMPARE(retry.id, u"sync-2"_s);
        QCOMPARE(retry.name, u"Order import (retry of sync-1)"_s);
        QCOMPARE(retry.total, done.failed);
        QCOMPARE(retry.pageSize, 50);
        QCOMPARE(retry.itemsPerSecond, 500.0);
        QCOMPARE(retry.state, SyncState::Running);
        QCOMPARE(rig.job(id), done); // the original stays as it was
    }

    void runsAtMostNAndQueuesTheRest()
    {
        Rig rig; // two at a time
        const QString a = rig.runner.start(u"a"_s, u"erp"_s, 100, 10, 100).id;
        const QString b = rig.runner.start(u"b"_s, u"erp"_s, 1000, 10, 100).id;
        const SyncJob c = rig.runner.start(u"c"_s, u"erp"_s, 1000, 10, 100);
        QCOMPARE(c.state, SyncState::Queued);
        QCOMPARE(c.page, 0);
        QCOMPARE(c.startedMs, 0);
        rig.run(500);
        QCOMPARE(rig.job(c.id).processed, 0);

        rig.run(500); // a finishes; c takes its slot in the same step
        QCOMPARE(rig.job(a).state, SyncState::Succeeded);
        QCOMPARE(rig.job(c.id).state, SyncState::Running);
        QCOMPARE(rig.job(c.id).startedMs, rig.clock.nowMs());
        QVERIFY(std::any_of(rig.updates.cbegin(), rig.updates.cend(),
            [&c](const SyncJob &j) { return j.id == c.id && j.state == SyncState::Running; }));
        rig.run(1000);
        QCOMPARE(rig.job(c.id).processed, 100);

        // A cancelled job frees its slot for the next one on the next advance.
        const QString d = rig.runner.start(u"d"_s, u"erp"_s, 1000, 10, 100).id;
        QCOMPARE(rig.job(d).state, SyncState::Queued);
        rig.runner.cancel(b);
        rig.run(250);
        QCOMPARE(rig.job(d).state, SyncState::Running);
    }

    void etaFollowsRecentThroughput()
    {
        Rig rig;
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 10000, 100, 50).id;
        QCOMPARE(rig.job(id).etaSeconds, -1); // nothing measured yet
        rig.run(2000);
        QCOMPARE(rig.job(id).throughput, 50.0);
        QCOMPARE(rig.job(id).etaSeconds, 198);
        // Slower advance() calls do not change the measured rate.
        rig.run(20000, 1000);
        QCOMPARE(rig.job(id).throughput, 50.0);
        QCOMPARE(rig.job(id).etaSeconds, (10000 - 1100) / 50);
    }

    void stallIsNotMadeUpInOneBurst()
    {
        Rig rig;
        const QString id = rig.runner.start(u"orders"_s, u"erp"_s, 100000, 100, 100).id;
        rig.run(60000, 60000);
        QCOMPARE(rig.job(id).processed, 500); // 5 s of catch-up at most
    }

    void restoreContinuesRunningJobs()
    {
        Rig before;
        const QString running
            = before.runner.start(u"Catalogue sync"_s, u"marketplace-catalog"_s, 1000, 100, 40).id;
        const QString paused
            = before.runner.start(u"Order import"_s, u"marketplace-orders"_s, 300, 50, 20).id;
        before.run(8000);
        before.runner.pause(paused);
        QCOMPARE(before.job(running).milestones, (QList<int> { 25 }));

        // Through JSON, as the store keeps them, and in an order the store might return.
        QList<SyncJob> stored;
        for (const SyncJob &j : before.runner.jobs())
            stored.prepend(*SyncJob::fromJson(
                QJsonDocument::fromJson(QJsonDocument(j.toJson()).toJson()).object()));

        Rig after;
        after.clock.set(before.clock.nowMs() + 3'600'000); // an hour of downtime
        after.runner.restore(stored);
        QCOMPARE(after.runner.jobs().constFirst().id, running);
        QCOMPARE(after.job(running).state, SyncState::Running);
        QCOMPARE(after.job(running).processed, 320);
        after.run(2000);
        QCOMPARE(after.job(running).processed, 400); // 40/s again, downtime not made up
        QCOMPARE(after.milestones.size(), 0); // 25% was reported before the restart
        after.run(2500);
        QCOMPARE(after.job(running).processed, 500);
        QCOMPARE(after.milestones, (QList<std::pair<QString, int>> { { running, 50 } }));

        QCOMPARE(after.job(paused).state, SyncState::Paused);
        QCOMPARE(after.runner.resume(paused), std::nullopt);
        const qint64 done = after.job(paused).processed;
        after.run(1000);
        QCOMPARE(after.job(paused).processed, done + 20);

        QCOMPARE(after.runner.start(u"next"_s, u"erp"_s, 10, 10, 1).id, u"sync-3"_s);
    }

    void idsContinuePastRestoredOnes()
    {
        SyncJob old;
        old.id = u"sync-41"_s;
        old.state = SyncState::Succeeded;
        old.total = old.processed = 10;
        old.pageSize = 10;
        Rig rig;
        rig.runner.restore({ old });
        QCOMPARE(rig.runner.start(u"new"_s, u"erp"_s, 10, 10, 1).id, u"sync-42"_s);
    }

    void sameSeedSameJobs()
    {
        const auto runOnce = [] {
            Rig rig;
            rig.upstream.setProfile(u"erp"_s, failing(0.35));
            rig.runner.start(u"a"_s, u"erp"_s, 3000, 100, 300);
            rig.runner.start(u"b"_s, u"erp"_s, 3000, 100, 700);
            rig.run(6000);
            return rig.runner.jobs();
        };
        const QList<SyncJob> first = runOnce();
        QCOMPARE(runOnce(), first);
        QVERIFY(first.at(0).failed > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncRunner)
#include "tst_syncrunner.moc"
