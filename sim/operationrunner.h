// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"
#include "core/problem.h"
#include "sim/metricsregistry.h"
#include "sim/operationjournal.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <deque>
#include <memory>
#include <optional>
#include <variant>

class SimEngine;

/**
 * Runs breakwater-sim's bulk operations (`/ops/v1/operations`): plans dry
 * runs, freezes selections, executes items in small slices on the event loop
 * and reconciles the counts before an operation says it is done.
 *
 * Exactly once: each slice is one SQLite transaction holding both the items'
 * effects (a retry's delivery in the ledger, a letter's new status) and their
 * journaled outcomes, so a process killed at any moment restarts with every
 * item either done and recorded or untouched and pending. start() resumes
 * the operations that were running (paused ones stay paused).
 *
 * Responsiveness: a slice stops after Limits::maxItemsPerTurn items or
 * Limits::maxTurnMs milliseconds, whichever comes first, and the next slice
 * is a zero-timer away, so HTTP requests are served between slices.
 *
 * Same thread as the SimEngine.
 */
class OperationRunner : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int maxItemsPerTurn = 500;
        int maxTurnMs = 8;
        qint64 progressIntervalMs
            = 500; ///< operation.progress events at most this often per operation
    };
    /** A real start, or the operation an earlier request with the same idempotency key started. */
    struct Started {
        Operation operation;
        bool existing = false;
    };
    using Submitted = std::variant<OperationPlan, Started, Problem>;

    explicit OperationRunner(SimEngine &engine, QObject *parent = nullptr);
    OperationRunner(SimEngine &engine, Limits limits, QObject *parent = nullptr);
    ~OperationRunner() override;

    /** Creates the journal's tables and resumes running operations; an error message on failure. */
    std::optional<QString> start();

    /** Validates, then answers a plan (dry run) or starts the operation; 400/409 problems
     * otherwise. `actor` is recorded. */
    Submitted submit(const OperationRequest &request, const QString &actor);
    /** Newest first. */
    QList<Operation> operations();
    std::optional<Operation> operation(const QString &id);
    std::variant<OperationItemPage, Problem> items(const OperationItemsRequest &request);
    /** Pause, resume or cancel; 404 for an unknown id, 409 when the state does not allow it. */
    std::variant<Operation, Problem> act(const QString &id, OperationAction action);

    /** `breakwater_operation_items_total{kind,outcome}` in Prometheus text. */
    QByteArray metricsText() const { return m_metrics.exposition(); }

private:
    struct Active {
        qint64 number = 0;
        Operation operation;
        double budget = 1; ///< items the rate limit allows now
        qint64 refilledMs = 0;
        qint64 lastProgressMs = 0;
        std::deque<std::pair<qint64, qint64>> window; ///< (ms, items done) for itemsPerSecond
    };
    struct ItemResult {
        OperationItemOutcome outcome = OperationItemOutcome::Succeeded;
        QString detail;
    };
    struct Target {
        std::optional<OperationJournal::LetterSelection> letters;
        QStringList names;
        qint64 highWater = 0;
    };

    std::variant<Target, Problem> targetOf(const OperationRequest &request);
    OperationPlan plan(const OperationRequest &request, const Target &target);
    Submitted create(const OperationRequest &request, const Target &target, const QString &actor);
    ItemResult perform(const Operation &operation, const OperationJournal::PendingItem &item);
    void runTurn();
    /** One transaction's worth of items; returns when to run the next turn (ms). */
    int runSlice(Active &active);
    /** Counts from the journal, compared with what was counted while running; sets the final state.
     */
    void reconcile(qint64 number, Operation &operation, OperationState endState, qint64 nowMs);
    void updateRate(Active &active, qint64 nowMs);
    void schedule(int delayMs);
    void countItem(OperationKind kind, OperationItemOutcome outcome, qint64 n);

    SimEngine &m_engine;
    Limits m_limits;
    OperationJournal m_journal;
    QMap<qint64, Active> m_active; ///< unfinished operations by number
    qint64 m_lastServed = 0;
    QTimer m_timer;
    MetricsRegistry m_metrics;
    QHash<QString, MetricsRegistry::Counter *> m_itemCounters;
};
