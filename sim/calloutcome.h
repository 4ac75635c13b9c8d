// SPDX-License-Identifier: MIT
#pragma once

#include "core/deadletter.h"

#include <QString>
#include <QtGlobal>

/**
 * What one upstream call did, as the retry policy and the breaker judge it.
 * Built by UpstreamSimulator, or by the caller when a breaker refused the
 * call (notPermitted). Durations are milliseconds.
 */
struct CallOutcome {
    bool ok = true;
    int latencyMs = 0; ///< time the call took (the timeout when it timed out)
    int httpStatus = 0; ///< 0 when there was no HTTP answer (timeout, not permitted)
    bool timedOut = false;
    bool notPermitted = false; ///< a circuit breaker refused the call; the upstream was not called
    QString errorClass; ///< e.g. "HttpServerError", "UpstreamTimeout", "RateLimited"
    QString message; ///< for a person, with the numbers of this call in it
    QString vendorCode; ///< the upstream's own code, e.g. "RATE_LIMIT_EXCEEDED"
    qint64 retryAfterMs = 0; ///< the upstream's Retry-After, 0 when absent

    /** The outcome of a call an open breaker refused. */
    static CallOutcome refusedByBreaker(const QString &breakerName, const QString &stateName)
    {
        CallOutcome o;
        o.ok = false;
        o.notPermitted = true;
        o.errorClass = QStringLiteral("CallNotPermitted");
        o.message = QStringLiteral("call not permitted: circuit breaker %1 is %2")
                        .arg(breakerName, stateName);
        return o;
    }

    /** The error a dead letter records for this outcome. */
    DeadLetterError toError() const
    {
        DeadLetterError e;
        e.errorClass = errorClass;
        e.message = message;
        e.httpStatus = httpStatus;
        e.vendorCode = vendorCode;
        return e;
    }

    /** "Service Unavailable" for 503: the reason phrase upstream messages carry. */
    static QString statusText(int httpStatus);
};
