// SPDX-License-Identifier: MIT
#include "ui/reports/offlinemarking.h"

#include "models/workspace.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

QString OfflineMarking::rangeText(qint64 fromMs, qint64 toMs)
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs);
    const QLocale locale;
    const QString end = from.date() == to.date() ? locale.toString(to.time(), QLocale::ShortFormat)
                                                 : locale.toString(to, QLocale::ShortFormat);
    return tr("%1 \u2013 %2").arg(locale.toString(from, QLocale::ShortFormat), end);
}

QString OfflineMarking::bannerText(const Workspace *workspace)
{
    if (!workspace || !workspace->isOffline())
        return {};
    const Workspace::OfflineSource &source = *workspace->offlineSource();
    return tr("OFFLINE \u2014 snapshot of %1, %2")
        .arg(source.sourceName, rangeText(source.fromMs, source.toMs));
}

QString OfflineMarking::bannerStyle()
{
    return u"background-color: #455a64; color: #ffffff; padding: 3px; border-radius: 2px;"_s;
}

QString OfflineMarking::stateText(const Workspace *workspace)
{
    if (!workspace || !workspace->isOffline())
        return {};
    return tr("%1: offline, taken %2")
        .arg(workspace->name(),
            QLocale().toString(QDateTime::fromMSecsSinceEpoch(workspace->offlineSource()->takenMs),
                QLocale::ShortFormat));
}
