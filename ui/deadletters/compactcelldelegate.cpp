// SPDX-License-Identifier: MIT
#include "ui/deadletters/compactcelldelegate.h"

#include <QPainter>

void CompactCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Active)
        ? QPalette::Active
        : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    else if (option.features.testFlag(QStyleOptionViewItem::Alternate))
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::AlternateBase));

    QString text = index.data(Qt::DisplayRole).toString();
    const QRect textRect = option.rect.adjusted(4, 0, -4, 0);
    // No glyph is narrower than 2 px: characters past that many cannot show, so skip laying them out.
    const qsizetype fits = qMax(1, textRect.width() / 2);
    if (text.size() > fits)
        text.truncate(fits);
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const int horizontal = alignment.isValid() ? alignment.toInt() & Qt::AlignHorizontal_Mask
                                               : int(Qt::AlignLeft);
    const int flags = horizontal | Qt::AlignVCenter | Qt::TextSingleLine;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, flags, text);
}
