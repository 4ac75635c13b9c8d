// SPDX-License-Identifier: MIT
#include "sim/simengine.h"

#include "core/clock.h"
#include "core/jsonlimits.h"
#include "sim/circuitbreaker.h"
#include "sim/deadletterstore.h"
#include "sim/deliveryledger.h"
#include "sim/eventlog.h"
#include "sim/retrypolicy.h"
#include "sim/simdatabase.h"
#include "sim/simmetrics.h"
#include "sim/statestore.h"
#include "sim/syncrunner.h"
#include "sim/upstreamsimulator.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

const QString breakerKind = u"breaker"_s;
const QString syncKind = u"sync"_s;
const QString faultsKind = u"faults"_s;
const QString engineKind = u"engine"_s;
constexpr qint64 syncEventIntervalMs = 1000;
constexpr qint64 maxGenerate = 1'000'000;
constexpr int generateChunk = 10000;

Problem problem(int status, const QString &detail)
{
    return Problem { status, {}, detail, {} };
}

QString className(const QString &integration)
{
    QString name;
    for (const auto &part : integration.split(u'-', Qt::SkipEmptyParts))
        name += part.left(1).toUpper() + part.mid(1);
    return name + u"Client"_s;
}

QString stackFor(const QString &integration, const QString &errorClass, const QString &message)
{
    const QString client = className(integration);
    return u"com.example.integration.%1: %2\n"
           "    at com.example.integration.%3.send(%3.java:142)\n"
           "    at "
           "com.example.integration.ResilientSender.lambda$attempt$0(ResilientSender.java:88)\n"
           "    at "
           "io.github.resilience4j.circuitbreaker.CircuitBreaker.lambda$decorateCallable$3("
           "CircuitBreaker.java:171)\n"
           "    at com.example.integration.ResilientSender.attempt(ResilientSender.java:91)\n"
           "    at com.example.integration.OutboxWorker.run(OutboxWorker.java:57)\n"
           "    at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"_s
               .arg(errorClass, message, client);
}

} // namespace

QString Actor::toString() const
{
    return tokenId.isEmpty() ? role : role + u":"_s + tokenId;
}

