// SPDX-License-Identifier: MIT
#include "models/workspace.h"

#include "core/backend.h"
#include "core/clock.h"
#include "core/opsevent.h"
#include "core/prometheustext.h"
#include "models/auditlog.h"
#include "models/breakermodel.h"
#include "models/deadlettergroupmodel.h"
#include "models/deadlettermodel.h"
#include "models/metricsstore.h"
#include "models/operationmodel.h"
#include "models/syncjobmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int defaultScrapeIntervalMs = 1000;
// Dead-letter events come in bursts (a bulk retry, a generator): refresh at most this often.
constexpr qint64 deadLetterFlushMs = 1000;
constexpr int firstReopenDelayMs = 1000;
constexpr int maxReopenDelayMs = 30'000;
constexpr qsizetype maxReasonLength = 500; // the Ops API's limit

int areaIndex(DataArea area)
{
    return int(area);
}

constexpr DataArea allAreas[]
    = { DataArea::Breakers, DataArea::Syncs, DataArea::DeadLetters, DataArea::Metrics };

bool isDeadLetterEvent(const QString &type)
{
    return type == u"deadletter.created" || type == u"deadletter.retried"
        || type == u"deadletter.deleted" || type == u"deadletters.generated";
}

template<class T> ActionOutcome failedOutcome(const Result<T> &result)
{
    ActionOutcome o;
    o.message = result.error().message;
    o.errorKind = result.error().kind;
    return o;
}

ActionOutcome succeededOutcome(const QString &message)
{
    ActionOutcome o;
    o.succeeded = true;
    o.message = message;
    return o;
}

} // namespace

