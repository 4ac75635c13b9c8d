// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

/** Draws SyncJobModel's progress column as a progress bar (ProgressRole, 0..1) with its text. */
class SyncProgressDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
};
