// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendresult.h"
#include "core/backendtypes.h"
#include "core/breaker.h"
#include "core/deadletter.h"
#include "core/metrichistory.h"
#include "core/operation.h"
#include "core/opsevent.h"
#include "core/syncjob.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <optional>

/**
 * One connected back end, as the Workspace sees it: an Ops API server
 * (backends/opsapibackend), a RabbitMQ broker (backends/rabbitmqbackend) or an
 * offline snapshot file (reports/snapshotbackend). The UI never talks to a
 * Backend directly, and nothing here exposes a network type.
 *
 * Capabilities are optional: a call for something the back end does not offer
 * answers a BackendError::Kind::Unsupported value, never crashes. The default
 * implementations of the capability calls do exactly that, so a connector
 * overrides only what it has.
 *
 * Asynchronous calls: every call takes a `context` and a `done` callback and
 * returns a RequestId at once. `done` is called exactly once, later (never from
 * inside the call), on the backend's thread, and only while `context` lives:
 * a destroyed context cancels the request and its result is dropped. After
 * cancel(id) the callback is not called. close() answers what is still in
 * flight with Kind::Cancelled.
 *
 * Thread affinity: a Backend, its callers and their context objects live on one
 * thread (the GUI thread); heavy decoding may run elsewhere but results are
 * posted back here.
 */
class Backend : public QObject {
    Q_OBJECT
public:
    /** Identifies one request; unique in the process, never 0. */
    using RequestId = quint64;
    template<class T> using Callback = std::function<void(const Result<T> &)>;

    explicit Backend(QObject *parent = nullptr);
    ~Backend() override;

    /** What this back end offers now; may shrink once the server has told us what it has. */
    virtual Capabilities capabilities() const = 0;
    bool has(Capability c) const { return capabilities().testFlag(c); }
    /** A name for a person: "prod (ops.example.com)". */
    virtual QString displayName() const = 0;

    ConnectionState connectionState() const { return m_state; }
    /** Why the state is what it is, for a person; empty when there is nothing to say. */
    QString connectionDetail() const { return m_detail; }

    /** Checks the server: Connecting, then Connected, Unreachable or Refused. */
    virtual void open() = 0;
    /** Stops events and answers every request in flight with Cancelled; Disconnected. */
    virtual void close() = 0;
    /** Drops one request: its callback will not be called. Unknown or finished ids are ignored. */
    virtual void cancel(RequestId id);

    virtual RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) = 0;

    /** The raw Prometheus exposition text (see core/prometheustext for a parser). */
    virtual RequestId fetchMetrics(QObject *context, Callback<QByteArray> done);

    virtual RequestId fetchBreakers(QObject *context, Callback<QList<BreakerSnapshot>> done);
    virtual RequestId fetchBreaker(
        const QString &name, QObject *context, Callback<BreakerSnapshot> done);
    /** Operator action on one breaker; `reason` goes to the server's audit trail. */
    virtual RequestId actOnBreaker(const QString &name, BreakerAction action, const QString &reason,
        QObject *context, Callback<BreakerSnapshot> done);

    virtual RequestId fetchSyncs(QObject *context, Callback<QList<SyncJob>> done);
    virtual RequestId fetchSync(const QString &id, QObject *context, Callback<SyncJob> done);
    virtual RequestId startSync(
        const SyncRequest &request, QObject *context, Callback<SyncJob> done);
    virtual RequestId actOnSync(const QString &id, SyncAction action, const QString &reason,
        QObject *context, Callback<SyncJob> done);

    /** One page of summaries (no payload, headers or stack); follow nextCursor for more. */
    virtual RequestId fetchDeadLetters(
        const DeadLetterPageRequest &request, QObject *context, Callback<DeadLetterPage> done);
    virtual RequestId fetchDeadLetterGroups(
        const QString &text, QObject *context, Callback<DeadLetterGroups> done);
    /** The whole letter: payload, headers, stack trace. */
    virtual RequestId fetchDeadLetter(qint64 id, QObject *context, Callback<DeadLetter> done);
    /** Retries one letter now; with `editedPayload` the server keeps the original alongside. */
    virtual RequestId retryDeadLetter(qint64 id, const QString &reason,
        const std::optional<QByteArray> &editedPayload, QObject *context,
        Callback<DeadLetterRetry> done);
    virtual RequestId deleteDeadLetter(
        qint64 id, const QString &reason, QObject *context, Callback<DeadLetterDeletion> done);

    /** Derived metric series over a past range (reports, snapshots); Capability::Metrics. */
    virtual RequestId fetchMetricHistory(
        const MetricHistoryRequest &request, QObject *context, Callback<MetricHistory> done);
    /** Every breaker's transitions with time in [fromMs, toMs]; Capability::Breakers. */
    virtual RequestId fetchBreakerTransitions(
        qint64 fromMs, qint64 toMs, QObject *context, Callback<BreakerTransitionLog> done);

    /** A dry run: the exact count, breakdowns and a sample; nothing changes.
     * Capability::Operations. */
    virtual RequestId planOperation(
        const OperationRequest &request, QObject *context, Callback<OperationPlan> done);
    /** Starts (or, for a known idempotency key, finds) an operation; request.dryRun is ignored. */
    virtual RequestId startOperation(
        const OperationRequest &request, QObject *context, Callback<Operation> done);
    /** Every operation the server holds, newest first. */
    virtual RequestId fetchOperations(QObject *context, Callback<QList<Operation>> done);
    virtual RequestId fetchOperation(const QString &id, QObject *context, Callback<Operation> done);
    virtual RequestId actOnOperation(
        const QString &id, OperationAction action, QObject *context, Callback<Operation> done);
    /** How each selected item ended, one page at a time. */
    virtual RequestId fetchOperationItems(
        const OperationItemsRequest &request, QObject *context, Callback<OperationItemPage> done);

    /**
     * Starts the live event stream after sequence number `since`; -1: only
     * events from now on. Without the Events capability this does nothing.
     */
    virtual void startEvents(qint64 since);
    virtual void stopEvents();
    /** The seq of the last event delivered through eventsReceived(); 0 before any. */
    virtual qint64 lastSeq() const;

    /** A fresh id, unique in the process (thread-safe): implementations share one sequence. */
    static RequestId newRequestId();

Q_SIGNALS:
    void connectionStateChanged(ConnectionState state, const QString &detail);
    /** Events in seq order, without duplicates; one signal per burst, not per event. */
    void eventsReceived(const QList<OpsEvent> &events);
    /** The stream lost events it cannot replay: reload snapshots (breakers, syncs, dead letters).
     */
    void resyncRequired();

protected:
    /** Emits connectionStateChanged only when state or detail changes. */
    void setConnectionState(ConnectionState state, const QString &detail = {});

    /** Delivers an already known result later, under the same rules as a real request. */
    template<class T> RequestId answerLater(QObject *context, Callback<T> done, Result<T> result)
    {
        return postAnswer(
            context, [done = std::move(done), result = std::move(result)] { done(result); });
    }
    template<class T>
    RequestId answerUnsupported(QObject *context, Callback<T> done, Capability missing)
    {
        return answerLater<T>(
            context, std::move(done), BackendError::unsupported(capabilityName(missing)));
    }

private:
    RequestId postAnswer(QObject *context, std::function<void()> deliver);

    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_detail;
    QSet<RequestId> m_posted; ///< answers queued by postAnswer(), not yet delivered nor cancelled
};
