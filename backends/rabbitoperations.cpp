// SPDX-License-Identifier: MIT
#include "backends/rabbitoperations.h"

#include "backends/rabbitmovejournal.h"
#include "backends/rabbitmqbackend.h"
#include "core/deadletterquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int sampleSize = 20;
constexpr qint64 progressIntervalMs = 500;
constexpr int maxReasonLength = 500;
/// A running mover writes its journal row about ten times a second, paused or not: a row this stale
/// has no mover.
constexpr qint64 aliveWithinMs = 5000;
const QString operationKey = u"breakwaterOperation"_s;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

BackendError badRequest(const QString &message)
{
    return BackendError { BackendError::Kind::Http, 400, message, std::nullopt };
}

BackendError conflict(const QString &message)
{
    return BackendError { BackendError::Kind::Conflict, 409, message, std::nullopt };
}

RabbitMoveRequest::Mode modeOf(OperationKind kind)
{
    switch (kind) {
    case OperationKind::Delete:
        return RabbitMoveRequest::Mode::Delete;
    case OperationKind::Move:
        return RabbitMoveRequest::Mode::MoveToQueue;
    case OperationKind::Purge:
        return RabbitMoveRequest::Mode::Purge;
    default:
        return RabbitMoveRequest::Mode::RetryToOrigin;
    }
}

/** A mover's failure for a person; a broker's 403 says so plainly. */
QString failureText(const QString &queue, const QString &error)
{
    if (error.contains(u"ACCESS_REFUSED"_s)) {
        return QCoreApplication::translate("RabbitOperations",
            "The broker refused access while working on %1 (ACCESS_REFUSED): %2")
            .arg(queue, error);
    }
    return u"%1: %2"_s.arg(queue, error);
}

bool isFinishedJournalState(const QString &state)
{
    return state == u"succeeded"_s || state == u"incomplete"_s || state == u"failed"_s;
}

} // namespace

RabbitOperations::RabbitOperations(RabbitMqBackend *backend)
    : QObject(backend)
    , m_backend(backend)
{
}

RabbitOperations::~RabbitOperations()
{
    // A mover's destructor cancels and waits: in-flight messages are confirmed and acked. The
    // operation's row stays "running", so the next console lists it as interrupted and can resume
    // it.
    for (Tracked &t : m_operations)
        delete std::exchange(t.mover, nullptr);
}

RabbitMoveJournal *RabbitOperations::journal()
{
    if (m_backend->m_settings.journalPath.isEmpty())
        return nullptr;
    if (!m_journal)
        m_journal = std::make_unique<RabbitMoveJournal>(m_backend->m_settings.journalPath);
    return m_journal->isOpen() ? m_journal.get() : nullptr;
}

BackendError RabbitOperations::notFound(const QString &id) const
{
    return BackendError { BackendError::Kind::NotFound, 404,
        tr("There is no operation \u201c%1\u201d.").arg(id), std::nullopt };
}

std::optional<BackendError> RabbitOperations::validate(
    const OperationRequest &request, bool dryRun) const
{
    if (!actsOnDeadLetters(request.kind)) {
        return BackendError { BackendError::Kind::Unsupported, 0,
            tr("A RabbitMQ broker has no breakers or sync jobs: only dead-letter operations "
               "(retry, delete, move, purge) run here."),
            std::nullopt };
    }
    if (auto refused = m_backend->refusal())
        return refused;
    if (request.kind == OperationKind::Purge
        && (!m_backend->m_whoami || m_backend->m_whoami->role() != u"admin"_s)) {
        return BackendError { BackendError::Kind::Forbidden, 403,
            tr("Purging a queue needs a broker user tagged administrator; %1 is not.")
                .arg(m_backend->m_settings.user),
            std::nullopt };
    }
    const OperationSelector &s = request.selector;
    if (!s.names.isEmpty() || s.ids.isEmpty() == !s.filter.has_value())
        return badRequest(tr("Select dead letters by exactly one of ids or filter."));
    if (request.kind == OperationKind::Purge && !s.ids.isEmpty())
        return badRequest(
            tr("A purge empties whole queues: select them with a filter such as source:<queue>."));
    if (request.kind == OperationKind::Move && request.target.trimmed().isEmpty())
        return badRequest(tr("A move needs the name of the queue to move the dead letters to."));
    if (!dryRun) {
        const QString reason = request.reason.trimmed();
        if (reason.isEmpty())
            return badRequest(tr("A reason is required: say why, it goes to the audit log."));
        if (reason.size() > maxReasonLength)
            return badRequest(tr("The reason is %1 characters long; at most %2 are kept.")
                                  .arg(reason.size())
                                  .arg(maxReasonLength));
    }
    return std::nullopt;
}

