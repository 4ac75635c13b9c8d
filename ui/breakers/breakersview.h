// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"

#include <QPointer>
#include <QWidget>

class AreaStatusLine;
class BreakerTimeline;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

/**
 * The Breakers area: every breaker of the selected back end with its state
 * in colour, rates against thresholds, window counts and time to the next
 * probe; the selected breaker's transitions below. Reset, force open,
 * disable and release act on every selected breaker after one
 * ConfirmActionDialog, through Workspace::actOnBreaker. The actions are
 * greyed out (with the reason as tooltip) while the back end cannot take them.
 */
class BreakersView : public QWidget {
    Q_OBJECT
public:
    explicit BreakersView(QWidget *parent = nullptr);

    /** Not owned; may be nullptr. */
    void setWorkspace(Workspace *workspace);
    /** Narrows the table to breakers whose name or integration contains `text`. */
    void setFilter(const QString &text);
    /** Names of the selected breakers, in table order. */
    QStringList selectedBreakers() const;
    /** Asks to act on the selection; returns the open confirmation (nullptr if nothing selected).
     */
    QWidget *requestAction(BreakerAction action);
    /** Ctrl+R: reset the selection. */
    void resetSelected() { requestAction(BreakerAction::Reset); }

    QAction *action(BreakerAction action) const;
    /** "Reset selected…": one server-side bulk operation (reset-breakers) after a dry run. */
    QAction *bulkResetAction() const { return m_bulkReset; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void onSelectionChanged();

    QPointer<Workspace> m_workspace;
    AreaStatusLine *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    BreakerTimeline *m_timeline;
    QAction *m_actions[4];
    QStringList m_keepSelected; ///< across a model reset
    QAction *m_bulkReset = nullptr;
};
