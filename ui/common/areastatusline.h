// SPDX-License-Identifier: MIT
#pragma once

#include "models/dataage.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;
class Workspace;

/**
 * The line above a view's table: how old the area's data is (Workspace::
 * dataAge, refreshed each second) and, when actions are unavailable, why
 * ("back end unreachable", "read-only profile"), in a warning colour. Views
 * follow availabilityChanged() to grey out their actions, so stale data is
 * never presented as live and acted on.
 */
class AreaStatusLine : public QWidget {
    Q_OBJECT
public:
    AreaStatusLine(DataArea area, QWidget *parent = nullptr);

    /** Not owned; may be nullptr. */
    void setWorkspace(Workspace *workspace);
    /** Empty when actions are available (or no back end is shown). */
    QString unavailableReason() const { return m_reason; }
    bool actionsAvailable() const;
    /** The data-age text shown right now. */
    QString ageText() const;

Q_SIGNALS:
    void availabilityChanged(bool available, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    /** Every text here is computed by refresh(), in the current language. */
    void retranslateUi() { refresh(); }

    DataArea m_area;
    QPointer<Workspace> m_workspace;
    QString m_reason;
    QLabel *m_age;
    QLabel *m_unavailable;
    QTimer *m_timer;
};
