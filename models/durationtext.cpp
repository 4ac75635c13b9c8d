// SPDX-License-Identifier: MIT
#include "models/durationtext.h"

#include <QCoreApplication>
#include <algorithm>

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    const auto tr = [](const char *text) { return QCoreApplication::translate("Duration", text); };
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60) : tr("%1 min").arg(s / 60);
    if (s < 86400) {
        const qint64 min = (s % 3600) / 60;
        return min ? tr("%1 h %2 min").arg(s / 3600).arg(min) : tr("%1 h").arg(s / 3600);
    }
    const qint64 h = (s % 86400) / 3600;
    return h ? tr("%1 d %2 h").arg(s / 86400).arg(h) : tr("%1 d").arg(s / 86400);
}
