// SPDX-License-Identifier: MIT
#pragma once

#include "core/operation.h"
#include "sim/simdatabase.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantList>
#include <optional>

/**
 * The durable record of bulk operations in breakwater-sim's SQLite file: one
 * row per operation (its Operation JSON and the request that made it) and one
 * row per selected item with its outcome.
 *
 * Items are written once at creation (the frozen selection) and then only
 * move from pending to one final outcome; finishItem() refuses an item that
 * already has one, so an item can never end twice. Calls made inside a
 * caller's SimDatabase::Transaction commit or roll back with it: that is how
 * an item's effect and its outcome become durable together.
 *
 * Same thread as the SimDatabase.
 */
class OperationJournal {
public:
    /** Which dead letters a selector means: an SQL condition on the deadletters table. */
    struct LetterSelection {
        QString condition;
        QVariantList values;
    };
    /** A stored operation and the request it was created from (for idempotency). */
    struct Stored {
        Operation operation;
        QJsonObject request;
    };
    /** A pending item, with the letter's current state for dead-letter kinds. */
    struct PendingItem {
        qint64 position = 0;
        QString key;
        QString source;
        bool letterActive = false;
        QString messageId;
    };
    /** Outcomes counted from the item rows themselves: what reconciliation compares. */
    struct Tally {
        qint64 items = 0;
        OperationCounts counts; ///< selected = items
        QJsonObject skippedBy;
        qint64 pending = 0;
        QStringList firstPendingKeys; ///< at most 20
    };
    struct ItemPage {
        QList<OperationItem> items;
        qint64 lastPosition = 0; ///< of the last item when more follow; 0 on the last page
    };

    explicit OperationJournal(SimDatabase &db);

    /** Creates the tables when missing; false when that failed. */
    bool ensureSchema();

    /** Active letters among `ids`. */
    static LetterSelection lettersById(const QList<qint64> &ids);
    /** Active letters matching `condition` (see DeadLetterQuerySql) with id <= highWater. */
    static LetterSelection lettersMatching(
        const QString &condition, const QVariantList &values, qint64 highWater);

    /** What a dry run reports about a selection. */
    struct Breakdown {
        qint64 count = 0;
        QList<OperationBreakdownEntry> bySource; ///< largest first
        /** By fingerprint, largest first; the label is "ErrorClass: message" of the group's newest
         * letter. */
        QList<OperationBreakdownEntry> byGroup;
    };
    /** Counts the selection by source and group in one pass over the letters. */
    Breakdown breakdown(const LetterSelection &selection);
    /** The ids of the newest `limit` letters of the selection. */
    QList<qint64> sampleLetterIds(const LetterSelection &selection, int limit);

    /** A new operation row; returns its number (the "op-N" id), 0 on failure. */
    qint64 insertOperation(const QString &idempotencyKey, const QJsonObject &request);
    bool saveOperation(qint64 number, const Operation &operation);
    /** Freezes the selection: one pending item per selected letter, in id order. Returns the count
     * (-1 on failure). */
    qint64 selectLetters(qint64 number, const LetterSelection &selection);
    /** One pending item per name, in the given order. Returns the count (-1 on failure). */
    qint64 selectNames(qint64 number, const QStringList &names);

    std::optional<Stored> get(qint64 number);
    std::optional<Stored> byIdempotencyKey(const QString &key);
    /** Newest first. */
    QList<Operation> all();
    /** Operations whose state is one of `states`, oldest first. */
    QList<Operation> inStates(const QList<OperationState> &states);

    /** The next pending items in position order, at most `limit`. */
    QList<PendingItem> pendingItems(qint64 number, bool withLetters, int limit);
    /** Gives a pending item its final outcome; false when it had one already (or on failure). */
    bool finishItem(qint64 number, qint64 position, OperationItemOutcome outcome,
        const QString &detail, qint64 nowMs);
    /** Every pending item becomes skipped with `detail`. Returns how many (-1 on failure). */
    qint64 skipPending(qint64 number, const QString &detail, qint64 nowMs);
    Tally tally(qint64 number);
    /** Items in position order after `afterPosition`, of one outcome or all. */
    ItemPage items(qint64 number, std::optional<OperationItemOutcome> outcome, qint64 afterPosition,
        int limit);

    /** "op-12" for 12. */
    static QString idOf(qint64 number);
    /** 12 for "op-12"; 0 for anything else. */
    static qint64 numberOf(const QString &id);

private:
    std::optional<Stored> storedAt(QSqlQuery &q);
    QList<Operation> operationsFrom(QSqlQuery &q);
    /** A statement prepared once and reused: the runner's per-item statements would otherwise be
     * parsed per item. */
    QSqlQuery &cached(std::optional<QSqlQuery> &slot, const QString &sql);

    SimDatabase &m_db;
    std::optional<QSqlQuery> m_pendingLetters;
    std::optional<QSqlQuery> m_pendingNames;
    std::optional<QSqlQuery> m_finishItem;
};
