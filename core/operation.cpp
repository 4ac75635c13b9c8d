// SPDX-License-Identifier: MIT
#include "core/operation.h"

#include "core/wiretime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

template<class E, std::size_t N>
std::optional<E> enumFromName(QStringView name, const E (&all)[N], QString (*nameOf)(E))
{
    for (E e : all)
        if (name == nameOf(e))
            return e;
    return std::nullopt;
}

QJsonValue timeOrNull(qint64 ms)
{
    return ms ? QJsonValue(WireTime::format(ms)) : QJsonValue();
}

qint64 timeOf(const QJsonObject &o, const QString &key)
{
    return WireTime::parse(o.value(key).toString()).value_or(0);
}

template<class T> QJsonArray arrayOf(const QList<T> &list)
{
    QJsonArray a;
    for (const T &t : list)
        a.append(t.toJson());
    return a;
}

/** A count or mark: a whole JSON number from 0 to 2^53; nullopt for anything else (a string, a
 * fraction, a negative or a number too large to be exact), so garbage never reads as 0. */
std::optional<qint64> countOf(const QJsonValue &v)
{
    const qint64 n = v.isDouble() ? v.toInteger(-1) : -1;
    return n >= 0 ? std::optional(n) : std::nullopt;
}

template<class T> bool listFrom(const QJsonValue &v, QList<T> &out)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue &item : v.toArray()) {
        auto t = T::fromJson(item.toObject());
        if (!t)
            return false;
        out.append(*t);
    }
    return true;
}

} // namespace

QString operationKindName(OperationKind k)
{
    switch (k) {
    case OperationKind::Retry:
        return u"retry"_s;
    case OperationKind::Delete:
        return u"delete"_s;
    case OperationKind::Purge:
        return u"purge"_s;
    case OperationKind::ResetBreakers:
        return u"reset-breakers"_s;
    case OperationKind::CancelSyncs:
        return u"cancel-syncs"_s;
    case OperationKind::Move:
        return u"move"_s;
    }
    return {};
}

std::optional<OperationKind> operationKindFromName(QStringView name)
{
    static constexpr OperationKind all[]
        = { OperationKind::Retry, OperationKind::Delete, OperationKind::Purge,
              OperationKind::ResetBreakers, OperationKind::CancelSyncs, OperationKind::Move };
    return enumFromName(name, all, &operationKindName);
}

bool actsOnDeadLetters(OperationKind k)
{
    return k == OperationKind::Retry || k == OperationKind::Delete || k == OperationKind::Purge
        || k == OperationKind::Move;
}

QString operationStateName(OperationState s)
{
    switch (s) {
    case OperationState::Queued:
        return u"queued"_s;
    case OperationState::Running:
        return u"running"_s;
    case OperationState::Paused:
        return u"paused"_s;
    case OperationState::Succeeded:
        return u"succeeded"_s;
    case OperationState::Incomplete:
        return u"incomplete"_s;
    case OperationState::Failed:
        return u"failed"_s;
    case OperationState::Cancelled:
        return u"cancelled"_s;
    }
    return {};
}

std::optional<OperationState> operationStateFromName(QStringView name)
{
    static constexpr OperationState all[] = { OperationState::Queued, OperationState::Running,
        OperationState::Paused, OperationState::Succeeded, OperationState::Incomplete,
        OperationState::Failed, OperationState::Cancelled };
    return enumFromName(name, all, &operationStateName);
}

bool isFinished(OperationState s)
{
    return s == OperationState::Succeeded || s == OperationState::Incomplete
        || s == OperationState::Failed || s == OperationState::Cancelled;
}

QString operationActionName(OperationAction a)
{
    switch (a) {
    case OperationAction::Pause:
        return u"pause"_s;
    case OperationAction::Resume:
        return u"resume"_s;
    case OperationAction::Cancel:
        return u"cancel"_s;
    }
    return {};
}

