// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"
#include "reports/reportrenderer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

/**
 * The report as one self-contained HTML file: inline CSS, charts as inline
 * SVG, no script, no external file; every text escaped. Sections carry ids
 * (summary, charts, breakers, transitions, syncs, deadletters,
 * operator-actions) so tools can find them.
 */
class HtmlReportWriter {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    static QString html(const ReportData &data, const QLocale &locale,
        const ReportRenderer::Progress &progress = {}, bool *cancelled = nullptr);
    /** Fails with a message for a person (translated). */
    static Result<void, QString> write(const ReportData &data, const QLocale &locale,
        const QString &path, const ReportRenderer::Progress &progress);
    /** The `id` of a section in the HTML. */
    static QString sectionId(int section);
};
