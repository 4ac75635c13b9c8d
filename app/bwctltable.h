// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A plain-text table for a terminal: a header row, then one line per row,
 * each column as wide as its widest cell, two spaces between columns and no
 * trailing spaces. Cells are shown as given except that line breaks become
 * spaces, so one row is always one line (what `grep` and `wc -l` expect).
 *
 * Widths count UTF-16 code units, which matches the terminal for the Latin
 * text, numbers and times bwctl prints.
 */
class BwctlTable {
public:
    explicit BwctlTable(const QStringList &headers);

    /** Numbers read better right-aligned; columns are left-aligned by default. */
    void setRightAligned(int column, bool right = true);
    /** Missing cells are empty; extra cells are dropped. */
    void addRow(QStringList cells);
    qsizetype rowCount() const { return m_rows.size(); }

    /** The header and the rows, each line ending in '\n'. */
    QString toString() const;

    /** `text` on one line, cut to at most `maxLength` characters with a trailing "…". */
    static QString elided(const QString &text, int maxLength);

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
};
