// SPDX-License-Identifier: MIT
#include "sim/operationrunner.h"

#include "core/clock.h"
#include "core/deadletterquery.h"
#include "sim/deadletterquerysql.h"
#include "sim/deadletterstore.h"
#include "sim/simdatabase.h"
#include "sim/simengine.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <cmath>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcOperations, "breakwater.sim.operations")

namespace {

constexpr int maxReasonLength = 500;
constexpr int maxIdempotencyKeyLength = 200;
constexpr qsizetype maxExplicitItems = 1'000'000;
constexpr double maxRate = 100000;
constexpr int sampleSize = 20;
constexpr qint64 rateWindowMs = 5000;
constexpr int maxItemPage = 1000;
constexpr int pageSize = 50;
constexpr int retryDelayMs = 200;

const QString gone = u"gone"_s;
const QString cancelled = u"cancelled"_s;

Problem problem(int status, const QString &detail)
{
    return Problem { status, {}, detail, {} };
}

Problem notStored()
{
    return problem(503, u"The change could not be stored; nothing changed."_s);
}

QString itemCursor(qint64 position)
{
    const QByteArray raw = "oi:" + QByteArray::number(position);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<qint64> positionFromCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith("oi:"))
        return std::nullopt;
    bool ok = false;
    const qint64 position = decoded.decoded.mid(3).toLongLong(&ok);
    return ok && position > 0 ? std::optional(position) : std::nullopt;
}

QStringList withoutDuplicates(const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        if (!out.contains(n))
            out.append(n);
    return out;
}

} // namespace

OperationRunner::OperationRunner(SimEngine &engine, QObject *parent)
    : OperationRunner(engine, Limits {}, parent)
{
}

OperationRunner::OperationRunner(SimEngine &engine, Limits limits, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_limits(limits)
    , m_journal(engine.database())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &OperationRunner::runTurn);
}

OperationRunner::~OperationRunner() = default;

std::optional<QString> OperationRunner::start()
{
    if (!m_journal.ensureSchema())
        return u"cannot create the operation journal's tables"_s;
    const qint64 now = m_engine.clock().nowMs();
    for (const Operation &op : m_journal.inStates(
             { OperationState::Queued, OperationState::Running, OperationState::Paused })) {
        Active a;
        a.number = OperationJournal::numberOf(op.id);
        a.operation = op;
        a.refilledMs = a.lastProgressMs = now;
        m_active.insert(a.number, a);
        if (op.state != OperationState::Paused)
            qCInfo(lcOperations).noquote()
                << "resuming" << op.id << "with" << op.counts.pending() << "items pending";
    }
    schedule(0);
    return std::nullopt;
}

// ---- creation ----------------------------------------------------------------

