// SPDX-License-Identifier: MIT
// Metrics pipeline figures: what one scrape tick costs the GUI thread.
//  - parsing a 10,000-sample exposition;
//  - ingesting one sim-sized scrape that feeds 50 series;
//  - decimating 50 series of one hour (3600 points) to an 800 px chart;
//  - memory of 50 series holding one hour.
// Run: build/bench/bench_metrics
#include "bench/benchreport.h"
#include "core/processmemory.h"
#include "core/prometheustext.h"
#include "models/metricsstore.h"
#include "models/seriesdecimator.h"

#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

struct Timing {
    double medianMs = 0; ///< wall clock
    double maxMs = 0; ///< wall clock
    double cpuMedianMs
        = 0; ///< this thread's CPU time: what the work costs when the machine is busy with others
    double cpuMaxMs = 0; ///< the worst tick's own work, without time spent preempted
};

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template<typename Work> Timing measure(int rounds, Work work)
{
    QList<double> wall;
    QList<double> cpu;
    wall.reserve(rounds);
    cpu.reserve(rounds);
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work(i);
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return { wall.at(wall.size() / 2), wall.last(), cpu.at(cpu.size() / 2), cpu.last() };
}

/** 500 integrations x (4 outcome counters + 14 buckets + sum + count) = 10,000 samples. */
QByteArray largeExposition()
{
    QByteArray text;
    text += "# HELP bw_upstream_requests_total Upstream calls.\n# TYPE bw_upstream_requests_total "
            "counter\n";
    text += "# HELP bw_upstream_request_duration_seconds Upstream latency.\n"
            "# TYPE bw_upstream_request_duration_seconds histogram\n";
    const char *outcomes[] = { "success", "error", "timeout", "not_permitted" };
    const char *bounds[] = { "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5",
        "5", "10", "30", "60", "+Inf" };
    for (int i = 0; i < 500; ++i) {
        const QByteArray integration = "integration-" + QByteArray::number(i);
        for (const char *outcome : outcomes) {
            text += "bw_upstream_requests_total{integration=\"" + integration + "\",outcome=\""
                + outcome + "\"} " + QByteArray::number(123456 + i) + '\n';
        }
        int cumulative = 0;
        for (const char *le : bounds) {
            cumulative += 97 + i;
            text += "bw_upstream_request_duration_seconds_bucket{integration=\"" + integration
                + "\",le=\"" + le + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        text += "bw_upstream_request_duration_seconds_sum{integration=\"" + integration
            + "\"} 1234.5678\n";
        text += "bw_upstream_request_duration_seconds_count{integration=\"" + integration + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    return text;
}

/**
 * What breakwater-sim reports at scrape `n`: 8 integrations (request rate, error rate,
 * p50/p95/p99: 40 series), 5 dead-letter sources, 3 sync jobs, 2 breakers = 50 series.
 */
QByteArray simExposition(int n)
{
    QByteArray text;
    const char *bounds[] = { "0.01", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "+Inf" };
    for (int i = 0; i < 8; ++i) {
        const QByteArray integration = "integration-" + QByteArray::number(i);
        const qint64 base = qint64(n) * (100 + i);
        text += "bw_upstream_requests_total{integration=\"" + integration
            + "\",outcome=\"success\"} " + QByteArray::number(base) + '\n';
        text += "bw_upstream_requests_total{integration=\"" + integration + "\",outcome=\"error\"} "
            + QByteArray::number(base / 20 + (n % 97 == 0 ? 50 : 0)) + '\n';
        text += "bw_upstream_requests_total{integration=\"" + integration
            + "\",outcome=\"timeout\"} " + QByteArray::number(base / 50) + '\n';
        text += "bw_upstream_requests_total{integration=\"" + integration
            + "\",outcome=\"not_permitted\"} 0\n";
        qint64 cumulative = 0;
        for (int b = 0; b < 10; ++b) {
            cumulative += qint64(n) * (10 + (b * 7 + i) % 13);
            text += "bw_upstream_request_duration_seconds_bucket{integration=\"" + integration
                + "\",le=\"" + bounds[b] + "\"} " + QByteArray::number(cumulative) + '\n';
        }
        text += "bw_upstream_request_duration_seconds_count{integration=\"" + integration + "\"} "
            + QByteArray::number(cumulative) + '\n';
    }
    for (int s = 0; s < 5; ++s)
        text += "bw_deadletters{source=\"source-" + QByteArray::number(s) + "\"} "
            + QByteArray::number((n * (s + 1)) % 500) + '\n';
    for (int j = 0; j < 3; ++j) {
        text += "bw_sync_processed_total{job=\"job-" + QByteArray::number(j)
            + "\",integration=\"marketplace\"} " + QByteArray::number(qint64(n) * 40 * (j + 1))
            + '\n';
    }
    for (int b = 0; b < 2; ++b) {
        const QByteArray name = "breaker-" + QByteArray::number(b);
        text += "resilience4j_circuitbreaker_state{name=\"" + name + "\",state=\"closed\"} "
            + (n % 300 < 290 ? "1" : "0") + '\n';
        text += "resilience4j_circuitbreaker_state{name=\"" + name + "\",state=\"open\"} "
            + (n % 300 < 290 ? "0" : "1") + '\n';
    }
    return text;
}

} // namespace

int main()
{
    // 1. Parsing.
    const QByteArray large = largeExposition();
    int parsedSamples = 0;
    const Timing parse = measure(
        50, [&](int) { parsedSamples = int(PrometheusText::parse(large).samples.size()); });
    std::printf("exposition: %d samples, %lld bytes\n", parsedSamples, qlonglong(large.size()));
    report("parse 10,000-sample exposition, median", parse.medianMs, "ms");
    report("parse 10,000-sample exposition, max of 50", parse.maxMs, "ms");
    report("parse 10,000-sample exposition, median CPU time", parse.cpuMedianMs, "ms");

    // 2. Ingest: one hour of one-second scrapes into 50 series.
    const qint64 residentBefore = residentBytes();
    MetricsStore store;
    constexpr int scrapes = 3600;
    const qint64 t0 = 1'800'000'000'000;
    PrometheusParseResult scrape;
    const Timing ingest = measure(scrapes, [&](int n) {
        scrape = PrometheusText::parse(
            simExposition(n)); // outside the measured part would need a second loop
        store.ingest(scrape, t0 + n * 1000LL);
    });
    std::printf("series: %lld\n", qlonglong(store.seriesIds().size()));
    report("format + parse + ingest one sim scrape (~150 samples), median", ingest.medianMs, "ms");
    report("format + parse + ingest one sim scrape, max of 3600", ingest.maxMs, "ms");
    report("format + parse + ingest one sim scrape, median CPU time", ingest.cpuMedianMs, "ms");
    report("format + parse + ingest one sim scrape, max CPU time", ingest.cpuMaxMs, "ms");
    const QByteArray next = simExposition(scrapes);
    const Timing parseOnly = measure(200, [&](int) { scrape = PrometheusText::parse(next); });
    qint64 t = t0 + scrapes * 1000LL;
    const Timing ingestOnly = measure(200, [&](int) { store.ingest(scrape, t += 1000); });
    report("parse one sim scrape, median", parseOnly.medianMs, "ms");
    report("ingest one scrape into 50 series, median", ingestOnly.medianMs, "ms");
    report("ingest one scrape into 50 series, max of 200", ingestOnly.maxMs, "ms");

    qsizetype points = 0;
    for (const QString &id : store.seriesIds())
        points += store.series(id)->size();
    report("bytes per point (sizeof MetricPoint)", double(sizeof(MetricPoint)), "B");
    report("50 series x 3600 points, preallocated point storage",
        double(store.seriesIds().size()) * 3600 * sizeof(MetricPoint) / 1e6, "MB");
    report("points held after one hour", double(points), "points");
    report("resident memory growth for store (after 1 h)",
        double(residentBytes() - residentBefore) / 1e6, "MB");
    report("resident memory of the whole process", double(residentBytes()) / 1e6, "MB");

    // 3. Decimation: the per-tick GUI-thread work, 50 charts' series of one hour to 800 px.
    const QStringList ids = store.seriesIds();
    const qint64 now = store.lastScrapeMs();
    QList<QList<QPointF>> lists(ids.size());
    qsizetype emitted = 0;
    const Timing decimate = measure(200, [&](int) {
        emitted = 0;
        for (qsizetype i = 0; i < ids.size(); ++i)
            emitted += SeriesDecimator::decimate(
                *store.series(ids[i]), now - 3'600'000, now, 800, lists[i]);
    });
    std::printf("decimated points per tick (50 series): %lld\n", qlonglong(emitted));
    report("decimate 50 series x 3600 points to 800 px, median", decimate.medianMs, "ms");
    report("decimate 50 series x 3600 points to 800 px, max of 200", decimate.maxMs, "ms");
    report(
        "decimate 50 series x 3600 points to 800 px, median CPU time", decimate.cpuMedianMs, "ms");
    report("decimate 50 series x 3600 points to 800 px, max CPU time", decimate.cpuMaxMs, "ms");
    const Timing window5 = measure(200, [&](int) {
        for (qsizetype i = 0; i < ids.size(); ++i)
            SeriesDecimator::decimate(*store.series(ids[i]), now - 300'000, now, 800, lists[i]);
    });
    report("decimate 50 series, 5 min window, median", window5.medianMs, "ms");
    report("tick total (parse + ingest + decimate 1 h), median",
        parseOnly.medianMs + ingestOnly.medianMs + decimate.medianMs, "ms");

    // 4. CSV export of everything over the hour.
    QByteArray csv;
    const Timing csvTime = measure(5, [&](int) { csv = store.toCsv(ids, now - 3'600'000, now); });
    std::printf("csv: %lld bytes\n", qlonglong(csv.size()));
    report("CSV of 50 series x 1 h, median", csvTime.medianMs, "ms");
    report("CSV of 50 series x 1 h, median CPU time", csvTime.cpuMedianMs, "ms");
    return 0;
}
