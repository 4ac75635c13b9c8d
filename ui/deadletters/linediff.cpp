// SPDX-License-Identifier: MIT
#include "ui/deadletters/linediff.h"

#include <algorithm>
#include <vector>

QList<LineDiff::Line> LineDiff::compute(const QString &before, const QString &after)
{
    const QStringList a = before.split(u'\n');
    const QStringList b = after.split(u'\n');
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a.at(head) == b.at(head))
        ++head;
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.at(a.size() - 1 - tail) == b.at(b.size() - 1 - tail))
        ++tail;

    QList<Line> out;
    out.reserve(a.size() + b.size());
    for (qsizetype i = 0; i < head; ++i)
        out.append({ Kind::Same, a.at(i) });

    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n > 0 && m > 0 && n * m <= MaxCells) {
        // lcs[i][j]: common lines of a[head+i..] and b[head+j..], row-major in one block.
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                lcs[at(i, j)] = a.at(head + i) == b.at(head + j)
                    ? lcs[at(i + 1, j + 1)] + 1
                    : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
            }
        }
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n && j < m) {
            if (a.at(head + i) == b.at(head + j)) {
                out.append({ Kind::Same, a.at(head + i) });
                ++i;
                ++j;
            } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
                out.append({ Kind::Removed, a.at(head + i++) });
            } else {
                out.append({ Kind::Added, b.at(head + j++) });
            }
        }
        for (; i < n; ++i)
            out.append({ Kind::Removed, a.at(head + i) });
        for (; j < m; ++j)
            out.append({ Kind::Added, b.at(head + j) });
    } else {
        for (qsizetype i = 0; i < n; ++i)
            out.append({ Kind::Removed, a.at(head + i) });
        for (qsizetype j = 0; j < m; ++j)
            out.append({ Kind::Added, b.at(head + j) });
    }

    for (qsizetype i = a.size() - tail; i < a.size(); ++i)
        out.append({ Kind::Same, a.at(i) });
    return out;
}

bool LineDiff::hasChanges(const QList<Line> &lines)
{
    return std::any_of(
        lines.cbegin(), lines.cend(), [](const Line &line) { return line.kind != Kind::Same; });
}
