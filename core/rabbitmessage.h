// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

struct DeadLetterQuery;

/**
 * One entry of a RabbitMQ message's `x-death` header: one (queue, reason)
 * pair the broker dead-lettered the message for. The broker keeps the list
 * most recent first and bumps `count` when the same pair repeats.
 */
struct XDeathEntry {
    QString reason; ///< "rejected", "expired", "maxlen" or "delivery_limit"
    QString queue; ///< the queue the message died in
    QString exchange; ///< the exchange it had been published to ("" = default exchange)
    QStringList routingKeys; ///< its routing keys then (the first one, then CC/BCC)
    qint64 count = 0;
    qint64 timeMs = 0; ///< epoch ms (AMQP timestamps have whole seconds)

    /**
     * Reads the `x-death` header value as decoded to QVariant (a list of
     * maps with keys reason, queue, exchange, routing-keys, count, time;
     * time as QDateTime or epoch seconds). Used by the AMQP reader and by
     * the management API's JSON alike. Unknown shapes give an empty list.
     */
    static QList<XDeathEntry> listFromVariant(const QVariant &xDeath);

    bool operator==(const XDeathEntry &) const = default;
};

/**
 * One application header of an AMQP message, as received: its decoded value
 * for display and filtering, and its exact wire encoding for republishing.
 */
struct RabbitHeader {
    QString name;
    QVariant value; ///< decoded: strings, numbers, bool, QDateTime, QVariantList, QVariantMap,
                    ///< QByteArray
    /**
     * This entry's AMQP field-table encoding (short-string name, type octet,
     * value), exactly as it is written back. Empty when the message came from
     * somewhere that has no wire form (the management API's JSON).
     */
    QByteArray wire;

    bool operator==(const RabbitHeader &) const = default;
};

/**
 * The basic properties of an AMQP message. Unset properties stay unset on
 * republish (std::nullopt), and strings are kept as bytes, so a republished
 * message carries the same properties byte for byte.
 */
struct RabbitProperties {
    std::optional<QByteArray> contentType;
    std::optional<QByteArray> contentEncoding;
    std::optional<quint8> deliveryMode; ///< 1 transient, 2 persistent
    std::optional<quint8> priority;
    std::optional<QByteArray> correlationId;
    std::optional<QByteArray> replyTo;
    std::optional<QByteArray> expiration;
    std::optional<QByteArray> messageId;
    std::optional<quint64> timestamp; ///< epoch seconds, as AMQP carries it
    std::optional<QByteArray> type;
    std::optional<QByteArray> userId;
    std::optional<QByteArray> appId;
    std::optional<QByteArray> clusterId;

    bool operator==(const RabbitProperties &) const = default;
};

/**
 * The default dead-letter queue name pattern (a case-insensitive regular
 * expression): dlq, dead, dlx or parking as a word of the name. A RabbitMQ
 * profile may set its own (ConnectionProfile::deadLetterPattern).
 */
inline constexpr QStringView defaultDeadLetterNamePattern
    = u"(^|[.\\-_])(dlq|dead|dlx|parking)([.\\-_]|$)";

/**
 * A message read from a RabbitMQ queue (over AMQP by backends/, or peeked by
 * the management API), with no rabbitmq-c types: the body, the properties,
 * every header in wire order (death headers included) and the parsed
 * `x-death` history.
 *
 * toDeadLetter() is the message's own mapping; the console (and the mover's
 * filter) use backends/rabbitdeadletter.h on top of it, which makes `source:`
 * and `group:` name the dead-letter queue. matches() uses this one:
 *   - `source:`  the queue of the first x-death entry (where it came from)
 *   - `error:`   the reason of the first x-death entry (rejected, expired, ...)
 *   - `id:`      never matches (RabbitMQ messages have no numeric id)
 *   - `since:`/`from:`/`to:` the time of the first x-death entry
 *   - free text: the body, the message id, and each header rendered as
 *     "name: value" (the error message field carries the headers' text)
 *   - `status:`  the integer header `x-http-status` when present
 *   - `vendor:`  the header `x-vendor-code` when present
 *   - `group:`   fingerprintOf(source, reason, "")
 */
struct RabbitMessage {
    QByteArray body;
    RabbitProperties properties;
    QList<RabbitHeader> headers; ///< all headers in wire order, death headers included
    QList<XDeathEntry> xDeath; ///< parsed `x-death`, most recent death first
    bool redelivered = false;
    QString exchange; ///< the exchange it was delivered through (the dead-letter exchange)
    QString routingKey; ///< the routing key it was delivered with

    /**
     * The id used by journals and selections: the message-id property, or
     * when that is empty "sha1:" + 20 hex digits of a hash of the body and
     * the x-death history (queue, reason, time of each entry). Only what the
     * management API and AMQP both give equally goes in, so a message peeked
     * in the console has the id the mover sees. Two byte-identical messages
     * without message id dead-lettered in the same second share an id.
     */
    QString stableId() const;

    /** The headers without the broker's death headers and Breakwater's own (see isDeathHeader). */
    QList<RabbitHeader> applicationHeaders() const;
    /** One header's decoded value, or an invalid QVariant. */
    QVariant header(QStringView name) const;

    /** x-death, x-first-death-*, x-last-death-*: what the broker writes when it dead-letters. */
    static bool isDeathHeader(QStringView name);
    /** The headers Breakwater adds on republish. */
    static QString operationHeader(); ///< "x-breakwater-operation"
    static QString originalMessageIdHeader(); ///< "x-breakwater-original-message-id"

    /**
     * A complete AMQP field table (4-byte big-endian length, then the
     * entries' wire bytes in order): what a republish sends. Entries with no
     * wire form are skipped.
     */
    static QByteArray encodeTable(const QList<RabbitHeader> &headers);
    /** A long-string header entry, for the headers Breakwater adds. */
    static RabbitHeader stringHeader(const QString &name, const QString &value);

    /** The message as a DeadLetter for DeadLetterQuery (see the mapping above). */
    DeadLetter toDeadLetter() const;
    bool matches(const DeadLetterQuery &query) const;

    bool operator==(const RabbitMessage &) const = default;
};