void RabbitOperations::resolve(const OperationRequest &request, QObject *context, Resolved done)
{
    const RabbitMoveRequest::Mode mode = modeOf(request.kind);
    const auto partFor = [this, mode, request](const QString &queue) {
        RabbitMoveRequest r = m_backend->moveRequest(mode, queue, request.reason.trimmed());
        r.targetQueue
            = mode == RabbitMoveRequest::Mode::MoveToQueue ? request.target.trimmed() : QString();
        r.ratePerSecond = std::max(
            0.0, request.ratePerSecond); // queues run one after another: one rate for all
        return r;
    };
    if (!request.selector.ids.isEmpty()) {
        Target target;
        QHash<QString, qsizetype> partOf;
        for (qint64 id : request.selector.ids) {
            const auto it = m_backend->m_peeked.constFind(id);
            if (it == m_backend->m_peeked.cend()) {
                const BackendError error { BackendError::Kind::NotFound, 404,
                    tr("Dead letter %1 was not in the last peek; refresh the list and "
                       "select again.")
                        .arg(id),
                    std::nullopt };
                QTimer::singleShot(0, this, [done, error] { done(error); });
                return;
            }
            if (!partOf.contains(it->queue)) {
                partOf.insert(it->queue, target.parts.size());
                target.parts.append(partFor(it->queue));
            }
            target.parts[partOf.value(it->queue)].selectedIds.insert(it->message.stableId());
        }
        QTimer::singleShot(0, this, [done, target] { done(target); });
        return;
    }
    auto parsed = DeadLetterQuery::parse(*request.selector.filter, nowMs());
    if (auto *error = std::get_if<QueryError>(&parsed)) {
        const BackendError e = badRequest(tr("The filter does not read: %1").arg(error->message));
        QTimer::singleShot(0, this, [done, e] { done(e); });
        return;
    }
    const DeadLetterQuery query = std::get<DeadLetterQuery>(std::move(parsed));
    if (request.kind == OperationKind::Purge) {
        DeadLetterQuery rest = query;
        rest.sources.anyOf.clear();
        rest.fingerprints.anyOf.clear();
        if (!rest.toString().isEmpty()
            || (query.sources.anyOf.isEmpty() && query.fingerprints.anyOf.isEmpty())) {
            const BackendError e = badRequest(tr("A purge empties whole queues: name them with "
                                                 "source: or group: and nothing else."));
            QTimer::singleShot(0, this, [done, e] { done(e); });
            return;
        }
    }
    m_backend->m_management->topology(
        context, [query, partFor, done, request](const Result<RabbitTopology> &r) {
            if (!r.ok()) {
                done(r.error());
                return;
            }
            Target target;
            for (const QString &queue :
                RabbitMqBackend::queuesFor(query, r.value().deadLetterQueues())) {
                RabbitMoveRequest part = partFor(queue);
                if (request.kind != OperationKind::Purge && !query.toString().isEmpty())
                    part.filter = query;
                target.parts.append(part);
            }
            done(target);
        });
}

// ---- dry run -------------------------------------------------------------------------------

