// SPDX-License-Identifier: MIT
#pragma once

#include "backends/rabbitmover.h"
#include "core/backend.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

class RabbitMoveJournal;
class RabbitMqBackend;

/**
 * The bulk operations of a RabbitMQ back end (Capability::Operations and
 * DeadLetterMove): kinds retry, delete, move and purge over dead letters,
 * with the Ops API's contract (core/backend.h) run by RabbitMover on the
 * broker itself. Owned by a RabbitMqBackend; same thread (the GUI thread).
 *
 * - Selection: explicit ids (those the back end handed out in its peeks,
 *   mapped back to queue and stable id) or a filter in the shared query
 *   syntax over the dead-letter queues it names with `source:`/`group:` (all
 *   of them when it names none). Each queue is one "part": one RabbitMover
 *   run, one after another.
 * - Dry run: a RabbitMover dry run per queue, exact (it reads at most the
 *   queue's length and requeues everything, setting the redelivered flag).
 *   bySource and byGroup are per queue (a group is a dead-letter queue, as
 *   in the Dead letters area); the sample is the first 20 matching letters
 *   of a peek at the queues' heads, so it may be short when matches lie
 *   deeper than the peek. highWater = the messages the dry run read: RabbitMQ
 *   has no ordered ids, so a run reads at most each queue's length at its own
 *   start and evaluates the filter again; its `selected` grows as matches are
 *   found.
 * - Counts: succeeded = confirmed republished or deleted (with a journal,
 *   also what earlier runs of the same operation confirmed), failed = not
 *   deliverable (kept at the source's tail). Final state from the mover:
 *   succeeded only when every queue reconciled.
 * - Events: operation.created, operation.progress (at most twice a second)
 *   and operation.finished through eventsReady(), data = Operation::toJson().
 * - Journal (Settings::journalPath): one row per operation ("rmq-<8 hex>",
 *   the Operation) and one per part ("rmq-<8 hex>.<n>", the mover's own).
 *   An operation the journal shows running that no mover runs here was
 *   interrupted: it is listed as paused, and Resume continues it (what the
 *   journal confirmed is acked without being republished). One whose rows
 *   were written in the last 5 s is being run by another process (another
 *   console, bwctl): listed as running, and actions on it are refused. Mover runs of
 *   other tools (bwctl) are listed too, each as an operation of one queue.
 * - Items: the ids the journal holds as confirmed, all succeeded; asking for
 *   other outcomes, or without a journal, answers Unsupported.
 */
class RabbitOperations : public QObject {
    Q_OBJECT
public:
    explicit RabbitOperations(RabbitMqBackend *backend);
    ~RabbitOperations() override;

    using RequestId = Backend::RequestId;
    template<class T> using Callback = Backend::Callback<T>;

    RequestId plan(const OperationRequest &request, QObject *context, Callback<OperationPlan> done);
    RequestId start(const OperationRequest &request, QObject *context, Callback<Operation> done);
    RequestId list(QObject *context, Callback<QList<Operation>> done);
    RequestId get(const QString &id, QObject *context, Callback<Operation> done);
    RequestId act(
        const QString &id, OperationAction action, QObject *context, Callback<Operation> done);
    RequestId items(
        const OperationItemsRequest &request, QObject *context, Callback<OperationItemPage> done);

    /** Drops the answer of a plan in progress (its dry runs finish; they change nothing). */
    void cancel(RequestId id);

Q_SIGNALS:
    /** operation.* events, in order; RabbitMqBackend forwards them as Backend::eventsReceived. */
    void eventsReady(const QList<OpsEvent> &events);

private:
    struct Part {
        QString journalId;
        RabbitMoveRequest request;
        QString journalState; ///< "queued", "running", or a result state
        qint64 priorConfirmed = 0; ///< what earlier runs confirmed (journal), at this run's start
        RabbitMoveProgress progress;
        std::optional<RabbitMoveResult> result;
    };
    struct Tracked {
        Operation operation;
        QList<Part> parts;
        int current = -1; ///< the part running now
        RabbitMover *mover = nullptr;
        bool interrupted = false; ///< from the journal: running when its console stopped
        bool ownRow = true; ///< false for a mover run of another tool (no operation row)
        bool elsewhere = false; ///< from the journal: another process's mover is writing it now
        qint64 lastEventMs = 0;
        QList<std::pair<QPointer<QObject>, Callback<Operation>>>
            waiting; ///< cancel answers when the mover stops
    };
    struct Target {
        QList<RabbitMoveRequest> parts;
    };
    using Resolved = std::function<void(const Result<Target> &)>;

    std::optional<BackendError> validate(const OperationRequest &request, bool dryRun) const;
    void resolve(const OperationRequest &request, QObject *context, Resolved done);
    RabbitMoveJournal *journal();
    void loadJournal();
    Tracked *find(const QString &id);
    void runNext(Tracked &t);
    void onProgress(const QString &id, const RabbitMoveProgress &progress);
    void onPartFinished(const QString &id, const RabbitMoveResult &result);
    void finish(Tracked &t, OperationState state);
    void recount(Tracked &t) const;
    void save(const Tracked &t);
    void emitEvent(Tracked &t, const QString &type);
    BackendError notFound(const QString &id) const;
    static Result<Operation> sameOrConflict(
        const OperationRequest &request, const Operation &existing);

    RabbitMqBackend *m_backend;
    std::unique_ptr<RabbitMoveJournal> m_journal;
    QHash<QString, Tracked> m_operations; ///< this session's and those read from the journal
    QHash<RequestId, QPointer<QObject>> m_plans; ///< plans in progress; a cancelled one is removed
    /**
     * What each queue's dry run read, by planKey(): a run by the same filter
     * with the plan's highWater reads no more than that from each queue, so it
     * acts on what was counted and not on what arrived since.
     */
    QHash<QString, QHash<QString, qint64>> m_planReads;
    static QString planKey(const OperationSelector &selector, qint64 highWater);
    qint64 m_seq = 0;
};
