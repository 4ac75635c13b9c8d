// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

/**
 * One of a report's charts, ready to draw: series already decimated to about
 * one min/max pair per pixel column, so a day of 10 s points (8,640 per
 * series) draws as a few hundred vertices in the PDF and the SVG.
 * x is epoch ms, y in the chart's unit.
 */
struct ReportChart {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    struct Series {
        QString label;
        QString color; ///< "#rrggbb"
        QList<QPointF> points;
        bool stepped = false; ///< a state that holds until the next point (open breakers)
    };

    QString title;
    QString unit;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    double yMax = 1; ///< the top of the axis, > 0
    QList<Series> series;

    /** Request rate, error ratio, latency p50/p95/p99, p95 per integration, dead-letter depth, open
     * breakers. */
    static QList<ReportChart> fromReport(const ReportData &data, int columns = 500);

    /**
     * The first, min, max and last point of each of `columns` equal time
     * slices (in time order): the shape a line chart shows at that width.
     */
    static QList<QPointF> decimated(
        const QList<MetricPoint> &points, qint64 fromMs, qint64 toMs, int columns);

    /** "#rrggbb" of the i-th series. */
    static QString paletteColor(int i);
};
