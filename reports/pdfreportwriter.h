// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"
#include "reports/reportrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/**
 * The report as an A4 PDF (QPdfWriter + QPainter): vector charts, a header
 * with "Page N of M" on every page, tables that continue on the next page
 * with their header repeated. Dead letters appear as groups, with samples of
 * the largest groups only, so 10,000 letters stay a short document.
 *
 * Laid out twice: a first pass counts the pages, the second paints them.
 */
class PdfReportWriter {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    /** Groups that get sample letters in the PDF, and samples each. */
    static constexpr int sampledGroups = 20;
    static constexpr int samplesPerGroup = 2;

    /** Fails with a message for a person (translated). */
    static Result<void, QString> write(const ReportData &data, const QLocale &locale,
        const QString &path, const ReportRenderer::Progress &progress);
};
