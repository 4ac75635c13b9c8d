// SPDX-License-Identifier: MIT
#pragma once

#include "core/result.h"
#include "reports/reportdata.h"

#include <QLocale>
#include <QString>
#include <functional>
#include <optional>

/** The formats a report is written in. */
enum class ReportFormat { Pdf, Html, Csv, Json };
/** "pdf", "html", "csv", "json": command-line and file-dialog names. */
QString reportFormatName(ReportFormat format);
std::optional<ReportFormat> reportFormatFromName(QStringView name);

/**
 * Writes one ReportData to a file, synchronously: call it off the GUI thread
 * (ReportRenderJob does). Any thread; needs a QGuiApplication for PDF (fonts),
 * the offscreen platform is enough.
 *
 * - Pdf: A4, vector charts, a header and "Page N of M" on every page; dead
 *   letters as groups with samples (the full list only in CSV and JSON).
 * - Html: one self-contained file, charts as inline SVG.
 * - Csv: a directory of one file per table, or a zip when `path` ends in ".zip".
 * - Json: ReportData::toJson(), indented.
 *
 * Text is translated with QCoreApplication::translate("Report", ...) through
 * the translators installed when render() runs; dates and numbers use `locale`.
 */
class ReportRenderer {
public:
    /** Called with 0..100; return false to stop (render() then fails with "cancelled"). */
    using Progress = std::function<bool(int percent)>;

    explicit ReportRenderer(const ReportData &data, const QLocale &locale = QLocale());

    /** Fails with a message for a person (translated) when the file could not be written or the
     * run was stopped. */
    Result<void, QString> render(
        ReportFormat format, const QString &path, const Progress &progress = {}) const;

private:
    const ReportData &m_data;
    QLocale m_locale;
};
