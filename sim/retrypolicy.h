// SPDX-License-Identifier: MIT
#pragma once

#include "core/backoff.h"
#include "sim/calloutcome.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class QRandomGenerator;

/** What to do after one attempt of a message. */
struct RetryDecision {
    enum class Action {
        Delivered, ///< the attempt succeeded: nothing to do
        Retry, ///< try again after delayMs
        DeadLetter, ///< park the message; reason says why
    };
    Action action = Action::Delivered;
    qint64 delayMs = 0; ///< for Retry: milliseconds to wait before the next attempt
    QString reason; ///< for DeadLetter: "retries exhausted after 4 attempts", "HTTP 404 Not Found
                    ///< is not retryable"
};

/**
 * When a failed upstream call is tried again, and after how long.
 *
 * Retryable: timeouts, 5xx, 408, 429 and calls an open breaker refused. Any
 * other 4xx will fail the same way again, so it is dead-lettered at once.
 * A 429 or 503 carrying Retry-After waits at least that long. After
 * `maxAttempts` attempts (the first one included) the message is dead-lettered.
 */
struct RetryPolicy {
    int maxAttempts = 4;
    Backoff backoff;

    /**
     * `attemptsSoFar` counts the attempts made, the one that produced
     * `outcome` included (1 after the first call failed).
     */
    RetryDecision decide(
        const CallOutcome &outcome, int attemptsSoFar, QRandomGenerator &rng) const;
    /** Whether another attempt could succeed where this one failed. */
    static bool isRetryable(const CallOutcome &outcome);

    std::optional<QString> validate() const;
    /** {"maxAttempts": 4, "backoff": {...}} */
    QJsonObject toJson() const;
    /** Missing fields keep their defaults; nullopt (and `error`) for bad values. */
    static std::optional<RetryPolicy> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const RetryPolicy &) const = default;
};