std::variant<OperationRunner::Target, Problem> OperationRunner::targetOf(
    const OperationRequest &request)
{
    const OperationSelector &s = request.selector;
    Target target;
    if (actsOnDeadLetters(request.kind)) {
        if (!s.names.isEmpty())
            return problem(400,
                u"selector.names selects breakers or sync jobs; select dead letters by \"ids\" or \"filter\"."_s);
        if (s.ids.isEmpty() == !s.filter.has_value())
            return problem(
                400, u"Select dead letters by exactly one of selector.ids or selector.filter."_s);
        if (s.ids.size() > maxExplicitItems)
            return problem(400,
                u"At most %1 ids can be listed; select by filter instead."_s.arg(maxExplicitItems));
        if (!s.ids.isEmpty()) {
            target.letters = OperationJournal::lettersById(s.ids);
            return target;
        }
        auto parsed = DeadLetterQuery::parse(*s.filter, m_engine.clock().nowMs());
        if (auto *error = std::get_if<QueryError>(&parsed))
            return problem(400, u"selector.filter: %1"_s.arg(error->message));
        const qint64 lastId = m_engine.deadLetters().lastId();
        if (s.highWater > lastId) {
            return problem(400,
                u"selector.highWater %1 is beyond the newest dead letter (%2): pass 0 to freeze at now."_s
                    .arg(s.highWater)
                    .arg(lastId));
        }
        target.highWater = s.highWater > 0 ? s.highWater : lastId;
        const auto sql = DeadLetterQuerySql::from(std::get<DeadLetterQuery>(parsed));
        target.letters
            = OperationJournal::lettersMatching(sql.condition, sql.values, target.highWater);
        return target;
    }
    if (!s.ids.isEmpty() || s.filter)
        return problem(
            400, u"%1 selects by selector.names only."_s.arg(operationKindName(request.kind)));
    QStringList known;
    QString what;
    if (request.kind == OperationKind::ResetBreakers) {
        for (const auto &b : m_engine.breakers())
            known.append(b.name);
        what = u"circuit breaker"_s;
        // No names: every breaker.
        target.names = s.names.isEmpty() ? known : withoutDuplicates(s.names);
    } else {
        for (const auto &job : m_engine.syncs())
            known.append(job.id);
        what = u"sync job"_s;
        if (s.names.isEmpty())
            return problem(400, u"cancel-syncs needs the sync job ids in selector.names."_s);
        target.names = withoutDuplicates(s.names);
    }
    for (const QString &name : std::as_const(target.names))
        if (!known.contains(name))
            return problem(400, u"There is no %1 \"%2\"."_s.arg(what, name));
    return target;
}

OperationRunner::Submitted OperationRunner::submit(
    const OperationRequest &request, const QString &actor)
{
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return problem(
            400, u"A reason is required: say why in \"reason\" (1 to 500 characters)."_s);
    if (reason.size() > maxReasonLength)
        return problem(
            400, u"The reason is %1 characters long; at most 500 are kept."_s.arg(reason.size()));
    if (!std::isfinite(request.ratePerSecond) || request.ratePerSecond < 0
        || request.ratePerSecond > maxRate)
        return problem(400, u"ratePerSecond must be from 0 (no limit) to 100000."_s);
    if (request.idempotencyKey.size() > maxIdempotencyKeyLength)
        return problem(400, u"idempotencyKey is longer than 200 characters."_s);

    auto target = targetOf(request);
    if (auto *p = std::get_if<Problem>(&target))
        return *p;
    if (request.dryRun)
        return plan(request, std::get<Target>(target));
    return create(request, std::get<Target>(target), actor);
}

OperationPlan OperationRunner::plan(const OperationRequest &request, const Target &target)
{
    OperationPlan p;
    p.kind = request.kind;
    p.highWater = target.highWater;
    if (target.letters) {
        const auto breakdown = m_journal.breakdown(*target.letters);
        p.selected = breakdown.count;
        p.bySource = breakdown.bySource;
        p.byGroup = breakdown.byGroup;
        for (qint64 id : m_journal.sampleLetterIds(*target.letters, sampleSize))
            if (auto letter = m_engine.deadLetters().get(id))
                p.sample.append(letter->toSummaryJson());
    } else {
        p.selected = target.names.size();
        for (const QString &name : target.names.mid(0, sampleSize))
            p.sample.append(QJsonObject { { u"name"_s, name } });
    }
    return p;
}

