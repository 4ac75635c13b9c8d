// SPDX-License-Identifier: MIT
#include "core/jsonlimits.h"

#include <QCoreApplication>
#include <QJsonParseError>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Depth of the deepest array/object, stopping early once past the limit.
// Brackets inside strings do not count; a backslash escapes the next
// character, so "\"[" stays inside the string.
int nestingDepth(const QByteArray &bytes, int stopAbove)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            break;
        case '[':
        case '{':
            deepest = std::max(deepest, ++depth);
            if (deepest > stopAbove)
                return deepest;
            break;
        case ']':
        case '}':
            --depth;
            break;
        default:
            break;
        }
    }
    return deepest;
}

} // namespace

QString formatByteSize(qint64 bytes)
{
    if (bytes < 1024)
        return QCoreApplication::translate("JsonLimits", "%1 bytes").arg(bytes);
    static constexpr const char *units[] = { "KB", "MB", "GB", "TB" };
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    // One decimal is enough to tell 1 MB from 1.1 MB; "1.0" reads as noise.
    QString number = QLocale::c().toString(value, 'f', 1);
    if (number.endsWith(u".0"_s))
        number.chop(2);
    return number + u' ' + QLatin1StringView(units[unit]);
}

std::variant<QJsonDocument, QString> parseJsonLimited(
    const QByteArray &bytes, const JsonLimits &limits)
{
    if (bytes.size() > limits.maxBytes) {
        return QCoreApplication::translate("JsonLimits", "body of %1 exceeds the %2 limit")
            .arg(formatByteSize(bytes.size()), formatByteSize(limits.maxBytes));
    }
    if (nestingDepth(bytes, limits.maxDepth) > limits.maxDepth) {
        return QCoreApplication::translate("JsonLimits", "JSON nesting deeper than %1 levels")
            .arg(limits.maxDepth);
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        return QCoreApplication::translate("JsonLimits", "malformed JSON at offset %1: %2")
            .arg(error.offset)
            .arg(error.errorString());
    }
    return document;
}
