// SPDX-License-Identifier: MIT
#include "models/durationtext.h"

#include <QCoreApplication>
#include <algorithm>

namespace {
// The translation context, named in each call so that lupdate finds the texts.
struct Duration {
    Q_DECLARE_TR_FUNCTIONS(Duration)
};
} // namespace

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms) / 1000;
    if (s < 60)
        return Duration::tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? Duration::tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                      : Duration::tr("%1 min").arg(s / 60);
    if (s < 86400) {
        const qint64 min = (s % 3600) / 60;
        return min ? Duration::tr("%1 h %2 min").arg(s / 3600).arg(min)
                   : Duration::tr("%1 h").arg(s / 3600);
    }
    const qint64 h = (s % 86400) / 3600;
    return h ? Duration::tr("%1 d %2 h").arg(s / 86400).arg(h)
             : Duration::tr("%1 d").arg(s / 86400);
}
