// SPDX-License-Identifier: MIT
#include "core/opsevent.h"

#include "core/wiretime.h"

using namespace Qt::StringLiterals;

QJsonObject OpsEvent::toJson() const
{
    return { { u"seq"_s, seq }, { u"type"_s, type }, { u"time"_s, WireTime::format(timeMs) },
        { u"data"_s, data } };
}

std::optional<OpsEvent> OpsEvent::fromJson(const QJsonObject &o)
{
    OpsEvent e;
    e.type = o.value(u"type"_s).toString();
    if (e.type.isEmpty() || !o.value(u"seq"_s).isDouble())
        return std::nullopt;
    e.seq = o.value(u"seq"_s).toInteger();
    e.timeMs = WireTime::parse(o.value(u"time"_s).toString()).value_or(0);
    e.data = o.value(u"data"_s).toObject();
    return e;
}
