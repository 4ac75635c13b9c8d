// SPDX-License-Identifier: MIT
#pragma once

#include "core/histogramquantile.h"
#include "core/metrichistory.h"
#include "core/problem.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <utility>
#include <variant>

class SimEngine;
struct HttpRequest;
class HttpResponse;

/**
 * Keeps the sim's derived metric series for reports: every `intervalMs` it
 * reads the engine's own /metrics counters and histograms and stores, per
 * integration and in total, request_rate (req/s), error_ratio (0..1; error
 * and timeout outcomes over all calls made), latency_p50/p95/p99_ms (of the
 * interval), and deadletter_depth per source, in the SQLite table
 * `metric_history` of the sim's database. Rows older than `retentionMs` go.
 *
 * Serves `GET /ops/v1/metrics/history?from=&to=&step=` (see docs/ops-api.md):
 * points averaged into step buckets, at most maxPoints per series.
 * Lives on the engine's thread.
 */
class MetricHistoryRecorder : public QObject {
    Q_OBJECT
public:
    static constexpr int defaultIntervalMs = 5000;
    static constexpr qint64 retentionMs = 3LL * 24 * 3600 * 1000;
    static constexpr int maxPoints = 2000;

    explicit MetricHistoryRecorder(
        SimEngine &engine, QObject *parent = nullptr, int intervalMs = defaultIntervalMs);

    /** Takes one sample now (rates need the previous one, so the first only sets the baseline). */
    void recordNow();
    /** The stored series in [fromMs, toMs), averaged per step (0: about 300 points). */
    MetricHistory history(qint64 fromMs, qint64 toMs, qint64 stepMs) const;
    /**
     * `from` and `to` of a request (RFC 3339; `to` defaults to now, `from` to
     * an hour before `to`), or the problem to answer.
     */
    static std::variant<std::pair<qint64, qint64>, Problem> rangeOf(
        const HttpRequest &request, qint64 nowMs);
    /** The route's answer: parses from/to/step, 400 on bad values. */
    HttpResponse respond(const HttpRequest &request) const;

private:
    SimEngine &m_engine;
    QTimer m_timer;
    qint64 m_lastMs = 0;
    QHash<QString, double> m_lastTotals; ///< "integration\x1fkind" -> counter value
    QHash<QString, QList<HistogramBucket>>
        m_lastBuckets; ///< integration ("" total) -> cumulative buckets
    int m_samplesSinceTrim = 0;
};
