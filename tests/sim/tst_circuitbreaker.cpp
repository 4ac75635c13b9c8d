// SPDX-License-Identifier: MIT
#include "core/clock.h"
#include "sim/circuitbreaker.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
BreakerConfig smallConfig()
{
    BreakerConfig c;
    c.windowSize = 10;
    c.minimumCalls = 10;
    c.failureRateThreshold = 50;
    c.slowCallRateThreshold = 80;
    c.slowCallDurationMs = 2000;
    c.waitInOpenMs = 10000;
    c.permittedCallsInHalfOpen = 3;
    return c;
}

/** One call through the breaker, as an integration makes it; false when not permitted. */
bool call(CircuitBreaker &b, bool fails, int durationMs = 50)
{
    if (!b.tryAcquirePermission())
        return false;
    fails ? b.onError(durationMs) : b.onSuccess(durationMs);
    return true;
}

/** Drives a fresh breaker into OPEN through its failure threshold. */
void openByFailures(CircuitBreaker &b)
{
    while (b.state() == BreakerState::Closed)
        call(b, true);
}
} // namespace

class TestCircuitBreaker : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void opensAtFailureThreshold_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("successes");
        QTest::addColumn<BreakerState>("expected");
        QTest::addColumn<QString>("cause");
        QTest::addRow("4 of 10 failed") << 4 << 6 << BreakerState::Closed << QString();
        QTest::addRow("5 of 10 failed")
            << 5 << 5 << BreakerState::Open << u"failure rate 50% >= 50% over 10 calls"_s;
        QTest::addRow("9 failures below minimum") << 9 << 0 << BreakerState::Closed << QString();
        QTest::addRow("10 failures")
            << 10 << 0 << BreakerState::Open << u"failure rate 100% >= 50% over 10 calls"_s;
    }
    void opensAtFailureThreshold()
    {
        QFETCH(int, failures);
        QFETCH(int, successes);
        QFETCH(BreakerState, expected);
        QFETCH(QString, cause);
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        // Successes first so the threshold is judged only when the window is full.
        for (int i = 0; i < successes; ++i)
            QVERIFY(call(b, false));
        for (int i = 0; i < failures; ++i)
            QVERIFY(call(b, true));
        QCOMPARE(b.state(), expected);
        if (expected == BreakerState::Open) {
            QCOMPARE(b.transitions().size(), 1);
            QCOMPARE(b.transitions().constLast().cause, cause);
            QCOMPARE(b.transitions().constLast().timeMs, clock.nowMs());
        } else {
            QVERIFY(b.transitions().isEmpty());
        }
    }

    void causeShowsFractionalRate()
    {
        ManualClock clock;
        BreakerConfig c = smallConfig();
        c.windowSize = 8;
        c.minimumCalls = 8;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, c, clock);
        for (int i = 0; i < 3; ++i)
            call(b, false);
        for (int i = 0; i < 5; ++i)
            call(b, true);
        QCOMPARE(b.state(), BreakerState::Open);
        QCOMPARE(b.transitions().constLast().cause, u"failure rate 62.5% >= 50% over 8 calls"_s);
    }

    void windowForgetsOldCalls()
    {
        ManualClock clock;
        BreakerConfig c = smallConfig();
        c.windowSize = 4;
        c.minimumCalls = 4;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, c, clock);
        call(b, true);
        for (int i = 0; i < 4; ++i) // the failure slides out of the window
            call(b, false);
        QCOMPARE(b.snapshot().failedCalls, 0);
        call(b, true);
        QCOMPARE(b.state(), BreakerState::Closed); // 1 of 4
        call(b, true);
        QCOMPARE(b.state(), BreakerState::Open); // 2 of 4
    }

    void slowCallsOpen_data()
    {
        QTest::addColumn<int>("slow");
        QTest::addColumn<int>("durationMs");
        QTest::addColumn<BreakerState>("expected");
        QTest::addRow("7 of 10 slow") << 7 << 2500 << BreakerState::Closed;
        QTest::addRow("8 of 10 slow") << 8 << 2500 << BreakerState::Open;
        QTest::addRow("at the threshold is not slow") << 10 << 2000 << BreakerState::Closed;
    }
    void slowCallsOpen()
    {
        QFETCH(int, slow);
        QFETCH(int, durationMs);
        QFETCH(BreakerState, expected);
        ManualClock clock;
        CircuitBreaker b(u"pay"_s, u"payments"_s, smallConfig(), clock);
        for (int i = 0; i < 10 - slow; ++i)
            call(b, false, 100);
        for (int i = 0; i < slow; ++i)
            call(b, false, durationMs); // slow but successful
        QCOMPARE(b.state(), expected);
        if (expected == BreakerState::Open)
            QCOMPARE(b.transitions().constLast().cause,
                u"slow-call rate 80% >= 80% over 10 calls slower than 2000 ms"_s);
    }

    void openDeniesUntilWaitElapsed()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(b);
        const qint64 openedAt = clock.nowMs();
        QCOMPARE(b.snapshot().openedAtMs, openedAt);
        QCOMPARE(b.snapshot().nextProbeAtMs, openedAt + 10000);

        clock.advance(9999);
        QVERIFY(!b.tryAcquirePermission());
        QVERIFY(!b.tryAcquirePermission());
        QCOMPARE(b.callCounts().notPermitted, 2);
        QCOMPARE(b.snapshot().notPermittedCalls, 2);
        QCOMPARE(b.state(), BreakerState::Open);

        clock.advance(1);
        QVERIFY(b.tryAcquirePermission());
        QCOMPARE(b.state(), BreakerState::HalfOpen);
        QCOMPARE(b.transitions().constLast().cause, u"wait of 10000 ms elapsed"_s);
        QVERIFY(b.tryAcquirePermission());
        QVERIFY(b.tryAcquirePermission());
        QVERIFY(!b.tryAcquirePermission()); // only 3 probes
        QCOMPARE(b.callCounts().notPermitted, 3);
    }

    void tickMovesToHalfOpenWithoutCalls()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(b);
        clock.advance(5000);
        b.tick();
        QCOMPARE(b.state(), BreakerState::Open);
        clock.advance(5000);
        b.tick();
        QCOMPARE(b.state(), BreakerState::HalfOpen);
        QCOMPARE(b.transitions().constLast().timeMs, clock.nowMs());
        QCOMPARE(b.snapshot().openedAtMs, 0);
        QCOMPARE(b.snapshot().nextProbeAtMs, 0);
    }

    void halfOpenProbes_data()
    {
        QTest::addColumn<QList<int>>("probes"); // 0 success, 1 failure, 2 slow success
        QTest::addColumn<BreakerState>("expected");
        QTest::addColumn<QString>("cause");
        QTest::addRow("all succeed")
            << QList<int> { 0, 0, 0 } << BreakerState::Closed << u"3 probes succeeded"_s;
        QTest::addRow("one fails")
            << QList<int> { 0, 1, 0 } << BreakerState::Closed
            << u"3 probes: failure rate 33.3% < 50%, slow-call rate 0% < 80%"_s;
        QTest::addRow("two fail") << QList<int> { 1, 0, 1 } << BreakerState::Open
                                  << u"probe failure rate 66.7% >= 50% over 3 probes"_s;
        QTest::addRow("all slow") << QList<int> { 2, 2, 2 } << BreakerState::Open
                                  << u"probe slow-call rate 100% >= 80% over 3 probes"_s;
    }
    void halfOpenProbes()
    {
        QFETCH(QList<int>, probes);
        QFETCH(BreakerState, expected);
        QFETCH(QString, cause);
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(b);
        clock.advance(10000);
        for (int i = 0; i < probes.size(); ++i) {
            QCOMPARE(b.state(), i == 0 ? BreakerState::Open : BreakerState::HalfOpen);
            QVERIFY(call(b, probes[i] == 1, probes[i] == 2 ? 3000 : 50));
        }
        QCOMPARE(b.state(), expected);
        QCOMPARE(b.transitions().constLast().cause, cause);
        if (expected == BreakerState::Open) {
            // The wait starts again from the failed probe.
            QCOMPARE(b.snapshot().nextProbeAtMs, clock.nowMs() + 10000);
            QVERIFY(!b.tryAcquirePermission());
        } else {
            QCOMPARE(b.snapshot().bufferedCalls, 0); // a fresh window after closing
            QVERIFY(call(b, true));
            QCOMPARE(b.state(), BreakerState::Closed);
        }
    }

    void lateResultDoesNotChangeOpenWindow()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        for (int i = 0; i < 9; ++i)
            call(b, true);
        QVERIFY(b.tryAcquirePermission()); // a call in flight while the breaker opens
        call(b, true);
        QCOMPARE(b.state(), BreakerState::Open);
        const BreakerSnapshot before = b.snapshot();
        b.onSuccess(40);
        QCOMPARE(b.snapshot().failedCalls, before.failedCalls);
        QCOMPARE(b.snapshot().bufferedCalls, before.bufferedCalls);
        QCOMPARE(b.callCounts().successful, 1);
    }

    void forcedOpenPermitsNothingUntilRelease()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        QCOMPARE(b.forceOpen(u"vendor maintenance"_s, u"alice"_s), std::nullopt);
        QCOMPARE(b.state(), BreakerState::ForcedOpen);
        for (int i = 0; i < 5; ++i) {
            clock.advance(60000); // no wait lets it probe
            b.tick();
            QVERIFY(!b.tryAcquirePermission());
        }
        QCOMPARE(b.callCounts().notPermitted, 5);
        QCOMPARE(b.state(), BreakerState::ForcedOpen);
        QCOMPARE(b.release(u"maintenance over"_s, u"bob"_s), std::nullopt);
        QCOMPARE(b.state(), BreakerState::Closed);
        QVERIFY(b.tryAcquirePermission());
        const BreakerTransition last = b.transitions().constLast();
        QCOMPARE(last.from, BreakerState::ForcedOpen);
        QCOMPARE(last.to, BreakerState::Closed);
        QCOMPARE(last.cause, u"operator released"_s);
        QCOMPARE(last.reason, u"maintenance over"_s);
        QCOMPARE(last.actor, u"bob"_s);
    }

    void disabledRecordsNothing()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        QCOMPARE(b.disable(u"noisy alerts"_s, u"alice"_s), std::nullopt);
        for (int i = 0; i < 100; ++i)
            QVERIFY(call(b, true, 9000));
        QCOMPARE(b.state(), BreakerState::Disabled);
        QCOMPARE(b.transitions().size(), 1);
        QCOMPARE(b.snapshot().bufferedCalls, 0);
        QCOMPARE(b.snapshot().failureRate, -1.0);
        QCOMPARE(b.callCounts().failed, 0);
        QCOMPARE(b.callCounts().slow, 0);
        QCOMPARE(b.release(u"done"_s, u"alice"_s), std::nullopt);
        QCOMPARE(b.snapshot().bufferedCalls, 0);
    }

    void forbiddenMovesAreErrors_data()
    {
        QTest::addColumn<QString>("setup"); // how to reach the starting state
        QTest::addColumn<QString>("action");
        QTest::addColumn<BreakerState>("state");
        QTest::addRow("release closed") << u"none"_s << u"release"_s << BreakerState::Closed;
        QTest::addRow("release open") << u"open"_s << u"release"_s << BreakerState::Open;
        QTest::addRow("release half-open")
            << u"halfopen"_s << u"release"_s << BreakerState::HalfOpen;
        QTest::addRow("force-open twice")
            << u"forceopen"_s << u"forceOpen"_s << BreakerState::ForcedOpen;
        QTest::addRow("disable twice") << u"disable"_s << u"disable"_s << BreakerState::Disabled;
    }
    void forbiddenMovesAreErrors()
    {
        QFETCH(QString, setup);
        QFETCH(QString, action);
        QFETCH(BreakerState, state);
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        if (setup == u"open" || setup == u"halfopen")
            openByFailures(b);
        if (setup == u"halfopen") {
            clock.advance(10000);
            b.tick();
        }
        if (setup == u"forceopen")
            b.forceOpen(u"r"_s, u"a"_s);
        if (setup == u"disable")
            b.disable(u"r"_s, u"a"_s);
        QCOMPARE(b.state(), state);
        const auto before = b.transitions();
        int reported = 0;
        b.setOnTransition([&reported](const BreakerTransition &) { ++reported; });

        std::optional<QString> error;
        if (action == u"release")
            error = b.release(u"r"_s, u"a"_s);
        else if (action == u"forceOpen")
            error = b.forceOpen(u"r"_s, u"a"_s);
        else
            error = b.disable(u"r"_s, u"a"_s);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(breakerStateName(state)), qPrintable(*error));
        QCOMPARE(b.state(), state);
        QCOMPARE(b.transitions(), before);
        QCOMPARE(reported, 0);
    }

    void resetClosesFromAnyState_data()
    {
        QTest::addColumn<bool>("forced");
        QTest::addRow("from open") << false;
        QTest::addRow("from forced open") << true;
    }
    void resetClosesFromAnyState()
    {
        QFETCH(bool, forced);
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(b);
        if (forced)
            b.forceOpen(u"r"_s, u"a"_s);
        QCOMPARE(b.reset(u"upstream fixed"_s, u"carol"_s), std::nullopt);
        QCOMPARE(b.state(), BreakerState::Closed);
        QCOMPARE(b.snapshot().bufferedCalls, 0);
        QCOMPARE(b.snapshot().openedAtMs, 0);
        QCOMPARE(b.transitions().constLast().cause, u"operator reset"_s);
        QCOMPARE(b.transitions().constLast().actor, u"carol"_s);
        // A cleared window needs minimumCalls again before it can open.
        for (int i = 0; i < 9; ++i)
            call(b, true);
        QCOMPARE(b.state(), BreakerState::Closed);
        QCOMPARE(b.callCounts().failed, 10 + 9); // counters survive a reset
    }

    void everyTransitionIsReported()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        QList<BreakerTransition> reported;
        b.setOnTransition([&reported](const BreakerTransition &t) { reported.append(t); });
        openByFailures(b);
        clock.advance(10000);
        for (int i = 0; i < 3; ++i)
            call(b, false);
        b.forceOpen(u"r"_s, u"a"_s);
        b.release(u"r"_s, u"a"_s);
        QCOMPARE(reported, b.transitions());
        QList<BreakerState> path;
        for (const auto &t : reported)
            path.append(t.to);
        QCOMPARE(path,
            (QList<BreakerState> { BreakerState::Open, BreakerState::HalfOpen, BreakerState::Closed,
                BreakerState::ForcedOpen, BreakerState::Closed }));
        for (const auto &t : reported)
            QVERIFY(!t.cause.isEmpty());
    }

    void keepsLastHundredTransitions()
    {
        ManualClock clock;
        CircuitBreaker b(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        for (int i = 0; i < 60; ++i) {
            clock.advance(1);
            b.forceOpen(u"r%1"_s.arg(i), u"a"_s);
            b.release(u"r%1"_s.arg(i), u"a"_s);
        }
        QCOMPARE(b.transitions().size(), CircuitBreaker::MaxTransitions);
        QCOMPARE(b.transitions().constFirst().reason, u"r10"_s);
        QCOMPARE(b.transitions().constLast().reason, u"r59"_s);
    }

    void restoreKeepsForcedOpen()
    {
        ManualClock clock;
        CircuitBreaker before(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(before);
        before.forceOpen(u"vendor outage"_s, u"alice"_s);
        // Through the wire format, as the store persists it.
        const auto json = QJsonDocument(before.snapshot().toJson()).toJson();
        const auto parsed = BreakerSnapshot::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(parsed);

        clock.advance(3'600'000);
        CircuitBreaker after(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        after.restore(*parsed);
        QCOMPARE(after.state(), BreakerState::ForcedOpen);
        QCOMPARE(after.transitions(), before.transitions());
        after.tick();
        QVERIFY(!after.tryAcquirePermission());
        QCOMPARE(after.release(u"over"_s, u"bob"_s), std::nullopt);
        QVERIFY(after.tryAcquirePermission());
    }

    void restoreOpenWaitsOutTheRest()
    {
        ManualClock clock;
        CircuitBreaker before(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        openByFailures(before);
        const BreakerSnapshot s = before.snapshot();
        clock.advance(4000); // the restart took 4 s

        CircuitBreaker after(u"erp"_s, u"erp-orders"_s, smallConfig(), clock);
        after.restore(s);
        QCOMPARE(after.state(), BreakerState::Open);
        QCOMPARE(after.snapshot().bufferedCalls, 0);
        QCOMPARE(after.snapshot().nextProbeAtMs, s.nextProbeAtMs);
        clock.advance(5999);
        QVERIFY(!after.tryAcquirePermission());
        clock.advance(1);
        QVERIFY(after.tryAcquirePermission());
        QCOMPARE(after.state(), BreakerState::HalfOpen);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
