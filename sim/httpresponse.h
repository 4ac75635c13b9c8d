// SPDX-License-Identifier: MIT
#pragma once

#include "core/problem.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

/**
 * What a handler answers: status, extra headers, body. HttpServer adds
 * Content-Length, Date and Connection when it writes the response, and drops
 * the body (keeping its length) for HEAD.
 */
class HttpResponse {
public:
    /** 200 with no body. */
    HttpResponse() = default;
    explicit HttpResponse(int status, QByteArray body = {}, QByteArray contentType = {});

    /** @p status with @p body as compact JSON (application/json). */
    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse json(int status, const QJsonArray &body);
    /**
     * An RFC 7807 problem (application/problem+json) with the problem's status.
     * A 401 carries `WWW-Authenticate: Bearer`: RFC 9110 wants a challenge on
     * every 401, and bearer tokens are the only scheme the sim speaks.
     */
    static HttpResponse problem(const Problem &problem);
    static HttpResponse problem(int status, const QString &detail);

    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray contentType() const { return header("Content-Type"); }
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    /** Value of a header (case-insensitive name); empty when absent. */
    QByteArray header(QByteArrayView name) const;
    /** Sets a header, replacing any of the same name. */
    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);

    /**
     * The bytes on the wire: status line, headers (with Content-Length and
     * Date added, and "Connection: close" when @p closeAfter), then the body
     * unless @p withBody is false (HEAD).
     */
    QByteArray toWire(bool withBody, bool closeAfter) const;

    /** "OK" for 200, "Not Found" for 404. */
    static QByteArray reasonPhrase(int status);

private:
    int m_status = 200;
    QByteArray m_body;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};
