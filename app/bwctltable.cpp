// SPDX-License-Identifier: MIT
#include "app/bwctltable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(u"\r\n"_s, u" "_s);
    line.replace(u'\n', u' ');
    line.replace(u'\r', u' ');
    line.replace(u'\t', u' ');
    return line;
}

} // namespace

BwctlTable::BwctlTable(const QStringList &headers)
    : m_headers(headers)
    , m_rightAligned(headers.size(), false)
{
}

void BwctlTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = right;
}

void BwctlTable::addRow(QStringList cells)
{
    cells.resize(m_headers.size());
    for (QString &cell : cells)
        cell = oneLine(cell);
    m_rows.append(std::move(cells));
}

QString BwctlTable::toString() const
{
    QList<qsizetype> widths(m_headers.size());
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        widths[c] = m_headers.at(c).size();
        for (const QStringList &row : m_rows)
            widths[c] = std::max(widths[c], row.at(c).size());
    }

    QString text;
    const auto appendLine = [&](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (c > 0)
                line += u"  "_s;
            const bool last = c + 1 == cells.size();
            if (m_rightAligned.at(c))
                line += cells.at(c).rightJustified(widths.at(c));
            else
                line += last ? cells.at(c) : cells.at(c).leftJustified(widths.at(c));
        }
        text += line + u'\n';
    };
    appendLine(m_headers);
    for (const QStringList &row : m_rows)
        appendLine(row);
    return text;
}

QString BwctlTable::elided(const QString &text, int maxLength)
{
    const QString line = oneLine(text).simplified();
    if (line.size() <= maxLength || maxLength < 1)
        return line;
    return line.left(maxLength - 1) + u'…';
}
