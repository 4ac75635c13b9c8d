// SPDX-License-Identifier: MIT
#include "models/metricseries.h"

#include <QTest>

class TestMetricSeries : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keepsTheNewestPoints_data()
    {
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("appended");
        QTest::addColumn<int>("size");
        QTest::addColumn<qint64>("firstTime");
        QTest::addRow("empty") << 4 << 0 << 0 << qint64(-1);
        QTest::addRow("partly filled") << 4 << 3 << 3 << qint64(1000);
        QTest::addRow("exactly full") << 4 << 4 << 4 << qint64(1000);
        QTest::addRow("wrapped once") << 4 << 5 << 4 << qint64(2000);
        QTest::addRow("wrapped many times") << 4 << 103 << 4 << qint64(100'000);
        QTest::addRow("one hour of seconds") << 3600 << 3600 + 60 << 3600 << qint64(61'000);
    }
    void keepsTheNewestPoints()
    {
        QFETCH(int, capacity);
        QFETCH(int, appended);
        QFETCH(int, size);
        QFETCH(qint64, firstTime);
        MetricSeries s(capacity);
        for (int i = 1; i <= appended; ++i)
            QVERIFY(s.append(i * 1000, i * 0.5));
        QCOMPARE(s.size(), size);
        QCOMPARE(s.capacity(), capacity);
        if (size == 0) {
            QVERIFY(s.isEmpty());
            return;
        }
        QCOMPARE(s.first().timeMs, firstTime);
        QCOMPARE(s.last().timeMs, appended * qint64(1000));
        QCOMPARE(s.last().value, appended * 0.5);
        for (qsizetype i = 1; i < s.size(); ++i)
            QCOMPARE(s.at(i).timeMs, s.at(i - 1).timeMs + 1000);
    }

    void refusesPointsNotNewerThanTheLast()
    {
        MetricSeries s(8);
        QVERIFY(s.append(5000, 1));
        QVERIFY(!s.append(5000, 2));
        QVERIFY(!s.append(4000, 3));
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.last().value, 1.0);
        QVERIFY(s.append(6000, qQNaN()));
        QVERIFY(qIsNaN(s.last().value));
    }

    /** The storage is taken once: a full hour of appends never moves or grows it. */
    void appendsIntoTheSameStorage()
    {
        MetricSeries s(100);
        s.append(0, 0);
        const MetricPoint *slot0 = &s.at(0);
        for (int i = 1; i < 1000; ++i)
            s.append(i, i);
        for (qsizetype i = 0; i < s.size(); ++i) {
            const MetricPoint *p = &s.at(i);
            QVERIFY(p >= slot0 && p < slot0 + 100);
        }
    }

    void rangeQueries_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<qsizetype>("lower");
        QTest::addColumn<qsizetype>("count");
        // Points at 7 s .. 12 s after wrapping (capacity 6, times 1 s .. 12 s appended).
        QTest::addRow("all") << qint64(0) << qint64(100'000) << qsizetype(0) << qsizetype(6);
        QTest::addRow("exact edges")
            << qint64(8000) << qint64(10'000) << qsizetype(1) << qsizetype(3);
        QTest::addRow("between points")
            << qint64(8500) << qint64(10'500) << qsizetype(2) << qsizetype(2);
        QTest::addRow("before all") << qint64(0) << qint64(6999) << qsizetype(0) << qsizetype(0);
        QTest::addRow("after all")
            << qint64(12'001) << qint64(20'000) << qsizetype(6) << qsizetype(0);
        QTest::addRow("single point")
            << qint64(12'000) << qint64(12'000) << qsizetype(5) << qsizetype(1);
        QTest::addRow("inverted") << qint64(10'000) << qint64(8000) << qsizetype(3) << qsizetype(0);
    }
    void rangeQueries()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(qsizetype, lower);
        QFETCH(qsizetype, count);
        MetricSeries s(6);
        for (int i = 1; i <= 12; ++i)
            s.append(i * 1000, i);
        QCOMPARE(s.lowerBound(from), lower);
        QCOMPARE(s.countInRange(from, to), count);
    }

    void nearestForHover_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<qint64>("expected");
        QTest::addRow("before the first") << qint64(0) << qint64(1000);
        QTest::addRow("after the last") << qint64(99'000) << qint64(5000);
        QTest::addRow("exact") << qint64(3000) << qint64(3000);
        QTest::addRow("closer to the earlier") << qint64(3400) << qint64(3000);
        QTest::addRow("closer to the later") << qint64(3600) << qint64(4000);
        QTest::addRow("halfway takes the earlier") << qint64(3500) << qint64(3000);
    }
    void nearestForHover()
    {
        QFETCH(qint64, time);
        QFETCH(qint64, expected);
        MetricSeries s(10);
        QCOMPARE(s.nearest(time), -1);
        for (int i = 1; i <= 5; ++i)
            s.append(i * 1000, i);
        QCOMPARE(s.at(s.nearest(time)).timeMs, expected);
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metricseries.moc"
