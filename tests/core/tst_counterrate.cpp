// SPDX-License-Identifier: MIT
#include "core/counterrate.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr double none = std::numeric_limits<double>::quiet_NaN(); // "no rate" in the expected lists

MetricSeriesKey requests(const QString &integration, const QString &outcome)
{
    return { u"bw_upstream_requests_total"_s,
        { { u"integration"_s, integration }, { u"outcome"_s, outcome } } };
}
} // namespace

class TestCounterRate : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ratesPerSecond_data()
    {
        QTest::addColumn<QList<qint64>>("times");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("rates");
        QTest::addRow("steady scrapes")
            << QList<qint64> { 0, 1000, 2000 } << QList<double> { 100, 110, 130 }
            << QList<double> { none, 10, 20 };
        QTest::addRow("sub-second interval")
            << QList<qint64> { 0, 500 } << QList<double> { 0, 5 } << QList<double> { none, 10 };
        QTest::addRow("slow interval")
            << QList<qint64> { 0, 4000 } << QList<double> { 7, 9 } << QList<double> { none, 0.5 };
        QTest::addRow("reset counts from zero")
            << QList<qint64> { 0, 1000, 2000 } << QList<double> { 100, 110, 4 }
            << QList<double> { none, 10, 4 };
        QTest::addRow("reset to zero")
            << QList<qint64> { 0, 2000 } << QList<double> { 50, 0 } << QList<double> { none, 0 };
        QTest::addRow("repeated timestamp ignored") << QList<qint64> { 0, 0,
            1000 } << QList<double> { 1, 5, 7 } << QList<double> { none, none, 6 };
        QTest::addRow("clock went back: starts over") << QList<qint64> { 5000, 4000,
            5000 } << QList<double> { 10, 12, 15 } << QList<double> { none, none, 3 };
        QTest::addRow("NaN ignored")
            << QList<qint64> { 0, 1000, 2000 } << QList<double> { 10, none, 30 }
            << QList<double> { none, none, 10 };
        QTest::addRow("fractional counter")
            << QList<qint64> { 0, 250 } << QList<double> { 0.5, 0.75 } << QList<double> { none, 1 };
    }
    void ratesPerSecond()
    {
        QFETCH(QList<qint64>, times);
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, rates);
        QCOMPARE(times.size(), rates.size());
        CounterRate rate;
        const MetricSeriesKey key = requests(u"erp"_s, u"success"_s);
        for (qsizetype i = 0; i < times.size(); ++i) {
            const std::optional<double> r = rate.update(key, values[i], times[i]);
            if (std::isnan(rates[i])) {
                QVERIFY2(!r, qPrintable(u"step %1 gave %2"_s.arg(i).arg(r.value_or(0))));
            } else {
                QVERIFY2(r, qPrintable(u"step %1 gave no rate"_s.arg(i)));
                QCOMPARE(*r, rates[i]);
            }
        }
    }

    void labelSetsAreSeparateSeries()
    {
        CounterRate rate;
        QVERIFY(!rate.update(requests(u"erp"_s, u"success"_s), 10, 0));
        QVERIFY(!rate.update(requests(u"erp"_s, u"error"_s), 1000, 0));
        QCOMPARE(rate.update(requests(u"erp"_s, u"success"_s), 20, 1000), 10.0);
        QCOMPARE(rate.update(requests(u"erp"_s, u"error"_s), 1003, 1000), 3.0);
        // The same labels listed in another order are the same series.
        const MetricSeriesKey reordered { u"bw_upstream_requests_total"_s,
            { { u"outcome"_s, u"error"_s }, { u"integration"_s, u"erp"_s } } };
        QCOMPARE(rate.update(reordered, 1005, 2000), 2.0);
        QCOMPARE(rate.size(), 2);
    }

    void prefersTheExpositionsTimestamp()
    {
        CounterRate rate;
        MetricSample s { u"c"_s, {}, 0, 10'000 };
        QVERIFY(!rate.update(s, 99'000));
        s.value = 30;
        s.timestampMs = 12'000;
        // Scrapes 1 s apart, but the back end says its values are 2 s apart.
        QCOMPARE(rate.update(s, 100'000), 15.0);
        MetricSample untimed { u"u"_s, {}, 0, std::nullopt };
        QVERIFY(!rate.update(untimed, 1000));
        untimed.value = 4;
        QCOMPARE(rate.update(untimed, 3000), 2.0);
    }

    void forgetsSeriesThatStopped()
    {
        CounterRate rate;
        rate.update(requests(u"old"_s, u"success"_s), 1, 1000);
        rate.update(requests(u"new"_s, u"success"_s), 1, 9000);
        rate.forgetOlderThan(5000);
        QCOMPARE(rate.size(), 1);
        // A forgotten series that comes back starts over: no rate from a stale point.
        QVERIFY(!rate.update(requests(u"old"_s, u"success"_s), 50, 10'000));
        QCOMPARE(rate.update(requests(u"new"_s, u"success"_s), 3, 10'000), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestCounterRate)
#include "tst_counterrate.moc"
