// SPDX-License-Identifier: MIT
#include "core/breaker.h"
#include "core/prometheustext.h"
#include "core/wiretime.h"
#include "models/metricsstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 t1 = 1'800'000'000'000;
constexpr qint64 t2 = t1 + 2000;
constexpr qint64 t3 = t2 + 1000;

const QByteArray scrape1 = R"(# TYPE bw_upstream_requests_total counter
bw_upstream_requests_total{integration="erp",outcome="success"} 100
bw_upstream_requests_total{integration="erp",outcome="error"} 4
bw_upstream_requests_total{integration="erp",outcome="timeout"} 1
bw_upstream_requests_total{integration="erp",outcome="not_permitted"} 0
bw_upstream_requests_total{integration="payments",outcome="success"} 50
# TYPE bw_upstream_request_duration_seconds histogram
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.1"} 60
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.5"} 100
bw_upstream_request_duration_seconds_bucket{integration="erp",le="1"} 104
bw_upstream_request_duration_seconds_bucket{integration="erp",le="+Inf"} 105
bw_upstream_request_duration_seconds_sum{integration="erp"} 30
bw_upstream_request_duration_seconds_count{integration="erp"} 105
# TYPE bw_deadletters gauge
bw_deadletters{source="orders"} 17
# TYPE bw_sync_processed_total counter
bw_sync_processed_total{job="catalogue",integration="marketplace"} 1000
bw_sync_processed_total{job="catalogue",integration="erp"} 500
# TYPE resilience4j_circuitbreaker_state gauge
resilience4j_circuitbreaker_state{name="erp",state="closed"} 1
resilience4j_circuitbreaker_state{name="erp",state="open"} 0
resilience4j_circuitbreaker_state{name="payments",state="closed"} 0
resilience4j_circuitbreaker_state{name="payments",state="open"} 1
)"_ba;

// Two seconds later: erp +20 success, +6 error, +2 timeout; payments idle;
// latency interval buckets (cumulative) 10, 40, 49, 50; sync +300 and +100.
const QByteArray scrape2 = R"(bw_upstream_requests_total{integration="erp",outcome="success"} 120
bw_upstream_requests_total{integration="erp",outcome="error"} 10
bw_upstream_requests_total{integration="erp",outcome="timeout"} 3
bw_upstream_requests_total{integration="erp",outcome="not_permitted"} 0
bw_upstream_requests_total{integration="payments",outcome="success"} 50
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.1"} 70
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.5"} 140
bw_upstream_request_duration_seconds_bucket{integration="erp",le="1"} 153
bw_upstream_request_duration_seconds_bucket{integration="erp",le="+Inf"} 155
bw_deadletters{source="orders"} 20
bw_sync_processed_total{job="catalogue",integration="marketplace"} 1300
bw_sync_processed_total{job="catalogue",integration="erp"} 600
resilience4j_circuitbreaker_state{name="erp",state="closed"} 0
resilience4j_circuitbreaker_state{name="erp",state="open"} 1
resilience4j_circuitbreaker_state{name="payments",state="open"} 0
resilience4j_circuitbreaker_state{name="payments",state="half_open"} 1
)"_ba;

// One second later the back end has restarted (counters from zero) and reports a new integration.
const QByteArray scrape3 = R"(bw_upstream_requests_total{integration="erp",outcome="success"} 5
bw_upstream_requests_total{integration="erp",outcome="error"} 1
bw_upstream_requests_total{integration="erp",outcome="timeout"} 0
bw_upstream_requests_total{integration="erp",outcome="not_permitted"} 0
bw_upstream_requests_total{integration="payments",outcome="success"} 53
bw_upstream_requests_total{integration="shipping",outcome="success"} 9
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.1"} 2
bw_upstream_request_duration_seconds_bucket{integration="erp",le="0.5"} 3
bw_upstream_request_duration_seconds_bucket{integration="erp",le="1"} 4
bw_upstream_request_duration_seconds_bucket{integration="erp",le="+Inf"} 4
bw_deadletters{source="orders"} 20
)"_ba;

