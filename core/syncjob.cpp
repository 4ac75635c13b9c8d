// SPDX-License-Identifier: MIT
#include "core/syncjob.h"

#include "core/wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QString syncStateName(SyncState s)
{
    switch (s) {
    case SyncState::Queued:
        return u"queued"_s;
    case SyncState::Running:
        return u"running"_s;
    case SyncState::Paused:
        return u"paused"_s;
    case SyncState::Succeeded:
        return u"succeeded"_s;
    case SyncState::Failed:
        return u"failed"_s;
    case SyncState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<SyncState> syncStateFromName(QStringView name)
{
    for (auto s : { SyncState::Queued, SyncState::Running, SyncState::Paused, SyncState::Succeeded,
             SyncState::Failed, SyncState::Cancelled })
        if (name == syncStateName(s))
            return s;
    return std::nullopt;
}

bool isFinished(SyncState s)
{
    return s == SyncState::Succeeded || s == SyncState::Failed || s == SyncState::Cancelled;
}

QJsonObject SyncJob::toJson() const
{
    QJsonArray ms;
    for (int m : milestones)
        ms.append(m);
    QJsonObject o { { u"id"_s, id }, { u"name"_s, name }, { u"integration"_s, integration },
        { u"state"_s, syncStateName(state) }, { u"total"_s, total }, { u"processed"_s, processed },
        { u"failed"_s, failed }, { u"throughput"_s, throughput }, { u"page"_s, page },
        { u"pages"_s, pages }, { u"pageSize"_s, pageSize }, { u"milestones"_s, ms },
        { u"createdAt"_s, WireTime::format(createdMs) } };
    o.insert(u"etaSeconds"_s, etaSeconds >= 0 ? QJsonValue(etaSeconds) : QJsonValue());
    o.insert(u"startedAt"_s, startedMs ? QJsonValue(WireTime::format(startedMs)) : QJsonValue());
    o.insert(u"finishedAt"_s, finishedMs ? QJsonValue(WireTime::format(finishedMs)) : QJsonValue());
    o.insert(u"error"_s, error.isEmpty() ? QJsonValue() : QJsonValue(error));
    if (itemsPerSecond > 0)
        o.insert(u"itemsPerSecond"_s, itemsPerSecond);
    return o;
}

std::optional<SyncJob> SyncJob::fromJson(const QJsonObject &o)
{
    SyncJob j;
    j.id = o.value(u"id"_s).toString();
    const auto state = syncStateFromName(o.value(u"state"_s).toString());
    if (j.id.isEmpty() || !state)
        return std::nullopt;
    j.state = *state;
    j.name = o.value(u"name"_s).toString();
    j.integration = o.value(u"integration"_s).toString();
    j.total = o.value(u"total"_s).toInteger();
    j.processed = o.value(u"processed"_s).toInteger();
    j.failed = o.value(u"failed"_s).toInteger();
    j.throughput = o.value(u"throughput"_s).toDouble();
    j.etaSeconds = o.value(u"etaSeconds"_s).isDouble() ? o.value(u"etaSeconds"_s).toInteger() : -1;
    j.page = o.value(u"page"_s).toInt();
    j.pages = o.value(u"pages"_s).toInt();
    j.pageSize = o.value(u"pageSize"_s).toInt();
    j.itemsPerSecond = o.value(u"itemsPerSecond"_s).toDouble();
    for (const auto &m : o.value(u"milestones"_s).toArray())
        j.milestones.append(m.toInt());
    j.createdMs = WireTime::parse(o.value(u"createdAt"_s).toString()).value_or(0);
    j.startedMs = WireTime::parse(o.value(u"startedAt"_s).toString()).value_or(0);
    j.finishedMs = WireTime::parse(o.value(u"finishedAt"_s).toString()).value_or(0);
    j.error = o.value(u"error"_s).toString();
    return j;
}