OperationRunner::Submitted OperationRunner::create(
    const OperationRequest &request, const Target &target, const QString &actor)
{
    OperationRequest canonical = request;
    canonical.dryRun = false;
    const QJsonObject requestJson = canonical.toJson();
    if (!request.idempotencyKey.isEmpty()) {
        if (auto existing = m_journal.byIdempotencyKey(request.idempotencyKey)) {
            if (existing->request != requestJson) {
                return problem(409,
                    u"The idempotency key \"%1\" was used for a different request (%2); "
                    "use a new key for a new operation."_s.arg(
                        request.idempotencyKey, existing->operation.id));
            }
            // The running copy is fresher than the last saved slice.
            return Started { operation(existing->operation.id).value_or(existing->operation),
                true };
        }
    }

    const qint64 now = m_engine.clock().nowMs();
    SimDatabase::Transaction tx(m_engine.database());
    if (!tx.isActive())
        return notStored();
    const qint64 number = m_journal.insertOperation(request.idempotencyKey, requestJson);
    const qint64 selected = number == 0 ? -1
        : target.letters                ? m_journal.selectLetters(number, *target.letters)
                                        : m_journal.selectNames(number, target.names);
    if (selected < 0)
        return notStored();

    Operation op;
    op.id = OperationJournal::idOf(number);
    op.kind = request.kind;
    op.state = OperationState::Running;
    op.selector = request.selector;
    if (target.letters && request.selector.filter)
        op.selector.highWater = target.highWater;
    op.ratePerSecond = request.ratePerSecond;
    op.idempotencyKey = request.idempotencyKey;
    op.reason = request.reason.trimmed();
    op.actor = actor;
    op.counts.selected = selected;
    op.createdMs = op.startedMs = now;
    if (!m_journal.saveOperation(number, op))
        return notStored();
    m_engine.appendEvent(u"operation.created"_s, op.toJson());
    if (!tx.commit())
        return notStored();
    m_engine.publishCommitted();

    Active a;
    a.number = number;
    a.operation = op;
    a.refilledMs = a.lastProgressMs = now;
    m_active.insert(number, a);
    schedule(0);
    return Started { op, false };
}

// ---- reading -----------------------------------------------------------------

QList<Operation> OperationRunner::operations()
{
    return m_journal.all();
}

std::optional<Operation> OperationRunner::operation(const QString &id)
{
    const qint64 number = OperationJournal::numberOf(id);
    if (auto it = m_active.constFind(number); it != m_active.cend())
        return it->operation;
    if (auto stored = m_journal.get(number))
        return stored->operation;
    return std::nullopt;
}

std::variant<OperationItemPage, Problem> OperationRunner::items(
    const OperationItemsRequest &request)
{
    const qint64 number = OperationJournal::numberOf(request.operationId);
    if (!number || !m_journal.get(number))
        return problem(404, u"There is no operation \"%1\"."_s.arg(request.operationId));
    qint64 after = 0;
    if (!request.cursor.isEmpty()) {
        const auto position = positionFromCursor(request.cursor);
        if (!position)
            return problem(400,
                u"The cursor \"%1\" does not come from this server's item lists."_s.arg(
                    request.cursor));
        after = *position;
    }
    if (request.limit < 1 || request.limit > maxItemPage)
        return problem(400, u"limit must be a whole number from 1 to 1000."_s);
    const auto page = m_journal.items(number, request.outcome, after, request.limit);
    return OperationItemPage { page.items,
        page.lastPosition ? itemCursor(page.lastPosition) : QString() };
}

// ---- actions -----------------------------------------------------------------