Backend::RequestId RabbitOperations::plan(
    const OperationRequest &request, QObject *context, Callback<OperationPlan> done)
{
    if (auto error = validate(request, true))
        return m_backend->answerLater<OperationPlan>(context, std::move(done), *error);
    const RequestId id = Backend::newRequestId();
    m_plans.insert(id, context);
    // Answers only while the plan was neither cancelled nor its context destroyed.
    auto answer = [this, id, done](const Result<OperationPlan> &r) {
        const QPointer<QObject> context = m_plans.take(id);
        if (context)
            done(r);
    };
    struct Join {
        OperationPlan plan;
        QList<RabbitMoveRequest> parts;
        qsizetype next = 0;
        QHash<QString, qint64> reads; ///< messages each queue's dry run read
        OperationSelector selector;
    };
    auto join = std::make_shared<Join>();
    join->plan.kind = request.kind;
    join->selector = request.selector;

    resolve(request, this, [this, id, request, join, answer](const Result<Target> &resolved) {
        if (!resolved.ok()) {
            answer(resolved.error());
            return;
        }
        join->parts = resolved.value().parts;
        // The sample first: a dry run holds every message of its queue until it ends, a peek then
        // sees none.
        auto dryRuns = std::make_shared<std::function<void()>>();
        // Each mover's connection holds the chain; the chain itself only a weak reference (no
        // cycle).
        *dryRuns = [this, id, join, answer, weak = std::weak_ptr(dryRuns)] {
            auto dryRuns = weak.lock();
            if (!dryRuns || !m_plans.contains(id))
                return;
            if (join->next == join->parts.size()) {
                if (join->selector.filter)
                    m_planReads.insert(planKey(join->selector, join->plan.highWater), join->reads);
                answer(join->plan);
                return;
            }
            RabbitMoveRequest r = join->parts.at(join->next++);
            r.dryRun = true;
            r.journalPath.clear();
            auto *mover = new RabbitMover(this);
            connect(mover, &RabbitMover::finished, this,
                [mover, r, join, answer, dryRuns](const RabbitMoveResult &res) {
                    mover->deleteLater();
                    if (res.state != RabbitMoveResult::State::Succeeded) {
                        answer(BackendError { BackendError::Kind::Http, 0,
                            tr("The dry run failed. %1").arg(failureText(r.sourceQueue, res.error)),
                            std::nullopt });
                        return;
                    }
                    OperationPlan &p = join->plan;
                    p.selected += res.counts.matched;
                    p.highWater += res.counts.considered;
                    join->reads.insert(r.sourceQueue, res.counts.considered);
                    if (res.counts.matched > 0) {
                        p.bySource.append(
                            { r.sourceQueue, r.sourceQueue, r.sourceQueue, res.counts.matched });
                        p.byGroup.append({ RabbitMqBackend::groupOf(r.sourceQueue),
                            tr("dead-letter queue %1").arg(r.sourceQueue), r.sourceQueue,
                            res.counts.matched });
                    }
                    (*dryRuns)();
                });
            mover->start(r);
        };
        const auto sampled = [join, dryRuns](const QList<DeadLetter> &letters) {
            for (const DeadLetter &l : letters.mid(0, sampleSize))
                join->plan.sample.append(l.toSummaryJson());
            (*dryRuns)();
        };
        if (!request.selector.ids.isEmpty()) {
            QList<DeadLetter> letters;
            for (qint64 letterId : request.selector.ids)
                letters.append(m_backend->m_peeked.value(letterId).letter);
            sampled(letters);
            return;
        }
        QString text = *request.selector.filter;
        m_backend->fetchDeadLetters(
            { text, sampleSize, {} }, this, [sampled](const Result<DeadLetterPage> &page) {
                sampled(page.ok() ? page.value().items : QList<DeadLetter>());
            });
    });
    return id;
}

QString RabbitOperations::planKey(const OperationSelector &selector, qint64 highWater)
{
    return selector.filter.value_or(QString()) + u'\n' + QString::number(highWater);
}

void RabbitOperations::cancel(RequestId id)
{
    m_plans.remove(id);
}

// ---- start ---------------------------------------------------------------------------------

