// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class BulkOperationDialog;
class QAction;
class QLabel;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class Workspace;

/**
 * The Operations area: the bulk operations of the selected back end
 * (Workspace::operations(), newest first) with state and progress, and for
 * the selected one its details, Pause/Resume, Cancel (confirmed) and "Show"
 * which opens BulkOperationDialog on its progress or result page.
 *
 * Operations run on the server, so this is where an operator finds the ones
 * started from another console, or still running after this console was
 * closed and opened again: the Workspace loads them with its snapshots.
 * Actions are greyed out, with the reason as tooltip, while
 * Workspace::actionsUnavailableReason() says so.
 */
class OperationsView : public QWidget {
    Q_OBJECT
public:
    explicit OperationsView(QWidget *parent = nullptr);

    /** Not owned; may be nullptr. */
    void setWorkspace(Workspace *workspace);
    /** The id of the selected operation; empty when none. */
    QString selectedOperation() const;
    /** Selects the row of operation `id`; false when the table has none. */
    bool selectOperation(const QString &id);
    /** The details of the selected operation as shown (selectable text). */
    QString detailText() const;

    /** Pause, resume or cancel (cancel asks for confirmation first); returns the confirmation. */
    QWidget *requestAction(OperationAction action);
    /** Opens the bulk dialog on the selected operation; nullptr when none is selected. */
    BulkOperationDialog *showSelected();

    QTableView *table() const { return m_table; }
    QAction *action(OperationAction action) const { return m_actions[int(action)]; }
    QAction *showAction() const { return m_show; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onSelectionChanged();
    void updateDetails();
    void updateActions();
    std::optional<Operation> selected() const;

    QPointer<Workspace> m_workspace;
    QLabel *m_unavailable;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_details;
    QProgressBar *m_progress;
    QAction *m_actions[3];
    QAction *m_show;
};
