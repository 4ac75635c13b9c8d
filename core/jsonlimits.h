// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <variant>

/**
 * Caps applied to JSON from the network before QJsonDocument sees it, so a
 * hostile or broken peer cannot make us allocate or recurse without bound.
 */
struct JsonLimits {
    qsizetype maxBytes = 1024 * 1024; ///< larger inputs are refused unread
    int maxDepth = 64; ///< arrays and objects nested deeper are refused
};

/**
 * Parses @p bytes as a JSON object or array within @p limits.
 * Returns the document, or a user-facing message (translated, context
 * "JsonLimits") saying which limit was broken or where the JSON is malformed.
 * Pure function, safe on any thread.
 */
std::variant<QJsonDocument, QString> parseJsonLimited(
    const QByteArray &bytes, const JsonLimits &limits = {});

/** A byte count for people: "512 bytes", "1 MB", "2.1 MB" (1 KB = 1024 bytes). */
QString formatByteSize(qint64 bytes);
