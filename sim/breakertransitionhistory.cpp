// SPDX-License-Identifier: MIT
#include "sim/breakertransitionhistory.h"

#include "core/clock.h"
#include "sim/httprequest.h"
#include "sim/httpresponse.h"
#include "sim/metrichistoryrecorder.h"
#include "sim/simdatabase.h"
#include "sim/simengine.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

BreakerTransitionLog BreakerTransitionHistory::between(
    SimEngine &engine, qint64 fromMs, qint64 toMs)
{
    BreakerTransitionLog log;
    QSet<QString> seen;
    auto add = [&](const QString &breaker, const BreakerTransition &t) {
        if (t.timeMs < fromMs || t.timeMs > toMs)
            return;
        const QString id = breaker + u'\x1f' + QString::number(t.timeMs) + u'\x1f'
            + breakerStateName(t.from) + u'\x1f' + breakerStateName(t.to);
        if (seen.contains(id))
            return;
        seen.insert(id);
        log.items.append({ breaker, t });
    };
    // The event's time is when the transition was committed; the snapshot's
    // own transition may be a few ms earlier, so read a little wider.
    QSqlQuery q = engine.database().prepare(
        u"SELECT data FROM events WHERE type = 'breaker.transition' AND time_ms >= ? AND time_ms <= ? ORDER BY seq"_s);
    q.bindValue(0, fromMs - 60000);
    q.bindValue(1, toMs + 60000);
    if (engine.database().exec(q)) {
        while (q.next()) {
            const auto snapshot = BreakerSnapshot::fromJson(
                QJsonDocument::fromJson(q.value(0).toByteArray()).object());
            if (snapshot && !snapshot->transitions.isEmpty())
                add(snapshot->name, snapshot->transitions.constLast());
        }
    }
    for (const BreakerSnapshot &b : engine.breakers())
        for (const BreakerTransition &t : b.transitions)
            add(b.name, t);
    std::stable_sort(log.items.begin(), log.items.end(),
        [](const auto &a, const auto &b) { return a.transition.timeMs < b.transition.timeMs; });
    return log;
}

HttpResponse BreakerTransitionHistory::respond(SimEngine &engine, const HttpRequest &request)
{
    const auto range = MetricHistoryRecorder::rangeOf(request, engine.clock().nowMs());
    if (const auto *p = std::get_if<Problem>(&range))
        return HttpResponse::problem(*p);
    const auto [from, to] = std::get<std::pair<qint64, qint64>>(range);
    return HttpResponse::json(200, between(engine, from, to).toJson());
}