Result<Operation> RabbitOperations::sameOrConflict(
    const OperationRequest &request, const Operation &existing)
{
    // As the Ops API: a key names one request; reusing it for another is a mistake worth saying.
    const bool same = existing.kind == request.kind && existing.selector.ids == request.selector.ids
        && existing.selector.filter == request.selector.filter
        && existing.target == request.target.trimmed();
    if (same)
        return existing;
    return conflict(tr("The idempotency key \u201c%1\u201d was used for a different request (%2); "
                       "use a new key for a "
                       "new operation.")
                        .arg(request.idempotencyKey, existing.id));
}

Backend::RequestId RabbitOperations::start(
    const OperationRequest &request, QObject *context, Callback<Operation> done)
{
    if (auto error = validate(request, false))
        return m_backend->answerLater<Operation>(context, std::move(done), *error);
    loadJournal();
    const auto existing = [this, request]() -> Tracked * {
        if (request.idempotencyKey.isEmpty())
            return nullptr;
        for (Tracked &t : m_operations) {
            if (t.operation.idempotencyKey == request.idempotencyKey)
                return &t;
        }
        return nullptr;
    };
    if (Tracked *t = existing())
        return m_backend->answerLater<Operation>(
            context, std::move(done), sameOrConflict(request, t->operation));

    const RequestId id = Backend::newRequestId();
    m_plans.insert(id, context);
    resolve(request, this, [this, id, request, existing, done](const Result<Target> &resolved) {
        const QPointer<QObject> context = m_plans.take(id);
        if (!context)
            return;
        if (!resolved.ok()) {
            done(resolved.error());
            return;
        }
        if (Tracked *t = existing()) {
            done(sameOrConflict(request, t->operation));
            return;
        }
        Tracked t;
        Operation &op = t.operation;
        op.id = u"rmq-%1"_s.arg(
            qulonglong(QRandomGenerator::global()->generate()), 8, 16, QChar(u'0'));
        op.kind = request.kind;
        op.state = OperationState::Running;
        op.selector = request.selector;
        op.ratePerSecond = std::max(0.0, request.ratePerSecond);
        op.idempotencyKey = request.idempotencyKey;
        op.reason = request.reason.trimmed();
        op.actor = m_backend->m_settings.user;
        op.target = request.kind == OperationKind::Move ? request.target.trimmed() : QString();
        op.createdMs = op.startedMs = nowMs();
        QJsonArray partIds;
        // After this session's dry run of the same filter: read no more than it did, queue by
        // queue.
        const auto reads = request.selector.filter && request.selector.highWater > 0
            ? m_planReads.constFind(planKey(request.selector, request.selector.highWater))
            : m_planReads.cend();
        for (RabbitMoveRequest r : resolved.value().parts) {
            if (reads != m_planReads.cend())
                r.maxMessages = reads->value(r.sourceQueue, 0);
            Part part;
            part.journalId = u"%1.%2"_s.arg(op.id).arg(t.parts.size());
            part.request = r;
            part.request.operationId = part.journalId;
            part.journalState = u"queued"_s;
            partIds.append(part.journalId);
            t.parts.append(part);
        }
        if (RabbitMoveJournal *j = journal()) {
            // Every part before the operation's row: a console killed in between leaves nothing
            // half-listed.
            for (const Part &part : std::as_const(t.parts)) {
                j->beginOperation(part.journalId, part.request.toJson(), op.createdMs);
                j->updateOperation(part.journalId, part.journalState, {}, op.createdMs);
            }
            const AmqpEndpoint e
                = m_backend->moveRequest(RabbitMoveRequest::Mode::Delete, {}, {}).endpoint;
            j->beginOperation(op.id,
                { { operationKey, op.toJson() }, { u"parts"_s, partIds }, { u"host"_s, e.host },
                    { u"port"_s, e.port }, { u"vhost"_s, e.vhost } },
                op.createdMs);
        }
        const QString opId = op.id;
        m_operations.insert(opId, t);
        Tracked &tracked = m_operations[opId];
        save(tracked);
        emitEvent(tracked, u"operation.created"_s);
        done(tracked.operation);
        runNext(tracked);
    });
    return id;
}

