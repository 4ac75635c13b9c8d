// SPDX-License-Identifier: MIT
#include "core/deadletter.h"
#include "sim/upstreamsimulator.h"

#include <QSet>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {
using Kind = FaultProfile::ErrorKind;

FaultProfile erpProfile(double errorRate)
{
    FaultProfile p;
    p.errorRate = errorRate;
    p.latencyMs = 50;
    p.p99Ms = 100; // far below the timeout: only errorRate makes errors
    p.timeoutMs = 5000;
    p.errorMix = {
        { Kind::Http, 3, 503, {}, u"HttpServerError"_s,
            u"POST /v2/orders/{n} returned {status} {reason}"_s, 0 },
        { Kind::Timeout, 1, 0, {}, {}, {}, 0 },
    };
    return p;
}

QString describe(const CallOutcome &o)
{
    return u"%1 %2 %3 %4 %5"_s.arg(o.ok)
        .arg(o.latencyMs)
        .arg(o.httpStatus)
        .arg(o.errorClass, o.message);
}
} // namespace

class TestUpstreamSimulator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void errorRateHoldsOverManyCalls_data()
    {
        QTest::addColumn<double>("errorRate");
        QTest::addColumn<quint32>("seed");
        QTest::addRow("healthy") << 0.0 << 1u;
        QTest::addRow("5 percent") << 0.05 << 2u;
        QTest::addRow("30 percent") << 0.3 << 3u;
        QTest::addRow("85 percent") << 0.85 << 4u;
        QTest::addRow("down") << 1.0 << 5u;
    }
    void errorRateHoldsOverManyCalls()
    {
        QFETCH(double, errorRate);
        QFETCH(quint32, seed);
        UpstreamSimulator sim(seed);
        QCOMPARE(sim.setProfile(u"erp"_s, erpProfile(errorRate)), std::nullopt);
        const int calls = 10000;
        int failed = 0;
        for (int i = 0; i < calls; ++i)
            failed += sim.call(u"erp"_s, u"msg-%1"_s.arg(i)).ok ? 0 : 1;
        // Four standard deviations of a binomial: fails by chance about once in 15,000 seeds.
        const double tolerance = 4 * std::sqrt(errorRate * (1 - errorRate) / calls);
        const double measured = double(failed) / calls;
        QVERIFY2(std::abs(measured - errorRate) <= tolerance,
            qPrintable(
                u"measured %1, expected %2 +- %3"_s.arg(measured).arg(errorRate).arg(tolerance)));
    }

    void mixWeightsAndKinds()
    {
        UpstreamSimulator sim(11);
        FaultProfile p = erpProfile(1.0);
        p.errorMix.append({ Kind::Vendor, 4, 429, u"RATE_LIMIT_EXCEEDED"_s, u"RateLimited"_s,
            u"vendor error {vendorCode}: quota of 600 requests/min exceeded, retry in {retryAfterS} s"_s,
            1500 });
        sim.setProfile(u"cms"_s, p);
        QHash<QString, int> byClass;
        const int calls = 8000;
        for (int i = 0; i < calls; ++i) {
            const CallOutcome o = sim.call(u"cms"_s, u"msg-%1"_s.arg(i));
            QVERIFY(!o.ok);
            ++byClass[o.errorClass];
            if (o.errorClass == u"HttpServerError") {
                QCOMPARE(o.httpStatus, 503);
                QVERIFY(!o.timedOut);
                QVERIFY2(o.message.startsWith(u"POST /v2/orders/"_s), qPrintable(o.message));
                QVERIFY2(o.message.endsWith(u" returned 503 Service Unavailable"_s),
                    qPrintable(o.message));
            } else if (o.errorClass == u"UpstreamTimeout") {
                QVERIFY(o.timedOut);
                QCOMPARE(o.httpStatus, 0);
                QVERIFY(o.latencyMs >= 5000 && o.latencyMs < 5025);
                QCOMPARE(o.message, u"read timed out after %1 ms"_s.arg(o.latencyMs));
            } else {
                QCOMPARE(o.errorClass, u"RateLimited"_s);
                QCOMPARE(o.httpStatus, 429);
                QCOMPARE(o.vendorCode, u"RATE_LIMIT_EXCEEDED"_s);
                QCOMPARE(o.retryAfterMs, 1500);
                QCOMPARE(o.message,
                    u"vendor error RATE_LIMIT_EXCEEDED: quota of 600 requests/min exceeded, retry in 2 s"_s);
            }
        }
        // Weights 3 : 1 : 4 of 8.
        const auto near = [calls](int count, double share) {
            return std::abs(double(count) / calls - share)
                < 4 * std::sqrt(share * (1 - share) / calls);
        };
        QVERIFY2(near(byClass.value(u"HttpServerError"_s), 3.0 / 8),
            qPrintable(QString::number(byClass.value(u"HttpServerError"_s))));
        QVERIFY(near(byClass.value(u"UpstreamTimeout"_s), 1.0 / 8));
        QVERIFY(near(byClass.value(u"RateLimited"_s), 4.0 / 8));
    }

    void sameSeedSameOutcomes()
    {
        UpstreamSimulator a(42), b(42), c(43);
        for (auto *sim : { &a, &b, &c })
            sim->setProfile(u"erp"_s, erpProfile(0.3));
        int differences = 0;
        for (int i = 0; i < 2000; ++i) {
            const QString id = u"msg-%1"_s.arg(i);
            const CallOutcome x = a.call(u"erp"_s, id);
            const CallOutcome y = b.call(u"erp"_s, id);
            QCOMPARE(describe(x), describe(y));
            // Traffic to another integration must not change this one's outcomes.
            b.call(u"payments"_s, id);
            differences += describe(x) != describe(c.call(u"erp"_s, id)) ? 1 : 0;
        }
        QVERIFY(differences > 1000);
    }

    void latencyFollowsMedianAndP99()
    {
        UpstreamSimulator sim(7);
        FaultProfile p;
        p.latencyMs = 200;
        p.p99Ms = 1200;
        p.timeoutMs = 0; // never time out, so the whole tail is visible
        sim.setProfile(u"payments"_s, p);
        QList<int> latencies;
        for (int i = 0; i < 20000; ++i) {
            const CallOutcome o = sim.call(u"payments"_s, u"m"_s);
            QVERIFY(o.ok);
            QCOMPARE(o.httpStatus, 200);
            latencies.append(o.latencyMs);
        }
        std::sort(latencies.begin(), latencies.end());
        const int median = latencies.at(latencies.size() / 2);
        const int p99 = latencies.at(latencies.size() * 99 / 100);
        QVERIFY2(std::abs(median - 200) <= 10, qPrintable(QString::number(median)));
        QVERIFY2(std::abs(p99 - 1200) <= 120, qPrintable(QString::number(p99)));
    }

    void slowCallsTimeOutOnTheirOwn()
    {
        UpstreamSimulator sim(9);
        FaultProfile p;
        p.latencyMs = 1000;
        p.p99Ms = 3000; // the timeout sits at the 99th percentile: about 1% time out
        p.timeoutMs = 3000;
        sim.setProfile(u"payments"_s, p);
        int timedOut = 0;
        const int calls = 10000;
        for (int i = 0; i < calls; ++i) {
            const CallOutcome o = sim.call(u"payments"_s, u"m"_s);
            if (o.timedOut) {
                ++timedOut;
                QVERIFY(!o.ok);
                QCOMPARE(o.errorClass, u"UpstreamTimeout"_s);
                QVERIFY(o.latencyMs >= 3000);
            } else {
                QVERIFY(o.ok);
                QVERIFY(o.latencyMs < 3000);
            }
        }
        QVERIFY2(timedOut > 60 && timedOut < 140, qPrintable(QString::number(timedOut)));
    }

    void messagesVaryButGroupTogether()
    {
        UpstreamSimulator sim(5);
        FaultProfile p = erpProfile(1.0);
        p.errorMix = { { Kind::Http, 1, 502, {}, {}, {}, 0 } }; // default message and class
        sim.setProfile(u"erp"_s, p);
        QSet<QString> messages, fingerprints;
        for (int i = 0; i < 200; ++i) {
            const CallOutcome o = sim.call(u"erp"_s, u"msg-%1"_s.arg(i));
            QCOMPARE(o.errorClass, u"HttpServerError"_s);
            QVERIFY2(o.message.startsWith(u"upstream returned 502 Bad Gateway (request req-"_s),
                qPrintable(o.message));
            messages.insert(o.message);
            fingerprints.insert(fingerprintOf(u"erp"_s, o.errorClass, o.message));
        }
        QCOMPARE(messages.size(), 200);
        QCOMPARE(fingerprints.size(), 1);
    }

    void profilesAreKeptPerIntegration()
    {
        UpstreamSimulator sim(1);
        QCOMPARE(sim.profile(u"erp"_s), UpstreamSimulator::defaultProfile(u"erp"_s));
        QVERIFY(sim.profiles().isEmpty());
        QVERIFY(sim.call(u"erp"_s, u"m"_s).ok); // unknown integrations are healthy

        QCOMPARE(sim.setProfile(u"erp"_s, erpProfile(0.3)), std::nullopt);
        FaultProfile bad = erpProfile(0.3);
        bad.errorRate = 2;
        QCOMPARE(sim.setProfile(u"erp"_s, bad), u"errorRate must be between 0 and 1 (got 2)"_s);
        QCOMPARE(sim.profile(u"erp"_s).errorRate, 0.3);
        QCOMPARE(sim.profile(u"erp"_s).integration, u"erp"_s);
        sim.setProfile(u"cms"_s, erpProfile(0.1));
        QCOMPARE(sim.profiles().size(), 2);
        QCOMPARE(sim.profiles().constFirst().integration, u"cms"_s);
    }
};

QTEST_GUILESS_MAIN(TestUpstreamSimulator)
#include "tst_upstreamsimulator.moc"
