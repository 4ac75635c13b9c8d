// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <optional>

/**
 * Times on the wire are ISO 8601 UTC with milliseconds ("2026-11-22T22:50:01.123Z");
 * in memory they are milliseconds since the epoch, 0 meaning "none".
 */
namespace WireTime {
QString format(qint64 ms);
/** Parses ISO 8601 (with or without milliseconds, 'Z' or an offset). Empty or invalid: nullopt. */
std::optional<qint64> parse(const QString &text);
/** Parses a relative duration such as "90s", "15m", "2h", "7d" into milliseconds. */
std::optional<qint64> parseDuration(const QString &text);
} // namespace WireTime
