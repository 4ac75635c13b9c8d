// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendresult.h"
#include "core/operation.h"

#include <QDialog>
#include <QPointer>
#include <QString>
#include <functional>
#include <optional>

class EnvironmentBanner;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QSpinBox;
class QTableWidget;
class Workspace;

/**
 * The bulk-operation wizard: one kind of server-side operation over a
 * selection (dead letters by ids or filter, breakers, sync jobs), in four
 * pages:
 *  - Dry run: Workspace::planOperation's exact count, the breakdown by
 *    source and by error group, and a sample. Nothing changes on the server.
 *  - Confirmation: environment, back end, kind, count and a required reason.
 *    Production, and more than LargeCount items, also ask the operator to
 *    type the environment's name or the count before Run enables.
 *  - Progress: done/selected, rate, ETA, errors so far, Pause/Resume and
 *    Cancel (confirmed), following Workspace::operationChanged.
 *  - Result: the final counts, the reconciliation, why items were skipped,
 *    the first failed items, CSV/JSON export; the result is written to the
 *    audit log once (Workspace::recordOperationResult).
 *
 * A move (OperationKind::Move) also asks on the dry-run page for the queue
 * to move to: required, trimmed, not one of the selection's sources. Its dry
 * run waits for that name and is made again when the name changes; the dry
 * run and the run both carry it as OperationRequest::target, and the
 * confirmation and result pages name it.
 *
 * The run acts on exactly what the dry run counted: a filter selector is
 * sent back with the plan's high-water mark, so letters arriving later are
 * not swept in. Run carries an idempotency key made once per dialog, so a
 * double click starts one operation.
 *
 * Non-blocking: create it, call open() (or show()); it deletes itself when
 * closed (WA_DeleteOnClose). Closing it while the operation runs leaves the
 * operation running on the server; the Operations area shows it. The
 * Workspace is not owned; the dialog goes inert if it is destroyed.
 */
class BulkOperationDialog : public QDialog {
    Q_OBJECT
public:
    enum Page { PlanPage, ConfirmPage, ProgressPage, ResultPage };
    /** More items than this ask the operator to type the count. */
    static constexpr qint64 LargeCount = 1000;
    /** Failed items listed on the result page. */
    static constexpr int FailedItemsShown = 50;

    /**
     * A new operation: starts the dry run of `request` (its reason, dryRun
     * and idempotency key are filled in by the dialog). `target` says for a
     * person what the selection is ("3 selected dead letters",
     * "dead letters matching source:orders").
     */
    BulkOperationDialog(Workspace *workspace, const OperationRequest &request,
        const QString &target, QWidget *parent = nullptr);
    /** An operation already on the server: its progress page, or its result when finished. */
    BulkOperationDialog(
        Workspace *workspace, const Operation &operation, QWidget *parent = nullptr);
    ~BulkOperationDialog() override;

    Page page() const;
    /** The dry run's answer; nullopt before it arrived. */
    const std::optional<OperationPlan> &plan() const { return m_plan; }
    /** The operation as last reported; nullopt before Run was answered. */
    const std::optional<Operation> &operation() const { return m_operation; }
    /** What the operator must type before Run enables ("production", "2500"); empty: nothing. */
    QString requiredConfirmation() const { return m_required; }
    /** The message of the last failed request on the current page; empty when none. */
    QString errorText() const;

    /**
     * Writes the result summary (OperationResultExport: counts, reconciliation,
     * every failed and skipped item) to `path` as JSON or CSV, once the items
     * are fetched; exported() says how it went, errorText() why it failed.
     */
    void exportResult(const QString &path, bool json);

    /** Asks to cancel the running operation (opens a confirmation); returns it. */
    QWidget *requestCancel();

    /**
     * The confirmation of cancelling `operation` (environment, what stays done,
     * a reason), then Workspace::actOnOperation; `done` gets the answer while
     * `parent` lives. Returns the confirmation, nullptr when there is nothing to cancel.
     */
    static QWidget *confirmCancel(QWidget *parent, Workspace *workspace, const Operation &operation,
        std::function<void(const Result<Operation> &)> done);

Q_SIGNALS:
    /** The page changed (tests and screenshots follow the flow through it). */
    void pageChanged(BulkOperationDialog::Page page);
    /** The result page is showing its final numbers and the failed items have loaded. */
    void resultShown();
    /** An export finished: written, or not (errorText() says why). */
    void exported(bool ok);

private:
    void buildFrame();
    void buildPlanPage();
    void buildConfirmPage();
    void buildProgressPage();
    void buildResultPage();
    void setPage(Page page);
    void runPlan();
    void showPlan(const OperationPlan &plan);
    void updateConfirmState();
    void run();
    void follow(const Operation &operation);
    void updateProgress();
    void togglePause();
    void onActed(const Result<Operation> &result);
    void showResult();
    void loadFailedItems();
    void chooseExportFile(bool json);
    void writeExport(const QString &path, bool json, const QList<OperationItem> &items);
    void showError(QLabel *label, const QString &message);
    bool isMove() const { return m_request.kind == OperationKind::Move; }
    /** Why the typed target queue cannot be used; empty when it can (or this is no move). */
    QString targetProblem() const;
    /** The typed target queue, trimmed; empty for other kinds. */
    QString typedTarget() const;
    void onTargetEdited();
    /** Enables Next and the dry run for what the page holds now. */
    void updatePlanButtons();
    /** The heading of `kind` over `count` items, naming the target of a move. */
    QString actionText(OperationKind kind, qint64 count) const;

    QPointer<Workspace> m_workspace;
    OperationRequest m_request;
    QString m_target;
    std::optional<OperationPlan> m_plan;
    std::optional<Operation> m_operation;
    QString m_required;
    bool m_resultRecorded = false;
    bool m_failedLoaded = false;
    bool m_acting = false; ///< a pause/resume/cancel is in flight

    QStackedWidget *m_pages;
    EnvironmentBanner *m_banner;

    // Dry run
    QLabel *m_planTitle = nullptr;
    QLabel *m_planCount = nullptr;
    QLabel *m_planError = nullptr;
    QTableWidget *m_bySource = nullptr;
    QTableWidget *m_byGroup = nullptr;
    QTableWidget *m_sample = nullptr;
    QPushButton *m_replan = nullptr;
    QPushButton *m_next = nullptr;
    QLineEdit *m_targetQueue = nullptr; ///< moves only
    QLabel *m_targetHint = nullptr; ///< moves only
    bool m_planning = false; ///< a dry run is in flight

    // Confirmation
    QLabel *m_confirmSummary = nullptr;
    QSpinBox *m_rate = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_typedLabel = nullptr;
    QLineEdit *m_typed = nullptr;
    QLabel *m_confirmHint = nullptr;
    QPushButton *m_run = nullptr;

    // Progress
    QLabel *m_progressTitle = nullptr;
    QLabel *m_progressCounts = nullptr;
    QLabel *m_progressRate = nullptr;
    QLabel *m_progressEta = nullptr;
    QLabel *m_progressErrors = nullptr;
    QLabel *m_progressState = nullptr;
    QLabel *m_progressError = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_cancel = nullptr;

    // Result
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultCounts = nullptr;
    QLabel *m_reconciliation = nullptr;
    QLabel *m_skippedBy = nullptr;
    QLabel *m_resultError = nullptr;
    QTableWidget *m_failed = nullptr;
};
