// SPDX-License-Identifier: MIT
#include "core/problem.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject Problem::toJson() const
{
    return { { u"type"_s, type.isEmpty() ? u"about:blank"_s : type },
        { u"title"_s, title.isEmpty() ? titleFor(status) : title }, { u"status"_s, status },
        { u"detail"_s, detail } };
}

QByteArray Problem::toBytes() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

std::optional<Problem> Problem::fromJson(const QJsonObject &o)
{
    if (!o.value(u"status"_s).isDouble())
        return std::nullopt;
    return Problem { o.value(u"status"_s).toInt(), o.value(u"title"_s).toString(),
        o.value(u"detail"_s).toString(), o.value(u"type"_s).toString() };
}

QString Problem::titleFor(int status)
{
    switch (status) {
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 409:
        return u"Conflict"_s;
    case 411:
        return u"Length Required"_s;
    case 413:
        return u"Content Too Large"_s;
    case 415:
        return u"Unsupported Media Type"_s;
    case 422:
        return u"Unprocessable Content"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 431:
        return u"Request Header Fields Too Large"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 501:
        return u"Not Implemented"_s;
    case 503:
        return u"Service Unavailable"_s;
    }
    return u"Error"_s;
}
