// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

/**
 * Bulk work run by the server (`/ops/v1/operations`): one kind of action over
 * a selection frozen when the operation is created. The wire format is the
 * toJson()/fromJson() of the types below; docs/ops-api.md explains it.
 *
 * Kinds and what they select:
 * - "retry", "delete": dead letters, by explicit ids or by a filter (the
 *   shared query syntax of core/deadletterquery.h) frozen at a high-water
 *   mark: only letters with id <= highWater are ever considered.
 * - "purge": like delete, but meant for whole queues; needs the admin role.
 * - "reset-breakers": breakers, by explicit names (an empty list: all).
 * - "cancel-syncs": sync jobs, by explicit ids.
 * - "move": dead letters, selected like "retry", republished to the queue
 *   named by `target` instead of their origin. Only back ends with
 *   Capability::DeadLetterMove (RabbitMQ) offer it; the Ops API answers 400.
 */
enum class OperationKind { Retry, Delete, Purge, ResetBreakers, CancelSyncs, Move };
QString operationKindName(
    OperationKind k); ///< "retry", "delete", "purge", "reset-breakers", "cancel-syncs", "move"
std::optional<OperationKind> operationKindFromName(QStringView name);
/** True for the kinds that act on dead letters. */
bool actsOnDeadLetters(OperationKind k);

/**
 * queued -> running <-> paused -> succeeded | incomplete | failed | cancelled.
 * "succeeded" only after reconciliation (selected = succeeded + failed +
 * skipped, every item ended exactly once); "incomplete" when that does not
 * hold, with the difference in Reconciliation. "failed" means the operation
 * itself could not run (not that items failed: those are counted).
 */
enum class OperationState { Queued, Running, Paused, Succeeded, Incomplete, Failed, Cancelled };
QString operationStateName(OperationState s); ///< "queued", "running", ...
std::optional<OperationState> operationStateFromName(QStringView name);
bool isFinished(OperationState s);

enum class OperationAction { Pause, Resume, Cancel };
QString operationActionName(
    OperationAction a); ///< "pause", "resume", "cancel": the verb in the URL

/** What an operation acts on; exactly one of ids, names or filter is used. */
struct OperationSelector {
    QList<qint64> ids; ///< explicit dead-letter ids
    QStringList names; ///< explicit breaker names or sync ids
    std::optional<QString> filter; ///< a dead-letter query ("" = every letter)
    /** Only letters with id <= highWater; 0 in a request = "now" (the server fills it in). */
    qint64 highWater = 0;

    QJsonObject toJson() const;
    static std::optional<OperationSelector> fromJson(const QJsonObject &o);
    bool operator==(const OperationSelector &) const = default;
};

/** The body of `POST /ops/v1/operations`. */
struct OperationRequest {
    OperationKind kind = OperationKind::Retry;
    OperationSelector selector;
    bool dryRun = false;
    double ratePerSecond = 0; ///< items per second at most; 0 = as fast as the server goes
    QString idempotencyKey; ///< the same key twice starts one operation; empty = none
    QString reason; ///< required, non-empty
    QString target; ///< "move" only: the queue to move to; omitted from JSON when empty

    QJsonObject toJson() const;
    static std::optional<OperationRequest> fromJson(const QJsonObject &o);
    bool operator==(const OperationRequest &) const = default;
};

/** A count under a label: a source, or an error group. */
struct OperationBreakdownEntry {
    QString key; ///< the source name, or the group fingerprint
    QString label; ///< for a person: the source, or "ErrorClass: message"
    QString source;
    qint64 count = 0;

    QJsonObject toJson() const;
    static std::optional<OperationBreakdownEntry> fromJson(const QJsonObject &o);
    bool operator==(const OperationBreakdownEntry &) const = default;
};

/** The answer to a dry run: what the operation would act on, nothing changed. */
struct OperationPlan {
    OperationKind kind = OperationKind::Retry;
    qint64 selected = 0; ///< the exact count
    qint64 highWater
        = 0; ///< the mark the selection was frozen at; pass it back to run exactly this
    QList<OperationBreakdownEntry> bySource;
    QList<OperationBreakdownEntry> byGroup;
    QList<QJsonObject> sample; ///< up to 20 dead-letter summaries (or {name} for breakers/syncs)

    QJsonObject toJson() const;
    static std::optional<OperationPlan> fromJson(const QJsonObject &o);
    bool operator==(const OperationPlan &) const = default;
};

/** Item counts; pending = selected - succeeded - failed - skipped. */
struct OperationCounts {
    qint64 selected = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 skipped = 0;
    qint64 pending() const { return selected - succeeded - failed - skipped; }

    QJsonObject toJson() const;
    static std::optional<OperationCounts> fromJson(const QJsonObject &o);
    bool operator==(const OperationCounts &) const = default;
};

/** One bulk operation as the server reports it. */
struct Operation {
    QString id; ///< e.g. "op-12"
    OperationKind kind = OperationKind::Retry;
    OperationState state = OperationState::Queued;
    OperationSelector selector; ///< with highWater filled in
    double ratePerSecond = 0;
    QString idempotencyKey;
    QString reason;
    QString actor; ///< who started it (token role or name)
    QString target; ///< "move" only: the queue moved to
    OperationCounts counts;
    double itemsPerSecond = 0; ///< observed over the recent window
    qint64 etaSeconds = -1; ///< -1 when unknown
    /** Why items were skipped: {"gone": 3, "cancelled": 120, ...}. */
    QJsonObject skippedBy;
    /** Reconciliation at the end; empty while running. "incomplete" names the difference here. */
    QString reconciliation;
    qint64 createdMs = 0;
    qint64 startedMs = 0;
    qint64 finishedMs = 0;

    QJsonObject toJson() const;
    static std::optional<Operation> fromJson(const QJsonObject &o);
    bool operator==(const Operation &) const = default;
};

enum class OperationItemOutcome { Pending, Succeeded, Failed, Skipped };
QString operationItemOutcomeName(
    OperationItemOutcome o); ///< "pending", "succeeded", "failed", "skipped"
std::optional<OperationItemOutcome> operationItemOutcomeFromName(QStringView name);

/** How one selected item ended. */
struct OperationItem {
    QString key; ///< the dead-letter id as text, or the breaker name / sync id
    QString source;
    OperationItemOutcome outcome = OperationItemOutcome::Pending;
    QString detail; ///< the error when failed, why when skipped
    qint64 finishedMs = 0;

    QJsonObject toJson() const;
    static std::optional<OperationItem> fromJson(const QJsonObject &o);
    bool operator==(const OperationItem &) const = default;
};

/** `GET /ops/v1/operations/{id}/items?outcome=&cursor=&limit=` */
struct OperationItemsRequest {
    QString operationId;
    std::optional<OperationItemOutcome> outcome; ///< all outcomes when empty
    QString cursor;
    int limit = 1000;
};

struct OperationItemPage {
    QList<OperationItem> items;
    QString nextCursor; ///< empty on the last page
};
