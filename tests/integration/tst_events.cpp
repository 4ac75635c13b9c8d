// SPDX-License-Identifier: MIT
// The event stream: live events, resume with since, resync on a gap, auth before the upgrade.
#include "tests/support/apiclient.h"
#include "tests/support/eventclient.h"
#include "tests/support/simprocess.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEvents : public QObject {
    Q_OBJECT
private:
    SimProcess m_sim;

    void act(const QString &action)
    {
        ApiClient op(m_sim.baseUrl(), SimProcess::operatorToken());
        const auto r = op.post(u"/ops/v1/breakers/marketplace-orders/"_s + action,
            { { u"reason"_s, u"events test"_s } });
        QVERIFY2(r.status == 200, r.describe());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sim.start(), qPrintable(m_sim.error())); }

    void liveEventsFollowActions()
    {
        EventClient events(m_sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(events.connectAndWaitForHello());
        const qint64 last
            = events.hello().value(u"data"_s).toObject().value(u"lastSeq"_s).toInteger();
        act(u"force-open"_s);
        const QJsonObject e = events.waitFor(u"breaker.transition"_s);
        QVERIFY(!e.isEmpty());
        QCOMPARE(e.value(u"seq"_s).toInteger(), last + 1);
        QCOMPARE(e.value(u"data"_s).toObject().value(u"state"_s).toString(), u"FORCED_OPEN"_s);
        QVERIFY(!e.value(u"time"_s).toString().isEmpty());
        act(u"release"_s);
    }

    void resumeWithSinceMissesNothingAndRepeatsNothing()
    {
        EventClient first(m_sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(first.connectAndWaitForHello());
        const qint64 seenUpTo = first.hello().value(u"seq"_s).toInteger();
        first.socket().close();

        // Happens while nobody listens.
        act(u"force-open"_s);
        act(u"release"_s);

        EventClient resumed(m_sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(resumed.connectAndWaitForHello(seenUpTo));
        QTRY_COMPARE_WITH_TIMEOUT(resumed.seqs(u"breaker.transition"_s).size(), 2, 10000);
        QCOMPARE(resumed.seqs(), (QList<qint64> { seenUpTo + 1, seenUpTo + 2 }));
        // Live events continue after the replay, in order.
        act(u"force-open"_s);
        QTRY_COMPARE_WITH_TIMEOUT(resumed.seqs().size(), 3, 10000);
        QCOMPARE(resumed.seqs().last(), seenUpTo + 3);
        act(u"release"_s);
    }

    void sinceAheadOfTheServerIsResync()
    {
        EventClient events(m_sim.baseUrl(), SimProcess::viewerToken());
        QVERIFY(events.connectAndWaitForHello(1'000'000'000));
        QVERIFY(!events.waitFor(u"resync"_s).isEmpty());
    }

    void gapBeyondRetentionIsResync()
    {
        SimProcess small;
        SimProcess::Options options;
        options.extraArgs = { u"--event-retention"_s, u"5"_s };
        QVERIFY2(small.start(options), qPrintable(small.error()));
        ApiClient admin(small.baseUrl(), SimProcess::adminToken());
        for (int i = 0; i < 12; ++i)
            QCOMPARE(admin
                         .post(u"/sim/v1/deadletters/generate"_s,
                             { { u"count"_s, 1 }, { u"source"_s, u"gap"_s } })
                         .status,
                201);
        EventClient events(small.baseUrl(), SimProcess::viewerToken());
        QVERIFY(events.connectAndWaitForHello(1));
        QVERIFY(!events.waitFor(u"resync"_s).isEmpty());
        QVERIFY(events.hello().value(u"data"_s).toObject().value(u"firstRetainedSeq"_s).toInteger()
            > 2);
    }

    void upgradeNeedsAToken()
    {
        EventClient events(m_sim.baseUrl(), "wrong-token");
        QSignalSpy errors(
            &events.socket(), qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        QVERIFY(!events.connectAndWaitForHello());
        QVERIFY(errors.count() >= 1);
        QVERIFY(events.socket().state() != QAbstractSocket::ConnectedState);
        QVERIFY(events.messages().isEmpty());
    }

    void plainGetIs426()
    {
        ApiClient viewer(m_sim.baseUrl(), SimProcess::viewerToken());
        const auto r = viewer.get(u"/ops/v1/events"_s);
        QCOMPARE(r.status, 426);
        QVERIFY(r.header("Content-Type").startsWith("application/problem+json"));
    }
};

QTEST_GUILESS_MAIN(TestEvents)
#include "tst_events.moc"
