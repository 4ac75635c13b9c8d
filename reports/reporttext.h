// SPDX-License-Identifier: MIT
#pragma once

#include "reports/reportdata.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPair>
#include <QString>
#include <QStringList>

/**
 * The words and figures every human-readable format shares (PDF, HTML, the
 * CSV summary), so they say the same thing: section titles, headline
 * figures, the redaction statement, dates (UTC) and numbers in `locale`.
 * Translated in the "Report" context when called.
 */
class ReportText {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    enum class Section {
        Summary,
        Charts,
        Breakers,
        Transitions,
        Syncs,
        DeadLetters,
        OperatorActions
    };
    static QString sectionTitle(Section section);
    static QList<Section> sections();

    static QString title();
    static QString dateTime(qint64 ms, const QLocale &locale);
    static QString range(const ReportData &data, const QLocale &locale);
    /** "Redaction: 12 values hidden (fields: ...; patterns: ...)": the first page says it. */
    static QString redactionStatement(const ReportData &data, const QLocale &locale);

    /** Requests estimated from the recorded rate; -1 when there is no history. */
    static double requestCount(const ReportData &data);
    /** Failed over all calls in the range, 0..1; -1 when unknown. */
    static double errorRatio(const ReportData &data);
    /** Transitions to OPEN or FORCED_OPEN in the range. */
    static int breakersOpened(const ReportData &data);
    /** Label and value pairs of the summary's headline figures. */
    static QList<QPair<QString, QString>> headline(const ReportData &data, const QLocale &locale);

    /** A table as people read it; `widths` are relative column widths. */
    struct Table {
        QStringList headers;
        QList<double> widths;
        QList<QStringList> rows;
    };
    static Table breakersTable(const ReportData &data, const QLocale &locale);
    static Table transitionsTable(const ReportData &data, const QLocale &locale);
    static Table syncsTable(const ReportData &data, const QLocale &locale);
    static Table groupsTable(const ReportData &data, const QLocale &locale);
    static Table operatorActionsTable(const ReportData &data, const QLocale &locale);
    /** Headers of one sample letter, one "Name: value" line each. */
    static QStringList headerLines(const DeadLetter &letter);
    /** The first `maxLines` lines of a payload (pretty-printed when JSON), each cut at
     * `maxColumns`. */
    static QStringList payloadExcerpt(const QByteArray &payload, int maxLines, int maxColumns);

    static QString breakerState(BreakerState state);
    static QString syncState(SyncState state);
    static QString percent(double ratio, const QLocale &locale);
};
