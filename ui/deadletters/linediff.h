// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * A line diff of two texts, for showing an operator what an edit changed
 * before it is sent: unchanged, removed and added lines in reading order.
 *
 * Common leading and trailing lines are matched first; the changed middle
 * is aligned by longest common subsequence while it stays under
 * MaxCells line pairs (a few MB of work). A larger middle is shown as all
 * removed then all added: still true, only less precise, and never a freeze
 * on the GUI thread for a huge payload.
 */
class LineDiff {
public:
    enum class Kind { Same, Removed, Added };
    struct Line {
        Kind kind = Kind::Same;
        QString text;
        bool operator==(const Line &) const = default;
    };

    /** Line pairs the LCS alignment may examine. */
    static constexpr qsizetype MaxCells = 4'000'000;

    static QList<Line> compute(const QString &before, const QString &after);
    /** True when some line was added or removed. */
    static bool hasChanges(const QList<Line> &lines);
};
