// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendresult.h"
#include "models/workspace.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class DeadLetterBulkActions;
class DeadLetterDetailPane;
class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

/**
 * The Dead letters area: the paged table of a Workspace's dead letters
 * (DeadLetterModel, a million rows), a search box taking the shared query
 * syntax (DeadLetterQuery), the groups by fingerprint beside it, and the
 * detail pane of the current letter.
 *
 * Actions on the current letter: Retry (Ctrl+R), Edit and retry, Delete
 * (Del). Each goes through ConfirmActionDialog (environment, target, count,
 * reason) and then the Workspace, which sends and audits it; the outcome is
 * shown under the search box. Actions are greyed out, with the reason as
 * tooltip, while Workspace::actionsUnavailableReason() says so.
 *
 * The view never touches a Backend: everything goes through the Workspace,
 * which must outlive it or be replaced by setWorkspace().
 */
class DeadLettersView : public QWidget {
    Q_OBJECT
public:
    explicit DeadLettersView(QWidget *parent = nullptr);
    ~DeadLettersView() override;

    /** Shows `workspace`'s dead letters (not owned; nullptr: nothing). */
    void setWorkspace(Workspace *workspace);
    Workspace *workspace() const { return m_workspace; }

    /** Puts `query` in the search box and applies it (as Overview's links do). */
    void setFilter(const QString &query);
    /** Focuses and selects the search box (Ctrl+F). */
    void focusSearch();

    /** The letter of the current row; 0 when none. */
    qint64 currentId() const;
    /** Makes the row of letter `id` current; false when it is not loaded. */
    bool selectId(qint64 id);

    /** Opens the confirmation for retrying the current letter. */
    void retryCurrent();
    /** Opens the payload editor for the current letter (fetching it first if needed). */
    void editAndRetryCurrent();
    /** Opens the confirmation for deleting the current letter. */
    void deleteCurrent();

    /** The last action's outcome as shown to the operator; empty before the first. */
    QString lastOutcome() const { return m_lastOutcome; }
    /** The search box's error line (a refused query); empty when the query is fine. */
    QString filterErrorText() const;

    QTableView *table() const { return m_table; }
    QTableView *groupsTable() const { return m_groups; }
    QLineEdit *searchField() const { return m_search; }
    DeadLetterDetailPane *detailPane() const { return m_detail; }
    QAction *retryAction() const { return m_retry; }
    QAction *editAndRetryAction() const { return m_editRetry; }
    QAction *deleteAction() const { return m_delete; }
    /** Retry/delete selected, all matching, purge, per group: bulk operations after a dry run. */
    DeadLetterBulkActions *bulkActions() const { return m_bulk; }

Q_SIGNALS:
    /** An action on a dead letter finished; `message` is what the view shows. */
    void outcomeShown(const QString &message, bool succeeded);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applySearch();
    void onFilterError(const QString &message);
    void onCurrentChanged(const QModelIndex &current);
    void loadDetail();
    void onGroupActivated(const QModelIndex &index);
    void updateActions();
    void updateStatus();
    /** Widens the id column to the widest id shown, so no digit is cut off. */
    void fitIdColumn();
    void confirmThen(
        const QString &action, qint64 id, std::function<void(const QString &)> onConfirmed);
    void openEditor(const DeadLetter &letter);
    void onRetried(qint64 id, bool edited, const Result<DeadLetterRetry> &result);
    void onDeleted(qint64 id, const Result<DeadLetterDeletion> &result);
    void showOutcome(const QString &message, bool succeeded);
    /** The table and the detail pane follow what the server now has. */
    void refreshAfterAction();

    QPointer<Workspace> m_workspace;
    QLineEdit *m_search;
    QLabel *m_filterError;
    QLabel *m_outcome;
    QLabel *m_age;
    QLabel *m_rows;
    QLabel *m_rabbitNote = nullptr; ///< RabbitMQ back ends: what a peek does to the broker
    QProgressBar *m_loading;
    QTableView *m_table;
    QTableView *m_groups;
    QSortFilterProxyModel *m_groupsSorted;
    DeadLetterDetailPane *m_detail;
    QAction *m_retry;
    QAction *m_editRetry;
    QAction *m_delete;
    QAction *m_find;
    QTimer *m_searchDelay; ///< typing settles before the server is asked
    QTimer *m_detailDelay; ///< arrowing through rows fetches only where the operator stops
    QTimer *m_statusTimer; ///< the data age counts up
    qint64 m_detailId = 0; ///< the letter the pane shows or is fetching; older answers are dropped
    QString m_lastOutcome;
    DeadLetterBulkActions *m_bulk = nullptr;
    QLabel *m_groupsTitle = nullptr;
    QPushButton *m_allLetters = nullptr;
};
