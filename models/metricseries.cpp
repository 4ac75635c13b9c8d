// SPDX-License-Identifier: MIT
#include "models/metricseries.h"

#include <algorithm>

namespace {

/** Index of the first point whose time is not `before` (times are sorted, so `before` holds for a
 * prefix). */
template<typename Before> qsizetype partitionPoint(const MetricSeries &series, Before before)
{
    qsizetype low = 0;
    qsizetype high = series.size();
    while (low < high) {
        const qsizetype mid = low + (high - low) / 2;
        if (before(series.at(mid).timeMs))
            low = mid + 1;
        else
            high = mid;
    }
    return low;
}

} // namespace

MetricSeries::MetricSeries(qsizetype capacity)
    : m_points(std::make_unique<MetricPoint[]>(size_t(std::max<qsizetype>(capacity, 1))))
    , m_capacity(std::max<qsizetype>(capacity, 1))
{
}

bool MetricSeries::append(qint64 timeMs, double value)
{
    if (m_size > 0 && timeMs <= last().timeMs)
        return false;
    if (m_size < m_capacity) {
        qsizetype slot = m_head + m_size;
        if (slot >= m_capacity)
            slot -= m_capacity;
        m_points[slot] = { timeMs, value };
        ++m_size;
    } else {
        m_points[m_head] = { timeMs, value };
        if (++m_head == m_capacity)
            m_head = 0;
    }
    return true;
}

void MetricSeries::clear()
{
    m_head = 0;
    m_size = 0;
}

qsizetype MetricSeries::lowerBound(qint64 timeMs) const
{
    return partitionPoint(*this, [timeMs](qint64 t) { return t < timeMs; });
}

qsizetype MetricSeries::upperBound(qint64 timeMs) const
{
    return partitionPoint(*this, [timeMs](qint64 t) { return t <= timeMs; });
}

qsizetype MetricSeries::countInRange(qint64 fromMs, qint64 toMs) const
{
    if (toMs < fromMs)
        return 0;
    return upperBound(toMs) - lowerBound(fromMs);
}

qsizetype MetricSeries::nearest(qint64 timeMs) const
{
    if (m_size == 0)
        return -1;
    const qsizetype after = lowerBound(timeMs);
    if (after == 0)
        return 0;
    if (after == m_size)
        return m_size - 1;
    return (timeMs - at(after - 1).timeMs) <= (at(after).timeMs - timeMs) ? after - 1 : after;
}
