// SPDX-License-Identifier: MIT
#pragma once

#include "core/problem.h"

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

/**
 * The outcome of one back-end request: a value or a BackendError, never both.
 * value() and error() must only be called on the matching side (check ok()).
 */
template<class T> class Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(BackendError error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const BackendError &error() const { return std::get<1>(m_data); }

    /** The error kind, or nullopt when this holds a value: handy in tests and switches. */
    std::optional<BackendError::Kind> errorKind() const
    {
        return ok() ? std::nullopt : std::optional(error().kind);
    }

private:
    std::variant<T, BackendError> m_data;
};
