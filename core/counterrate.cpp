// SPDX-License-Identifier: MIT
#include "core/counterrate.h"

#include <cmath>

std::optional<double> CounterRate::update(const MetricSeriesKey &key, double value, qint64 timeMs)
{
    if (std::isnan(value))
        return std::nullopt;
    const auto it = m_last.find(key);
    if (it == m_last.end()) {
        m_last.insert(key, { value, timeMs });
        return std::nullopt;
    }
    const qint64 elapsedMs = timeMs - it->timeMs;
    if (elapsedMs == 0)
        return std::nullopt;
    const Point previous = *it;
    *it = { value, timeMs };
    if (elapsedMs < 0)
        return std::nullopt;
    const double increase = value >= previous.value ? value - previous.value : value;
    return increase * 1000.0 / double(elapsedMs);
}

std::optional<double> CounterRate::update(const MetricSample &sample, qint64 scrapeTimeMs)
{
    return update(sample.key(), sample.value, sample.timestampMs.value_or(scrapeTimeMs));
}

void CounterRate::forgetOlderThan(qint64 timeMs)
{
    m_last.removeIf([timeMs](const auto &entry) { return entry.value().timeMs < timeMs; });
}
