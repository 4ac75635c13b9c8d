// SPDX-License-Identifier: MIT
#include "core/metrichistory.h"

#include "core/wiretime.h"

#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

// Points travel as [epochMs, value] pairs: a day of 10 s steps is 8,640 points
// per series, and objects with RFC 3339 keys would triple the payload.
// A missing value (no traffic in a step) is simply an absent point.

QJsonObject MetricHistorySeries::toJson() const
{
    QJsonArray pts;
    for (const MetricPoint &p : points)
        pts.append(QJsonArray { p.timeMs, std::isfinite(p.value) ? p.value : 0.0 });
    return { { u"metric"_s, metric }, { u"integration"_s, integration }, { u"points"_s, pts } };
}

std::optional<MetricHistorySeries> MetricHistorySeries::fromJson(const QJsonObject &o)
{
    MetricHistorySeries s;
    if (!o.value(u"metric"_s).isString() || !o.value(u"points"_s).isArray())
        return std::nullopt;
    s.metric = o.value(u"metric"_s).toString();
    if (s.metric.isEmpty())
        return std::nullopt;
    const QJsonValue integration = o.value(u"integration"_s);
    if (!integration.isUndefined() && !integration.isNull() && !integration.isString())
        return std::nullopt;
    s.integration = integration.toString();
    const QJsonArray pts = o.value(u"points"_s).toArray();
    s.points.reserve(pts.size());
    for (const QJsonValue &v : pts) {
        const QJsonArray pair = v.toArray();
        if (!v.isArray() || pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
            return std::nullopt;
        s.points.append({ pair.at(0).toInteger(), pair.at(1).toDouble() });
    }
    return s;
}

QJsonObject MetricHistory::toJson() const
{
    QJsonArray ss;
    for (const MetricHistorySeries &s : series)
        ss.append(s.toJson());
    return { { u"from"_s, WireTime::format(fromMs) }, { u"to"_s, WireTime::format(toMs) },
        { u"stepMs"_s, stepMs }, { u"series"_s, ss } };
}

std::optional<MetricHistory> MetricHistory::fromJson(const QJsonObject &o)
{
    const auto from = WireTime::parse(o.value(u"from"_s).toString());
    const auto to = WireTime::parse(o.value(u"to"_s).toString());
    if (!from || !to || !o.value(u"stepMs"_s).isDouble() || !o.value(u"series"_s).isArray())
        return std::nullopt;
    MetricHistory h;
    h.fromMs = *from;
    h.toMs = *to;
    h.stepMs = o.value(u"stepMs"_s).toInteger();
    if (h.stepMs < 0 || h.toMs < h.fromMs)
        return std::nullopt;
    for (const QJsonValue &v : o.value(u"series"_s).toArray()) {
        auto s = MetricHistorySeries::fromJson(v.toObject());
        if (!v.isObject() || !s)
            return std::nullopt;
        h.series.append(std::move(*s));
    }
    return h;
}

QJsonObject BreakerTransitionLog::toJson() const
{
    QJsonArray a;
    for (const Entry &e : items) {
        QJsonObject o = e.transition.toJson();
        o.insert(u"breaker"_s, e.breaker);
        a.append(o);
    }
    return { { u"items"_s, a } };
}

std::optional<BreakerTransitionLog> BreakerTransitionLog::fromJson(const QJsonObject &o)
{
    if (!o.value(u"items"_s).isArray())
        return std::nullopt;
    BreakerTransitionLog log;
    for (const QJsonValue &v : o.value(u"items"_s).toArray()) {
        const QJsonObject e = v.toObject();
        const QString breaker = e.value(u"breaker"_s).toString();
        auto t = BreakerTransition::fromJson(e);
        if (breaker.isEmpty() || !t)
            return std::nullopt;
        log.items.append({ breaker, *t });
    }
    return log;
}
