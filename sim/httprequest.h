// SPDX-License-Identifier: MIT
#pragma once

#include "core/jsonlimits.h"
#include "core/problem.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>
#include <variant>

/**
 * One HTTP/1.x request as the sim's HttpServer received it: the request line
 * and headers parsed, the body read in full (it is capped, see HttpServer).
 * A plain value, cheap to copy, safe to hand to any thread.
 */
struct HttpRequest {
    QByteArray method; ///< as sent, case-sensitive ("GET")
    QByteArray rawPath; ///< as sent, still percent-encoded: split on '/' before decoding
    QString path; ///< rawPath percent-decoded as UTF-8 ("/ops/v1/breakers/a b")
    QUrlQuery query; ///< read values with queryValue() (fully decoded)
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent, values trimmed
    QByteArray body;
    QHostAddress peerAddress;
    quint16 peerPort = 0;

    /** A header's value (repeated headers joined with ", "); empty when absent. Case-insensitive.
     */
    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    /** A query parameter, fully percent-decoded; null when absent. */
    QString queryValue(const QString &key) const;

    /** HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive". */
    bool wantsKeepAlive() const;
    /** "Upgrade: websocket" with "Connection: upgrade" (tokens, any case). */
    bool isWebSocketUpgrade() const;

    /**
     * The body as a JSON object or array within @p limits, or the problem to
     * answer with: 415 unless Content-Type is application/json (or +json),
     * 413 over the size limit, 400 for malformed or too deeply nested JSON.
     */
    std::variant<QJsonDocument, Problem> jsonBody(const JsonLimits &limits = {}) const;

    /**
     * Parses a request line and header block ("GET / HTTP/1.1\r\nHost: x\r\n\r\n",
     * CRLF or bare LF line ends). Returns the request without body, or the
     * problem to answer with: 400 for malformed syntax, 505 for other HTTP
     * versions. Leading empty lines are skipped as RFC 9112 asks.
     */
    static std::variant<HttpRequest, Problem> parseHead(QByteArrayView head);
};