Workspace::Workspace(
    const ConnectionProfile &profile, Backend *backend, AuditLog *auditLog, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_backend(backend)
    , m_audit(auditLog)
    , m_clock(&SystemClock::instance())
    , m_breakers(new BreakerModel(this))
    , m_syncs(new SyncJobModel(this))
    , m_groups(new DeadLetterGroupModel(this))
    , m_deadLetters(new DeadLetterModel(this))
    , m_metrics(new MetricsStore(this))
    , m_tickTimer(new QTimer(this))
    , m_deadLetterFlush(new QTimer(this))
    , m_reopenTimer(new QTimer(this))
{
    Q_ASSERT(m_backend);
    m_backend->setParent(this);

    connect(m_backend, &Backend::connectionStateChanged, this, &Workspace::onBackendState);
    connect(m_backend, &Backend::eventsReceived, this, &Workspace::onEvents);
    connect(m_backend, &Backend::resyncRequired, this, &Workspace::refresh);

    m_tickTimer->setInterval(defaultScrapeIntervalMs);
    connect(m_tickTimer, &QTimer::timeout, this, &Workspace::onTick);
    m_deadLetterFlush->setSingleShot(true);
    connect(m_deadLetterFlush, &QTimer::timeout, this, &Workspace::flushDeadLetterChanges);
    m_operations = new OperationModel(this);
    connect(m_operations, &OperationModel::operationChanged, this, &Workspace::operationChanged);
    m_reopenTimer->setSingleShot(true);
    connect(m_reopenTimer, &QTimer::timeout, this, [this] {
        if (m_opened && !m_everConnected)
            m_backend->open();
    });
}

Workspace::~Workspace()
{
    // Answers still in flight must not reach a half-destroyed Workspace.
    disconnect(m_backend, nullptr, this, nullptr);
    m_backend->close();
}

bool Workspace::event(QEvent *event)
{
    // A window passes a language switch to its child objects but no further: the models'
    // translated headers are ours to pass it on to.
    if (event->type() == QEvent::LanguageChange) {
        for (QObject *child : children())
            QCoreApplication::sendEvent(child, event);
    }
    return QObject::event(event);
}

void Workspace::setClock(const Clock *clock)
{
    m_clock = clock ? clock : &SystemClock::instance();
    m_breakers->setClock(m_clock);
    m_deadLetters->setClock(m_clock);
}

void Workspace::setScrapeInterval(int ms)
{
    m_tickTimer->setInterval(std::max(100, ms));
}

qint64 Workspace::nowMs() const
{
    return m_clock->nowMs();
}

// --- connection ---------------------------------------------------------------------------

void Workspace::open()
{
    m_opened = true;
    m_everConnected = false;
    m_reopenDelayMs = firstReopenDelayMs;
    m_backend->open();
}

void Workspace::close()
{
    m_opened = false;
    m_reopenTimer->stop();
    m_tickTimer->stop();
    m_eventsStarted = false;
    m_backend->close();
}

ConnectionState Workspace::connectionState() const
{
    return m_backend->connectionState();
}

QString Workspace::connectionDetail() const
{
    return m_backend->connectionDetail();
}

Capabilities Workspace::capabilities() const
{
    return m_backend->capabilities();
}

QString Workspace::role() const
{
    return m_info ? m_info->role : QString();
}

bool Workspace::isReadOnly() const
{
    return m_offline || m_profile.readOnly || role() == u"viewer";
}

QString Workspace::actionsUnavailableReason() const
{
    if (m_offline)
        return tr("This is an offline snapshot of %1: it can be looked at, not acted on.")
            .arg(m_offline->sourceName);
    if (m_profile.readOnly)
        return tr("The profile %1 is read-only.").arg(m_profile.name);
    if (role() == u"viewer")
        return tr("The token for %1 is a viewer's: it can look, not act.").arg(m_profile.name);
    switch (connectionState()) {
    case ConnectionState::Connected:
        return {};
    case ConnectionState::Unreachable:
        return tr("%1 is unreachable.").arg(m_profile.name);
    case ConnectionState::Refused:
        return tr("%1 refused the connection.").arg(m_profile.name);
    case ConnectionState::Connecting:
        return tr("Connecting to %1…").arg(m_profile.name);
    case ConnectionState::Disconnected:
        break;
    }
    return tr("Not connected to %1.").arg(m_profile.name);
}

void Workspace::onBackendState(ConnectionState state, const QString &detail)
{
    switch (state) {
    case ConnectionState::Connected:
        m_reopenTimer->stop();
        m_everConnected = true;
        setStale(false);
        if (m_offline) { // a recording: nothing to stream or scrape, its history instead
            loadInfo();
            refresh();
            loadOfflineHistory();
            break;
        }
        loadInfo();
        // Also after a reconnect: what happened while we were away may not all be replayable.
        refresh();
        if (!m_eventsStarted) {
            m_eventsStarted = true;
            const qint64 since = m_backend->lastSeq();
            m_backend->startEvents(since > 0 ? since : -1);
        }
        if (!m_tickTimer->isActive())
            m_tickTimer->start();
        scrapeMetrics();
        break;
    case ConnectionState::Unreachable:
        setStale(true);
        if (!m_everConnected)
            scheduleReopen();
        break;
    case ConnectionState::Refused:
    case ConnectionState::Disconnected:
        m_tickTimer->stop();
        setStale(true);
        break;
    case ConnectionState::Connecting:
        break;
    }
    Q_EMIT connectionStateChanged(state, detail);
    Q_EMIT infoChanged(); // actionsUnavailableReason() follows the state
}

void Workspace::scheduleReopen()
{
    if (!m_opened || m_reopenTimer->isActive())
        return;
    m_reopenTimer->start(m_reopenDelayMs);
    m_reopenDelayMs = std::min(maxReopenDelayMs, m_reopenDelayMs * 2);
}

void Workspace::onTick()
{
    m_breakers->tick();
    // While unreachable the scrape is also the probe that notices the server is back.
    scrapeMetrics();
}

// --- data -------------------------------------------------------------------------------------

DataAge Workspace::dataAge(DataArea area) const
{
    return m_ages[areaIndex(area)];
}

void Workspace::touch(DataArea area)
{
    DataAge &age = m_ages[areaIndex(area)];
    age.updatedMs = nowMs();
    age.stale = connectionState() != ConnectionState::Connected;
    Q_EMIT dataAgeChanged(area);
}

void Workspace::setStale(bool stale)
{
    for (DataArea area : allAreas) {
        DataAge &age = m_ages[areaIndex(area)];
        if (age.stale == stale)
            continue;
        age.stale = stale;
        Q_EMIT dataAgeChanged(area);
    }
}

void Workspace::refresh()
{
    loadBreakers();
    loadSyncs();
    loadGroups();
    reloadDeadLetters();
    loadOperations();
}

void Workspace::reloadDeadLetters()
{
    if (!has(Capability::DeadLetters))
        return;
    // The table asks for its first page as soon as it has a back end: give it one
    // only once that back end answers, then refresh in place so views keep their rows.
    if (m_deadLetters->backend() != m_backend)
        m_deadLetters->setBackend(m_backend);
    else
        m_deadLetters->invalidate();
}

void Workspace::setDeadLetterGroupFilter(const QString &text)
{
    if (text == m_groupFilter)
        return;
    m_groupFilter = text;
    loadGroups();
}

void Workspace::loadInfo()
{
    m_backend->cancel(m_infoRequest);
    m_infoRequest = m_backend->fetchInfo(this, [this](const Result<BackendInfo> &r) {
        m_infoRequest = 0;
        if (!r.ok())
            return; // the backend's connection state already tells the operator
        m_info = r.value();
        Q_EMIT infoChanged();
    });
}

template<class T>
void Workspace::load(DataArea area, Capability needed, std::function<quint64(Reply<T>)> fetch,
    std::function<void(const T &)> apply)
{
    quint64 &request = m_loadRequests[areaIndex(area)];
    // A newer load supersedes the one in flight: its older answer must not win.
    m_backend->cancel(request);
    request = 0;
    if (!has(needed))
        return;
    request = fetch([this, area, apply = std::move(apply)](const Result<T> &r) {
        m_loadRequests[areaIndex(area)] = 0;
        if (!r.ok()) {
            if (r.errorKind() != BackendError::Kind::Cancelled)
                Q_EMIT loadFailed(area, r.error().message);
            return;
        }
        apply(r.value());
        touch(area);
    });
}

void Workspace::loadBreakers()
{
    load<QList<BreakerSnapshot>>(
        DataArea::Breakers, Capability::Breakers,
        [this](Reply<QList<BreakerSnapshot>> done) {
            return m_backend->fetchBreakers(this, std::move(done));
        },
        [this](const QList<BreakerSnapshot> &breakers) { m_breakers->reset(breakers); });
}

void Workspace::loadSyncs()
{
    load<QList<SyncJob>>(
        DataArea::Syncs, Capability::Syncs,
        [this](Reply<QList<SyncJob>> done) { return m_backend->fetchSyncs(this, std::move(done)); },
        [this](const QList<SyncJob> &jobs) { m_syncs->reset(jobs); });
}

void Workspace::loadGroups()
{
    load<DeadLetterGroups>(
        DataArea::DeadLetters, Capability::DeadLetters,
        [this](Reply<DeadLetterGroups> done) {
            return m_backend->fetchDeadLetterGroups(m_groupFilter, this, std::move(done));
        },
        [this](const DeadLetterGroups &groups) { m_groups->setGroups(groups); });
}

void Workspace::scrapeMetrics()
{
    // One scrape at a time: a slow server gets fewer scrapes, not a queue of them.
    if (m_scrapeRequest != 0 || !has(Capability::Metrics))
        return;
    m_scrapeRequest = m_backend->fetchMetrics(this, [this](const Result<QByteArray> &r) {
        m_scrapeRequest = 0;
        if (!r.ok())
            return; // the connection state says why; the metrics simply go stale
        // The HTTP layer caps the size; an Ops API exposition of thousands of
        // samples parses in a few milliseconds, so it is not worth a thread.
        m_metrics->ingest(PrometheusText::parse(r.value()), nowMs());
        touch(DataArea::Metrics);
        followDeadLetterDepth();
    });
}

void Workspace::followDeadLetterDepth()
{
    // A back end without events (RabbitMQ) says nothing when letters arrive or when its lagging
    // queue statistics catch up with a load made just before: the scraped depth is the news. Once
    // per depth, so a groups answer that still disagrees does not reload on every scrape.
    if (has(Capability::Events) || !has(Capability::DeadLetters)
        || !dataAge(DataArea::DeadLetters).loaded())
        return;
    const std::optional<double> depth = m_metrics->latestTotal(MetricGroup::DeadLetters);
    if (!depth || qint64(*depth) == m_groups->total() || qint64(*depth) == m_depthReloadedFor)
        return;
    m_depthReloadedFor = qint64(*depth);
    markDeadLettersChanged();
}

void Workspace::onEvents(const QList<OpsEvent> &events)
{
    QList<BreakerSnapshot> breakers;
    QList<SyncJob> syncs;
    bool deadLetters = false;
    for (const OpsEvent &event : events) {
        if (event.type == u"breaker.transition") {
            if (auto snapshot = BreakerSnapshot::fromJson(event.data))
                breakers.append(std::move(*snapshot));
        } else if (event.type == u"sync.updated") {
            if (auto job = SyncJob::fromJson(event.data))
                syncs.append(std::move(*job));
        } else if (isDeadLetterEvent(event.type)) {
            deadLetters = true;
        }
    }
    // One batch per model per burst: the models emit one signal per run of rows.
    if (!breakers.isEmpty()) {
        m_breakers->update(breakers);
        touch(DataArea::Breakers);
    }
    if (!syncs.isEmpty()) {
        m_syncs->update(syncs);
        touch(DataArea::Syncs);
    }
    if (deadLetters)
        markDeadLettersChanged();
    applyOperationEvents(events);
}

void Workspace::markDeadLettersChanged()
{
    m_deadLettersDirty = true;
    if (m_deadLetterFlush->isActive())
        return;
    const qint64 sinceLast = nowMs() - m_lastDeadLetterFlushMs;
    m_deadLetterFlush->start(
        int(std::clamp<qint64>(deadLetterFlushMs - sinceLast, 0, deadLetterFlushMs)));
}

void Workspace::flushDeadLetterChanges()
{
    if (!m_deadLettersDirty)
        return;
    m_deadLettersDirty = false;
    m_lastDeadLetterFlushMs = nowMs();
    loadGroups();
    reloadDeadLetters();
    Q_EMIT deadLettersChanged();
}

// --- actions ----------------------------------------------------------------------------------

QString Workspace::refusal(const QString &reason) const
{
    if (isReadOnly())
        return actionsUnavailableReason();
    if (reason.trimmed().isEmpty())
        return tr("Give a reason: it goes to the audit logs.");
    if (reason.size() > maxReasonLength)
        return tr("The reason is too long (%1 characters; at most %2).")
            .arg(reason.size())
            .arg(maxReasonLength);
    return {};
}

QString Workspace::audit(const ActionOutcome &outcome, qint64 count, const QString &reason)
{
    if (!m_audit)
        return tr("No audit log is open: this action was not recorded.");
    AuditRecord record;
    record.tokenId = m_info ? m_info->tokenId : QString();
    record.backendName = m_profile.name;
    record.backendUrl = m_profile.url.toString();
    record.environment = environmentName(m_profile.environment);
    record.action = outcome.action;
    record.target = outcome.target;
    record.count = count;
    record.reason = reason;
    record.succeeded = outcome.succeeded;
    record.resultMessage = outcome.message;
    if (!m_audit->append(record))
        return tr("This action could not be written to the audit log: %1")
            .arg(m_audit->errorString());
    return {};
}

template<class T>
void Workspace::runAction(const QString &action, const QString &target, qint64 count,
    const QString &reason, QObject *context, Reply<T> done, std::function<void(Reply<T>)> send,
    std::function<ActionOutcome(const Result<T> &)> describe)
{
    auto finish = [this, action, target, count, reason, context = QPointer(context), done,
                      describe = std::move(describe)](const Result<T> &result) {
        ActionOutcome outcome = result.ok() ? describe(result) : failedOutcome(result);
        outcome.action = action;
        outcome.target = target;
        if (const QString note = audit(outcome, outcome.count.value_or(count), reason);
            !note.isEmpty())
            outcome.message += u'\n' + note;
        Q_EMIT actionFinished(outcome);
        if (context && done)
            done(result);
    };
    if (const QString why = refusal(reason); !why.isEmpty()) {
        BackendError error;
        error.kind = BackendError::Kind::Forbidden;
        error.message = why;
        // Answer later, as a back end would: callers never get their reply inside the call.
        QTimer::singleShot(0, this, [finish, error] { finish(Result<T>(error)); });
        return;
    }
    send(std::move(finish));
}

void Workspace::actOnBreaker(const QString &name, BreakerAction action, const QString &reason,
    QObject *context, Reply<BreakerSnapshot> done)
{
    runAction<BreakerSnapshot>(
        u"breaker."_s + breakerActionName(action), name, 1, reason, context, std::move(done),
        [=, this](Reply<BreakerSnapshot> finish) {
            m_backend->actOnBreaker(name, action, reason, this, std::move(finish));
        },
        [this, name](const Result<BreakerSnapshot> &r) {
            m_breakers->update(r.value());
            return succeededOutcome(
                tr("Breaker %1 is now %2.").arg(name, BreakerModel::stateLabel(r.value().state)));
        });
}

void Workspace::actOnSync(const QString &id, SyncAction action, const QString &reason,
    QObject *context, Reply<SyncJob> done)
{
    runAction<SyncJob>(
        u"sync."_s + syncActionName(action), id, 1, reason, context, std::move(done),
        [=, this](Reply<SyncJob> finish) {
            m_backend->actOnSync(id, action, reason, this, std::move(finish));
        },
        [this](const Result<SyncJob> &r) {
            m_syncs->update(r.value());
            return succeededOutcome(
                tr("Sync %1 is now %2.")
                    .arg(r.value().name.isEmpty() ? r.value().id : r.value().name,
                        SyncJobModel::stateLabel(r.value().state)));
        });
}

void Workspace::startSync(const SyncRequest &request, QObject *context, Reply<SyncJob> done)
{
    const QString target = request.name.isEmpty()
        ? request.integration
        : u"%1 (%2)"_s.arg(request.name, request.integration);
    runAction<SyncJob>(
        u"sync.start"_s, target, request.total, request.reason, context, std::move(done),
        [=, this](
            Reply<SyncJob> finish) { m_backend->startSync(request, this, std::move(finish)); },
        [this](const Result<SyncJob> &r) {
            m_syncs->update(r.value());
            return succeededOutcome(
                tr("Started sync %1 of %n item(s).", nullptr, int(r.value().total))
                    .arg(r.value().id));
        });
}

void Workspace::retryDeadLetter(qint64 id, const QString &reason,
    const std::optional<QByteArray> &editedPayload, QObject *context, Reply<DeadLetterRetry> done)
{
    // Audit records are not translated: they must read the same in every session.
    const QString target = u"dead letter %1"_s.arg(id);
    const QString action = editedPayload ? u"deadletter.retry-edited"_s : u"deadletter.retry"_s;
    runAction<DeadLetterRetry>(
        action, target, 1, reason, context, std::move(done),
        [=, this](Reply<DeadLetterRetry> finish) {
            m_backend->retryDeadLetter(id, reason, editedPayload, this, std::move(finish));
        },
        [this, id](const Result<DeadLetterRetry> &r) {
            markDeadLettersChanged();
            if (r.value().delivered)
                return succeededOutcome(tr("Dead letter %1 was delivered.").arg(id));
            ActionOutcome o;
            o.message = tr("Dead letter %1 failed again: %2").arg(id).arg(r.value().error);
            return o;
        });
}

void Workspace::deleteDeadLetter(
    qint64 id, const QString &reason, QObject *context, Reply<DeadLetterDeletion> done)
{
    runAction<DeadLetterDeletion>(
        u"deadletter.delete"_s, u"dead letter %1"_s.arg(id), 1, reason, context, std::move(done),
        [=, this](Reply<DeadLetterDeletion> finish) {
            m_backend->deleteDeadLetter(id, reason, this, std::move(finish));
        },
        [this, id](const Result<DeadLetterDeletion> &) {
            markDeadLettersChanged();
            return succeededOutcome(tr("Dead letter %1 was deleted.").arg(id));
        });
}

void Workspace::fetchDeadLetter(qint64 id, QObject *context, Reply<DeadLetter> done)
{
    m_backend->fetchDeadLetter(id, context, std::move(done));
}

// --- bulk operations ----------------------------------------------------------------------------

namespace {

/** The audit target of an operation's selection; not translated, like every audit record. */
QString operationTarget(const OperationSelector &selector)
{
    if (selector.filter) {
        const QString filter = selector.filter->isEmpty()
            ? u"every dead letter"_s
            : u"filter \"%1\""_s.arg(*selector.filter);
        return selector.highWater > 0 ? u"%1 up to id %2"_s.arg(filter).arg(selector.highWater)
                                      : filter;
    }
    const qsizetype n = selector.ids.isEmpty() ? selector.names.size() : selector.ids.size();
    return n == 1 ? u"1 item"_s : u"%1 items"_s.arg(n);
}

qint64 explicitCount(const OperationSelector &selector)
{
    return selector.ids.isEmpty() ? selector.names.size() : selector.ids.size();
}

} // namespace

void Workspace::loadOperations()
{
    // A newer load supersedes the one in flight: its older answer must not win.
    m_backend->cancel(m_operationsRequest);
    m_operationsRequest = 0;
    if (!has(Capability::Operations))
        return;
    m_operationsRequest
        = m_backend->fetchOperations(this, [this](const Result<QList<Operation>> &r) {
              m_operationsRequest = 0;
              // A failed load keeps what is shown; the connection state tells the operator why.
              if (r.ok())
                  m_operations->reset(r.value());
          });
}

void Workspace::applyOperationEvents(const QList<OpsEvent> &events)
{
    QList<Operation> operations;
    bool breakersReset = false;
    for (const OpsEvent &event : events) {
        if (!event.type.startsWith(u"operation."))
            continue;
        auto op = Operation::fromJson(event.data);
        if (!op)
            continue;
        if (event.type == u"operation.finished") {
            // The areas the operation acted on changed in bulk: refresh them once, at the end.
            if (actsOnDeadLetters(op->kind))
                markDeadLettersChanged();
            else if (op->kind == OperationKind::ResetBreakers)
                breakersReset = true;
        }
        operations.append(std::move(*op));
    }
    if (!operations.isEmpty())
        m_operations->update(operations);
    if (breakersReset)
        loadBreakers();
}

void Workspace::planOperation(
    const OperationRequest &request, QObject *context, Reply<OperationPlan> done)
{
    m_backend->planOperation(request, context, std::move(done));
}

void Workspace::startOperation(
    const OperationRequest &request, QObject *context, Reply<Operation> done)
{
    runAction<Operation>(
        u"operation."_s + operationKindName(request.kind), operationTarget(request.selector),
        explicitCount(request.selector), request.reason, context, std::move(done),
        [=, this](Reply<Operation> finish) {
            m_backend->startOperation(request, this, std::move(finish));
        },
        [this](const Result<Operation> &r) {
            const Operation &op = r.value();
            m_operations->update(op);
            // A broker's operation finds its items as it reads the queues: no count to give yet.
            const bool counted = op.counts.selected > 0 || isFinished(op.state);
            ActionOutcome o = succeededOutcome(counted
                    ? tr("Started operation %1 on %n item(s).", nullptr, int(op.counts.selected))
                          .arg(op.id)
                    : tr("Started operation %1; it counts its items as it reads them.").arg(op.id));
            o.count = op.counts.selected;
            return o;
        });
}

void Workspace::actOnOperation(const QString &id, OperationAction action, const QString &reason,
    QObject *context, Reply<Operation> done)
{
    runAction<Operation>(
        u"operation."_s + operationActionName(action), id, 1, reason, context, std::move(done),
        [=, this](Reply<Operation> finish) {
            m_backend->actOnOperation(id, action, this, std::move(finish));
        },
        [this](const Result<Operation> &r) {
            m_operations->update(r.value());
            return succeededOutcome(
                tr("Operation %1 is now %2.")
                    .arg(r.value().id, OperationModel::stateLabel(r.value().state)));
        });
}

void Workspace::fetchOperationItems(
    const OperationItemsRequest &request, QObject *context, Reply<OperationItemPage> done)
{
    m_backend->fetchOperationItems(request, context, std::move(done));
}

bool Workspace::recordOperationResult(const Operation &op)
{
    if (!isFinished(op.state) || m_recordedResults.contains(op.id))
        return false;
    const OperationCounts &c = op.counts;
    ActionOutcome outcome;
    outcome.action = u"operation.result"_s;
    outcome.target = op.id;
    outcome.succeeded = op.state == OperationState::Succeeded;
    outcome.message = u"%1 %2: selected %3, succeeded %4, failed %5, skipped %6, pending %7"_s
                          .arg(operationKindName(op.kind), operationStateName(op.state))
                          .arg(c.selected)
                          .arg(c.succeeded)
                          .arg(c.failed)
                          .arg(c.skipped)
                          .arg(c.pending());
    if (!op.reconciliation.isEmpty())
        outcome.message += u"; "_s + op.reconciliation;
    if (!audit(outcome, c.selected, op.reason).isEmpty())
        return false;
    m_recordedResults.insert(op.id);
    return true;
}

// --- offline snapshots ------------------------------------------------------------------------

void Workspace::setOfflineSource(const OfflineSource &source)
{
    m_offline = source;
    Q_EMIT infoChanged();
}

void Workspace::loadOfflineHistory()
{
    if (!m_offline || !has(Capability::Metrics))
        return;
    m_backend->fetchMetricHistory(
        { m_offline->fromMs, m_offline->toMs, 0 }, this, [this](const Result<MetricHistory> &r) {
            if (!r.ok()) {
                if (r.errorKind() != BackendError::Kind::Cancelled)
                    Q_EMIT loadFailed(DataArea::Metrics, r.error().message);
                return;
            }
            m_metrics->loadHistory(r.value());
            touch(DataArea::Metrics);
        });
}
