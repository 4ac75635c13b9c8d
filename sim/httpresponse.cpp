// SPDX-License-Identifier: MIT
#include "sim/httpresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

HttpResponse::HttpResponse(int status, QByteArray body, QByteArray contentType)
    : m_status(status)
    , m_body(std::move(body))
{
    if (!contentType.isEmpty())
        setHeader("Content-Type", contentType);
}

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    return HttpResponse(
        status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResponse HttpResponse::json(int status, const QJsonArray &body)
{
    return HttpResponse(
        status, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json");
}

HttpResponse HttpResponse::problem(const Problem &problem)
{
    Problem p = problem;
    if (p.title.isEmpty())
        p.title = QString::fromLatin1(reasonPhrase(p.status));
    HttpResponse response(p.status, p.toBytes(), "application/problem+json");
    if (p.status == 401)
        response.setHeader("WWW-Authenticate", "Bearer");
    return response;
}

HttpResponse HttpResponse::problem(int status, const QString &detail)
{
    return problem(Problem { status, {}, detail, {} });
}

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : m_headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.removeIf(
        [&](const auto &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    m_headers.append({ name, value });
    return *this;
}

QByteArray HttpResponse::toWire(bool withBody, bool closeAfter) const
{
    // RFC 9110 8.6: no Content-Length in 1xx and 204 responses; 304 has no body.
    const bool bodyless = m_status < 200 || m_status == 204 || m_status == 304;
    QByteArray out;
    out.reserve(256 + (withBody ? m_body.size() : 0));
    out += "HTTP/1.1 " + QByteArray::number(m_status) + ' ' + reasonPhrase(m_status) + "\r\n";
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
              .toLatin1()
        + "\r\n";
    for (const auto &[name, value] : m_headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0
            || name.compare("Connection", Qt::CaseInsensitive) == 0)
            continue; // the server owns framing
        out += name + ": " + value + "\r\n";
    }
    if (!bodyless)
        out += "Content-Length: " + QByteArray::number(m_body.size()) + "\r\n";
    if (closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (withBody && !bodyless)
        out += m_body;
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 408:
        return "Request Timeout";
    case 412:
        return "Precondition Failed";
    case 417:
        return "Expectation Failed";
    case 426:
        return "Upgrade Required";
    case 505:
        return "HTTP Version Not Supported";
    }
    const QString title = Problem::titleFor(status);
    return title == u"Error"_s ? QByteArray() : title.toLatin1(); // an empty reason is valid HTTP
}
