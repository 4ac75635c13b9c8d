// SPDX-License-Identifier: MIT
#pragma once

#include "core/metrichistory.h" // MetricPoint (16 bytes; NaN value: no value at this time)

#include <QtGlobal>
#include <memory>

/**
 * The recent history of one metric: a fixed-capacity ring buffer of points in
 * time order. The memory is taken once at construction (16 bytes a point:
 * 3600 points, one hour at one scrape a second, is 57,600 bytes) and append()
 * never allocates; when full, the oldest point makes room.
 *
 * Indexes run from 0 (oldest) to size() - 1 (newest). Not thread-safe: owned
 * and read on one thread (the GUI thread, via MetricsStore).
 */
class MetricSeries {
public:
    explicit MetricSeries(qsizetype capacity = 3600);
    // Not copyable: a copy is 57 KB that nobody should make by accident.
    MetricSeries(const MetricSeries &) = delete;
    MetricSeries &operator=(const MetricSeries &) = delete;
    MetricSeries(MetricSeries &&) noexcept = default;
    MetricSeries &operator=(MetricSeries &&) noexcept = default;
    ~MetricSeries() = default;

    /**
     * Adds a point after the newest one, O(1). A point not newer than the
     * newest is refused (returns false): times must grow for range queries.
     */
    bool append(qint64 timeMs, double value);
    void clear();

    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    bool isEmpty() const { return m_size == 0; }
    /** Point `i`, 0 being the oldest kept. */
    const MetricPoint &at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        qsizetype slot = m_head + i;
        if (slot >= m_capacity)
            slot -= m_capacity;
        return m_points[slot];
    }
    const MetricPoint &first() const { return at(0); }
    const MetricPoint &last() const { return at(m_size - 1); }

    /** Index of the first point at or after `timeMs` (size() if none), O(log n). */
    qsizetype lowerBound(qint64 timeMs) const;
    /** Index of the first point after `timeMs` (size() if none), O(log n). */
    qsizetype upperBound(qint64 timeMs) const;
    /** How many points lie in [fromMs, toMs]. */
    qsizetype countInRange(qint64 fromMs, qint64 toMs) const;
    /** Index of the point closest in time to `timeMs` (hover read-out); -1 when empty. */
    qsizetype nearest(qint64 timeMs) const;

private:
    std::unique_ptr<MetricPoint[]> m_points;
    qsizetype m_capacity = 0;
    qsizetype m_head = 0; // slot of the oldest point
    qsizetype m_size = 0;
};
