// SPDX-License-Identifier: MIT
#include "core/breaker.h"

#include "core/wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString breakerStateName(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return u"CLOSED"_s;
    case BreakerState::Open:
        return u"OPEN"_s;
    case BreakerState::HalfOpen:
        return u"HALF_OPEN"_s;
    case BreakerState::ForcedOpen:
        return u"FORCED_OPEN"_s;
    case BreakerState::Disabled:
        return u"DISABLED"_s;
    }
    return {};
}

std::optional<BreakerState> breakerStateFromName(QStringView name)
{
    for (auto s : { BreakerState::Closed, BreakerState::Open, BreakerState::HalfOpen,
             BreakerState::ForcedOpen, BreakerState::Disabled }) {
        if (name == breakerStateName(s))
            return s;
    }
    return std::nullopt;
}

QJsonObject BreakerTransition::toJson() const
{
    QJsonObject o { { u"time"_s, WireTime::format(timeMs) }, { u"from"_s, breakerStateName(from) },
        { u"to"_s, breakerStateName(to) }, { u"cause"_s, cause } };
    if (!reason.isEmpty())
        o.insert(u"reason"_s, reason);
    if (!actor.isEmpty())
        o.insert(u"actor"_s, actor);
    return o;
}

std::optional<BreakerTransition> BreakerTransition::fromJson(const QJsonObject &o)
{
    const auto from = breakerStateFromName(o.value(u"from"_s).toString());
    const auto to = breakerStateFromName(o.value(u"to"_s).toString());
    const auto time = WireTime::parse(o.value(u"time"_s).toString());
    if (!from || !to || !time)
        return std::nullopt;
    return BreakerTransition { *time, *from, *to, o.value(u"cause"_s).toString(),
        o.value(u"reason"_s).toString(), o.value(u"actor"_s).toString() };
}

QJsonObject BreakerConfig::toJson() const
{
    return { { u"windowSize"_s, windowSize }, { u"minimumCalls"_s, minimumCalls },
        { u"failureRateThreshold"_s, failureRateThreshold },
        { u"slowCallRateThreshold"_s, slowCallRateThreshold },
        { u"slowCallDurationMs"_s, slowCallDurationMs }, { u"waitInOpenMs"_s, waitInOpenMs },
        { u"permittedCallsInHalfOpen"_s, permittedCallsInHalfOpen } };
}

BreakerConfig BreakerConfig::fromJson(const QJsonObject &o)
{
    return fromJson(o, BreakerConfig {});
}

BreakerConfig BreakerConfig::fromJson(const QJsonObject &o, const BreakerConfig &d)
{
    BreakerConfig c;
    c.windowSize = o.value(u"windowSize"_s).toInt(d.windowSize);
    c.minimumCalls = o.value(u"minimumCalls"_s).toInt(d.minimumCalls);
    c.failureRateThreshold = o.value(u"failureRateThreshold"_s).toDouble(d.failureRateThreshold);
    c.slowCallRateThreshold = o.value(u"slowCallRateThreshold"_s).toDouble(d.slowCallRateThreshold);
    c.slowCallDurationMs = o.value(u"slowCallDurationMs"_s).toInt(d.slowCallDurationMs);
    c.waitInOpenMs = o.value(u"waitInOpenMs"_s).toInt(d.waitInOpenMs);
    c.permittedCallsInHalfOpen
        = o.value(u"permittedCallsInHalfOpen"_s).toInt(d.permittedCallsInHalfOpen);
    return c;
}

QJsonObject BreakerSnapshot::toJson() const
{
    QJsonArray ts;
    for (const auto &t : transitions)
        ts.append(t.toJson());
    QJsonObject o { { u"name"_s, name }, { u"integration"_s, integration },
        { u"state"_s, breakerStateName(state) }, { u"config"_s, config.toJson() },
        { u"failureRate"_s, failureRate }, { u"slowCallRate"_s, slowCallRate },
        { u"bufferedCalls"_s, bufferedCalls }, { u"failedCalls"_s, failedCalls },
        { u"slowCalls"_s, slowCalls }, { u"notPermittedCalls"_s, notPermittedCalls },
        { u"transitions"_s, ts } };
    o.insert(u"openedAt"_s, openedAtMs ? QJsonValue(WireTime::format(openedAtMs)) : QJsonValue());
    o.insert(u"nextProbeAt"_s,
        nextProbeAtMs ? QJsonValue(WireTime::format(nextProbeAtMs)) : QJsonValue());
    return o;
}

std::optional<BreakerSnapshot> BreakerSnapshot::fromJson(const QJsonObject &o)
{
    BreakerSnapshot b;
    b.name = o.value(u"name"_s).toString();
    const auto state = breakerStateFromName(o.value(u"state"_s).toString());
    if (b.name.isEmpty() || !state)
        return std::nullopt;
    b.state = *state;
    b.integration = o.value(u"integration"_s).toString();
    b.config = BreakerConfig::fromJson(o.value(u"config"_s).toObject());
    b.failureRate = o.value(u"failureRate"_s).toDouble(-1);
    b.slowCallRate = o.value(u"slowCallRate"_s).toDouble(-1);
    b.bufferedCalls = o.value(u"bufferedCalls"_s).toInt();
    b.failedCalls = o.value(u"failedCalls"_s).toInt();
    b.slowCalls = o.value(u"slowCalls"_s).toInt();
    b.notPermittedCalls = o.value(u"notPermittedCalls"_s).toInteger();
    b.openedAtMs = WireTime::parse(o.value(u"openedAt"_s).toString()).value_or(0);
    b.nextProbeAtMs = WireTime::parse(o.value(u"nextProbeAt"_s).toString()).value_or(0);
    for (const auto &v : o.value(u"transitions"_s).toArray()) {
        if (auto t = BreakerTransition::fromJson(v.toObject()))
            b.transitions.append(*t);
    }
    return b;
}
