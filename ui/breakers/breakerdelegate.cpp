// SPDX-License-Identifier: MIT
#include "ui/breakers/breakerdelegate.h"

#include "models/breakermodel.h"

#include <QApplication>
#include <QPainter>

QColor BreakerDelegate::stateColor(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return QColor(0x2e, 0x7d, 0x32);
    case BreakerState::Open:
        return QColor(0xc6, 0x28, 0x28);
    case BreakerState::HalfOpen:
        return QColor(0xef, 0x8f, 0x00);
    case BreakerState::ForcedOpen:
        return QColor(0x6a, 0x1b, 0x9a);
    case BreakerState::Disabled:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
}

void BreakerDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(BreakerModel::OverThresholdRole).toBool()) {
        option->font.setBold(true);
        option->palette.setColor(QPalette::Text, QColor(0xb0, 0x00, 0x20));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xd6, 0xd6));
    }
}

void BreakerDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != BreakerModel::StateColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // Background and selection as usual, then the pill instead of the text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = BreakerState(index.data(BreakerModel::StateRole).toInt());
    QFont bold = opt.font;
    bold.setBold(true);
    // Measured in the font it is drawn in: longer words (German, Romanian) must not be clipped.
    const QFontMetrics fm(bold);
    const int width = std::min(fm.horizontalAdvance(text) + 16, option.rect.width() - 6);
    const QRect pill(
        option.rect.left() + 3, option.rect.top() + 3, width, option.rect.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(stateColor(state));
    painter->drawRoundedRect(pill, pill.height() / 2.0, pill.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(bold);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

QSize BreakerDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == BreakerModel::StateColumn) {
        QFont bold = option.font;
        bold.setBold(true);
        size.setWidth(std::max(
            size.width(), QFontMetrics(bold).horizontalAdvance(index.data().toString()) + 16 + 6));
    }
    return size;
}
