// SPDX-License-Identifier: MIT
#include "models/seriesdecimator.h"

#include "models/metricseries.h"

#include <algorithm>
#include <cmath>

qsizetype SeriesDecimator::decimate(
    const MetricSeries &series, qint64 fromMs, qint64 toMs, int pixelWidth, QList<QPointF> &out)
{
    out.clear();
    if (pixelWidth <= 0 || toMs < fromMs)
        return 0;
    const qsizetype begin = series.lowerBound(fromMs);
    const qsizetype end = series.upperBound(toMs);
    if (begin >= end)
        return 0;
    out.reserve(std::min<qsizetype>(end - begin, 4 * qsizetype(pixelWidth)));

    const qint64 span = toMs - fromMs;
    const auto columnOf = [&](qint64 timeMs) {
        if (span == 0)
            return qint64(0);
        return std::min<qint64>((timeMs - fromMs) * pixelWidth / span, pixelWidth - 1);
    };
    const auto emitPoint = [&](qsizetype i) {
        const MetricPoint &p = series.at(i);
        out.append(QPointF(double(p.timeMs), p.value));
    };

    qint64 column = -1;
    qsizetype first = -1, low = -1, high = -1, last = -1;
    const auto flush = [&] {
        if (first < 0)
            return;
        emitPoint(first);
        // first <= low, high <= last: the extremes go between, earlier one first, none twice.
        const qsizetype a = std::min(low, high);
        const qsizetype b = std::max(low, high);
        if (a != first && a != last)
            emitPoint(a);
        if (b != a && b != first && b != last)
            emitPoint(b);
        if (last != first)
            emitPoint(last);
    };
    for (qsizetype i = begin; i < end; ++i) {
        const MetricPoint &p = series.at(i);
        if (std::isnan(p.value))
            continue;
        const qint64 c = columnOf(p.timeMs);
        if (c != column) {
            flush();
            column = c;
            first = low = high = last = i;
            continue;
        }
        last = i;
        if (p.value < series.at(low).value)
            low = i;
        if (p.value > series.at(high).value)
            high = i;
    }
    flush();
    return out.size();
}
