// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"

#include <QColor>
#include <QStyledItemDelegate>

/**
 * Paints the Breakers table: the state column as a coloured pill (closed
 * green, open red, half open amber, forced open purple, disabled grey) and
 * rates at or over their threshold in bold red (BreakerModel::OverThresholdRole).
 */
class BreakerDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor stateColor(BreakerState state);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    /** The state column fits its pill: the bold word plus padding ("Geschlossen", "Semideschis").
     */
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};
