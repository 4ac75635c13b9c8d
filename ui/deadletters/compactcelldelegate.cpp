// SPDX-License-Identifier: MIT
#include "ui/deadletters/compactcelldelegate.h"

#include <QPainter>

void CompactCellDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group
        = option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    else if (option.features.testFlag(QStyleOptionViewItem::Alternate))
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::AlternateBase));

    const QRect textRect = option.rect.adjusted(padding, 0, -padding, 0);
    const QString text = shownText(index, textRect.width());
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    const int horizontal
        = alignment.isValid() ? alignment.toInt() & Qt::AlignHorizontal_Mask : int(Qt::AlignLeft);
    const int flags = horizontal | Qt::AlignVCenter | Qt::TextSingleLine;
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->setFont(option.font);
    painter->drawText(textRect, flags, text);
}

QString CompactCellDelegate::shownText(const QModelIndex &index, int width) const
{
    QString text = index.data(m_textRole).toString();
    // No glyph is narrower than 2 px: characters past that many cannot show, so skip laying them
    // out.
    qsizetype shown = qMin(text.size(), qsizetype(qMax(1, width / 2)));
    // One line per row: a multi-line message (RabbitMQ's "Dead-lettered from orders (rejected)"
    // with the headers under it) shows its first line, not its lines run together.
    const qsizetype newline = QStringView(text).left(shown).indexOf(u'\n');
    if (newline >= 0)
        shown = newline;
    text.truncate(shown);
    return text;
}
