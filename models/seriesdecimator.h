// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointF>

class MetricSeries;

/**
 * Reduces a time range of a series to what a line chart `pixelWidth` columns
 * wide can show, so a chart gets at most four points per column however long
 * the window.
 *
 * The method is M4 (Jugel et al., "M4: A Visualization-Oriented Time Series
 * Data Aggregation", VLDB 2014): per pixel column keep the first, the lowest,
 * the highest and the last point, in time order. We chose it over LTTB
 * because a line through M4's points lights the same pixels as a line
 * through all the points: a one-second error spike keeps its full height and
 * hovering reads the real peak. LTTB keeps one point per bucket chosen by
 * triangle area, so it can drop a bucket's minimum or maximum; it also costs
 * floating-point area maths per point, where M4 is one pass of comparisons.
 */
class SeriesDecimator {
public:
    /**
     * Writes the M4 points of `series` within [fromMs, toMs] into `out`, as
     * (time in ms since the epoch, value), in time order; NaN values (no data)
     * are left out. `out` is cleared but keeps its capacity, so the chart's
     * list is reused tick after tick and no point costs an allocation; hand it
     * to QXYSeries::replace() once per tick. Returns the number of points.
     */
    static qsizetype decimate(const MetricSeries &series, qint64 fromMs, qint64 toMs,
        int pixelWidth, QList<QPointF> &out);
};
