// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

/** Why a message failed, as the integration saw it. */
struct DeadLetterError {
    QString errorClass; ///< e.g. "UpstreamTimeout", "HttpClientError", "RateLimited"
    QString message;
    QString stack;
    int httpStatus = 0; ///< 0 when there was no HTTP answer (timeout, connection refused)
    QString vendorCode; ///< the upstream's own code, e.g. "RATE_LIMIT_EXCEEDED"

    QJsonObject toJson() const;
    static DeadLetterError fromJson(const QJsonObject &o);
    bool operator==(const DeadLetterError &) const = default;
};

/** Lifecycle of a stored letter. Lists show Active letters only. */
enum class DeadLetterStatus { Active, Resolved, Deleted };
QString deadLetterStatusName(DeadLetterStatus s);
std::optional<DeadLetterStatus> deadLetterStatusFromName(QStringView name);

using HeaderList = QList<QPair<QString, QString>>;

/** A message that kept failing and was parked for an operator. */
struct DeadLetter {
    qint64 id = 0; ///< stable, assigned by the store, never reused
    QString source; ///< the integration that produced it, e.g. "orders-export"
    QString messageId; ///< the message's own id (stable across retries)
    QString requestId; ///< the last upstream request's id
    QByteArray payload; ///< the body as received (usually JSON)
    HeaderList headers; ///< in order, as received
    DeadLetterError error;
    int attempts = 0;
    qint64 firstFailureMs = 0;
    qint64 lastFailureMs = 0;
    QString destination; ///< where it was going, e.g. "POST https://erp.example/orders"
    QString fingerprint; ///< group key, see fingerprintOf()
    DeadLetterStatus status = DeadLetterStatus::Active;
    QByteArray
        editedPayload; ///< set when retried with an edited payload; payload keeps the original

    QJsonObject toJson() const;
    /** What lists and events carry: no payload, headers, stack or edited payload. */
    QJsonObject toSummaryJson() const;
    static std::optional<DeadLetter> fromJson(const QJsonObject &o);
    bool operator==(const DeadLetter &) const = default;
};

/**
 * The group key of a failure: a short hex hash of source, error class and the
 * message with its variable parts (numbers, ids, quoted values) normalised, so
 * that "order 42 timed out after 5000 ms" and "order 7 timed out after 5001 ms"
 * fall in one group.
 */
QString normalisedErrorMessage(const QString &message);
QString fingerprintOf(const QString &source, const QString &errorClass, const QString &message);

/** Dead letters counted by fingerprint. */
struct DeadLetterGroup {
    QString fingerprint;
    QString source;
    QString errorClass;
    QString message; ///< normalised message
    qint64 count = 0;
    qint64 firstFailureMs = 0;
    qint64 lastFailureMs = 0;

    QJsonObject toJson() const;
    static std::optional<DeadLetterGroup> fromJson(const QJsonObject &o);
};
