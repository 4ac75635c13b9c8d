// SPDX-License-Identifier: MIT
#pragma once

#include "core/problem.h"
#include "core/result.h"

#include <QString>
#include <optional>
#include <utility>
#include <variant>

/**
 * Why a request to a back end did not produce a value. A plain value the UI
 * shows (error banner, stale badge); `message` is already written for a person
 * and translated (context "Backend").
 */
struct BackendError {
    enum class Kind {
        Network, ///< could not connect, connection lost, TLS refused
        Timeout, ///< no complete answer before the deadline
        TooLarge, ///< the answer passed the size cap, or the server said 413
        Malformed, ///< the answer is not the JSON (or shape) the API promises
        Http, ///< any other non-2xx status (422, 429, 5xx...)
        Unauthorized, ///< 401: missing or refused token
        Forbidden, ///< 403: the token's role is too low
        NotFound, ///< 404
        Conflict, ///< 409: not allowed in the current state
        Unsupported, ///< this back end does not offer the capability
        Cancelled, ///< cancelled by the caller
    };

    Kind kind = Kind::Network;
    int httpStatus = 0; ///< 0 when there was no HTTP answer
    QString message; ///< for a person: "The server refused the token (401): ..."
    std::optional<Problem> problem; ///< the server's problem+json, when it sent one

    /** Maps an HTTP status (and the problem+json the server sent, if any) to an error. */
    static BackendError fromHttpStatus(int status, std::optional<Problem> problem);
    static BackendError network(const QString &what, const QString &why);
    static BackendError timeout(const QString &what, int timeoutMs);
    static BackendError tooLarge(const QString &what, qint64 limitBytes);
    static BackendError malformed(const QString &what, const QString &why);
    static BackendError unsupported(const QString &capability);
    static BackendError cancelled();
};
