// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>
#include <QEvent>

/**
 * For a model's event(): on QEvent::LanguageChange, announces that every
 * horizontal header changed, so header views re-read the translated titles
 * and re-measure their sections. Models get the event from the object that
 * owns them: a window passes it to its child objects, the Workspace to its
 * models. Cells need nothing: the views repaint, and data() translates.
 */
inline void retranslateHeaders(QAbstractItemModel *model, const QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && model->columnCount() > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
}