void RabbitOperations::runNext(Tracked &t)
{
    t.current = -1;
    for (int i = 0; i < t.parts.size(); ++i) {
        if (!t.parts.at(i).result && !isFinishedJournalState(t.parts.at(i).journalState)) {
            t.current = i;
            break;
        }
    }
    if (t.current < 0) {
        bool incomplete = false;
        for (const Part &p : std::as_const(t.parts))
            incomplete = incomplete
                || (p.result ? p.result->state != RabbitMoveResult::State::Succeeded
                             : p.journalState != u"succeeded"_s);
        finish(t, incomplete ? OperationState::Incomplete : OperationState::Succeeded);
        return;
    }
    Part &part = t.parts[t.current];
    part.progress = {};
    RabbitMoveJournal *j = journal();
    part.priorConfirmed = 0;
    if (j) {
        for (int n : j->confirmedIds(part.journalId))
            part.priorConfirmed += n;
    }
    const QString id = t.operation.id;
    auto *mover = new RabbitMover(this);
    t.mover = mover;
    connect(mover, &RabbitMover::progress, this,
        [this, id](const RabbitMoveProgress &p) { onProgress(id, p); });
    connect(mover, &RabbitMover::finished, this,
        [this, id](const RabbitMoveResult &r) { onPartFinished(id, r); });
    const RabbitMoveRequest fresh
        = m_backend->moveRequest(part.request.mode, part.request.sourceQueue, QString());
    // What the journal holds for this part (its request, confirmed ids) is what a resumed run goes
    // by.
    const QString started = j && part.journalState != u"queued"_s
        ? mover->resume(m_backend->m_settings.journalPath, part.journalId, fresh.endpoint)
        : mover->start([&] {
              RabbitMoveRequest r = part.request;
              r.endpoint = fresh.endpoint;
              r.journalPath = m_backend->m_settings.journalPath;
              return r;
          }());
    part.journalState = u"running"_s;
    if (started.isEmpty()) {
        RabbitMoveResult failed;
        failed.error = tr("The journal has no record of %1.").arg(part.journalId);
        QTimer::singleShot(0, this, [this, id, failed] { onPartFinished(id, failed); });
    }
}

void RabbitOperations::onProgress(const QString &id, const RabbitMoveProgress &progress)
{
    Tracked *t = find(id);
    if (!t || t->current < 0)
        return;
    t->parts[t->current].progress = progress;
    recount(*t);
    const qint64 now = nowMs();
    if (now - t->lastEventMs < progressIntervalMs)
        return;
    save(*t);
    emitEvent(*t, u"operation.progress"_s);
}

void RabbitOperations::onPartFinished(const QString &id, const RabbitMoveResult &result)
{
    Tracked *t = find(id);
    if (!t || t->current < 0)
        return;
    if (t->mover) {
        t->mover->deleteLater();
        t->mover = nullptr;
    }
    Part &part = t->parts[t->current];
    part.result = result;
    part.progress = result.counts;
    part.journalState = RabbitMoveResult::stateName(result.state);
    if (result.state == RabbitMoveResult::State::Failed)
        finish(*t, OperationState::Failed);
    else if (result.state == RabbitMoveResult::State::Cancelled)
        finish(*t, OperationState::Cancelled);
    else
        runNext(*t);
}

void RabbitOperations::recount(Tracked &t) const
{
    OperationCounts c;
    for (const Part &p : t.parts) {
        const RabbitMoveProgress &g = p.progress;
        // alreadyDone are among priorConfirmed: the journal had them, only their acks were lost.
        c.succeeded += p.priorConfirmed + g.republished + g.deleted;
        c.failed += g.failed;
        c.selected += p.priorConfirmed + g.matched - g.alreadyDone;
    }
    t.operation.counts = c;
    t.operation.itemsPerSecond = t.current >= 0 ? t.parts.at(t.current).progress.ratePerSecond : 0;
}