QString operationItemOutcomeName(OperationItemOutcome o)
{
    switch (o) {
    case OperationItemOutcome::Pending:
        return u"pending"_s;
    case OperationItemOutcome::Succeeded:
        return u"succeeded"_s;
    case OperationItemOutcome::Failed:
        return u"failed"_s;
    case OperationItemOutcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

std::optional<OperationItemOutcome> operationItemOutcomeFromName(QStringView name)
{
    static constexpr OperationItemOutcome all[]
        = { OperationItemOutcome::Pending, OperationItemOutcome::Succeeded,
              OperationItemOutcome::Failed, OperationItemOutcome::Skipped };
    return enumFromName(name, all, &operationItemOutcomeName);
}

QJsonObject OperationSelector::toJson() const
{
    QJsonObject o;
    if (!ids.isEmpty()) {
        QJsonArray a;
        for (qint64 id : ids)
            a.append(id);
        o.insert(u"ids"_s, a);
    }
    if (!names.isEmpty())
        o.insert(u"names"_s, QJsonArray::fromStringList(names));
    if (filter)
        o.insert(u"filter"_s, *filter);
    if (highWater > 0)
        o.insert(u"highWater"_s, highWater);
    return o;
}

std::optional<OperationSelector> OperationSelector::fromJson(const QJsonObject &o)
{
    OperationSelector s;
    const QJsonValue ids = o.value(u"ids"_s);
    if (!ids.isUndefined()) {
        if (!ids.isArray())
            return std::nullopt;
        for (const QJsonValue &v : ids.toArray()) {
            if (!v.isDouble() || v.toInteger(-1) <= 0)
                return std::nullopt;
            s.ids.append(v.toInteger());
        }
    }
    const QJsonValue names = o.value(u"names"_s);
    if (!names.isUndefined()) {
        if (!names.isArray())
            return std::nullopt;
        for (const QJsonValue &v : names.toArray()) {
            if (!v.isString() || v.toString().isEmpty())
                return std::nullopt;
            s.names.append(v.toString());
        }
    }
    const QJsonValue filter = o.value(u"filter"_s);
    if (!filter.isUndefined()) {
        if (!filter.isString())
            return std::nullopt;
        s.filter = filter.toString();
    }
    const QJsonValue highWater = o.value(u"highWater"_s);
    if (!highWater.isUndefined()) {
        if (!highWater.isDouble() || highWater.toInteger(-1) < 0)
            return std::nullopt;
        s.highWater = highWater.toInteger();
    }
    return s;
}

QJsonObject OperationRequest::toJson() const
{
    QJsonObject o { { u"kind"_s, operationKindName(kind) }, { u"selector"_s, selector.toJson() },
        { u"dryRun"_s, dryRun }, { u"reason"_s, reason } };
    if (ratePerSecond > 0)
        o.insert(u"ratePerSecond"_s, ratePerSecond);
    if (!idempotencyKey.isEmpty())
        o.insert(u"idempotencyKey"_s, idempotencyKey);
    if (!target.isEmpty())
        o.insert(u"target"_s, target);
    return o;
}

std::optional<OperationRequest> OperationRequest::fromJson(const QJsonObject &o)
{
    OperationRequest r;
    const auto kind = operationKindFromName(o.value(u"kind"_s).toString());
    const auto selector = OperationSelector::fromJson(o.value(u"selector"_s).toObject());
    if (!kind || !o.value(u"selector"_s).isObject() || !selector)
        return std::nullopt;
    r.kind = *kind;
    r.selector = *selector;
    r.dryRun = o.value(u"dryRun"_s).toBool(false);
    r.ratePerSecond = o.value(u"ratePerSecond"_s).toDouble(0);
    r.idempotencyKey = o.value(u"idempotencyKey"_s).toString();
    r.reason = o.value(u"reason"_s).toString();
    r.target = o.value(u"target"_s).toString();
    return r;
}

QJsonObject OperationBreakdownEntry::toJson() const
{
    return { { u"key"_s, key }, { u"label"_s, label }, { u"source"_s, source },
        { u"count"_s, count } };
}

std::optional<OperationBreakdownEntry> OperationBreakdownEntry::fromJson(const QJsonObject &o)
{
    OperationBreakdownEntry e;
    e.key = o.value(u"key"_s).toString();
    const auto count = countOf(o.value(u"count"_s));
    if (e.key.isEmpty() || !count)
        return std::nullopt;
    e.label = o.value(u"label"_s).toString();
    e.source = o.value(u"source"_s).toString();
    e.count = *count;
    return e;
}

QJsonObject OperationPlan::toJson() const
{
    QJsonArray samples;
    for (const QJsonObject &s : sample)
        samples.append(s);
    return { { u"dryRun"_s, true }, { u"kind"_s, operationKindName(kind) },
        { u"selected"_s, selected }, { u"highWater"_s, highWater },
        { u"bySource"_s, arrayOf(bySource) }, { u"byGroup"_s, arrayOf(byGroup) },
        { u"sample"_s, samples } };
}

std::optional<OperationPlan> OperationPlan::fromJson(const QJsonObject &o)
{
    OperationPlan p;
    const auto kind = operationKindFromName(o.value(u"kind"_s).toString());
    const auto selected = countOf(o.value(u"selected"_s));
    if (!kind || !selected)
        return std::nullopt;
    p.kind = *kind;
    p.selected = *selected;
    p.highWater = o.value(u"highWater"_s).toInteger();
    if (!listFrom(o.value(u"bySource"_s), p.bySource)
        || !listFrom(o.value(u"byGroup"_s), p.byGroup))
        return std::nullopt;
    for (const QJsonValue &v : o.value(u"sample"_s).toArray())
        p.sample.append(v.toObject());
    return p;
}

QJsonObject OperationCounts::toJson() const
{
    return { { u"selected"_s, selected }, { u"succeeded"_s, succeeded }, { u"failed"_s, failed },
        { u"skipped"_s, skipped }, { u"pending"_s, pending() } };
}

std::optional<OperationCounts> OperationCounts::fromJson(const QJsonObject &o)
{
    const auto selected = countOf(o.value(u"selected"_s));
    const auto succeeded = countOf(o.value(u"succeeded"_s));
    const auto failed = countOf(o.value(u"failed"_s));
    const auto skipped = countOf(o.value(u"skipped"_s));
    if (!selected || !succeeded || !failed || !skipped)
        return std::nullopt;
    return OperationCounts { *selected, *succeeded, *failed, *skipped };
}

QJsonObject Operation::toJson() const
{
    QJsonObject o { { u"id"_s, id }, { u"kind"_s, operationKindName(kind) },
        { u"state"_s, operationStateName(state) }, { u"selector"_s, selector.toJson() },
        { u"ratePerSecond"_s, ratePerSecond }, { u"reason"_s, reason }, { u"actor"_s, actor },
        { u"counts"_s, counts.toJson() }, { u"itemsPerSecond"_s, itemsPerSecond },
        { u"skippedBy"_s, skippedBy }, { u"createdAt"_s, WireTime::format(createdMs) },
        { u"startedAt"_s, timeOrNull(startedMs) }, { u"finishedAt"_s, timeOrNull(finishedMs) } };
    o.insert(
        u"idempotencyKey"_s, idempotencyKey.isEmpty() ? QJsonValue() : QJsonValue(idempotencyKey));
    o.insert(u"etaSeconds"_s, etaSeconds >= 0 ? QJsonValue(etaSeconds) : QJsonValue());
    o.insert(
        u"reconciliation"_s, reconciliation.isEmpty() ? QJsonValue() : QJsonValue(reconciliation));
    if (!target.isEmpty())
        o.insert(u"target"_s, target);
    return o;
}

std::optional<Operation> Operation::fromJson(const QJsonObject &o)
{
    Operation op;
    op.id = o.value(u"id"_s).toString();
    const auto kind = operationKindFromName(o.value(u"kind"_s).toString());
    const auto state = operationStateFromName(o.value(u"state"_s).toString());
    const auto selector = OperationSelector::fromJson(o.value(u"selector"_s).toObject());
    const auto counts = OperationCounts::fromJson(o.value(u"counts"_s).toObject());
    if (op.id.isEmpty() || !kind || !state || !selector || !counts)
        return std::nullopt;
    op.kind = *kind;
    op.state = *state;
    op.selector = *selector;
    op.counts = *counts;
    op.ratePerSecond = o.value(u"ratePerSecond"_s).toDouble();
    op.idempotencyKey = o.value(u"idempotencyKey"_s).toString();
    op.reason = o.value(u"reason"_s).toString();
    op.actor = o.value(u"actor"_s).toString();
    op.target = o.value(u"target"_s).toString();
    op.itemsPerSecond = o.value(u"itemsPerSecond"_s).toDouble();
    op.etaSeconds = o.value(u"etaSeconds"_s).isDouble() ? o.value(u"etaSeconds"_s).toInteger() : -1;
    op.skippedBy = o.value(u"skippedBy"_s).toObject();
    op.reconciliation = o.value(u"reconciliation"_s).toString();
    op.createdMs = timeOf(o, u"createdAt"_s);
    op.startedMs = timeOf(o, u"startedAt"_s);
    op.finishedMs = timeOf(o, u"finishedAt"_s);
    return op;
}

QJsonObject OperationItem::toJson() const
{
    QJsonObject o { { u"key"_s, key }, { u"source"_s, source },
        { u"outcome"_s, operationItemOutcomeName(outcome) },
        { u"finishedAt"_s, timeOrNull(finishedMs) } };
    o.insert(u"detail"_s, detail.isEmpty() ? QJsonValue() : QJsonValue(detail));
    return o;
}

std::optional<OperationItem> OperationItem::fromJson(const QJsonObject &o)
{
    OperationItem i;
    i.key = o.value(u"key"_s).toString();
    const auto outcome = operationItemOutcomeFromName(o.value(u"outcome"_s).toString());
    if (i.key.isEmpty() || !outcome)
        return std::nullopt;
    i.outcome = *outcome;
    i.source = o.value(u"source"_s).toString();
    i.detail = o.value(u"detail"_s).toString();
    i.finishedMs = timeOf(o, u"finishedAt"_s);
    return i;
}
