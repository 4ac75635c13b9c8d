// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

/** One bucket of a Prometheus histogram: how many observations were <= upperBound (cumulative). */
struct HistogramBucket {
    double upperBound = 0;
    double count = 0;
    bool operator==(const HistogramBucket &) const = default;
};

/**
 * Quantiles from the cumulative buckets of a Prometheus histogram, computed
 * exactly as Prometheus' histogram_quantile() does, so the console and a
 * Grafana panel over the same data agree.
 *
 * Live charts want the quantile of the last scrape interval, not of
 * everything since the back end started: take delta() of two scrapes first.
 */
class HistogramQuantile {
public:
    /**
     * The q-quantile (0 <= q <= 1) by linear interpolation inside the bucket
     * that holds it, the lowest bucket starting at 0. Buckets may come in any
     * order; equal bounds are summed and counts forced monotonic. Returns NaN
     * when there is no +Inf bucket, fewer than two buckets, or no observation;
     * -Inf for q < 0, +Inf for q > 1. A quantile that falls in the +Inf bucket
     * is the highest finite bound: the histogram cannot say more.
     */
    static double quantile(double q, QList<HistogramBucket> buckets);

    /** The buckets sorted by bound, equal bounds summed (series that differ only in a dropped
     * label). */
    static QList<HistogramBucket> merged(QList<HistogramBucket> buckets);

    /**
     * The observations made between two scrapes of one histogram. When the
     * counts went down or the bucket layout changed, the back end restarted:
     * everything in `current` is new, so `current` is returned as it is.
     */
    static QList<HistogramBucket> delta(
        const QList<HistogramBucket> &current, const QList<HistogramBucket> &previous);
};
