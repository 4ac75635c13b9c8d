// SPDX-License-Identifier: MIT
#pragma once

#include "core/metricsample.h"

#include <QHash>
#include <optional>

/**
 * Turns cumulative counters into per-second rates between consecutive
 * scrapes, the way Prometheus' rate() treats two neighbouring points: a value
 * lower than the previous one means the counter restarted from zero (the back
 * end restarted), so the increase is the new value itself.
 *
 * Each series is known by its name and label set, whatever order the labels
 * came in. Not thread-safe: one instance per scrape stream, used on one thread.
 */
class CounterRate {
public:
    /**
     * Feeds the value of counter `key` at `timeMs` (ms since the epoch) and
     * returns its rate in units per second since the previous value. No rate
     * (nullopt) for the first value of a series, for a NaN value (ignored), for
     * a value at the same time as the previous one (ignored) and for one that
     * is older (it starts the series over: the back end's clock went back).
     */
    std::optional<double> update(const MetricSeriesKey &key, double value, qint64 timeMs);
    /** The same for a scraped sample: its own timestamp if the exposition gave one, else
     * `scrapeTimeMs`. */
    std::optional<double> update(const MetricSample &sample, qint64 scrapeTimeMs);

    /** Forgets series last updated before `timeMs`, so label churn cannot grow the table forever.
     */
    void forgetOlderThan(qint64 timeMs);
    qsizetype size() const { return m_last.size(); }
    void clear() { m_last.clear(); }

private:
    struct Point {
        double value = 0;
        qint64 timeMs = 0;
    };
    QHash<MetricSeriesKey, Point> m_last;
};
