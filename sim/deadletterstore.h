// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"
#include "core/deadletterquery.h"
#include "sim/simdatabase.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <variant>

/**
 * breakwater-sim's dead letters, durable in its SimDatabase.
 *
 * Lists, counts and groups see Active letters only; get() returns a letter
 * whatever its status, so a resolved one can still be shown. Ids are assigned
 * here, increase, and are never reused. Every method that reports success has
 * committed (see SimDatabase). Same thread as the SimDatabase.
 */
class DeadLetterStore {
public:
    /** One page of a list, newest first. */
    struct Page {
        /** Summaries: payload, headers, stack and edited payload are left empty; get() has them. */
        QList<DeadLetter> items;
        QString nextCursor; ///< pass back for the next (older) page; empty on the last page
    };

    static constexpr int MaxPageSize = 1000;

    explicit DeadLetterStore(SimDatabase &db);

    /** Stores a letter and returns its new id (0 on failure). The letter's own id is ignored; an
     * empty fingerprint is computed. */
    qint64 insert(const DeadLetter &letter);
    /** Stores all in one transaction: either every letter (ids in order) or none (empty list). */
    QList<qint64> insertMany(const QList<DeadLetter> &letters);

    std::optional<DeadLetter> get(qint64 id);

    /**
     * Active letters matching `query`, newest first, at most `limit`
     * (clamped to 1..MaxPageSize), after `cursor` (empty: from the newest).
     * Keyset pagination: letters stored meanwhile never shift a later page,
     * so a walk visits every older letter exactly once.
     */
    std::variant<Page, StoreError> list(
        const DeadLetterQuery &query, const QString &cursor, int limit);
    /** Active letters matching `query`, counted by fingerprint, largest group first. */
    QList<DeadLetterGroup> groups(const DeadLetterQuery &query);
    qint64 count(const DeadLetterQuery &query);
    /** Active letters per source, for the dead-letter depth metric. */
    QHash<QString, qint64> activeCountBySource();
    /** The highest id handed out so far (0 when none): a bulk operation's frozen high-water mark.
     */
    qint64 lastId();

    /** A retry failed again: attempts + 1, the new error and time, regrouped by the new error.
     * False unless the letter is Active. */
    bool recordFailedRetry(qint64 id, const DeadLetterError &error, qint64 nowMs);
    /** Delivered: Resolved, keeping the original payload; `editedPayload` is what was sent when it
     * was edited (null: not edited). False unless Active. */
    bool markResolved(qint64 id, const QByteArray &editedPayload = {});
    /** Deleted by an operator; kept for get() and audit. False unless Active. */
    bool markDeleted(qint64 id);

    /** The cursor that continues a walk after the letter `lastId` (that is, with ids below it). */
    static QString cursorAfter(qint64 lastId);
    /** The id a cursor continues after; nullopt for a cursor this store did not make. */
    static std::optional<qint64> idFromCursor(const QString &cursor);

private:
    bool changeActive(qint64 id, const QString &assignments, const QVariantList &values);
    QSqlQuery &statement(const QString &sql);

    SimDatabase &m_db;
    /** Per-item statements (a bulk operation runs them 100,000 times), prepared once on m_db. */
    QHash<QString, QSqlQuery> m_statements;
};
