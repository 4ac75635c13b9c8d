// SPDX-License-Identifier: MIT
#include "core/histogramquantile.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using Buckets = QList<HistogramBucket>;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double noValue = std::numeric_limits<double>::quiet_NaN();

// 600 calls up to 100 ms, 500 more up to 500 ms, 135 slower.
const Buckets erp { { 0.1, 600 }, { 0.5, 1100 }, { inf, 1235 } };

bool sameValue(double a, double b)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    if (std::isinf(a) || std::isinf(b))
        return a == b;
    return qFuzzyCompare(1 + a, 1 + b);
}
} // namespace

class TestHistogramQuantile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantile_data()
    {
        QTest::addColumn<Buckets>("buckets");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        // rank 617.5 lies 17.5 into the 500 of (0.1, 0.5]: 0.1 + 0.4 * 17.5 / 500
        QTest::addRow("median interpolated") << erp << 0.5 << 0.114;
        // rank 308.75 of the 600 in (0, 0.1]: 0.1 * 308.75 / 600
        QTest::addRow("first bucket starts at zero") << erp << 0.25 << 0.1 * 308.75 / 600;
        // rank 1173.25 > 1100: in the +Inf bucket, which can only say "above 0.5"
        QTest::addRow("in the +Inf bucket") << erp << 0.95 << 0.5;
        QTest::addRow("q = 1") << erp << 1.0 << 0.5;
        QTest::addRow("q = 0") << erp << 0.0 << 0.0;
        QTest::addRow("q below 0") << erp << -0.1 << -inf;
        QTest::addRow("q above 1") << erp << 1.1 << inf;
        QTest::addRow("q NaN") << erp << noValue << noValue;
        QTest::addRow("any order")
            << Buckets { { inf, 1235 }, { 0.1, 600 }, { 0.5, 1100 } } << 0.5 << 0.114;
        QTest::addRow("no +Inf bucket")
            << Buckets { { 0.1, 600 }, { 0.5, 1100 } } << 0.5 << noValue;
        QTest::addRow("only +Inf") << Buckets { { inf, 10 } } << 0.5 << noValue;
        QTest::addRow("no buckets") << Buckets {} << 0.5 << noValue;
        QTest::addRow("no observations")
            << Buckets { { 0.1, 0 }, { 0.5, 0 }, { inf, 0 } } << 0.99 << noValue;
        // 0.5 reports 550 < 600: forced to 600, so rank 600 ends exactly at 0.1
        QTest::addRow("non-monotonic counts")
            << Buckets { { 0.1, 600 }, { 0.5, 550 }, { inf, 1200 } } << 0.5 << 0.1;
        QTest::addRow("equal bounds add up")
            << Buckets { { 0.1, 300 }, { 0.1, 300 }, { 0.5, 1100 }, { inf, 1235 } } << 0.5 << 0.114;
        // rank 5 in the first bucket, whose bound is not above zero: no interpolation from 0
        QTest::addRow("negative first bound")
            << Buckets { { -1, 10 }, { 0, 20 }, { inf, 20 } } << 0.25 << -1.0;
        // p99 of 1000 calls: rank 990 lies 40 into the 50 of (0.25, 1]: 0.25 + 0.75 * 40 / 50
        QTest::addRow("p99") << Buckets { { 0.05, 700 }, { 0.25, 950 }, { 1, 1000 }, { inf, 1000 } }
                             << 0.99 << 0.85;
    }
    void quantile()
    {
        QFETCH(Buckets, buckets);
        QFETCH(double, q);
        QFETCH(double, expected);
        const double actual = HistogramQuantile::quantile(q, buckets);
        QVERIFY2(sameValue(actual, expected),
            qPrintable(u"got %1, expected %2"_s.arg(actual).arg(expected)));
    }

    void delta_data()
    {
        QTest::addColumn<Buckets>("previous");
        QTest::addColumn<Buckets>("current");
        QTest::addColumn<Buckets>("expected");
        QTest::addRow("observations of the interval")
            << erp << Buckets { { 0.1, 700 }, { 0.5, 1300 }, { inf, 1535 } }
            << Buckets { { 0.1, 100 }, { 0.5, 200 }, { inf, 300 } };
        QTest::addRow("nothing happened")
            << erp << erp << Buckets { { 0.1, 0 }, { 0.5, 0 }, { inf, 0 } };
        const Buckets restarted { { 0.1, 5 }, { 0.5, 8 }, { inf, 10 } };
        QTest::addRow("back end restarted") << erp << restarted << restarted;
        const Buckets relaid { { 0.2, 900 }, { 1, 1300 }, { inf, 1400 } };
        QTest::addRow("bucket layout changed") << erp << relaid << relaid;
        QTest::addRow("first scrape") << Buckets {} << erp << erp;
    }
    void delta()
    {
        QFETCH(Buckets, previous);
        QFETCH(Buckets, current);
        QFETCH(Buckets, expected);
        QCOMPARE(HistogramQuantile::delta(current, previous), expected);
    }

    /** The chart's p50 follows what the last interval did, not everything since the back end
     * started. */
    void quantileOfTheLastIntervalNotSinceStart()
    {
        const Buckets now { { 0.1, 700 }, { 0.5, 1300 }, { inf, 1535 } };
        // Since start: rank 767.5 is 67.5 into the 600 of (0.1, 0.5] -> 0.145.
        QVERIFY(sameValue(HistogramQuantile::quantile(0.5, now), 0.1 + 0.4 * 67.5 / 600));
        // Last interval: 100, 200, 300 -> rank 150 is 50 into the 100 of (0.1, 0.5] -> 0.3.
        QVERIFY(
            sameValue(HistogramQuantile::quantile(0.5, HistogramQuantile::delta(now, erp)), 0.3));
    }
};

QTEST_GUILESS_MAIN(TestHistogramQuantile)
#include "tst_histogramquantile.moc"