double lastValue(const MetricsStore &store, const QString &id)
{
    const MetricSeries *s = store.series(id);
    return s && !s->isEmpty() ? s->last().value : qQNaN();
}

void feed(MetricsStore &store, const QByteArray &text, qint64 time)
{
    const auto parsed = PrometheusText::parse(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errors.value(0).toString()));
    store.ingest(parsed, time);
}

} // namespace

class TestMetricsStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstScrapeShowsSeriesButNoRatesYet()
    {
        MetricsStore store;
        QSignalSpy added(&store, &MetricsStore::seriesAdded);
        QSignalSpy updated(&store, &MetricsStore::updated);
        feed(store, scrape1, t1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(added.size(), 1);
        const QStringList ids = added.first().first().toStringList();
        QCOMPARE(ids, store.seriesIds());
        QCOMPARE(store.seriesIds(MetricGroup::RequestRate),
            (QStringList { u"requests:erp"_s, u"requests:payments"_s }));
        QCOMPARE(store.seriesIds(MetricGroup::ErrorRate),
            (QStringList { u"errors:erp"_s, u"errors:payments"_s }));
        QCOMPARE(store.seriesIds(MetricGroup::Latency),
            (QStringList { u"latency:erp:p50"_s, u"latency:erp:p95"_s, u"latency:erp:p99"_s }));
        QCOMPARE(
            store.seriesIds(MetricGroup::DeadLetters), QStringList { u"deadletters:orders"_s });
        QCOMPARE(store.seriesIds(MetricGroup::SyncThroughput), QStringList { u"sync:catalogue"_s });
        QCOMPARE(store.seriesIds(MetricGroup::BreakerState),
            (QStringList { u"breaker:erp"_s, u"breaker:payments"_s }));
        QVERIFY(store.series(u"requests:erp"_s)->isEmpty());
        QVERIFY(store.series(u"latency:erp:p99"_s)->isEmpty());
        QVERIFY(store.series(u"sync:catalogue"_s)->isEmpty());
        QCOMPARE(lastValue(store, u"deadletters:orders"_s), 17.0);
        QCOMPARE(lastValue(store, u"breaker:erp"_s), double(int(BreakerState::Closed)));
        QCOMPARE(lastValue(store, u"breaker:payments"_s), double(int(BreakerState::Open)));
        QCOMPARE(store.series(u"deadletters:orders"_s)->last().timeMs, t1);
        QCOMPARE(store.lastScrapeMs(), t1);
    }

    void describesSeriesForCharts_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("legend");
        QTest::addColumn<MetricUnit>("unit");
        QTest::addRow("requests") << u"requests:erp"_s << u"erp requests/s"_s << u"erp"_s
                                  << MetricUnit::PerSecond;
        QTest::addRow("errors") << u"errors:erp"_s << u"erp errors/s"_s << u"erp"_s
                                << MetricUnit::PerSecond;
        QTest::addRow("latency") << u"latency:erp:p95"_s << u"erp p95 latency (s)"_s << u"erp p95"_s
                                 << MetricUnit::Seconds;
        QTest::addRow("dead letters") << u"deadletters:orders"_s << u"orders dead letters"_s
                                      << u"orders"_s << MetricUnit::Count;
        QTest::addRow("sync") << u"sync:catalogue"_s << u"catalogue items/s"_s << u"catalogue"_s
                              << MetricUnit::PerSecond;
        QTest::addRow("breaker") << u"breaker:erp"_s << u"erp breaker state"_s << u"erp"_s
                                 << MetricUnit::BreakerState;
    }
    void describesSeriesForCharts()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, legend);
        QFETCH(MetricUnit, unit);
        MetricsStore store;
        feed(store, scrape1, t1);
        const MetricSeriesInfo *info = store.info(id);
        QVERIFY(info);
        QCOMPARE(info->id, id);
        QCOMPARE(info->name, name);
        QCOMPARE(info->legend, legend);
        QCOMPARE(info->unit, unit);
        QVERIFY(!store.info(u"requests:nowhere"_s));
        QVERIFY(!store.series(u"requests:nowhere"_s));
    }

    void derivesRatesLatencyAndStates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("afterSecond");
        QTest::addColumn<double>("afterThird");
        // 28 calls in 2 s; then a restart: 6 calls since, in 1 s.
        QTest::addRow("erp request rate") << u"requests:erp"_s << 14.0 << 6.0;
        // 8 failed calls (error + timeout) in 2 s; then 1 in 1 s.
        QTest::addRow("erp error rate") << u"errors:erp"_s << 4.0 << 1.0;
        QTest::addRow("idle payments") << u"requests:payments"_s << 0.0 << 3.0;
        QTest::addRow("no payments errors reported") << u"errors:payments"_s << 0.0 << 0.0;
        // Interval buckets 10, 40, 49, 50: rank 25 is 15 into the 30 of (0.1, 0.5].
        QTest::addRow("erp p50") << u"latency:erp:p50"_s << 0.1 + 0.4 * 15 / 30 << 0.1;
        // Rank 47.5 is 7.5 into the 9 of (0.5, 1]; after the restart rank 3.96 is 0.96 into the 1
        // of (0.5, 1].
        QTest::addRow("erp p95") << u"latency:erp:p95"_s << 0.5 + 0.5 * 7.5 / 9 << 0.5 + 0.5 * 0.8;
        // Rank 49.5 is past the 49 below 1 s: the +Inf bucket says "above 1 s".
        QTest::addRow("erp p99") << u"latency:erp:p99"_s << 1.0 << 0.5 + 0.5 * 0.96;
        QTest::addRow("dead-letter depth") << u"deadletters:orders"_s << 20.0 << 20.0;
        // 400 items over 2 s from two integrations of the job.
        QTest::addRow("sync throughput") << u"sync:catalogue"_s << 200.0 << 200.0;
        QTest::addRow("erp breaker") << u"breaker:erp"_s << double(int(BreakerState::Open))
                                     << double(int(BreakerState::Open));
        QTest::addRow("payments breaker")
            << u"breaker:payments"_s << double(int(BreakerState::HalfOpen))
            << double(int(BreakerState::HalfOpen));
    }
    void derivesRatesLatencyAndStates()
    {
        QFETCH(QString, id);
        QFETCH(double, afterSecond);
        QFETCH(double, afterThird);
        MetricsStore store;
        feed(store, scrape1, t1);
        feed(store, scrape2, t2);
        QCOMPARE(lastValue(store, id), afterSecond);
        QCOMPARE(store.series(id)->last().timeMs, t2);
        feed(store, scrape3, t3);
        // Series the third scrape did not mention keep their history and get no new point.
        const bool mentioned = id.startsWith(u"requests") || id.startsWith(u"errors")
            || id.startsWith(u"latency") || id.startsWith(u"deadletters");
        QCOMPARE(store.series(id)->last().timeMs, mentioned ? t3 : t2);
        QCOMPARE(lastValue(store, id), afterThird);
    }

    void announcesOnlyNewSeriesAndUpdatesOncePerScrape()
    {
        MetricsStore store;
        QSignalSpy added(&store, &MetricsStore::seriesAdded);
        QSignalSpy updated(&store, &MetricsStore::updated);
        feed(store, scrape1, t1);
        feed(store, scrape2, t2);
        QCOMPARE(added.size(), 1);
        QCOMPARE(updated.size(), 2);
        feed(store, scrape3, t3);
        QCOMPARE(updated.size(), 3);
        QCOMPARE(added.size(), 2);
        QCOMPARE(added.last().first().toStringList(),
            (QStringList { u"requests:shipping"_s, u"errors:shipping"_s }));
        QVERIFY(store.series(u"requests:shipping"_s)->isEmpty());
    }

    void ignoresAScrapeNotNewerThanTheLast()
    {
        MetricsStore store;
        QSignalSpy updated(&store, &MetricsStore::updated);
        feed(store, scrape1, t1);
        feed(store, scrape2, t1);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(lastValue(store, u"deadletters:orders"_s), 17.0);
        QCOMPARE(store.series(u"deadletters:orders"_s)->size(), 1);
    }

    void keepsAFixedHistoryPerSeries()
    {
        MetricsStore store(3, 500);
        for (int i = 0; i < 10; ++i)
            store.ingest({ MetricSample { u"bw_deadletters"_s, { { u"source"_s, u"orders"_s } },
                             double(i), {} } },
                t1 + i * 1000);
        const MetricSeries *s = store.series(u"deadletters:orders"_s);
        QCOMPARE(s->size(), 3);
        QCOMPARE(s->first().value, 7.0);
        QCOMPARE(s->last().value, 9.0);
    }

    void capsTheNumberOfSeries()
    {
        MetricsStore store(60, 5);
        QList<MetricSample> samples;
        for (int i = 0; i < 8; ++i)
            samples.append(
                { u"bw_deadletters"_s, { { u"source"_s, u"queue-%1"_s.arg(i) } }, 1, {} });
        QVERIFY(!store.seriesLimitReached());
        store.ingest(samples.mid(0, 5), t1);
        QVERIFY(!store.seriesLimitReached());
        store.ingest(samples, t2);
        QCOMPARE(store.seriesIds().size(), 5);
        QVERIFY(store.seriesLimitReached());
        // The series that fit keep going.
        QCOMPARE(store.series(u"deadletters:queue-4"_s)->size(), 2);
    }

    void exportsCsv()
    {
        MetricsStore store;
        feed(store, scrape1, t1);
        feed(store, scrape2, t2);
        feed(store, scrape3, t3);
        const QStringList ids { u"requests:erp"_s, u"latency:erp:p95"_s, u"unknown:id"_s,
            u"breaker:erp"_s };
        const QList<QByteArray> rows = store.toCsv(ids, t1, t3).split('\n');
        QCOMPARE(
            rows.size(), 5); // header, three scrapes, and the empty rest after the last line break
        QCOMPARE(rows[0], "time,erp requests/s,erp p95 latency (s),erp breaker state\r"_ba);
        // First scrape: no rate or latency yet; the breaker was closed.
        QCOMPARE(rows[1], WireTime::format(t1).toUtf8() + ",,,0\r");
        QCOMPARE(rows[2],
            WireTime::format(t2).toUtf8() + ",14,"
                + QByteArray::number(0.5 + 0.5 * 7.5 / 9, 'g', 15) + ",1\r");
        // The third scrape did not mention the breaker: an empty cell, not a repeated value.
        QCOMPARE(rows[3], WireTime::format(t3).toUtf8() + ",6,0.9,\r");
        QCOMPARE(rows[4], QByteArray());

        const QList<QByteArray> window = store.toCsv(ids, t2, t2).split('\n');
        QCOMPARE(window.size(), 3);
        QVERIFY(window[1].startsWith(WireTime::format(t2).toUtf8()));
    }

    /** Integration names come from the back end: they must not break the CSV or run as spreadsheet
     * formulas. */
    void exportsHostileNamesSafely()
    {
        MetricsStore store;
        store.ingest(
            { MetricSample {
                  u"bw_deadletters"_s, { { u"source"_s, u"=HYPERLINK(\"x\")"_s } }, 1, {} },
                MetricSample { u"bw_deadletters"_s, { { u"source"_s, u"a,b"_s } }, 2, {} } },
            t1);
        const QByteArray csv = store.toCsv(store.seriesIds(), t1, t1);
        const QByteArray header = csv.left(csv.indexOf("\r\n"));
        QCOMPARE(header, "time,\"'=HYPERLINK(\"\"x\"\") dead letters\",\"a,b dead letters\""_ba);
    }
};

QTEST_GUILESS_MAIN(TestMetricsStore)
#include "tst_metricsstore.moc"
