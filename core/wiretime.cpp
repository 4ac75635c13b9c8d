// SPDX-License-Identifier: MIT
#include "core/wiretime.h"

#include <QDateTime>
#include <QTimeZone>

namespace WireTime {

QString format(qint64 ms)
{
    if (ms == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<qint64> parse(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // a time with no zone on the wire is UTC
    return dt.toMSecsSinceEpoch();
}

std::optional<qint64> parseDuration(const QString &text)
{
    if (text.size() < 2)
        return std::nullopt;
    bool ok = false;
    const qint64 n = QStringView(text).left(text.size() - 1).toLongLong(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    switch (text.back().toLatin1()) {
    case 's':
        return n * 1000;
    case 'm':
        return n * 60 * 1000;
    case 'h':
        return n * 3600 * 1000;
    case 'd':
        return n * 24 * 3600 * 1000;
    default:
        return std::nullopt;
    }
}

} // namespace WireTime