std::variant<Operation, Problem> OperationRunner::act(const QString &id, OperationAction action)
{
    const qint64 number = OperationJournal::numberOf(id);
    auto it = m_active.find(number);
    if (it == m_active.end()) {
        if (auto stored = m_journal.get(number)) {
            return problem(409,
                u"%1 is %2: a finished operation cannot be paused, resumed or cancelled."_s.arg(
                    id, operationStateName(stored->operation.state)));
        }
        return problem(404, u"There is no operation \"%1\"."_s.arg(id));
    }
    Operation op = it->operation;
    const qint64 now = m_engine.clock().nowMs();
    const bool running = op.state == OperationState::Running || op.state == OperationState::Queued;
    if (action == OperationAction::Pause && !running)
        return problem(409,
            u"%1 is %2; only a running operation can be paused."_s.arg(
                id, operationStateName(op.state)));
    if (action == OperationAction::Resume && op.state != OperationState::Paused)
        return problem(409,
            u"%1 is %2; only a paused operation can be resumed."_s.arg(
                id, operationStateName(op.state)));

    SimDatabase::Transaction tx(m_engine.database());
    if (!tx.isActive())
        return notStored();
    switch (action) {
    case OperationAction::Pause:
        op.state = OperationState::Paused;
        op.itemsPerSecond = 0;
        op.etaSeconds = -1;
        break;
    case OperationAction::Resume:
        op.state = OperationState::Running;
        break;
    case OperationAction::Cancel:
        if (m_journal.skipPending(number, cancelled, now) < 0)
            return notStored();
        reconcile(number, op, OperationState::Cancelled, now);
        break;
    }
    if (!m_journal.saveOperation(number, op))
        return notStored();
    m_engine.appendEvent(
        isFinished(op.state) ? u"operation.finished"_s : u"operation.progress"_s, op.toJson());
    if (!tx.commit())
        return notStored();
    m_engine.publishCommitted();

    if (isFinished(op.state)) {
        countItem(op.kind, OperationItemOutcome::Skipped,
            op.skippedBy.value(cancelled).toInteger()
                - it->operation.skippedBy.value(cancelled).toInteger());
        m_active.erase(it);
        return op;
    }
    it->operation = op;
    it->window.clear();
    it->refilledMs = it->lastProgressMs = now;
    if (op.state == OperationState::Running)
        schedule(0);
    return op;
}

// ---- execution ---------------------------------------------------------------

void OperationRunner::schedule(int delayMs)
{
    if (m_timer.isActive() && m_timer.remainingTime() <= delayMs)
        return;
    m_timer.start(std::max(0, delayMs));
}

void OperationRunner::runTurn()
{
    // One operation per turn, in turns: several running operations share the loop.
    const qint64 now = m_engine.clock().nowMs();
    int waitMs = -1;
    qint64 chosen = 0;
    for (Active &a : m_active) {
        if (a.operation.state != OperationState::Running)
            continue;
        const double rate = a.operation.ratePerSecond;
        if (rate > 0) {
            // A token bucket holding at most one second of items (at least one).
            a.budget = std::min(
                a.budget + rate * double(now - a.refilledMs) / 1000.0, std::max(rate, 1.0));
            a.refilledMs = now;
            if (a.budget < 1) {
                const int ms = int(std::ceil((1 - a.budget) / rate * 1000));
                waitMs = waitMs < 0 ? ms : std::min(waitMs, ms);
                continue;
            }
        }
        // The first runnable operation after the one served last, else the first runnable one.
        if (!chosen || (chosen <= m_lastServed && a.number > m_lastServed))
            chosen = a.number;
    }
    if (chosen) {
        m_lastServed = chosen;
        schedule(runSlice(m_active[chosen]));
    } else if (waitMs >= 0) {
        schedule(waitMs);
    }
}