void RabbitOperations::finish(Tracked &t, OperationState state)
{
    recount(t);
    t.current = -1;
    Operation &op = t.operation;
    op.state = state;
    op.itemsPerSecond = 0;
    op.etaSeconds = -1;
    op.finishedMs = nowMs();
    QStringList lines;
    for (const Part &p : std::as_const(t.parts)) {
        if (!p.result)
            continue;
        lines.append(u"%1: %2"_s.arg(p.request.sourceQueue, p.result->reconciliation));
        if (!p.result->error.isEmpty())
            lines.append(failureText(p.request.sourceQueue, p.result->error));
        if (p.result->duplicatesPossible > 0) {
            lines.append(tr("%1: %n message(s) may have been delivered twice (a crash between "
                            "confirm and journal).",
                nullptr, int(p.result->duplicatesPossible))
                             .arg(p.request.sourceQueue));
        }
    }
    if (t.parts.isEmpty())
        lines.append(tr("No dead-letter queue matched the selection."));
    op.reconciliation = lines.join(u'\n');
    if (RabbitMoveJournal *j = journal()) {
        // A cancelled interrupted operation: its unfinished parts will not run again.
        for (Part &p : t.parts) {
            if (!p.result && !isFinishedJournalState(p.journalState)) {
                p.journalState = u"cancelled"_s;
                j->updateOperation(p.journalId, p.journalState, {}, op.finishedMs);
            }
        }
    }
    save(t);
    emitEvent(t, u"operation.finished"_s);
    for (const auto &[context, done] : std::exchange(t.waiting, {})) {
        if (context)
            done(op);
    }
}

void RabbitOperations::save(const Tracked &t)
{
    RabbitMoveJournal *j = t.ownRow ? journal() : nullptr;
    if (j)
        j->updateOperation(
            t.operation.id, operationStateName(t.operation.state), t.operation.toJson(), nowMs());
}

void RabbitOperations::emitEvent(Tracked &t, const QString &type)
{
    t.lastEventMs = nowMs();
    Q_EMIT eventsReady({ OpsEvent { ++m_seq, type, t.lastEventMs, t.operation.toJson() } });
}

// ---- reading -------------------------------------------------------------------------------

