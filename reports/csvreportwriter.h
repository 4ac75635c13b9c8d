// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"
#include "reports/reportrenderer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

/**
 * The report as CSV for spreadsheets and scripts: one RFC 4180 file (UTF-8,
 * CRLF) per table, written into a directory, or into a zip when the path
 * ends in ".zip". Values are machine values (RFC 3339 UTC times, plain
 * numbers), column names in English: summary, metrics, breakers,
 * transitions, syncs, deadletter_groups, deadletters (every summary in
 * range), deadletter_samples, operator_actions.
 */
class CsvReportWriter {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    /** File name and content of each table. */
    static QList<QPair<QString, QByteArray>> files(const ReportData &data);
    /** Fails with a message for a person (translated) when a file could not be written or the
     * run was stopped. */
    static Result<void, QString> write(
        const ReportData &data, const QString &path, const ReportRenderer::Progress &progress);
};
