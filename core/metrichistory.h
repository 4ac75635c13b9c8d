// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/**
 * Derived metric series over a past time range, as
 * `GET /ops/v1/metrics/history?from=&to=&step=` answers them: what reports
 * and snapshots chart. Times are epoch ms, steps evenly spaced from `fromMs`.
 *
 * Series names: "request_rate" (requests/s), "error_ratio" (0..1),
 * "latency_p50_ms", "latency_p95_ms", "latency_p99_ms", "deadletter_depth";
 * each per integration (or source), `integration` empty for a total.
 */
struct MetricPoint {
    qint64 timeMs = 0;
    double value = 0;
    bool operator==(const MetricPoint &) const = default;
};

struct MetricHistorySeries {
    QString metric; ///< one of the names above
    QString integration; ///< empty: over all
    QList<MetricPoint> points;

    QJsonObject toJson() const;
    static std::optional<MetricHistorySeries> fromJson(const QJsonObject &o);
    bool operator==(const MetricHistorySeries &) const = default;
};

struct MetricHistoryRequest {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 0; ///< 0: the server picks (about 300 points over the range)
};

struct MetricHistory {
    qint64 fromMs = 0;
    qint64 toMs = 0;
    qint64 stepMs = 0;
    QList<MetricHistorySeries> series;

    QJsonObject toJson() const;
    static std::optional<MetricHistory> fromJson(const QJsonObject &o);
    bool operator==(const MetricHistory &) const = default;
};

/** Breaker transitions of every breaker inside a time range, oldest first. */
struct BreakerTransitionLog {
    struct Entry {
        QString breaker;
        BreakerTransition transition;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> items;

    QJsonObject toJson() const;
    static std::optional<BreakerTransitionLog> fromJson(const QJsonObject &o);
    bool operator==(const BreakerTransitionLog &) const = default;
};
