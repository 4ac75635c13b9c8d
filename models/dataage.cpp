// SPDX-License-Identifier: MIT
#include "models/dataage.h"

#include "models/durationtext.h"

#include <QCoreApplication>

namespace {
// The translation context, named in each call so that lupdate files the texts under it.
struct DataAgeText {
    Q_DECLARE_TR_FUNCTIONS(DataAge)
};
} // namespace

QString DataAge::describe(qint64 nowMs) const
{
    if (!loaded())
        return stale ? DataAgeText::tr("back end unreachable, nothing loaded yet")
                     : DataAgeText::tr("not loaded yet");
    const QString age = durationText(nowMs - updatedMs);
    return stale ? DataAgeText::tr("back end unreachable, data from %1 ago").arg(age)
                 : DataAgeText::tr("updated %1 ago").arg(age);
}
