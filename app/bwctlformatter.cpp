// SPDX-License-Identifier: MIT
#include "app/bwctlformatter.h"

#include "app/bwctltable.h"
#include "core/wiretime.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

/** Messages in a table row are cut here, so a row fits a wide terminal. */
constexpr int messageWidth = 60;

using Fields = QList<std::pair<QString, QString>>;

/** "Label   value" lines, labels padded to the widest; empty values are left out. */
QString fieldLines(const Fields &fields)
{
    qsizetype width = 0;
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            width = std::max(width, label.size());
    QString text;
    for (const auto &[label, value] : fields)
        if (!value.isEmpty())
            text += QString(label + u':').leftJustified(width + 3) + value + u'\n';
    return text;
}

QString percent(double rate)
{
    return rate < 0 ? u"-"_s : QString::number(rate, 'f', 1) + u'%';
}

QString count(qint64 n)
{
    return QString::number(n);
}

/** 3725 s as "1h 02m", 200 s as "3m 20s"; "-" when unknown. */
QString duration(qint64 seconds)
{
    if (seconds < 0)
        return u"-"_s;
    if (seconds >= 3600)
        return u"%1h %2m"_s.arg(seconds / 3600).arg(seconds % 3600 / 60, 2, 10, QChar(u'0'));
    if (seconds >= 60)
        return u"%1m %2s"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
    return u"%1s"_s.arg(seconds);
}

QString progress(const SyncJob &job)
{
    const int percentDone = job.total > 0 ? int(job.processed * 100 / job.total) : 0;
    return u"%1/%2 (%3%)"_s.arg(job.processed).arg(job.total).arg(percentDone);
}

QString throughput(double itemsPerSecond)
{
    return QString::number(itemsPerSecond, 'f', 1) + u"/s"_s;
}

/**
 * Text as stored, each line indented under its heading. Payloads are not
 * reformatted: someone editing one for a retry must see what was sent.
 */
QString indented(const QByteArray &text)
{
    QString lines;
    for (const QString &line : QString::fromUtf8(text).split(u'\n')) {
        if (!line.isEmpty())
            lines += u"  "_s + line + u'\n';
    }
    return lines;
}

/** `{"items": [...]}` entries, each value encoded by `encode`. */
template<class T, class Encode> QJsonArray jsonArray(const QList<T> &values, Encode encode)
{
    QJsonArray items;
    for (const T &value : values)
        items.append(std::invoke(encode, value));
    return items;
}

QString joined(const QStringList &names)
{
    return names.join(u", "_s);
}

} // namespace

