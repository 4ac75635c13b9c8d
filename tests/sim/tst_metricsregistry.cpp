// SPDX-License-Identifier: MIT
#include "sim/metricsregistry.h"

#include <QTest>
#include <limits>
#include <thread>

using namespace Qt::StringLiterals;

class TestMetricsRegistry : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void expositionOfASmallRegistry()
    {
        MetricsRegistry registry;
        // Registered out of order, labels in varying order: the output is sorted.
        registry.gauge(u"bw_up"_s, u"1 while the sim runs."_s)->set(1);
        registry
            .counter(u"bw_calls_total"_s, u"Simulated calls by outcome."_s,
                { { u"outcome"_s, u"ok"_s }, { u"integration"_s, u"erp"_s } })
            ->inc(3);
        registry
            .counter(u"bw_calls_total"_s, u"Simulated calls by outcome."_s,
                { { u"integration"_s, u"erp"_s }, { u"outcome"_s, u"error"_s } })
            ->inc();
        auto *depth = registry.gauge(u"bw_queue_depth"_s,
            u"Messages waiting,\nper queue \\ in total."_s, { { u"queue"_s, u"a\"b\\c\nd"_s } });
        depth->set(40);
        depth->add(2.5);
        auto *latency = registry.histogram(u"bw_call_duration_seconds"_s, u"Call latency."_s,
            { 0.125, 0.5, 1 }, { { u"integration"_s, u"erp"_s } });
        for (double seconds : { 0.0625, 0.25, 0.25, 2.0 })
            latency->observe(seconds);
        registry.histogram(u"bw_sync_batch_size"_s, u"Records per batch."_s, { 100, 1000 })
            ->observe(1000);

        // Not a raw string: moc 6.4 misreads raw strings holding \".
        const QByteArray expected
            = "# HELP bw_call_duration_seconds Call latency.\n"
              "# TYPE bw_call_duration_seconds histogram\n"
              "bw_call_duration_seconds_bucket{integration=\"erp\",le=\"0.125\"} 1\n"
              "bw_call_duration_seconds_bucket{integration=\"erp\",le=\"0.5\"} 3\n"
              "bw_call_duration_seconds_bucket{integration=\"erp\",le=\"1\"} 3\n"
              "bw_call_duration_seconds_bucket{integration=\"erp\",le=\"+Inf\"} 4\n"
              "bw_call_duration_seconds_sum{integration=\"erp\"} 2.5625\n"
              "bw_call_duration_seconds_count{integration=\"erp\"} 4\n"
              "# HELP bw_calls_total Simulated calls by outcome.\n"
              "# TYPE bw_calls_total counter\n"
              "bw_calls_total{integration=\"erp\",outcome=\"error\"} 1\n"
              "bw_calls_total{integration=\"erp\",outcome=\"ok\"} 3\n"
              "# HELP bw_queue_depth Messages waiting,\\nper queue \\\\ in total.\n"
              "# TYPE bw_queue_depth gauge\n"
              "bw_queue_depth{queue=\"a\\\"b\\\\c\\nd\"} 42.5\n"
              "# HELP bw_sync_batch_size Records per batch.\n"
              "# TYPE bw_sync_batch_size histogram\n"
              "bw_sync_batch_size_bucket{le=\"100\"} 0\n"
              "bw_sync_batch_size_bucket{le=\"1000\"} 1\n"
              "bw_sync_batch_size_bucket{le=\"+Inf\"} 1\n"
              "bw_sync_batch_size_sum 1000\n"
              "bw_sync_batch_size_count 1\n"
              "# HELP bw_up 1 while the sim runs.\n"
              "# TYPE bw_up gauge\n"
              "bw_up 1\n"_ba;
        QCOMPARE(registry.exposition(), expected);
        QCOMPARE(MetricsRegistry::contentType(), "text/plain; version=0.0.4; charset=utf-8");
    }

    void specialValues_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QByteArray>("text");
        QTest::addRow("integer") << 1e6 << "1000000"_ba;
        QTest::addRow("fraction") << 0.1 << "0.1"_ba;
        QTest::addRow("negative") << -2.5 << "-2.5"_ba;
        QTest::addRow("huge") << 1e300 << "1e+300"_ba;
        QTest::addRow("+Inf") << std::numeric_limits<double>::infinity() << "+Inf"_ba;
        QTest::addRow("-Inf") << -std::numeric_limits<double>::infinity() << "-Inf"_ba;
        QTest::addRow("NaN") << std::numeric_limits<double>::quiet_NaN() << "NaN"_ba;
    }
    void specialValues()
    {
        QFETCH(double, value);
        QFETCH(QByteArray, text);
        MetricsRegistry registry;
        registry.gauge(u"g"_s, u"g"_s)->set(value);
        QCOMPARE(registry.exposition(), "# HELP g g\n# TYPE g gauge\ng " + text + '\n');
    }

    void handlesAreStable()
    {
        MetricsRegistry registry;
        auto *a
            = registry.counter(u"c_total"_s, u"c"_s, { { u"x"_s, u"1"_s }, { u"y"_s, u"2"_s } });
        auto *b
            = registry.counter(u"c_total"_s, u"c"_s, { { u"y"_s, u"2"_s }, { u"x"_s, u"1"_s } });
        QCOMPARE(a, b);
        for (int i = 0; i < 100; ++i)
            registry.counter(u"c_total"_s, u"c"_s, { { u"x"_s, QString::number(i) } });
        QCOMPARE(
            registry.counter(u"c_total"_s, u"c"_s, { { u"x"_s, u"1"_s }, { u"y"_s, u"2"_s } }), a);
        a->inc(-5); // counters never go down
        QCOMPARE(a->value(), 0.0);
    }

    void badRegistrationsAreUsableButNotExported_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("label");
        QTest::addRow("bad metric name") << u"2fast"_s << u"ok"_s;
        QTest::addRow("dash in name") << u"bw-calls"_s << u"ok"_s;
        QTest::addRow("bad label name") << u"bw_calls"_s << u"the label"_s;
        QTest::addRow("reserved label") << u"bw_calls"_s << u"__name__"_s;
    }
    void badRegistrationsAreUsableButNotExported()
    {
        QFETCH(QString, name);
        QFETCH(QString, label);
        MetricsRegistry registry;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not valid"_s));
        auto *counter = registry.counter(name, u"help"_s, { { label, u"v"_s } });
        QVERIFY(counter);
        counter->inc();
        QCOMPARE(counter->value(), 1.0);
        QCOMPARE(registry.exposition(), QByteArray());
    }

    void aNameKeepsItsFirstType()
    {
        MetricsRegistry registry;
        registry.counter(u"bw_thing"_s, u"help"_s)->inc();
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"two types"_s));
        registry.gauge(u"bw_thing"_s, u"help"_s)->set(7);
        QCOMPARE(
            registry.exposition(), "# HELP bw_thing help\n# TYPE bw_thing counter\nbw_thing 1\n");
    }

    void histogramLabelLeIsReserved()
    {
        MetricsRegistry registry;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not valid"_s));
        registry.histogram(u"h"_s, u"h"_s, { 1 }, { { u"le"_s, u"x"_s } })->observe(1);
        QCOMPARE(registry.exposition(), QByteArray());
    }

    void collectorsRefreshGaugesBeforeEachScrape()
    {
        MetricsRegistry registry;
        int depth = 3;
        registry.addCollector([&] { registry.gauge(u"bw_depth"_s, u"d"_s)->set(depth); });
        QVERIFY(registry.exposition().endsWith("bw_depth 3\n"));
        depth = 9;
        QVERIFY(registry.exposition().endsWith("bw_depth 9\n"));
    }

    void updatesFromManyThreadsAddUp()
    {
        MetricsRegistry registry;
        auto *calls = registry.counter(u"calls_total"_s, u"c"_s);
        auto *latency = registry.histogram(u"latency"_s, u"l"_s, { 1 });
        constexpr int Threads = 4;
        constexpr int PerThread = 100'000;
        std::vector<std::thread> threads;
        for (int t = 0; t < Threads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < PerThread; ++i) {
                    calls->inc();
                    latency->observe(i % 2 ? 0.5 : 2.0);
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(calls->value(), double(Threads * PerThread));
        QCOMPARE(latency->cumulativeCounts(),
            (QList<quint64> { Threads * PerThread / 2, Threads * PerThread }));
        QCOMPARE(latency->sum(), Threads * PerThread / 2 * 2.5);
    }
};

QTEST_GUILESS_MAIN(TestMetricsRegistry)
#include "tst_metricsregistry.moc"
