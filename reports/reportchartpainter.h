// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportchart.h"

#include <QLocale>
#include <QRectF>
#include <QString>

class QPainter;

/**
 * Draws a ReportChart as vectors: with QPainter paths (the PDF) or as an
 * inline SVG element (the HTML). Axes, five gridlines, time labels (UTC) and
 * a legend; numbers and times in `locale`. Any thread.
 */
class ReportChartPainter {
public:
    static void paint(
        QPainter &painter, const QRectF &rect, const ReportChart &chart, const QLocale &locale);
    /** An `<svg>` element of `width` x `height` px with every text escaped. */
    static QString svg(const ReportChart &chart, int width, int height, const QLocale &locale);

    /** A tick label of a time axis: a time for ranges up to two days, else a date and time. */
    static QString timeLabel(qint64 ms, qint64 rangeMs, const QLocale &locale);
    static QString valueLabel(double value, const QLocale &locale);
};
