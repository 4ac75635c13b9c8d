// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"

#include <QList>
#include <QObject>
#include <QPointer>

class BulkOperationDialog;
class QAction;
class QTableView;
class QWidget;
class Workspace;

/**
 * The bulk entries of the Dead letters area, each opening a
 * BulkOperationDialog (dry run first): retry or delete the selected letters
 * (explicit ids), retry or delete everything matching the view's current
 * filter (frozen at the dry run's high-water mark), purge every letter of
 * the current letter's source (admin), retry or delete one group of the
 * side panel (its fingerprint under the groups' filter), and move the
 * selected or the matching letters to a queue the operator names in the
 * dialog (only shown when the back end has Capability::DeadLetterMove).
 *
 * The actions are added to the view (so the Actions menu lists them), to
 * the end of the letters' and the groups' context menus, and have shortcuts
 * (Ctrl+Shift+R: retry all matching, Ctrl+Shift+M: move all matching). They are greyed out, with
 * Workspace::actionsUnavailableReason() as tooltip, in read-only mode.
 *
 * It reads the selection of the two tables it is given (the letters, with
 * DeadLetterModel rows, and the groups, with DeadLetterGroupModel rows), and
 * asks the Workspace given by setWorkspace() for the filter and the role.
 * Owned by the view; the view calls updateActions() when its selection changes.
 */
class DeadLetterBulkActions : public QObject {
    Q_OBJECT
public:
    enum Entry {
        RetrySelected,
        DeleteSelected,
        RetryMatching,
        DeleteMatching,
        PurgeSource,
        RetryGroup,
        DeleteGroup,
        MoveSelected,
        MoveMatching,
        EntryCount
    };

    /** `view` parents the actions and dialogs; `letters` and `groups` are its tables. */
    DeadLetterBulkActions(QWidget *view, QTableView *letters, QTableView *groups);

    /** The back end acted on (not owned; nullptr: none, every entry unavailable). */
    void setWorkspace(Workspace *workspace);

    QAction *action(Entry entry) const { return m_actions[entry]; }
    /** The entries that get a button above the table. */
    QList<QAction *> toolbarActions() const;
    /** Opens the dialog of `entry` (dry run first); nullptr when it is unavailable. */
    BulkOperationDialog *open(Entry entry);
    /** Enables the entries that make sense for the view's selection, filter and role. */
    void updateActions();

protected:
    /** QEvent::LanguageChange comes from the view, this object's parent. */
    bool event(QEvent *event) override;

private:
    void retranslateUi();
    struct Selection {
        OperationKind kind;
        OperationSelector selector;
        QString target;
        qint64 size = -1; ///< known before the dry run; -1 when only the server knows
    };
    std::optional<Selection> selectionFor(Entry entry) const;
    QList<qint64> selectedIds() const;
    QString currentSource() const;
    QString currentGroupFilter() const;

    QWidget *m_view;
    QTableView *m_letters;
    QTableView *m_groups;
    QPointer<Workspace> m_workspace;
    QAction *m_actions[EntryCount];
};
