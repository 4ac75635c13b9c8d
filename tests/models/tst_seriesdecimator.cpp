// SPDX-License-Identifier: MIT
#include "models/metricseries.h"
#include "models/seriesdecimator.h"

#include <QTest>
#include <algorithm>

using Points = QList<QPointF>;

namespace {
/** One point a second from t = 0 s. */
void fill(MetricSeries &s, const QList<double> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        s.append(i * 1000, values[i]);
}
} // namespace

class TestSeriesDecimator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsFirstLowestHighestLastPerColumn_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<int>("width");
        QTest::addColumn<Points>("expected");
        // [0, 8 s] over 2 columns: 0-3 s in the first, 4-7 s in the second.
        QTest::addRow("two columns, extremes inside")
            << QList<double> { 3, 1, 4, 1, 5, 9, 2, 6 } << 2
            << Points { { 0, 3 }, { 1000, 1 }, { 2000, 4 }, { 3000, 1 }, { 4000, 5 }, { 5000, 9 },
                   { 6000, 2 }, { 7000, 6 } };
        QTest::addRow("many points, one column") << QList<double> { 3, 1, 4, 1, 5, 9, 2,
            6 } << 1 << Points { { 0, 3 }, { 1000, 1 }, { 5000, 9 }, { 7000, 6 } };
        QTest::addRow("first is the lowest")
            << QList<double> { 1, 5, 3 } << 1 << Points { { 0, 1 }, { 1000, 5 }, { 2000, 3 } };
        QTest::addRow("flat line")
            << QList<double> { 2, 2, 2, 2, 2 } << 1 << Points { { 0, 2 }, { 4000, 2 } };
        QTest::addRow("single point") << QList<double> { 7 } << 800 << Points { { 0, 7 } };
        QTest::addRow("fewer points than columns")
            << QList<double> { 1, 2, 3 } << 800 << Points { { 0, 1 }, { 1000, 2 }, { 2000, 3 } };
        QTest::addRow("gaps (NaN) left out")
            << QList<double> { 1, qQNaN(), 3 } << 800 << Points { { 0, 1 }, { 2000, 3 } };
    }
    void keepsFirstLowestHighestLastPerColumn()
    {
        QFETCH(QList<double>, values);
        QFETCH(int, width);
        QFETCH(Points, expected);
        MetricSeries s(64);
        fill(s, values);
        Points out;
        QCOMPARE(SeriesDecimator::decimate(s, 0, 8000, width, out), expected.size());
        QCOMPARE(out, expected);
    }

    /** One bad second in an hour still reaches its full height on an 800 px chart. */
    void keepsSpikesOfAnHour()
    {
        MetricSeries s(3600);
        QList<double> values(3600, 1.0);
        values[1234] = 100;
        values[2000] = -50;
        fill(s, values);
        Points out;
        SeriesDecimator::decimate(s, 0, 3'599'000, 800, out);
        QVERIFY(out.size() <= 4 * 800);
        QVERIFY(out.size() < 3600);
        const auto [low, high] = std::minmax_element(out.cbegin(), out.cend(),
            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
        QCOMPARE(*high, QPointF(1'234'000, 100));
        QCOMPARE(*low, QPointF(2'000'000, -50));
        QVERIFY(std::is_sorted(out.cbegin(), out.cend(),
            [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
        QCOMPARE(out.first().x(), 0.0);
        QCOMPARE(out.last().x(), 3'599'000.0);
    }

    void onlyTheWindow()
    {
        MetricSeries s(100);
        fill(s, QList<double>(100, 1.0));
        Points out;
        QCOMPARE(SeriesDecimator::decimate(s, 10'000, 19'999, 800, out), 10);
        QCOMPARE(out.first().x(), 10'000.0);
        QCOMPARE(out.last().x(), 19'000.0);
        QCOMPARE(SeriesDecimator::decimate(s, 200'000, 300'000, 800, out), 0);
        QVERIFY(out.isEmpty());
        QCOMPARE(SeriesDecimator::decimate(s, 0, 99'000, 0, out), 0);
        QCOMPARE(SeriesDecimator::decimate(s, 50'000, 10'000, 800, out), 0);
    }

    /** The chart's list is refilled in place tick after tick: no reallocation once it is big
     * enough. */
    void reusesTheCallersList()
    {
        MetricSeries s(3600);
        for (int i = 0; i < 3600; ++i)
            s.append(i * 1000, i % 7);
        Points out;
        SeriesDecimator::decimate(s, 0, 3'599'000, 800, out);
        const QPointF *storage = out.constData();
        const qsizetype capacity = out.capacity();
        for (int tick = 0; tick < 10; ++tick) {
            s.append(3'600'000 + tick * 1000, tick);
            SeriesDecimator::decimate(s, 10'000 + tick * 1000, 3'600'000 + tick * 1000, 800, out);
            QCOMPARE(out.constData(), storage);
            QCOMPARE(out.capacity(), capacity);
        }
    }
};

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "tst_seriesdecimator.moc"
