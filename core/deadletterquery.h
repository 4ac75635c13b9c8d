// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

/** Why a query text could not be read: where, and what to type instead. */
struct QueryError {
    int position = 0; ///< 1-based column of the offending term, as in the message
    QString message; ///< for a person, translated (context "DeadLetterQuery")

    bool operator==(const QueryError &) const = default;
};

/**
 * The values of one key in a query: a letter matches when it has one of
 * `anyOf` (or `anyOf` is empty) and none of `noneOf`.
 * Strings compare case-insensitively.
 */
template<typename T> struct QueryValues {
    QList<T> anyOf;
    QList<T> noneOf;

    bool isEmpty() const { return anyOf.isEmpty() && noneOf.isEmpty(); }
    bool operator==(const QueryValues &) const = default;
};

/**
 * The one dead-letter search syntax, shared by the console's search box and
 * the Ops API's `q` parameter:
 *
 *     source:orders error:Timeout since:2h "customer 42" -status:404
 *
 * Keys: `source`, `error` (error class), `status` (HTTP status), `vendor`
 * (vendor code), `group` (fingerprint), `id`; repeating a key means OR,
 * `-key:value` excludes. `since:2h` (90s, 15m, 2h, 7d), `from:` and `to:`
 * (ISO 8601) bound the letter's last failure to [from, to). Bare words and
 * "quoted phrases" must all occur (case-insensitive) in the payload, error
 * message, message id, request id or source; `-word` must not. Different
 * keys combine with AND.
 *
 * The store translates the same struct to SQL (sim/deadletterquerysql.h);
 * matches() is the reference semantics. Status is not part of a query: lists
 * show active letters only.
 */
struct DeadLetterQuery {
    QueryValues<QString> sources;
    QueryValues<QString> errorClasses;
    QueryValues<int> httpStatuses;
    QueryValues<QString> vendorCodes;
    QueryValues<QString> fingerprints;
    QueryValues<qint64> ids;
    qint64 fromMs = 0; ///< inclusive lower bound of the last failure; 0: none
    qint64 toMs = 0; ///< exclusive upper bound of the last failure; 0: none
    qint64 sinceMs = 0; ///< `since:` window length in ms; 0: none
    qint64 nowMs = 0; ///< the time `since:` counts back from (the parse time)
    QStringList words; ///< free text that must occur
    QStringList excludedWords; ///< free text that must not occur
    /** Set by merge() when two filters exclude each other (source:a with source=b). */
    bool matchesNothing = false;

    /**
     * Reads a query text. `nowMs` anchors `since:` (epoch ms). Never throws;
     * a malformed text gives a QueryError pointing at the term.
     */
    static std::variant<DeadLetterQuery, QueryError> parse(const QString &text, qint64 nowMs);

    bool matches(const DeadLetter &letter) const;
    /**
     * The canonical text of this query: parse(toString()) gives an equal
     * query. A query that matches nothing after merge() prints as `id:0`.
     */
    QString toString() const;
    bool isEmpty() const;

    /** The lower time bound `from:` and `since:` give together; 0: none. */
    qint64 effectiveFromMs() const;

    /**
     * Narrows this query by another (both must hold): how the API's
     * structured parameters (`source`, `errorClass`, `from`, `to`) combine
     * with its `q` text.
     */
    DeadLetterQuery &merge(const DeadLetterQuery &other);

    bool operator==(const DeadLetterQuery &) const = default;
};
