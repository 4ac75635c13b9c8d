// SPDX-License-Identifier: MIT
#include "core/histogramquantile.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace {

bool byBound(const HistogramBucket &a, const HistogramBucket &b)
{
    return a.upperBound < b.upperBound;
}

} // namespace

double HistogramQuantile::quantile(double q, QList<HistogramBucket> buckets)
{
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (std::isnan(q))
        return std::numeric_limits<double>::quiet_NaN();
    if (q < 0)
        return -inf;
    if (q > 1)
        return inf;
    buckets = merged(std::move(buckets));
    if (buckets.isEmpty() || buckets.last().upperBound != inf)
        return std::numeric_limits<double>::quiet_NaN();
    // Buckets scraped while observations arrive can be a little out of step; cumulative counts
    // never fall.
    double highest = -inf;
    for (HistogramBucket &b : buckets) {
        if (b.count > highest)
            highest = b.count;
        else
            b.count = highest;
    }
    if (buckets.size() < 2)
        return std::numeric_limits<double>::quiet_NaN();
    const double observations = buckets.last().count;
    if (!(observations > 0))
        return std::numeric_limits<double>::quiet_NaN();

    double rank = q * observations;
    const auto finiteEnd = buckets.cend() - 1;
    const qsizetype b = std::find_if(buckets.cbegin(), finiteEnd, [rank](const HistogramBucket &x) {
        return x.count >= rank;
    }) - buckets.cbegin();
    if (b == buckets.size() - 1)
        return buckets[b - 1].upperBound;
    if (b == 0 && buckets[0].upperBound <= 0)
        return buckets[0].upperBound;
    double bucketStart = 0;
    double count = buckets[b].count;
    if (b > 0) {
        bucketStart = buckets[b - 1].upperBound;
        count -= buckets[b - 1].count;
        rank -= buckets[b - 1].count;
    }
    return bucketStart + (buckets[b].upperBound - bucketStart) * (rank / count);
}

QList<HistogramBucket> HistogramQuantile::merged(QList<HistogramBucket> buckets)
{
    std::sort(buckets.begin(), buckets.end(), byBound);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        if (kept > 0 && buckets[kept - 1].upperBound == buckets[i].upperBound)
            buckets[kept - 1].count += buckets[i].count;
        else
            buckets[kept++] = buckets[i];
    }
    buckets.resize(kept);
    return buckets;
}

QList<HistogramBucket> HistogramQuantile::delta(
    const QList<HistogramBucket> &current, const QList<HistogramBucket> &previous)
{
    QList<HistogramBucket> before = previous;
    QList<HistogramBucket> now = current;
    std::sort(before.begin(), before.end(), byBound);
    std::sort(now.begin(), now.end(), byBound);
    if (before.size() != now.size())
        return current;
    for (qsizetype i = 0; i < now.size(); ++i) {
        if (now[i].upperBound != before[i].upperBound || now[i].count < before[i].count)
            return current;
        now[i].count -= before[i].count;
    }
    return now;
}
