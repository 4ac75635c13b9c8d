// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a table cell as one clipped line of plain text: background,
 * selection and the display text (its first line), nothing else.
 *
 * Why: profiling the dead-letter table showed QStyledItemDelegate's text
 * elision dominating the paint of a screenful of rows (it lays a long error
 * message out several times to find where to cut). Clipping instead of
 * eliding, and never laying out more characters than the cell can show,
 * keeps scrolling a million rows smooth. Icons, check boxes and editing are
 * not supported; use it on read-only text tables only.
 */
class CompactCellDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /** Pixels left free on each side of a cell's text: a column is wide enough for a text this much
     * wider. */
    static constexpr int padding = 4;

    /**
     * The role whose text a cell shows (Qt::DisplayRole by default). A model that flattens a
     * multi-line text for display can name the role with the text as it is: the cell then shows its
     * first line.
     */
    void setTextRole(int role) { m_textRole = role; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    /** The text painted for `index` in a cell whose text area is `width` pixels wide. */
    QString shownText(const QModelIndex &index, int width) const;

private:
    int m_textRole = Qt::DisplayRole;
};
