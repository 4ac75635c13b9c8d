// SPDX-License-Identifier: MIT
#pragma once

#include "core/counterrate.h"
#include "core/histogramquantile.h"
#include "core/metricsample.h"
#include "models/metricseries.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

struct MetricHistory;
struct PrometheusParseResult;

/** Which chart of the Metrics area a series belongs to. */
enum class MetricGroup {
    RequestRate,
    ErrorRate,
    Latency,
    DeadLetters,
    SyncThroughput,
    BreakerState,
    QueueDepth,
    QueueRate
};

/** What a series' values measure, for axis labels and read-outs. */
enum class MetricUnit {
    PerSecond, ///< events per second
    Seconds, ///< a duration
    Count, ///< a number of items now (a depth)
    BreakerState ///< 0 closed, 1 open, 2 half-open, 3 forced open, 4 disabled (BreakerState's
                 ///< order)
};

/** What the console shows about one derived series. */
struct MetricSeriesInfo {
    QString id; ///< stable across scrapes and sessions, e.g. "latency:erp:p99"
    QString name; ///< unique and self-explaining, for CSV headers: "erp p99 latency (s)"
    QString legend; ///< short, for a legend inside its group's chart: "erp p99"
    MetricGroup group = MetricGroup::RequestRate;
    MetricUnit unit = MetricUnit::PerSecond;
};

/**
 * The console's live metrics: fed one /metrics scrape at a time, it derives
 * the series the Metrics area charts and keeps their recent history.
 *
 * - request rate per integration: rate of bw_upstream_requests_total summed over outcome;
 * - error rate per integration: the same over outcomes other than "success";
 * - latency p50, p95, p99 per integration from bw_upstream_request_duration_seconds,
 *   over the last scrape interval (first scrape: none);
 * - dead-letter depth per source (bw_deadletters);
 * - sync throughput per job: rate of bw_sync_processed_total summed over integration;
 * - breaker state per name from resilience4j_circuitbreaker_state;
 * - message-queue depth per queue (rabbitmq_queue_messages) and publish, deliver and
 *   ack rates per queue (rabbitmq_queue_messages_{published,delivered,acked}_per_second,
 *   the broker's own smoothed rates), from a RabbitMQ back end.
 *
 * Rates and latencies need two scrapes, so their first point comes with the
 * second scrape. Series appear as the back end reports them and keep their
 * history when it stops. Every point of one ingest has the scrape's time.
 *
 * Memory: each series preallocates `pointsPerSeries` points of 16 bytes; at
 * the default 3600 (one hour at one scrape a second) that is 57,600 bytes a
 * series, 2.88 MB for 50 series. `maxSeries` caps what a back end reporting
 * ever new label values can make us hold.
 *
 * Lives on the GUI thread: ingest() there (parse large expositions elsewhere
 * first), and read series between ingests. Signals per ingest: seriesAdded()
 * when new series appeared, then exactly one updated().
 */
class MetricsStore : public QObject {
    Q_OBJECT
public:
    static constexpr qsizetype defaultPointsPerSeries = 3600; ///< one hour at one scrape a second
    static constexpr int defaultMaxSeries = 500; ///< at most 28.8 MB of points

    explicit MetricsStore(QObject *parent = nullptr);
    MetricsStore(qsizetype pointsPerSeries, int maxSeries, QObject *parent = nullptr);
    ~MetricsStore() override;

    /** Takes in one scrape made at `scrapeTimeMs` (ms since the epoch). A scrape not newer than the
     * last adds no points. */
    void ingest(const PrometheusParseResult &scrape, qint64 scrapeTimeMs);
    void ingest(const QList<MetricSample> &samples, qint64 scrapeTimeMs);
    /**
     * Takes in a recorded history (an offline snapshot's, a report's range) as
     * series of the same ids the live scrapes make: request_rate and
     * deadletter_depth as they are, error_ratio times request_rate as errors/s,
     * latency_pNN_ms in seconds. Totals (no integration) are left out when
     * per-integration series exist, as live. lastScrapeMs() becomes the
     * history's end, so charts show its last window. For a store that takes no
     * scrapes: points not newer than a series' last are dropped.
     */
    void loadHistory(const MetricHistory &history);

    /** All series ids, in the order the series appeared. */
    QStringList seriesIds() const;
    QStringList seriesIds(MetricGroup group) const;
    /** Read access until the next ingest on this thread; nullptr for an unknown id. */
    const MetricSeries *series(const QString &id) const;
    const MetricSeriesInfo *info(const QString &id) const;
    /**
     * The sum over `group`'s series of their values at the last scrape (a total depth, a total
     * rate); nullopt when no series has a value at that scrape (before the first, or a rate's first
     * scrape).
     */
    std::optional<double> latestTotal(MetricGroup group) const;
    /** The same over the series of `group` whose variant (the id's last part, e.g. "publish") is
     * `variant`. */
    std::optional<double> latestTotal(MetricGroup group, QStringView variant) const;
    /** Time of the last ingested scrape: the right edge of a live chart. 0 before the first. */
    qint64 lastScrapeMs() const { return m_lastScrapeMs; }
    /** The back end reported more series than maxSeries: some are not shown (say so in the UI). */
    bool seriesLimitReached() const { return m_seriesLimitReached; }

    /**
     * The points of `ids` within [fromMs, toMs] as CSV (RFC 4180, UTF-8):
     * a header row "time" plus the series' names, then one row per scrape
     * time in order, time as ISO 8601 UTC, values with 15 significant
     * digits, an empty cell where a series has no value. Unknown ids are left out.
     */
    QByteArray toCsv(const QStringList &ids, qint64 fromMs, qint64 toMs) const;

Q_SIGNALS:
    /** New series appeared in the last ingest (before its updated()). */
    void seriesAdded(const QStringList &ids);
    /** One ingest has been taken in: charts refresh now, once. */
    void updated();

private:
    struct Entry {
        MetricSeriesInfo info;
        MetricSeries points;
    };
    /** Appends to the series of (group, subject, variant) at the scrape's time, creating it (and
       noting it for seriesAdded) if new; a series past maxSeries is dropped. No value: the series
       appears without a point. */
    void append(MetricGroup group, const QString &subject, std::optional<double> value,
        const QString &variant = {});
    static MetricSeriesInfo describe(
        MetricGroup group, const QString &subject, const QString &variant);

    qsizetype m_pointsPerSeries;
    int m_maxSeries;
    std::vector<std::unique_ptr<Entry>> m_entries;
    QHash<QString, Entry *> m_byId;
    CounterRate m_rates;
    QHash<QString, QList<HistogramBucket>>
        m_previousLatency; // integration -> last scrape's buckets
    QStringList m_added;
    qint64 m_lastScrapeMs = 0;
    bool m_seriesLimitReached = false;
};