int OperationRunner::runSlice(Active &a)
{
    QElapsedTimer slice;
    slice.start();
    Operation op = a.operation;
    int limit = m_limits.maxItemsPerTurn;
    if (op.ratePerSecond > 0)
        limit = std::min<int>(limit, int(a.budget));

    SimDatabase::Transaction tx(m_engine.database());
    if (!tx.isActive()) {
        qCWarning(lcOperations).noquote()
            << op.id << ": cannot begin a transaction; trying again shortly";
        return retryDelayMs;
    }
    qint64 now = m_engine.clock().nowMs();
    QHash<int, qint64> done; // outcome -> items, for the metrics after the commit
    qint64 processed = 0;
    bool anyPending = false;
    // Small pages: a loaded machine may finish only a few items in the time a slice has.
    QList<OperationJournal::PendingItem> pending;
    qsizetype next = 0;
    while (processed < limit && (processed == 0 || slice.elapsed() < m_limits.maxTurnMs)) {
        if (next == pending.size()) {
            pending = m_journal.pendingItems(a.number, actsOnDeadLetters(op.kind),
                std::min<int>(pageSize, limit - int(processed)));
            next = 0;
            if (pending.isEmpty())
                break;
            anyPending = true;
        }
        const auto &item = pending.at(next++);
        const ItemResult result = perform(op, item);
        if (result.outcome == OperationItemOutcome::Pending
            || !m_journal.finishItem(a.number, item.position, result.outcome, result.detail, now)) {
            // The item's effect could not be stored, or the journal refuses a second outcome, or
            // the store failed. Either way nothing of this slice commits, and the next turn
            // starts over from the journal.
            qCWarning(lcOperations).noquote()
                << op.id << ": item" << item.key << "could not be recorded";
            return retryDelayMs;
        }
        switch (result.outcome) {
        case OperationItemOutcome::Succeeded:
            ++op.counts.succeeded;
            break;
        case OperationItemOutcome::Failed:
            ++op.counts.failed;
            break;
        case OperationItemOutcome::Skipped:
            ++op.counts.skipped;
            op.skippedBy.insert(result.detail, op.skippedBy.value(result.detail).toInteger() + 1);
            break;
        case OperationItemOutcome::Pending:
            break;
        }
        ++done[int(result.outcome)];
        ++processed;
    }
    now = m_engine.clock().nowMs();
    Active updated = a;
    updated.budget -= double(processed);
    updated.operation = op;
    if (!anyPending) {
        reconcile(a.number, updated.operation, OperationState::Succeeded, now);
        m_engine.appendEvent(u"operation.finished"_s, updated.operation.toJson());
    } else {
        updateRate(updated, now);
        if (now - updated.lastProgressMs >= m_limits.progressIntervalMs) {
            updated.lastProgressMs = now;
            m_engine.appendEvent(u"operation.progress"_s, updated.operation.toJson());
        }
    }
    if (!m_journal.saveOperation(a.number, updated.operation) || !tx.commit()) {
        qCWarning(lcOperations).noquote()
            << op.id << ": a slice could not be committed; trying again shortly";
        return retryDelayMs;
    }
    m_engine.publishCommitted();
    for (auto it = done.cbegin(); it != done.cend(); ++it)
        countItem(op.kind, OperationItemOutcome(it.key()), it.value());
    if (isFinished(updated.operation.state)) {
        qCInfo(lcOperations).noquote()
            << updated.operation.id << operationStateName(updated.operation.state) << ":"
            << updated.operation.reconciliation;
        m_active.remove(a.number);
    } else {
        a = updated;
    }
    return 0;
}

OperationRunner::ItemResult OperationRunner::perform(
    const Operation &op, const OperationJournal::PendingItem &item)
{
    if (actsOnDeadLetters(op.kind)) {
        if (!item.letterActive)
            return { OperationItemOutcome::Skipped, gone };
        DeadLetter letter;
        letter.id = item.position;
        letter.source = item.source;
        letter.messageId = item.messageId;
        if (op.kind == OperationKind::Retry) {
            const auto r = m_engine.retryForOperation(letter, op.id);
            if (!r.stored)
                return { OperationItemOutcome::Pending, {} }; // runSlice() rolls the slice back
            if (r.delivered)
                return { OperationItemOutcome::Succeeded, {} };
            return { OperationItemOutcome::Failed,
                r.error ? r.error->errorClass + u": "_s + r.error->message : u"not delivered"_s };
        }
        if (m_engine.deleteForOperation(letter))
            return { OperationItemOutcome::Succeeded, {} };
        return { OperationItemOutcome::Skipped, gone };
    }
    const Actor actor { u"%1 (%2)"_s.arg(op.actor, op.id), {} };
    std::optional<Problem> refused;
    if (op.kind == OperationKind::ResetBreakers) {
        auto outcome = m_engine.breakerAction(item.key, u"reset"_s, op.reason, actor);
        if (auto *p = std::get_if<Problem>(&outcome))
            refused = *p;
    } else {
        auto outcome = m_engine.syncAction(item.key, u"cancel"_s, op.reason, actor);
        if (auto *p = std::get_if<Problem>(&outcome))
            refused = *p;
        if (refused && refused->status == 409)
            return { OperationItemOutcome::Skipped, u"already finished"_s };
    }
    if (!refused)
        return { OperationItemOutcome::Succeeded, {} };
    if (refused->status == 404)
        return { OperationItemOutcome::Skipped, gone };
    return { OperationItemOutcome::Failed, refused->detail };
}