SimEngine::SimEngine(
    Scenario scenario, SimDatabase &database, const Clock &clock, Options options, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_db(database)
    , m_clock(clock)
    , m_options(options)
    , m_rng(options.seed)
    , m_store(std::make_unique<DeadLetterStore>(database))
    , m_events(std::make_unique<EventLog>(database))
    , m_ledger(std::make_unique<DeliveryLedger>(database))
    , m_state(std::make_unique<StateStore>(database))
    , m_upstream(std::make_unique<UpstreamSimulator>(options.seed))
    , m_syncs(std::make_unique<SyncRunner>(clock, *m_upstream))
{
    for (const auto &definition : std::as_const(m_scenario.integrations)) {
        IntegrationRuntime &rt = m_integrations[definition.name];
        rt.definition = &definition;
        QString error;
        auto faults = FaultProfile::fromJson(definition.faults, &error);
        if (faults) {
            faults->integration = definition.name;
            m_upstream->setProfile(definition.name, *faults);
        } else {
            qWarning("integration %s: faults: %s", qPrintable(definition.name), qPrintable(error));
        }
        auto retry = RetryPolicy::fromJson(definition.retry);
        rt.retry = std::make_unique<RetryPolicy>(retry.value_or(RetryPolicy {}));
        if (definition.breaker) {
            rt.breaker = std::make_unique<CircuitBreaker>(
                definition.name, definition.name, *definition.breaker, m_clock);
            CircuitBreaker *breaker = rt.breaker.get();
            breaker->setOnTransition([this, breaker](const BreakerTransition &) {
                persistBreaker(*breaker);
                appendEvent(u"breaker.transition"_s, breaker->snapshot().toJson());
            });
        }
    }
    m_series = std::make_unique<SimMetrics>(integrationNames());
    m_syncs->setOnUpdated([this](const SyncJob &job) { onSyncUpdated(job); });
    m_syncs->setOnMilestone([this](const SyncJob &job, int percent) {
        persistSync(job);
        appendEvent(u"sync.milestone"_s, { { u"job"_s, job.toJson() }, { u"percent"_s, percent } });
    });
    m_ticker.setInterval(m_options.tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &SimEngine::tick);
}

SimEngine::~SimEngine() = default;

SimEngine::IntegrationRuntime *SimEngine::runtime(const QString &integration)
{
    auto it = m_integrations.find(integration);
    return it == m_integrations.end() ? nullptr : &it->second;
}

QStringList SimEngine::integrationNames() const
{
    QStringList names;
    for (const auto &[name, rt] : m_integrations)
        names.append(name);
    return names;
}

std::optional<QString> SimEngine::start()
{
    // Operator decisions and progress survive restarts: manual breaker states,
    // fault changes, sync jobs.
    for (const QJsonObject &o : m_state->all(breakerKind)) {
        auto snapshot = BreakerSnapshot::fromJson(o);
        if (!snapshot)
            continue;
        if (auto *rt = runtime(snapshot->name); rt && rt->breaker)
            rt->breaker->restore(*snapshot);
    }
    for (const QJsonObject &o : m_state->all(faultsKind)) {
        if (auto profile = FaultProfile::fromJson(o); profile && runtime(profile->integration))
            m_upstream->setProfile(profile->integration, *profile);
    }
    QList<SyncJob> jobs;
    for (const QJsonObject &o : m_state->all(syncKind))
        if (auto job = SyncJob::fromJson(o))
            jobs.append(*job);
    m_syncs->restore(jobs);
    m_scenarioFlags = m_state->get(engineKind, u"scenario"_s).value_or(QJsonObject {});
    m_scenarioSyncsStarted = m_scenarioFlags.value(u"syncsStarted"_s).toBool();

    m_depthBySource = m_store->activeCountBySource();
    m_events->trim(m_options.eventRetention);
    m_firstRetainedSeq = m_events->firstRetainedSeq();
    m_startMs = m_lastTickMs = m_clock.nowMs();
    m_ticker.start();
    return std::nullopt;
}

void SimEngine::shutdown()
{
    m_ticker.stop();
    SimDatabase::Transaction tx(m_db);
    for (const SyncJob &job : m_syncs->jobs())
        persistSync(job);
    tx.commit();
    publishCommitted();
}

// ---- traffic ---------------------------------------------------------------

void SimEngine::tick()
{
    const qint64 now = m_clock.nowMs();
    const qint64 elapsed = std::clamp<qint64>(now - m_lastTickMs, 0, 5000);
    m_lastTickMs = now;

    SimDatabase::Transaction tx(m_db);
    if (m_scenario.traffic) {
        applyPhases(now - m_startMs);
        for (auto &[name, rt] : m_integrations) {
            rt.carry += rt.definition->ratePerSecond * double(elapsed) / 1000.0;
            while (rt.carry >= 1.0) {
                rt.carry -= 1.0;
                deliver(newMessage(rt));
            }
        }
        if (!m_scenarioSyncsStarted) {
            bool allStarted = true;
            bool changed = false;
            for (const auto &sync : std::as_const(m_scenario.syncs)) {
                const QString key = u"started:"_s + sync.name;
                if (m_scenarioFlags.value(key).toBool())
                    continue;
                if (now - m_startMs < sync.startAfterMs) {
                    allStarted = false;
                    continue;
                }
                // Inside this tick's transaction: its events publish after the commit below.
                createSync(
                    sync.integration, sync.name, sync.total, sync.pageSize, sync.itemsPerSecond);
                m_scenarioFlags.insert(key, true);
                changed = true;
            }
            if (allStarted) {
                m_scenarioSyncsStarted = true;
                m_scenarioFlags.insert(u"syncsStarted"_s, true);
                changed = true;
            }
            if (changed)
                m_state->put(engineKind, u"scenario"_s, m_scenarioFlags);
        }
    }
    while (!m_pendingRetries.empty() && m_pendingRetries.begin()->first <= now) {
        Message message = std::move(m_pendingRetries.begin()->second);
        m_pendingRetries.erase(m_pendingRetries.begin());
        deliver(std::move(message));
    }
    for (auto &[name, rt] : m_integrations)
        if (rt.breaker)
            rt.breaker->tick();
    m_syncs->advance();
    tx.commit();
    publishCommitted();
}

void SimEngine::applyPhases(qint64 sinceStartMs)
{
    // Each phase fires once per cycle of its own scenario file, so files
    // merged into one scenario keep their own timing.
    for (qsizetype i = 0; i < m_scenario.phases.size(); ++i) {
        const auto &phase = m_scenario.phases.at(i);
        if (sinceStartMs < phase.atMs)
            continue;
        const qint64 round = phase.cycleMs > 0 ? (sinceStartMs - phase.atMs) / phase.cycleMs : 0;
        qint64 &fired = m_phaseRounds[i];
        if (round < fired)
            continue;
        fired = round + 1;
        auto profile = FaultProfile::fromJson(phase.faults);
        if (!profile)
            continue;
        profile->integration = phase.integration;
        if (m_upstream->setProfile(phase.integration, *profile))
            continue;
        appendEvent(u"faults.changed"_s, profile->toJson());
    }
}

SimEngine::Message SimEngine::newMessage(IntegrationRuntime &rt)
{
    const qint64 n = ++rt.sent;
    Message m;
    m.integration = rt.definition->name;
    m.messageId = u"msg-%1-%2"_s.arg(QString::number(m_rng.generate64(), 36)).arg(n);
    m.requestId = u"req-%1"_s.arg(QString::number(m_rng.generate64(), 16));
    m.payload
        = QString(rt.definition->payloadTemplate).replace(u"{n}"_s, QString::number(n)).toUtf8();
    m.headers = rt.definition->headers;
    m.headers.append({ u"x-message-id"_s, m.messageId });
    return m;
}

CallOutcome SimEngine::callUpstream(IntegrationRuntime &rt, const QString &messageId)
{
    const QString &integration = rt.definition->name;
    if (rt.breaker && !rt.breaker->tryAcquirePermission()) {
        m_series->request(integration, u"not_permitted"_s, -1);
        return CallOutcome::refusedByBreaker(integration, breakerStateName(rt.breaker->state()));
    }
    CallOutcome outcome = m_upstream->call(integration, messageId);
    if (rt.breaker) {
        if (outcome.ok)
            rt.breaker->onSuccess(outcome.latencyMs);
        else
            rt.breaker->onError(outcome.latencyMs);
    }
    m_series->request(integration,
        outcome.ok             ? u"success"_s
            : outcome.timedOut ? u"timeout"_s
                               : u"error"_s,
        outcome.latencyMs);
    return outcome;
}

void SimEngine::deliver(Message message)
{
    IntegrationRuntime *rt = runtime(message.integration);
    if (!rt)
        return;
    ++message.attempts;
    const CallOutcome outcome = callUpstream(*rt, message.messageId);
    const qint64 now = m_clock.nowMs();
    if (outcome.ok) {
        m_ledger->record(message.integration, message.messageId, now);
        return;
    }
    if (!message.firstFailureMs)
        message.firstFailureMs = now;
    const RetryDecision decision = rt->retry->decide(outcome, message.attempts, m_rng);
    if (decision.action == RetryDecision::Action::Retry) {
        m_series->retry(message.integration);
        message.dueMs = now + decision.delayMs;
        m_pendingRetries.emplace(message.dueMs, std::move(message));
        return;
    }
    park(message, outcome);
}

DeadLetterError SimEngine::errorOf(const CallOutcome &outcome, const QString &integration) const
{
    DeadLetterError e = outcome.toError();
    e.stack = stackFor(integration, e.errorClass, e.message);
    return e;
}

void SimEngine::park(const Message &message, const CallOutcome &outcome)
{
    const auto *definition = m_integrations.at(message.integration).definition;
    DeadLetter letter;
    letter.source = message.integration;
    letter.messageId = message.messageId;
    letter.requestId = message.requestId;
    letter.payload = message.payload;
    letter.headers = message.headers;
    letter.error = errorOf(outcome, message.integration);
    letter.attempts = message.attempts;
    letter.firstFailureMs = message.firstFailureMs;
    letter.lastFailureMs = m_clock.nowMs();
    letter.destination = definition->destination;
    letter.fingerprint
        = fingerprintOf(letter.source, letter.error.errorClass, letter.error.message);
    letter.id = m_store->insert(letter);
    ++m_depthBySource[letter.source];
    m_series->deadLettered(letter.source, 1);
    appendEvent(u"deadletter.created"_s, letter.toSummaryJson());
}

// ---- events ----------------------------------------------------------------

void SimEngine::appendEvent(const QString &type, const QJsonObject &data)
{
    const OpsEvent event = m_events->append(type, data, m_clock.nowMs());
    m_uncommitted.append(event);
    // Trim in steps of a tenth of the retention, so the log stays near its
    // size without a DELETE per event.
    const qint64 slack = std::max<qint64>(1, m_options.eventRetention / 10);
    if (event.seq - m_firstRetainedSeq + 1 > m_options.eventRetention + slack) {
        m_events->trim(m_options.eventRetention);
        m_firstRetainedSeq = m_events->firstRetainedSeq();
    }
}

void SimEngine::publishCommitted()
{
    const QList<OpsEvent> events = std::exchange(m_uncommitted, {});
    for (const OpsEvent &e : events)
        Q_EMIT eventCommitted(e);
}

EventLog &SimEngine::eventLog()
{
    return *m_events;
}

// ---- breakers --------------------------------------------------------------

void SimEngine::persistBreaker(const CircuitBreaker &breaker)
{
    m_state->put(breakerKind, breaker.name(), breaker.snapshot().toJson());
}

QList<BreakerSnapshot> SimEngine::breakers() const
{
    QList<BreakerSnapshot> out;
    for (const auto &[name, rt] : m_integrations)
        if (rt.breaker)
            out.append(rt.breaker->snapshot());
    return out;
}

std::optional<BreakerSnapshot> SimEngine::breaker(const QString &name) const
{
    auto it = m_integrations.find(name);
    if (it == m_integrations.end() || !it->second.breaker)
        return std::nullopt;
    return it->second.breaker->snapshot();
}

SimEngine::Outcome<BreakerSnapshot> SimEngine::breakerAction(
    const QString &name, const QString &action, const QString &reason, const Actor &actor)
{
    IntegrationRuntime *rt = runtime(name);
    if (!rt || !rt->breaker)
        return problem(404, u"There is no circuit breaker named \"%1\"."_s.arg(name));
    CircuitBreaker &b = *rt->breaker;
    SimDatabase::Transaction tx(m_db);
    std::optional<QString> refused;
    const QString who = actor.toString();
    if (action == u"reset"_s)
        refused = b.reset(reason, who);
    else if (action == u"force-open"_s)
        refused = b.forceOpen(reason, who);
    else if (action == u"disable"_s)
        refused = b.disable(reason, who);
    else if (action == u"release"_s)
        refused = b.release(reason, who);
    else
        return problem(404, u"Unknown breaker action \"%1\"."_s.arg(action));
    if (refused)
        return problem(409, *refused);
    if (!tx.commit())
        return problem(503, u"The change could not be stored; nothing changed."_s);
    publishCommitted();
    return b.snapshot();
}

// ---- syncs -----------------------------------------------------------------

void SimEngine::persistSync(const SyncJob &job)
{
    m_state->put(syncKind, job.id, job.toJson());
}

void SimEngine::onSyncUpdated(const SyncJob &job)
{
    m_series->syncProgress(job);
    const qint64 now = m_clock.nowMs();
    // Progress events at most once a second per job; state changes always.
    const bool stateChange = job.state != SyncState::Running || job.processed == 0;
    auto &last = m_syncLastEventMs[job.id];
    if (!stateChange && now - last < syncEventIntervalMs)
        return;
    last = now;
    persistSync(job);
    appendEvent(u"sync.updated"_s, job.toJson());
}

QList<SyncJob> SimEngine::syncs() const
{
    return m_syncs->jobs();
}

std::optional<SyncJob> SimEngine::sync(const QString &id) const
{
    return m_syncs->job(id);
}

SyncJob SimEngine::createSync(const QString &integration, const QString &name, qint64 total,
    int pageSize, double itemsPerSecond)
{
    const SyncJob job = m_syncs->start(name.isEmpty() ? integration + u" sync"_s : name,
        integration, total, pageSize, itemsPerSecond);
    persistSync(job);
    appendEvent(u"sync.updated"_s, job.toJson());
    return job;
}

SimEngine::Outcome<SyncJob> SimEngine::startSync(const QString &integration, const QString &name,
    qint64 total, int pageSize, double itemsPerSecond)
{
    if (!runtime(integration))
        return problem(400,
            u"There is no integration named \"%1\"; integrations are %2."_s.arg(
                integration, integrationNames().join(u", "_s)));
    if (total < 1 || total > 10'000'000)
        return problem(400, u"total must be between 1 and 10000000."_s);
    if (pageSize < 1 || pageSize > 10000)
        return problem(400, u"pageSize must be between 1 and 10000."_s);
    if (!(itemsPerSecond > 0) || itemsPerSecond > 100000)
        return problem(400, u"itemsPerSecond must be above 0 and at most 100000."_s);
    SimDatabase::Transaction tx(m_db);
    const SyncJob job = createSync(integration, name, total, pageSize, itemsPerSecond);
    if (!tx.commit())
        return problem(503, u"The job could not be stored; nothing was started."_s);
    publishCommitted();
    return job;
}

SimEngine::Outcome<SyncJob> SimEngine::syncAction(
    const QString &id, const QString &action, const QString &, const Actor &)
{
    if (!m_syncs->job(id))
        return problem(404, u"There is no sync job \"%1\"."_s.arg(id));
    SimDatabase::Transaction tx(m_db);
    std::optional<QString> refused;
    QString resultId = id;
    if (action == u"cancel"_s)
        refused = m_syncs->cancel(id);
    else if (action == u"pause"_s)
        refused = m_syncs->pause(id);
    else if (action == u"resume"_s)
        refused = m_syncs->resume(id);
    else if (action == u"retry-failed"_s) {
        auto retried = m_syncs->retryFailed(id);
        if (auto *error = std::get_if<QString>(&retried))
            refused = *error;
        else
            resultId = std::get<SyncJob>(retried).id;
    } else
        return problem(404, u"Unknown sync action \"%1\"."_s.arg(action));
    if (refused)
        return problem(409, *refused);
    const SyncJob job = *m_syncs->job(resultId);
    persistSync(job);
    appendEvent(u"sync.updated"_s, job.toJson());
    if (!tx.commit())
        return problem(503, u"The change could not be stored; nothing changed."_s);
    publishCommitted();
    return job;
}

// ---- dead letters ----------------------------------------------------------

DeadLetterStore &SimEngine::deadLetters()
{
    return *m_store;
}

SimEngine::Outcome<SimEngine::RetryResult> SimEngine::retryDeadLetter(
    qint64 id, const std::optional<QByteArray> &editedPayload, const QString &, const Actor &actor)
{
    auto letter = m_store->get(id);
    if (!letter || letter->status == DeadLetterStatus::Deleted)
        return problem(404, u"There is no dead letter %1."_s.arg(id));
    if (letter->status != DeadLetterStatus::Active)
        return problem(409,
            u"Dead letter %1 is %2: only active letters can be retried."_s.arg(
                QString::number(id), deadLetterStatusName(letter->status)));
    if (editedPayload) {
        if (editedPayload->size() > 1024 * 1024)
            return problem(413, u"The edited payload is larger than 1 MiB."_s);
        const bool originalIsJson
            = !std::holds_alternative<QString>(parseJsonLimited(letter->payload, JsonLimits {}));
        if (originalIsJson) {
            auto parsed = parseJsonLimited(*editedPayload, JsonLimits {});
            if (auto *error = std::get_if<QString>(&parsed))
                return problem(422,
                    u"The edited payload is not valid JSON (the original is): %1"_s.arg(*error));
        }
    }
    IntegrationRuntime *rt = runtime(letter->source);
    CallOutcome outcome;
    if (rt) {
        outcome = callUpstream(*rt, letter->messageId);
    } else {
        // Letters generated for a source that has no integration have nowhere to go but
        // "delivered".
        outcome.ok = true;
    }
    const qint64 now = m_clock.nowMs();
    SimDatabase::Transaction tx(m_db);
    RetryResult result;
    if (outcome.ok) {
        m_ledger->record(letter->source, letter->messageId, now, u"retry by "_s + actor.toString());
        m_store->markResolved(id, editedPayload.value_or(QByteArray()));
        --m_depthBySource[letter->source];
        result.delivered = true;
    } else {
        const DeadLetterError error = errorOf(outcome, letter->source);
        m_store->recordFailedRetry(id, error, now);
        result.error = error;
    }
    appendEvent(u"deadletter.retried"_s,
        { { u"id"_s, id }, { u"outcome"_s, result.delivered ? u"delivered"_s : u"failed"_s } });
    if (!tx.commit())
        return problem(503, u"The outcome could not be stored."_s);
    publishCommitted();
    result.letter = *m_store->get(id);
    return result;
}

SimEngine::RetryResult SimEngine::retryForOperation(
    const DeadLetter &letter, const QString &operationId)
{
    IntegrationRuntime *rt = runtime(letter.source);
    CallOutcome outcome;
    if (rt)
        outcome = callUpstream(*rt, letter.messageId);
    else
        outcome.ok = true; // as retryDeadLetter(): no integration, nowhere to go but "delivered"
    const qint64 now = m_clock.nowMs();
    RetryResult result;
    result.letter = letter;
    if (outcome.ok) {
        result.stored = m_ledger->record(letter.source, letter.messageId, now, operationId)
            && m_store->markResolved(letter.id);
        if (result.stored)
            --m_depthBySource[letter.source];
        result.delivered = true;
    } else {
        result.error = errorOf(outcome, letter.source);
        result.stored = m_store->recordFailedRetry(letter.id, *result.error, now);
    }
    return result;
}

bool SimEngine::deleteForOperation(const DeadLetter &letter)
{
    if (!m_store->markDeleted(letter.id))
        return false;
    --m_depthBySource[letter.source];
    return true;
}

SimEngine::Outcome<qint64> SimEngine::deleteDeadLetter(qint64 id, const QString &, const Actor &)
{
    auto letter = m_store->get(id);
    if (!letter || letter->status == DeadLetterStatus::Deleted)
        return problem(404, u"There is no dead letter %1."_s.arg(id));
    SimDatabase::Transaction tx(m_db);
    m_store->markDeleted(id);
    if (letter->status == DeadLetterStatus::Active)
        --m_depthBySource[letter->source];
    appendEvent(u"deadletter.deleted"_s, { { u"id"_s, id } });
    if (!tx.commit())
        return problem(503, u"The deletion could not be stored; nothing changed."_s);
    publishCommitted();
    return id;
}

SimEngine::Outcome<QJsonObject> SimEngine::generateDeadLetters(const GenerateRequest &request)
{
    if (request.count < 1 || request.count > maxGenerate)
        return problem(400, u"count must be between 1 and %1."_s.arg(maxGenerate));
    if (request.source.isEmpty() || request.source.size() > 200)
        return problem(400, u"source must be a name of 1 to 200 characters."_s);
    const QString errorClass
        = request.errorClass.isEmpty() ? u"HttpServerError"_s : request.errorClass;
    const QString message = request.message.isEmpty()
        ? u"POST /api/v1/messages returned 503 Service Unavailable"_s
        : request.message;
    const QString payloadTemplate = request.payloadTemplate.isEmpty()
        ? u"{\"message\": {n}, \"customer\": \"customer {n}\"}"_s
        : request.payloadTemplate;
    const auto *rt = runtime(request.source);
    const QString destination
        = rt ? rt->definition->destination : u"POST https://upstream.example/api/v1/messages"_s;
    const QString fingerprint = fingerprintOf(request.source, errorClass, message);
    const QString stack = stackFor(request.source, errorClass, message);
    const QString batch = QString::number(m_rng.generate64(), 36);
    const qint64 now = m_clock.nowMs();

    qint64 firstId = 0, lastId = 0;
    SimDatabase::Transaction tx(m_db);
    for (qint64 done = 0; done < request.count;) {
        QList<DeadLetter> chunk;
        const qint64 n = std::min<qint64>(generateChunk, request.count - done);
        chunk.reserve(n);
        for (qint64 i = 0; i < n; ++i) {
            const qint64 k = done + i + 1;
            DeadLetter d;
            d.source = request.source;
            d.messageId = u"gen-%1-%2"_s.arg(batch).arg(k);
            d.requestId = u"req-%1-%2"_s.arg(batch).arg(k);
            d.payload = QString(payloadTemplate).replace(u"{n}"_s, QString::number(k)).toUtf8();
            d.headers = request.headers;
            d.error = DeadLetterError { errorClass, message, stack, 503, {} };
            d.attempts = 3;
            d.firstFailureMs = now - 35000;
            d.lastFailureMs = now;
            d.destination = destination;
            d.fingerprint = fingerprint;
            chunk.append(std::move(d));
        }
        const QList<qint64> ids = m_store->insertMany(chunk);
        if (ids.size() != n)
            return problem(503, u"The letters could not be stored."_s);
        if (!firstId)
            firstId = ids.first();
        lastId = ids.last();
        done += n;
    }
    const QJsonObject summary { { u"source"_s, request.source }, { u"count"_s, request.count },
        { u"firstId"_s, firstId }, { u"lastId"_s, lastId } };
    appendEvent(u"deadletters.generated"_s, summary);
    if (!tx.commit())
        return problem(503, u"The letters could not be stored."_s);
    m_depthBySource[request.source] += request.count;
    m_series->deadLettered(request.source, request.count);
    publishCommitted();
    return summary;
}

// ---- faults, ledger, metrics -------------------------------------------------

QList<FaultProfile> SimEngine::faults() const
{
    QList<FaultProfile> out;
    for (const auto &[name, rt] : m_integrations)
        out.append(m_upstream->profile(name));
    return out;
}

SimEngine::Outcome<FaultProfile> SimEngine::setFaults(const FaultProfile &profile)
{
    if (!runtime(profile.integration))
        return problem(404,
            u"There is no integration named \"%1\"; integrations are %2."_s.arg(
                profile.integration, integrationNames().join(u", "_s)));
    if (auto invalid = profile.validate())
        return problem(400, *invalid);
    SimDatabase::Transaction tx(m_db);
    if (auto refused = m_upstream->setProfile(profile.integration, profile))
        return problem(400, *refused);
    m_state->put(faultsKind, profile.integration, profile.toJson());
    appendEvent(u"faults.changed"_s, profile.toJson());
    if (!tx.commit())
        return problem(503, u"The change could not be stored; nothing changed."_s);
    publishCommitted();
    return profile;
}

QJsonObject SimEngine::ledgerSummary(const QString &source) const
{
    return m_ledger->summary(source);
}

QByteArray SimEngine::renderMetrics()
{
    for (const auto &[name, rt] : m_integrations)
        if (rt.breaker)
            m_series->breaker(rt.breaker->snapshot());
    for (auto it = m_depthBySource.cbegin(); it != m_depthBySource.cend(); ++it)
        m_series->depth(it.key(), it.value());
    return m_series->render();
}
