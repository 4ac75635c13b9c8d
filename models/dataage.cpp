// SPDX-License-Identifier: MIT
#include "models/dataage.h"

#include "models/durationtext.h"

#include <QCoreApplication>

QString DataAge::describe(qint64 nowMs) const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("DataAge", text); };
    if (!loaded())
        return stale ? tr("back end unreachable, nothing loaded yet") : tr("not loaded yet");
    const QString age = durationText(nowMs - updatedMs);
    return stale ? tr("back end unreachable, data from %1 ago").arg(age)
                 : tr("updated %1 ago").arg(age);
}
