// SPDX-License-Identifier: MIT
#include "core/backendtypes.h"

#include "core/wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {
constexpr Capability allCapabilities[]
    = { Capability::Metrics, Capability::Syncs, Capability::DeadLetters, Capability::Breakers,
          Capability::Operations, Capability::Events, Capability::DeadLetterMove };

/** A list item that is a plain string or an object with a "name" (servers differ). */
QString nameOf(const QJsonValue &v)
{
    return v.isObject() ? v.toObject().value(u"name"_s).toString() : v.toString();
}
} // namespace

QString capabilityName(Capability c)
{
    switch (c) {
    case Capability::Metrics:
        return u"metrics"_s;
    case Capability::Syncs:
        return u"syncs"_s;
    case Capability::DeadLetters:
        return u"deadletters"_s;
    case Capability::Breakers:
        return u"breakers"_s;
    case Capability::Operations:
        return u"operations"_s;
    case Capability::Events:
        return u"events"_s;
    case Capability::DeadLetterMove:
        return u"deadletter-move"_s;
    }
    return {};
}

std::optional<Capability> capabilityFromName(QStringView name)
{
    for (Capability c : allCapabilities)
        if (name == capabilityName(c))
            return c;
    return std::nullopt;
}

Capabilities capabilitiesFromNames(const QStringList &names)
{
    Capabilities caps;
    for (const QString &n : names)
        if (const auto c = capabilityFromName(n))
            caps |= *c;
    return caps;
}

std::optional<BackendInfo> BackendInfo::fromJson(const QJsonObject &o)
{
    BackendInfo info;
    info.name = o.value(u"name"_s).toString();
    if (info.name.isEmpty() || !o.value(u"capabilities"_s).isArray())
        return std::nullopt;
    info.version = o.value(u"version"_s).toString();
    const QJsonValue api = o.value(u"apiVersion"_s);
    info.apiVersion = api.isDouble() ? QString::number(api.toDouble()) : api.toString();
    info.serverTimeMs = WireTime::parse(o.value(u"serverTime"_s).toString()).value_or(0);
    info.scenario = o.value(u"scenario"_s).toString();
    for (const QJsonValue &v : o.value(u"capabilities"_s).toArray())
        info.capabilities.append(nameOf(v));
    for (const QJsonValue &v : o.value(u"integrations"_s).toArray())
        info.integrations.append(nameOf(v));
    const QJsonObject identity = o.value(u"identity"_s).toObject();
    info.role = identity.value(u"role"_s).toString();
    info.tokenId = identity.value(u"tokenId"_s).toString();
    return info;
}

QString breakerActionName(BreakerAction a)
{
    switch (a) {
    case BreakerAction::Reset:
        return u"reset"_s;
    case BreakerAction::ForceOpen:
        return u"force-open"_s;
    case BreakerAction::Disable:
        return u"disable"_s;
    case BreakerAction::Release:
        return u"release"_s;
    }
    return {};
}

QString syncActionName(SyncAction a)
{
    switch (a) {
    case SyncAction::Cancel:
        return u"cancel"_s;
    case SyncAction::Pause:
        return u"pause"_s;
    case SyncAction::Resume:
        return u"resume"_s;
    case SyncAction::RetryFailed:
        return u"retry-failed"_s;
    }
    return {};
}

QJsonObject SyncRequest::toJson() const
{
    QJsonObject o { { u"integration"_s, integration }, { u"total"_s, total },
        { u"reason"_s, reason } };
    if (!name.isEmpty())
        o.insert(u"name"_s, name);
    if (pageSize > 0)
        o.insert(u"pageSize"_s, pageSize);
    if (itemsPerSecond > 0)
        o.insert(u"itemsPerSecond"_s, itemsPerSecond);
    return o;
}

std::optional<DeadLetterPage> DeadLetterPage::fromJson(const QJsonObject &o)
{
    DeadLetterPage page;
    if (!itemsFromJson(o, page.items))
        return std::nullopt;
    // Cursors are opaque; a server may still send a number.
    const QJsonValue next = o.value(u"nextCursor"_s);
    page.nextCursor = next.isDouble() ? QString::number(next.toInteger()) : next.toString();
    return page;
}

std::optional<DeadLetterGroups> DeadLetterGroups::fromJson(const QJsonObject &o)
{
    DeadLetterGroups groups;
    if (!itemsFromJson(o, groups.items))
        return std::nullopt;
    groups.total = o.value(u"total"_s).toInteger();
    return groups;
}

std::optional<DeadLetterRetry> DeadLetterRetry::fromJson(const QJsonObject &o)
{
    const QString outcome = o.value(u"outcome"_s).toString();
    auto letter = DeadLetter::fromJson(o.value(u"letter"_s).toObject());
    if ((outcome != u"delivered" && outcome != u"failed") || !letter)
        return std::nullopt;
    const QJsonValue error = o.value(u"error"_s);
    // The error may be a string or a DeadLetterError object.
    return DeadLetterRetry { outcome == u"delivered", std::move(*letter),
        error.isObject() ? error.toObject().value(u"message"_s).toString() : error.toString() };
}

std::optional<DeadLetterDeletion> DeadLetterDeletion::fromJson(const QJsonObject &o)
{
    const auto status = deadLetterStatusFromName(o.value(u"status"_s).toString());
    if (!o.value(u"id"_s).isDouble() || !status)
        return std::nullopt;
    return DeadLetterDeletion { o.value(u"id"_s).toInteger(), *status };
}