void OperationRunner::updateRate(Active &a, qint64 nowMs)
{
    const OperationCounts &c = a.operation.counts;
    const qint64 processed = c.succeeded + c.failed + c.skipped;
    a.window.emplace_back(nowMs, processed);
    while (a.window.size() > 2 && a.window.front().first < nowMs - rateWindowMs)
        a.window.pop_front();
    const auto [firstMs, firstDone] = a.window.front();
    if (nowMs - firstMs < 200) // too short a window to say anything
        return;
    a.operation.itemsPerSecond = double(processed - firstDone) * 1000.0 / double(nowMs - firstMs);
    a.operation.etaSeconds = a.operation.itemsPerSecond > 0
        ? qint64(std::ceil(double(c.pending()) / a.operation.itemsPerSecond))
        : -1;
}

void OperationRunner::reconcile(qint64 number, Operation &op, OperationState endState, qint64 nowMs)
{
    const OperationJournal::Tally t = m_journal.tally(number);
    QStringList differences;
    if (t.items != op.counts.selected)
        differences.append(
            u"%1 items were selected but the journal holds %2"_s.arg(op.counts.selected)
                .arg(t.items));
    if (t.pending > 0) {
        QString keys = t.firstPendingKeys.join(u", "_s);
        if (t.pending > t.firstPendingKeys.size())
            keys += u", …"_s;
        differences.append(u"%1 items have no outcome: %2"_s.arg(t.pending).arg(keys));
    }
    // What the slices counted must agree with the item rows; a cancellation's skips are only in the
    // rows.
    if (endState != OperationState::Cancelled
        && (t.counts.succeeded != op.counts.succeeded || t.counts.failed != op.counts.failed
            || t.counts.skipped != op.counts.skipped)) {
        differences.append(
            u"counted %1 succeeded, %2 failed, %3 skipped while running; the journal holds %4, %5, %6"_s
                .arg(op.counts.succeeded)
                .arg(op.counts.failed)
                .arg(op.counts.skipped)
                .arg(t.counts.succeeded)
                .arg(t.counts.failed)
                .arg(t.counts.skipped));
    }
    const qint64 selected = op.counts.selected;
    op.counts = t.counts;
    op.counts.selected = selected;
    op.skippedBy = t.skippedBy;
    op.finishedMs = nowMs;
    op.etaSeconds = -1;
    if (differences.isEmpty()) {
        op.state = endState;
        op.reconciliation = u"%1 selected = %2 succeeded + %3 failed + %4 skipped"_s.arg(selected)
                                .arg(t.counts.succeeded)
                                .arg(t.counts.failed)
                                .arg(t.counts.skipped);
    } else {
        op.state = OperationState::Incomplete;
        op.reconciliation = differences.join(u"; "_s);
    }
}

void OperationRunner::countItem(OperationKind kind, OperationItemOutcome outcome, qint64 n)
{
    if (n <= 0)
        return;
    const QString key = operationKindName(kind) + u'\x1f' + operationItemOutcomeName(outcome);
    MetricsRegistry::Counter *&counter = m_itemCounters[key];
    if (!counter) {
        counter = m_metrics.counter(u"breakwater_operation_items_total"_s,
            u"Items of bulk operations by kind and final outcome."_s,
            { { u"kind"_s, operationKindName(kind) },
                { u"outcome"_s, operationItemOutcomeName(outcome) } });
    }
    counter->inc(double(n));
}
