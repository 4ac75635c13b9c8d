// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/**
 * Paints a table cell as one clipped line of plain text: background,
 * selection and the display text, nothing else.
 *
 * Why: profiling the dead-letter table showed QStyledItemDelegate's text
 * elision dominating the paint of a screenful of rows (it lays a long error
 * message out several times to find where to cut). Clipping instead of
 * eliding, and never laying out more characters than the cell can show,
 * keeps scrolling a million rows smooth. Icons, check boxes and editing are
 * not supported; use it on read-only text tables only.
 */
class CompactCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
