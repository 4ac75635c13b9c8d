// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

/**
 * How a simulated upstream integration misbehaves: its latency, its timeout,
 * how often it fails and how. This is also the body of `POST /sim/v1/faults`:
 *
 *     {"integration": "erp-order-export", "errorRate": 0.3, "latencyMs": 400,
 *      "p99Ms": 2500, "timeoutMs": 8000,
 *      "errorMix": [{"kind": "http", "weight": 4, "httpStatus": 503,
 *                    "errorClass": "HttpServerError", "message": "..."}]}
 *
 * Latency is log-normal with median `latencyMs` and 99th percentile `p99Ms`;
 * a call whose latency reaches `timeoutMs` times out whatever `errorRate`
 * says. Durations are milliseconds.
 */
struct FaultProfile {
    enum class ErrorKind {
        Http, ///< an HTTP error status
        Timeout, ///< no answer within timeoutMs
        Vendor, ///< the upstream's own error code, with the HTTP status it came with
    };

    /**
     * One way of failing, chosen with probability weight / sum of weights.
     * `message` is a template: {status}, {reason}, {timeoutMs}, {elapsedMs},
     * {vendorCode}, {retryAfterMs}, {retryAfterS}, {messageId}, {requestId}
     * and {n} (a random number) are filled in per call; empty means a
     * realistic default for the kind.
     */
    struct ErrorMixEntry {
        ErrorKind kind = ErrorKind::Http;
        double weight = 1;
        int httpStatus = 0; ///< Http: required, 400..599; Vendor: 422 when absent
        QString vendorCode; ///< Vendor: e.g. "RATE_LIMIT_EXCEEDED"
        QString errorClass; ///< empty: derived from kind and status
        QString message;
        qint64 retryAfterMs = 0; ///< the Retry-After the upstream sends, 0 for none

        QJsonObject toJson() const;
        bool operator==(const ErrorMixEntry &) const = default;
    };

    QString integration;
    double errorRate = 0; ///< 0..1, the share of calls answered with an error from errorMix
    int latencyMs = 80; ///< median
    int p99Ms = 400;
    int timeoutMs = 5000; ///< 0: calls never time out
    QList<ErrorMixEntry> errorMix;

    /** nullopt when usable, else what is wrong, for a person (the server answers 400 with it). */
    std::optional<QString> validate() const;

    QJsonObject toJson() const;
    /**
     * Missing fields keep their defaults. nullopt, with `error` set when
     * given, for wrong types, an unknown kind or values validate() rejects.
     */
    static std::optional<FaultProfile> fromJson(const QJsonObject &o, QString *error = nullptr);
    bool operator==(const FaultProfile &) const = default;
};

QString faultErrorKindName(FaultProfile::ErrorKind kind); ///< "http", "timeout", "vendor"
std::optional<FaultProfile::ErrorKind> faultErrorKindFromName(QStringView name);