QString BwctlFormatter::document(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString BwctlFormatter::localTime(qint64 ms)
{
    if (ms <= 0)
        return u"-"_s;
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QJsonObject BwctlFormatter::infoJson(const BackendInfo &info)
{
    QJsonObject o { { u"name"_s, info.name }, { u"version"_s, info.version },
        { u"apiVersion"_s, info.apiVersion },
        { u"serverTime"_s, WireTime::format(info.serverTimeMs) },
        { u"capabilities"_s, QJsonArray::fromStringList(info.capabilities) },
        { u"integrations"_s, QJsonArray::fromStringList(info.integrations) },
        { u"identity"_s,
            QJsonObject { { u"role"_s, info.role }, { u"tokenId"_s, info.tokenId } } } };
    if (!info.scenario.isEmpty())
        o.insert(u"scenario"_s, info.scenario);
    return o;
}

QJsonObject BwctlFormatter::summaryJson(const DeadLetter &letter)
{
    return letter.toSummaryJson();
}

QString BwctlFormatter::info(const BackendInfo &info, const QUrl &url) const
{
    if (m_style == Style::Json)
        return document(infoJson(info));
    return fieldLines({
        { tr("Server"), tr("%1 %2 (Ops API %3)").arg(info.name, info.version, info.apiVersion) },
        { tr("URL"), url.toString() },
        { tr("Server time"), localTime(info.serverTimeMs) },
        { tr("Scenario"), info.scenario },
        { tr("Signed in as"),
            info.tokenId.isEmpty() ? info.role : tr("%1 (token %2)").arg(info.role, info.tokenId) },
        { tr("Capabilities"), joined(info.capabilities) },
        { tr("Integrations"), joined(info.integrations) },
    });
}

QString BwctlFormatter::breakers(const QList<BreakerSnapshot> &breakers) const
{
    if (m_style == Style::Json) {
        return document({ { u"items"_s, jsonArray(breakers, &BreakerSnapshot::toJson) } });
    }
    BwctlTable table({ tr("NAME"), tr("STATE"), tr("INTEGRATION"), tr("FAILURES"), tr("SLOW"),
        tr("CALLS"), tr("REJECTED"), tr("OPENED AT") });
    for (int column : { 3, 4, 5, 6 })
        table.setRightAligned(column);
    for (const BreakerSnapshot &b : breakers) {
        table.addRow({ b.name, breakerStateName(b.state), b.integration, percent(b.failureRate),
            percent(b.slowCallRate), count(b.bufferedCalls), count(b.notPermittedCalls),
            localTime(b.openedAtMs) });
    }
    return table.toString();
}

QString BwctlFormatter::breaker(const BreakerSnapshot &b) const
{
    if (m_style == Style::Json)
        return document(b.toJson());
    const BreakerConfig &c = b.config;
    QString text = fieldLines({
        { tr("Name"), b.name },
        { tr("Integration"), b.integration },
        { tr("State"), breakerStateName(b.state) },
        { tr("Failure rate"),
            tr("%1 (opens at %2)").arg(percent(b.failureRate), percent(c.failureRateThreshold)) },
        { tr("Slow-call rate"),
            tr("%1 (opens at %2; slow is %3 ms or more)")
                .arg(percent(b.slowCallRate), percent(c.slowCallRateThreshold))
                .arg(c.slowCallDurationMs) },
        { tr("Window"),
            tr("%1 of %2 calls (%3 failed, %4 slow; rates from %5 calls)")
                .arg(b.bufferedCalls)
                .arg(c.windowSize)
                .arg(b.failedCalls)
                .arg(b.slowCalls)
                .arg(c.minimumCalls) },
        { tr("Rejected calls"), count(b.notPermittedCalls) },
        { tr("Opened at"), b.openedAtMs ? localTime(b.openedAtMs) : QString() },
        { tr("Next probe"), b.nextProbeAtMs ? localTime(b.nextProbeAtMs) : QString() },
    });
    if (!b.transitions.isEmpty()) {
        BwctlTable table({ tr("TIME"), tr("FROM"), tr("TO"), tr("CAUSE"), tr("BY"), tr("REASON") });
        for (const BreakerTransition &t : b.transitions) {
            table.addRow({ localTime(t.timeMs), breakerStateName(t.from), breakerStateName(t.to),
                BwctlTable::elided(t.cause, messageWidth), t.actor,
                BwctlTable::elided(t.reason, messageWidth) });
        }
        text += u'\n' + tr("Transitions (oldest first):") + u'\n' + table.toString();
    }
    return text;
}

QString BwctlFormatter::breakerActedOn(const BreakerSnapshot &b) const
{
    if (m_style == Style::Json)
        return document(b.toJson());
    return tr("Breaker %1 is now %2.").arg(b.name, breakerStateName(b.state)) + u'\n';
}

QString BwctlFormatter::deadLetters(
    const QList<DeadLetter> &letters, const QString &nextCursor) const
{
    if (m_style == Style::Json) {
        return document({ { u"items"_s, jsonArray(letters, &BwctlFormatter::summaryJson) },
            { u"nextCursor"_s, nextCursor.isEmpty() ? QJsonValue() : QJsonValue(nextCursor) } });
    }
    if (letters.isEmpty())
        return tr("No active dead letters match.") + u'\n';
    BwctlTable table({ tr("ID"), tr("SOURCE"), tr("ERROR"), tr("HTTP"), tr("ATTEMPTS"),
        tr("LAST FAILURE"), tr("MESSAGE") });
    for (int column : { 0, 3, 4 })
        table.setRightAligned(column);
    for (const DeadLetter &l : letters) {
        table.addRow({ count(l.id), l.source, l.error.errorClass,
            l.error.httpStatus ? count(l.error.httpStatus) : u"-"_s, count(l.attempts),
            localTime(l.lastFailureMs), BwctlTable::elided(l.error.message, messageWidth) });
    }
    const QString footer = nextCursor.isEmpty()
        ? tr("%n dead letter(s).", nullptr, int(letters.size()))
        : tr("%n dead letter(s) shown; more match (raise --limit to see them).", nullptr,
            int(letters.size()));
    return table.toString() + footer + u'\n';
}

QString BwctlFormatter::deadLetterGroups(const DeadLetterGroups &groups) const
{
    if (m_style == Style::Json) {
        return document({ { u"items"_s, jsonArray(groups.items, &DeadLetterGroup::toJson) },
            { u"total"_s, groups.total } });
    }
    if (groups.items.isEmpty())
        return tr("No active dead letters match.") + u'\n';
    BwctlTable table(
        { tr("COUNT"), tr("SOURCE"), tr("ERROR"), tr("LAST FAILURE"), tr("GROUP"), tr("MESSAGE") });
    table.setRightAligned(0);
    for (const DeadLetterGroup &g : groups.items) {
        table.addRow({ count(g.count), g.source, g.errorClass, localTime(g.lastFailureMs),
            g.fingerprint, BwctlTable::elided(g.message, messageWidth) });
    }
    return table.toString()
        + tr("%n dead letter(s) in %1 group(s).", nullptr, int(groups.total))
              .arg(groups.items.size())
        + u'\n';
}

QString BwctlFormatter::deadLetter(const DeadLetter &l) const
{
    if (m_style == Style::Json)
        return document(l.toJson());
    QString text = fieldLines({
        { tr("ID"), count(l.id) },
        { tr("Status"), deadLetterStatusName(l.status) },
        { tr("Source"), l.source },
        { tr("Destination"), l.destination },
        { tr("Message id"), l.messageId },
        { tr("Request id"), l.requestId },
        { tr("Attempts"), count(l.attempts) },
        { tr("First failure"), localTime(l.firstFailureMs) },
        { tr("Last failure"), localTime(l.lastFailureMs) },
        { tr("Group"), l.fingerprint },
        { tr("Error"), l.error.errorClass },
        { tr("HTTP status"), l.error.httpStatus ? count(l.error.httpStatus) : QString() },
        { tr("Vendor code"), l.error.vendorCode },
        { tr("Message"), l.error.message },
    });
    if (!l.headers.isEmpty()) {
        text += u'\n' + tr("Headers:") + u'\n';
        for (const auto &[name, value] : l.headers)
            text += u"  "_s + name + u": "_s + value + u'\n';
    }
    text += u'\n' + tr("Payload:") + u'\n' + indented(l.payload);
    if (!l.editedPayload.isNull())
        text += u'\n' + tr("Edited payload (sent by the last retry):") + u'\n'
            + indented(l.editedPayload);
    if (!l.error.stack.isEmpty())
        text += u'\n' + tr("Stack:") + u'\n' + indented(l.error.stack.toUtf8());
    return text;
}

QString BwctlFormatter::deadLetterRetried(const DeadLetterRetry &retry) const
{
    if (m_style == Style::Json) {
        return document({ { u"outcome"_s, retry.delivered ? u"delivered"_s : u"failed"_s },
            { u"letter"_s, retry.letter.toJson() },
            { u"error"_s, retry.error.isEmpty() ? QJsonValue() : QJsonValue(retry.error) } });
    }
    if (retry.delivered)
        return tr("Dead letter %1 was delivered and is now %2.")
                   .arg(retry.letter.id)
                   .arg(deadLetterStatusName(retry.letter.status))
            + u'\n';
    return tr("Dead letter %1 failed again (attempt %2): %3")
               .arg(retry.letter.id)
               .arg(retry.letter.attempts)
               .arg(retry.error)
        + u'\n';
}

QString BwctlFormatter::deadLetterDeleted(const DeadLetterDeletion &deletion) const
{
    if (m_style == Style::Json)
        return document(
            { { u"id"_s, deletion.id }, { u"status"_s, deadLetterStatusName(deletion.status) } });
    return tr("Dead letter %1 deleted.").arg(deletion.id) + u'\n';
}

QString BwctlFormatter::syncs(const QList<SyncJob> &jobs) const
{
    if (m_style == Style::Json) {
        return document({ { u"items"_s, jsonArray(jobs, &SyncJob::toJson) } });
    }
    if (jobs.isEmpty())
        return tr("No sync jobs.") + u'\n';
    BwctlTable table({ tr("ID"), tr("STATE"), tr("INTEGRATION"), tr("PROGRESS"), tr("FAILED"),
        tr("RATE"), tr("ETA"), tr("CREATED"), tr("NAME") });
    for (int column : { 3, 4, 5, 6 })
        table.setRightAligned(column);
    for (const SyncJob &j : jobs) {
        table.addRow({ j.id, syncStateName(j.state), j.integration, progress(j), count(j.failed),
            throughput(j.throughput), duration(j.etaSeconds), localTime(j.createdMs),
            BwctlTable::elided(j.name, messageWidth) });
    }
    return table.toString();
}

QString BwctlFormatter::sync(const SyncJob &j) const
{
    if (m_style == Style::Json)
        return document(j.toJson());
    QStringList milestones;
    for (int m : j.milestones)
        milestones.append(QString::number(m) + u'%');
    return fieldLines({
        { tr("ID"), j.id },
        { tr("Name"), j.name },
        { tr("Integration"), j.integration },
        { tr("State"), syncStateName(j.state) },
        { tr("Progress"), progress(j) },
        { tr("Failed"), count(j.failed) },
        { tr("Page"),
            j.pages ? tr("%1 of %2 (%3 items each)").arg(j.page).arg(j.pages).arg(j.pageSize)
                    : QString() },
        { tr("Throughput"), throughput(j.throughput) },
        { tr("Rate limit"), j.itemsPerSecond > 0 ? throughput(j.itemsPerSecond) : QString() },
        { tr("ETA"), isFinished(j.state) ? QString() : duration(j.etaSeconds) },
        { tr("Milestones"), joined(milestones) },
        { tr("Created"), localTime(j.createdMs) },
        { tr("Started"), j.startedMs ? localTime(j.startedMs) : QString() },
        { tr("Finished"), j.finishedMs ? localTime(j.finishedMs) : QString() },
        { tr("Error"), j.error },
    });
}

QString BwctlFormatter::syncActedOn(const SyncJob &j, bool created) const
{
    if (m_style == Style::Json)
        return document(j.toJson());
    if (created)
        return tr("Started %1 (%2 items through %3): %4.")
                   .arg(j.id, count(j.total), j.integration, syncStateName(j.state))
            + u'\n';
    return tr("Sync job %1 is now %2.").arg(j.id, syncStateName(j.state)) + u'\n';
}

// --- bulk operations ------------------------------------------------------------------------

namespace {

qint64 doneOf(const Operation &op)
{
    return op.counts.succeeded + op.counts.failed + op.counts.skipped;
}

QString operationProgressText(const Operation &op)
{
    const qint64 done = doneOf(op);
    const int percentDone = op.counts.selected > 0 ? int(done * 100 / op.counts.selected) : 0;
    return u"%1/%2 (%3%)"_s.arg(done).arg(op.counts.selected).arg(percentDone);
}

QString selectorText(const OperationSelector &s)
{
    if (s.filter) {
        const QString filter = s.filter->isEmpty() ? BwctlFormatter::tr("every dead letter")
                                                   : u"\"%1\""_s.arg(*s.filter);
        return s.highWater > 0 ? BwctlFormatter::tr("%1, ids up to %2").arg(filter).arg(s.highWater)
                               : filter;
    }
    if (!s.names.isEmpty())
        return joined(s.names);
    return BwctlFormatter::tr("%n id(s)", nullptr, int(s.ids.size()));
}

QString skippedText(const QJsonObject &skippedBy)
{
    QStringList parts;
    for (auto it = skippedBy.begin(); it != skippedBy.end(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value().toInteger()));
    return joined(parts);
}

QString breakdownTable(const QList<OperationBreakdownEntry> &entries)
{
    BwctlTable table({ BwctlFormatter::tr("COUNT"), BwctlFormatter::tr("WHAT") });
    table.setRightAligned(0);
    for (const OperationBreakdownEntry &e : entries)
        table.addRow(
            { count(e.count), BwctlTable::elided(e.label.isEmpty() ? e.key : e.label, 100) });
    return table.toString();
}

} // namespace

QString BwctlFormatter::operations(const QList<Operation> &ops) const
{
    if (m_style == Style::Json)
        return document({ { u"items"_s, jsonArray(ops, &Operation::toJson) } });
    if (ops.isEmpty())
        return tr("No operations.") + u'\n';
    BwctlTable table({ tr("ID"), tr("STATE"), tr("KIND"), tr("PROGRESS"), tr("FAILED"), tr("RATE"),
        tr("ETA"), tr("CREATED"), tr("BY"), tr("REASON") });
    for (int column : { 3, 4, 5, 6 })
        table.setRightAligned(column);
    for (const Operation &op : ops) {
        const bool running = op.state == OperationState::Running;
        table.addRow({ op.id, operationStateName(op.state), operationKindName(op.kind),
            operationProgressText(op), count(op.counts.failed),
            running ? throughput(op.itemsPerSecond) : u"-"_s,
            running ? duration(op.etaSeconds) : u"-"_s, localTime(op.createdMs), op.actor,
            BwctlTable::elided(op.reason, messageWidth) });
    }
    return table.toString();
}

QString BwctlFormatter::operation(const Operation &op) const
{
    if (m_style == Style::Json)
        return document(op.toJson());
    const bool finished = isFinished(op.state);
    return fieldLines({
        { tr("ID"), op.id },
        { tr("Kind"), operationKindName(op.kind) },
        { tr("State"), operationStateName(op.state) },
        { tr("Selection"), selectorText(op.selector) },
        { tr("Progress"), operationProgressText(op) },
        { tr("Succeeded"), count(op.counts.succeeded) },
        { tr("Failed"), count(op.counts.failed) },
        { tr("Skipped"), count(op.counts.skipped) },
        { tr("Skipped because"), skippedText(op.skippedBy) },
        { tr("Pending"), count(op.counts.pending()) },
        { tr("Rate"), finished ? QString() : throughput(op.itemsPerSecond) },
        { tr("Rate limit"), op.ratePerSecond > 0 ? throughput(op.ratePerSecond) : QString() },
        { tr("ETA"), finished ? QString() : duration(op.etaSeconds) },
        { tr("Reconciliation"), op.reconciliation },
        { tr("Reason"), op.reason },
        { tr("Started by"), op.actor },
        { tr("Idempotency key"), op.idempotencyKey },
        { tr("Created"), localTime(op.createdMs) },
        { tr("Started"), op.startedMs ? localTime(op.startedMs) : QString() },
        { tr("Finished"), op.finishedMs ? localTime(op.finishedMs) : QString() },
    });
}

QString BwctlFormatter::operationPlan(const OperationPlan &plan) const
{
    if (m_style == Style::Json)
        return document(plan.toJson());
    QString text = actsOnDeadLetters(plan.kind)
        ? tr("Dry run: %1 would act on %n dead letter(s) (ids up to %2). Nothing was changed.",
            nullptr, int(std::min<qint64>(plan.selected, std::numeric_limits<int>::max())))
              .arg(operationKindName(plan.kind))
              .arg(plan.highWater)
        : tr("Dry run: %1 would act on %n item(s). Nothing was changed.", nullptr,
            int(std::min<qint64>(plan.selected, std::numeric_limits<int>::max())))
              .arg(operationKindName(plan.kind));
    text += u'\n' + tr("Selected: %1").arg(plan.selected) + u'\n';
    if (!plan.bySource.isEmpty())
        text += u'\n' + tr("By source:") + u'\n' + breakdownTable(plan.bySource);
    if (!plan.byGroup.isEmpty())
        text += u'\n' + tr("By error group:") + u'\n' + breakdownTable(plan.byGroup);
    if (!plan.sample.isEmpty()) {
        BwctlTable table({ tr("ID"), tr("SOURCE"), tr("ERROR"), tr("MESSAGE") });
        table.setRightAligned(0);
        for (const QJsonObject &o : plan.sample) {
            const QJsonObject error = o.value(u"error"_s).toObject();
            const QJsonValue id = o.value(u"id"_s);
            table.addRow({ id.isDouble() ? count(id.toInteger()) : o.value(u"name"_s).toString(),
                o.value(u"source"_s).toString(), error.value(u"class"_s).toString(),
                BwctlTable::elided(error.value(u"message"_s).toString(), messageWidth) });
        }
        text += u'\n' + tr("Sample:") + u'\n' + table.toString();
    }
    return text;
}

QString BwctlFormatter::operationStarted(const Operation &op) const
{
    if (m_style == Style::Json)
        return {}; // the final document says it all
    return tr("Operation %1: %2 of %n item(s), %3.", nullptr,
               int(std::min<qint64>(op.counts.selected, std::numeric_limits<int>::max())))
               .arg(op.id, operationKindName(op.kind), operationStateName(op.state))
        + u'\n';
}

QString BwctlFormatter::operationActedOn(const Operation &op) const
{
    if (m_style == Style::Json)
        return document(op.toJson());
    return tr("Operation %1 is now %2 (%3 done).")
               .arg(op.id, operationStateName(op.state), operationProgressText(op))
        + u'\n';
}

QString BwctlFormatter::operationProgress(const Operation &op) const
{
    QString line
        = u"%1 %2 %3"_s.arg(op.id, operationStateName(op.state), operationProgressText(op));
    if (op.state == OperationState::Running)
        line += u"  "_s + throughput(op.itemsPerSecond) + u"  "_s
            + tr("ETA %1").arg(duration(op.etaSeconds));
    return line + u"  "_s + tr("errors %1").arg(op.counts.failed);
}

QString BwctlFormatter::operationFinished(const Operation &op) const
{
    if (m_style == Style::Json)
        return document(op.toJson());
    QString text = tr("Operation %1 %2: %3 selected, %4 succeeded, %5 failed, %6 skipped.")
                       .arg(op.id, operationStateName(op.state))
                       .arg(op.counts.selected)
                       .arg(op.counts.succeeded)
                       .arg(op.counts.failed)
                       .arg(op.counts.skipped)
        + u'\n';
    if (!op.skippedBy.isEmpty())
        text += tr("Skipped because: %1").arg(skippedText(op.skippedBy)) + u'\n';
    if (!op.reconciliation.isEmpty())
        text += tr("Reconciliation: %1").arg(op.reconciliation) + u'\n';
    if (op.counts.pending() != 0)
        text += tr("Not accounted for: %1 item(s).").arg(op.counts.pending()) + u'\n';
    return text;
}
