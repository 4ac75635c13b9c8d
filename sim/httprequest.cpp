// SPDX-License-Identifier: MIT
#include "sim/httprequest.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxHeaderLines = 100;

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

bool isHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Every '%' followed by two hex digits; no controls, spaces or non-ASCII.
bool isValidTarget(QByteArrayView target)
{
    for (qsizetype i = 0; i < target.size(); ++i) {
        const auto c = uchar(target[i]);
        if (c <= 0x20 || c >= 0x7f)
            return false;
        if (c == '%' && (i + 2 >= target.size() || !isHex(target[i + 1]) || !isHex(target[i + 2])))
            return false;
    }
    return true;
}

// "Connection: keep-alive, Upgrade" contains the token "upgrade".
bool hasToken(const QByteArray &list, QByteArrayView token)
{
    const auto items = list.split(',');
    return std::any_of(items.begin(), items.end(), [&](const QByteArray &item) {
        return item.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

Problem badRequest(const char *detail)
{
    return Problem { 400, {}, QCoreApplication::translate("HttpServer", detail), {} };
}

} // namespace

QByteArray HttpRequest::header(QByteArrayView name) const
{
    QByteArray value;
    bool found = false;
    for (const auto &[key, v] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ", ";
        value += v;
        found = true;
    }
    return value;
}

bool HttpRequest::hasHeader(QByteArrayView name) const
{
    return std::any_of(headers.begin(), headers.end(), [&](const auto &h) {
        return QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0;
    });
}

QString HttpRequest::queryValue(const QString &key) const
{
    if (!query.hasQueryItem(key))
        return {};
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

bool HttpRequest::wantsKeepAlive() const
{
    const QByteArray connection = header("Connection");
    if (version == "HTTP/1.0")
        return hasToken(connection, "keep-alive");
    return !hasToken(connection, "close");
}

bool HttpRequest::isWebSocketUpgrade() const
{
    return hasToken(header("Upgrade"), "websocket") && hasToken(header("Connection"), "upgrade");
}

std::variant<QJsonDocument, Problem> HttpRequest::jsonBody(const JsonLimits &limits) const
{
    const QByteArray mediaType = header("Content-Type").split(';').first().trimmed().toLower();
    if (mediaType != "application/json" && !mediaType.endsWith("+json")) {
        return Problem { 415, {},
            QCoreApplication::translate("HttpServer", "send the body as application/json"), {} };
    }
    auto parsed = parseJsonLimited(body, limits);
    if (auto *error = std::get_if<QString>(&parsed))
        return Problem { body.size() > limits.maxBytes ? 413 : 400, {}, *error, {} };
    return std::get<QJsonDocument>(std::move(parsed));
}

std::variant<HttpRequest, Problem> HttpRequest::parseHead(QByteArrayView head)
{
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start < head.size();) {
        qsizetype end = head.indexOf('\n', start);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.isEmpty() && lines.isEmpty())
            continue; // robustness: stray CRLF before a request line
        if (line.isEmpty())
            break;
        lines.append(line);
    }
    if (lines.isEmpty())
        return badRequest(QT_TRANSLATE_NOOP("HttpServer", "empty request"));
    if (lines.size() - 1 > MaxHeaderLines) {
        return Problem { 431, {},
            QCoreApplication::translate("HttpServer", "more than %1 header fields")
                .arg(MaxHeaderLines),
            {} };
    }

    HttpRequest request;
    const QList<QByteArray> parts = lines.first().toByteArray().split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || parts[1].isEmpty())
        return badRequest(QT_TRANSLATE_NOOP("HttpServer", "malformed request line"));
    request.method = parts[0];
    request.version = parts[2];
    if (!request.version.startsWith("HTTP/") || request.version.size() != 8
        || request.version[6] != '.')
        return badRequest(QT_TRANSLATE_NOOP("HttpServer", "malformed HTTP version"));
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0") {
        return Problem { 505, u"HTTP Version Not Supported"_s,
            QCoreApplication::translate("HttpServer", "this server speaks HTTP/1.1"), {} };
    }

    QByteArray target = parts[1];
    if (!isValidTarget(target))
        return badRequest(QT_TRANSLATE_NOOP("HttpServer", "malformed request target"));
    if (target.startsWith("http://") || target.startsWith("https://")) {
        // absolute-form, as sent to proxies: keep only path and query
        const qsizetype pathStart = target.indexOf('/', target.indexOf("//") + 2);
        target = pathStart < 0 ? "/"_ba : target.mid(pathStart);
    }
    if (target == "*" && request.method == "OPTIONS") {
        request.rawPath = target;
        request.path = u"*"_s;
    } else if (!target.startsWith('/')) {
        return badRequest(QT_TRANSLATE_NOOP("HttpServer", "malformed request target"));
    } else {
        const qsizetype question = target.indexOf('?');
        request.rawPath = question < 0 ? target : target.left(question);
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.rawPath));
        if (question >= 0) {
            // Form encoding (HTML forms, URLSearchParams, Python requests) sends a
            // space as '+'; QUrlQuery would keep it. A literal plus arrives as %2B.
            QByteArray rawQuery = target.mid(question + 1);
            rawQuery.replace('+', "%20");
            request.query = QUrlQuery(QString::fromLatin1(rawQuery));
        }
    }

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArrayView line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No whitespace before the colon, no obsolete line folding (RFC 9112, 5.1 and 5.2).
        if (colon <= 0 || !isToken(line.first(colon)))
            return badRequest(QT_TRANSLATE_NOOP("HttpServer", "malformed header field"));
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        const bool hasControl = std::any_of(value.begin(), value.end(),
            [](char c) { return (uchar(c) < 0x20 && c != '\t') || c == 0x7f; });
        if (hasControl)
            return badRequest(
                QT_TRANSLATE_NOOP("HttpServer", "control character in a header field"));
        request.headers.append({ line.first(colon).toByteArray(), value });
    }
    if (request.version == "HTTP/1.1" && !request.hasHeader("Host"))
        return badRequest(
            QT_TRANSLATE_NOOP("HttpServer", "HTTP/1.1 request without a Host header"));
    return request;
}