void RabbitOperations::loadJournal()
{
    RabbitMoveJournal *j = journal();
    if (!j)
        return;
    const QList<RabbitMoveJournal::Operation> rows = j->operations();
    // Operations another console runs are read afresh each time: their counts move.
    m_operations.removeIf([](const auto &it) { return it.value().elsewhere; });
    QHash<QString, const RabbitMoveJournal::Operation *> byId;
    QSet<QString> partIds;
    for (const RabbitMoveJournal::Operation &row : rows) {
        byId.insert(row.id, &row);
        for (const QJsonValue &p : row.request.value(u"parts"_s).toArray())
            partIds.insert(p.toString());
    }
    // One journal serves every broker the console connects to: list only this one's operations.
    const AmqpEndpoint here
        = m_backend->moveRequest(RabbitMoveRequest::Mode::Delete, QString(), QString()).endpoint;
    const auto onThisBroker = [&here](const QJsonObject &request) {
        return request.value(u"host"_s).toString() == here.host
            && request.value(u"port"_s).toInt() == here.port
            && request.value(u"vhost"_s).toString() == here.vhost;
    };
    for (const RabbitMoveJournal::Operation &row : rows) {
        if (m_operations.contains(row.id) || partIds.contains(row.id) || !onThisBroker(row.request))
            continue;
        Tracked t;
        const bool running = !isFinishedJournalState(row.state) && row.state != u"cancelled"_s;
        qint64 lastWrittenMs = row.updatedMs;
        for (const QJsonValue &p : row.request.value(u"parts"_s).toArray()) {
            if (const RabbitMoveJournal::Operation *partRow = byId.value(p.toString()))
                lastWrittenMs = std::max(lastWrittenMs, partRow->updatedMs);
        }
        if (row.request.contains(operationKey)) {
            auto op = Operation::fromJson(row.counts);
            if (!op)
                op = Operation::fromJson(row.request.value(operationKey).toObject());
            if (!op)
                continue;
            t.operation = *op;
            for (const QJsonValue &p : row.request.value(u"parts"_s).toArray()) {
                const RabbitMoveJournal::Operation *partRow = byId.value(p.toString());
                if (!partRow)
                    continue;
                Part part;
                part.journalId = partRow->id;
                part.request = RabbitMoveRequest::fromJson(partRow->request, nowMs());
                part.journalState = partRow->state;
                t.parts.append(part);
            }
        } else {
            // A mover run of another tool (bwctl rabbitmq): one queue, its counts as the mover left
            // them.
            t.ownRow = false;
            Part part;
            part.journalId = row.id;
            part.request = RabbitMoveRequest::fromJson(row.request, nowMs());
            part.journalState = row.state;
            const QJsonObject &c = row.counts;
            part.progress.matched = c.value(u"matched"_s).toInteger();
            part.progress.republished = c.value(u"republished"_s).toInteger();
            part.progress.deleted = c.value(u"deleted"_s).toInteger();
            part.progress.failed = c.value(u"failed"_s).toInteger();
            part.progress.alreadyDone = c.value(u"alreadyDone"_s).toInteger();
            t.parts.append(part);
            Operation &op = t.operation;
            op.id = row.id;
            op.kind = operationKindFromName(RabbitMoveRequest::modeName(part.request.mode))
                          .value_or(OperationKind::Retry);
            op.selector.filter = part.request.filter ? part.request.filter->toString() : QString();
            op.reason = part.request.reason;
            op.actor = part.request.endpoint.user;
            op.target = part.request.targetQueue;
            op.createdMs = op.startedMs = row.startedMs;
            if (!running) {
                op.state = operationStateFromName(row.state).value_or(OperationState::Incomplete);
                op.finishedMs = row.updatedMs;
            }
            recount(t);
        }
        if (running && nowMs() - lastWrittenMs < aliveWithinMs) {
            // A mover of another console (or bwctl) is at work on it: listed as running, left
            // alone.
            t.elsewhere = true;
            t.operation.state = OperationState::Running;
        } else if (running) {
            // Running in the journal, run by no mover here: its console stopped. Resume continues
            // it.
            t.interrupted = true;
            t.operation.state = OperationState::Paused;
            t.operation.itemsPerSecond = 0;
        }
        m_operations.insert(row.id, t);
    }
}

RabbitOperations::Tracked *RabbitOperations::find(const QString &id)
{
    auto it = m_operations.find(id);
    if (it == m_operations.end() || it->elsewhere) {
        loadJournal();
        it = m_operations.find(id);
    }
    return it == m_operations.end() ? nullptr : &*it;
}

Backend::RequestId RabbitOperations::list(QObject *context, Callback<QList<Operation>> done)
{
    loadJournal();
    QList<Operation> all;
    for (const Tracked &t : std::as_const(m_operations))
        all.append(t.operation);
    std::sort(all.begin(), all.end(), [](const Operation &a, const Operation &b) {
        return a.createdMs != b.createdMs ? a.createdMs > b.createdMs : a.id > b.id;
    });
    return m_backend->answerLater<QList<Operation>>(context, std::move(done), all);
}

Backend::RequestId RabbitOperations::get(
    const QString &id, QObject *context, Callback<Operation> done)
{
    const Tracked *t = find(id);
    if (!t)
        return m_backend->answerLater<Operation>(context, std::move(done), notFound(id));
    return m_backend->answerLater<Operation>(context, std::move(done), t->operation);
}

