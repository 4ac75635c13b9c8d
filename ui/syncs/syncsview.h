// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendtypes.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class AreaStatusLine;
class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class SyncJobModel;
struct SyncJobRow;
class Workspace;

/**
 * The Syncs area: the sync jobs of the selected back end with a progress
 * bar, processed/total, failed, throughput, ETA, page and state. Start opens
 * StartSyncDialog; cancel, pause, resume and retry failed act on the selected
 * jobs; all go through a ConfirmActionDialog. notify() reports milestones
 * (25/50/75/100 %) and failures seen live, not those already past at load.
 */
class SyncsView : public QWidget {
    Q_OBJECT
public:
    explicit SyncsView(QWidget *parent = nullptr);

    /** Not owned; may be nullptr. */
    void setWorkspace(Workspace *workspace);
    QStringList selectedJobs() const;
    /** Asks to act on the selection; returns the confirmation (nullptr if nothing to do). */
    QWidget *requestAction(SyncAction action);
    /** Opens the start dialog; returns it (nullptr when actions are unavailable). */
    QWidget *requestStart();
    /** Ctrl+R: retry the failed items of the selection. */
    void retrySelected() { requestAction(SyncAction::RetryFailed); }
    /** "Cancel selected…": one server-side bulk operation (cancel-syncs) after a dry run. */
    QAction *bulkCancelAction() const { return m_bulkCancel; }

Q_SIGNALS:
    /** A milestone or a failure worth a desktop notification; translated. */
    void notify(const QString &title, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActions();
    void rememberProgress();
    void checkMilestones(int firstRow, int lastRow);
    const SyncJobRow *jobAt(int row) const;

    QPointer<Workspace> m_workspace;
    QPointer<SyncJobModel> m_model;
    AreaStatusLine *m_status;
    QLineEdit *m_search;
    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QAction *m_start;
    QAction *m_actions[4];
    /** Per job: the last milestone (percent) and whether it had failed, as last seen. */
    QHash<QString, QPair<int, bool>> m_seen;
    QAction *m_bulkCancel = nullptr;
};
