// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

/**
 * Reads a payload as JSON for the dead-letter views: pretty-printing for
 * reading, and checking an operator's edit before it is sent.
 */
class JsonPayloadCheck {
public:
    /** Where and why `text` is not JSON, for a person ("line 3, column 7: ..."); empty when it is.
     */
    static QString error(const QString &text);
    /** True when `payload` is a JSON object or array. */
    static bool isJson(const QByteArray &payload);
    /** `payload` indented when it is JSON, else as UTF-8 text unchanged. */
    static QString pretty(const QByteArray &payload);
};