Backend::RequestId RabbitOperations::act(
    const QString &id, OperationAction action, QObject *context, Callback<Operation> done)
{
    if (auto refused = m_backend->refusal())
        return m_backend->answerLater<Operation>(context, std::move(done), *refused);
    Tracked *t = find(id);
    if (!t)
        return m_backend->answerLater<Operation>(context, std::move(done), notFound(id));
    Operation &op = t->operation;
    if (t->elsewhere) {
        return m_backend->answerLater<Operation>(context, std::move(done),
            conflict(
                tr("%1 is running in another console or tool on this machine: act on it there.")
                    .arg(id)));
    }
    if (isFinished(op.state)) {
        return m_backend->answerLater<Operation>(context, std::move(done),
            conflict(tr("%1 is %2: a finished operation cannot be paused, resumed or cancelled.")
                         .arg(id, operationStateName(op.state))));
    }
    switch (action) {
    case OperationAction::Pause:
        if (op.state != OperationState::Running || !t->mover) {
            return m_backend->answerLater<Operation>(context, std::move(done),
                conflict(tr("%1 is %2; only a running operation can be paused.")
                             .arg(id, operationStateName(op.state))));
        }
        t->mover->pause();
        op.state = OperationState::Paused;
        op.itemsPerSecond = 0;
        break;
    case OperationAction::Resume:
        if (op.state != OperationState::Paused) {
            return m_backend->answerLater<Operation>(context, std::move(done),
                conflict(tr("%1 is %2; only a paused operation can be resumed.")
                             .arg(id, operationStateName(op.state))));
        }
        op.state = OperationState::Running;
        if (t->mover) {
            t->mover->resumeWork();
        } else {
            t->interrupted = false;
            runNext(*t);
            if (isFinished(op.state))
                return m_backend->answerLater<Operation>(context, std::move(done), op);
        }
        break;
    case OperationAction::Cancel:
        if (t->mover) {
            // What is in flight is confirmed and acked; the answer comes with the mover's final
            // counts.
            t->mover->resumeWork();
            t->mover->cancel();
            t->waiting.append({ QPointer<QObject>(context), std::move(done) });
            return Backend::newRequestId();
        }
        finish(*t, OperationState::Cancelled);
        return m_backend->answerLater<Operation>(context, std::move(done), op);
    }
    save(*t);
    emitEvent(*t, u"operation.progress"_s);
    return m_backend->answerLater<Operation>(context, std::move(done), op);
}

Backend::RequestId RabbitOperations::items(
    const OperationItemsRequest &request, QObject *context, Callback<OperationItemPage> done)
{
    Tracked *t = find(request.operationId);
    if (!t)
        return m_backend->answerLater<OperationItemPage>(
            context, std::move(done), notFound(request.operationId));
    RabbitMoveJournal *j = journal();
    if (!j || (request.outcome && *request.outcome != OperationItemOutcome::Succeeded)) {
        // The journal records what was confirmed; failed and kept-back messages went back to their
        // queue unnamed.
        return m_backend->answerLater<OperationItemPage>(context, std::move(done),
            BackendError { BackendError::Kind::Unsupported, 0,
                tr("On RabbitMQ only the succeeded items of an operation are listed, and only with "
                   "a move journal: failed messages stay in their queue."),
                std::nullopt });
    }
    QList<OperationItem> all;
    for (const Part &p : std::as_const(t->parts)) {
        const QHash<QString, int> confirmed = j->confirmedIds(p.journalId);
        QStringList ids = confirmed.keys();
        ids.sort();
        for (const QString &stableId : std::as_const(ids)) {
            for (int n = 0; n < confirmed.value(stableId); ++n) {
                OperationItem item;
                item.key = QString::number(m_backend->idFor(p.request.sourceQueue, stableId));
                item.source = p.request.sourceQueue;
                item.outcome = OperationItemOutcome::Succeeded;
                item.detail = tr("message %1").arg(stableId);
                all.append(item);
            }
        }
    }
    const qsizetype from = request.cursor.isEmpty() ? 0 : request.cursor.toLongLong();
    const int limit = std::clamp(request.limit, 1, 1000);
    OperationItemPage page;
    page.items = all.mid(from, limit);
    if (from + limit < all.size())
        page.nextCursor = QString::number(from + limit);
    return m_backend->answerLater<OperationItemPage>(context, std::move(done), page);
}
