// SPDX-License-Identifier: MIT
#pragma once

#include "core/backendresult.h"
#include "core/backendtypes.h"
#include "core/breaker.h"
#include "core/deadletter.h"
#include "core/operation.h"
#include "core/syncjob.h"
#include "models/connectionprofile.h"
#include "models/dataage.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <functional>
#include <optional>

class AuditLog;
class Backend;
class BreakerModel;
class Clock;
class DeadLetterGroupModel;
class DeadLetterModel;
class MetricsStore;
class OperationModel;
class QTimer;
class SyncJobModel;
struct OpsEvent;

/**
 * The outcome of one operator action, for the view that asked and for a
 * status line: what was done to what, whether it worked, and a translated
 * sentence to show ("Breaker payments-webhooks is now FORCED_OPEN.",
 * "The server refused the token (401): ...").
 */
struct ActionOutcome {
    QString action; ///< as in the audit log: "breaker.force-open", "sync.cancel", "sync.start",
                    ///< "deadletter.retry", "deadletter.retry-edited", "deadletter.delete"
    QString target; ///< breaker name, job id, "dead letter 42"
    bool succeeded = false;
    QString message; ///< for a person, translated
    std::optional<BackendError::Kind> errorKind; ///< why it failed; nullopt when it succeeded
    /** Items acted on when only the answer knows (a bulk operation by filter); audited instead
        of the count known when the action was asked for. */
    std::optional<qint64> count;
};

/**
 * One connected back end and everything the console shows of it: the item
 * models of each area, live metrics, the connection state, how old each
 * area's data is, and the operator actions. Views talk to a Workspace and its
 * models only, never to a Backend.
 *
 * Ownership: the Workspace owns the Backend it is given (app/ picks the
 * implementation) and its models; the AuditLog is shared by every open
 * Workspace and must outlive them.
 *
 * Life: open() connects. Once the back end is Connected the Workspace reads
 * the server's info, loads snapshots of breakers, syncs and dead-letter
 * groups, starts the event stream (applied to the models row by row) and
 * scrapes /metrics every second into metrics(). While the back end is
 * Unreachable every loaded area is stale (dataAgeChanged); when it comes
 * back the snapshots are reloaded. A `resync` from the stream reloads too.
 *
 * Actions: each is asynchronous. The result reaches `done` (only while
 * `context` lives; pass nullptr for none) and actionFinished() in every case,
 * and the attempt is written to the AuditLog whatever its outcome, refusals
 * included. In read-only mode (profile flag or a viewer token) actions are
 * refused locally with BackendError::Kind::Forbidden.
 *
 * Thread affinity: GUI thread, like its Backend and models.
 */
class Workspace : public QObject {
    Q_OBJECT
public:
    template<class T> using Reply = std::function<void(const Result<T> &)>;

    /** Takes ownership of `backend` (reparented); `auditLog` is not owned. Does not connect yet. */
    Workspace(const ConnectionProfile &profile, Backend *backend, AuditLog *auditLog,
        QObject *parent = nullptr);
    ~Workspace() override;

    /** Time source for data ages and the breakers' "next probe in"; default SystemClock. Not owned.
     */
    void setClock(const Clock *clock);
    /** /metrics scrape period while connected; default 1000 ms. */
    void setScrapeInterval(int ms);

    const ConnectionProfile &profile() const { return m_profile; }
    QString name() const { return m_profile.name; }
    Environment environment() const { return m_profile.environment; }

    /** Connects (or reconnects after close()). */
    void open();
    /** Stops events and scrapes, answers what is in flight with Cancelled; Disconnected. */
    void close();
    ConnectionState connectionState() const;
    /** Why the state is what it is, for a person; may be empty. */
    QString connectionDetail() const;
    bool isConnected() const { return connectionState() == ConnectionState::Connected; }

    /** What the back end offers; views hide the areas it lacks. */
    Capabilities capabilities() const;
    bool has(Capability c) const { return capabilities().testFlag(c); }
    /** What the server said about itself and our token; nullopt before it answered. */
    const std::optional<BackendInfo> &info() const { return m_info; }
    /** "viewer", "operator", "admin"; empty before the server answered. */
    QString role() const;
    /** True when actions are refused: the profile is read-only or the token is a viewer's. */
    bool isReadOnly() const;
    /**
     * Why actions are unavailable right now, translated ("read-only profile",
     * "viewer token", "back end unreachable"); empty when they are available.
     * Views grey out their action buttons and use this as the tooltip.
     */
    QString actionsUnavailableReason() const;

    BreakerModel *breakers() const { return m_breakers; }
    SyncJobModel *syncs() const { return m_syncs; }
    DeadLetterGroupModel *deadLetterGroups() const { return m_groups; }
    /** The paged dead-letter table (a million rows); filter it with its own setFilter(). */
    DeadLetterModel *deadLetters() const { return m_deadLetters; }
    MetricsStore *metrics() const { return m_metrics; }
    AuditLog *auditLog() const { return m_audit; }
    /**
     * The back end's bulk operations (Capability::Operations), loaded with the
     * other snapshots (also after a reconnect or a resync, so operations that
     * kept running on the server while the console was away show with their
     * progress) and updated live from "operation.*" events.
     */
    OperationModel *operations() const { return m_operations; }

    DataAge dataAge(DataArea area) const;

    /** Reloads the snapshots of every area the back end offers. */
    void refresh();
    /** The server-side filter of the dead-letter groups (same syntax as the list); reloads them. */
    void setDeadLetterGroupFilter(const QString &text);
    QString deadLetterGroupFilter() const { return m_groupFilter; }

    void actOnBreaker(const QString &name, BreakerAction action, const QString &reason,
        QObject *context = nullptr, Reply<BreakerSnapshot> done = {});
    void actOnSync(const QString &id, SyncAction action, const QString &reason,
        QObject *context = nullptr, Reply<SyncJob> done = {});
    /** The reason is SyncRequest::reason. */
    void startSync(
        const SyncRequest &request, QObject *context = nullptr, Reply<SyncJob> done = {});
    /** With `editedPayload`, the server retries that and keeps the original. A letter that
        fails again is a value (delivered false) and an unsuccessful ActionOutcome. */
    void retryDeadLetter(qint64 id, const QString &reason,
        const std::optional<QByteArray> &editedPayload = std::nullopt, QObject *context = nullptr,
        Reply<DeadLetterRetry> done = {});
    void deleteDeadLetter(qint64 id, const QString &reason, QObject *context = nullptr,
        Reply<DeadLetterDeletion> done = {});
    /** The whole letter (payload, headers, stack). Read-only: no audit, no actionFinished(). */
    void fetchDeadLetter(qint64 id, QObject *context, Reply<DeadLetter> done);

    // --- offline snapshots ---
    /** Where an offline Workspace's data comes from: a recording of `sourceName` over [fromMs,
     * toMs). */
    struct OfflineSource {
        QString sourceName;
        qint64 fromMs = 0;
        qint64 toMs = 0;
        qint64 takenMs = 0; ///< when the recording was made
    };
    /**
     * Marks this Workspace as showing a recording (app/ gives it a snapshot
     * back end): read-only whatever the profile says, no event stream or
     * /metrics scrapes; once connected it loads the metric history of the
     * range into metrics(). Call before open().
     */
    void setOfflineSource(const OfflineSource &source);
    const std::optional<OfflineSource> &offlineSource() const { return m_offline; }
    bool isOffline() const { return m_offline.has_value(); }
    /**
     * The back end itself, for readers that walk it through the Backend
     * interface on their own (reports/: ReportCollector for reports and
     * snapshots). Views use the models and actions above, never this.
     */
    Backend *backend() const { return m_backend; }

    // --- bulk operations (Capability::Operations) ---
    /** A dry run: exact count, breakdowns, sample. Read-only: no audit, no actionFinished(). */
    void planOperation(
        const OperationRequest &request, QObject *context, Reply<OperationPlan> done);
    /**
     * Starts a bulk operation (the reason is OperationRequest::reason); audited as
     * "operation.<kind>" with target "N items" (explicit ids or names) or the
     * frozen filter, and the count the server selected. A known idempotency
     * key answers the existing operation. The operation then runs on the
     * server: follow it with operationChanged() or operations().
     */
    void startOperation(
        const OperationRequest &request, QObject *context = nullptr, Reply<Operation> done = {});
    /** Pause, resume or cancel; audited as "operation.pause|resume|cancel" with the operation id.
        The reason is kept in the local audit log only: the Ops API takes none for these. */
    void actOnOperation(const QString &id, OperationAction action, const QString &reason,
        QObject *context = nullptr, Reply<Operation> done = {});
    /** How each item of an operation ended, one page. Read-only: no audit. */
    void fetchOperationItems(
        const OperationItemsRequest &request, QObject *context, Reply<OperationItemPage> done);
    /**
     * Writes the audit record "operation.result" of a finished operation: its
     * final counts and reconciliation (succeeded only when the operation did).
     * Once per operation per Workspace: a second call for the same id does
     * nothing. Returns false when nothing could be written (no or a failing
     * audit log, or an operation that has not finished).
     */
    bool recordOperationResult(const Operation &op);

Q_SIGNALS:
    void connectionStateChanged(ConnectionState state, const QString &detail);
    /** info(), role(), capabilities() or isReadOnly() may have changed. */
    void infoChanged();
    /** dataAge(area) changed: its time, or its stale flag. */
    void dataAgeChanged(DataArea area);
    /** Loading a snapshot of `area` failed; `message` is for a person. The old data stays. */
    void loadFailed(DataArea area, const QString &message);
    /** A mutating action finished (or was refused); emitted after its audit record is written. */
    void actionFinished(const ActionOutcome &outcome);
    /**
     * Dead letters were created, retried or deleted on the server. Coalesced:
     * at most once a second. The dead-letter groups reload and the
     * dead-letter table refreshes its loaded rows in place by themselves.
     */
    void deadLettersChanged();
    /** An operation appeared or changed (event, reload or action answer); see operations(). */
    void operationChanged(const Operation &op);

protected:
    /** Passes QEvent::LanguageChange (from the window that owns this) on to the models. */
    bool event(QEvent *event) override;

private:
    void onBackendState(ConnectionState state, const QString &detail);
    void onEvents(const QList<OpsEvent> &events);
    void onTick();
    void loadInfo();
    /** Loads one area's snapshot with `fetch`, hands it to `apply` and touches the area. */
    template<class T>
    void load(DataArea area, Capability needed, std::function<quint64(Reply<T>)> fetch,
        std::function<void(const T &)> apply);
    void loadBreakers();
    void loadSyncs();
    void loadGroups();
    void reloadDeadLetters();
    void scrapeMetrics();
    void markDeadLettersChanged();
    /** Without events: reloads dead letters when the scraped dead-letter depth disagrees with the
     * groups. */
    void followDeadLetterDepth();
    void flushDeadLetterChanges();
    void touch(DataArea area);
    void setStale(bool stale);
    void scheduleReopen();
    qint64 nowMs() const;
    /** Why an action with this reason may not be sent; empty when it may. */
    QString refusal(const QString &reason) const;
    /** Writes the audit record of `outcome`; returns a note for the outcome when that failed. */
    QString audit(const ActionOutcome &outcome, qint64 count, const QString &reason);

    /**
     * Shared path of every mutating action: local refusal, the request, the
     * audit record, actionFinished() and the caller's reply, in that order.
     * `send(done)` issues the request; `describe` turns its result into an outcome.
     */
    template<class T>
    void runAction(const QString &action, const QString &target, qint64 count,
        const QString &reason, QObject *context, Reply<T> done, std::function<void(Reply<T>)> send,
        std::function<ActionOutcome(const Result<T> &)> describe);

    ConnectionProfile m_profile;
    Backend *m_backend;
    AuditLog *m_audit;
    const Clock *m_clock;
    std::optional<BackendInfo> m_info;

    BreakerModel *m_breakers;
    SyncJobModel *m_syncs;
    DeadLetterGroupModel *m_groups;
    DeadLetterModel *m_deadLetters;
    MetricsStore *m_metrics;

    QTimer *m_tickTimer; ///< scrapes, probes and ages: once per scrape interval
    QTimer *m_deadLetterFlush; ///< coalesces dead-letter events
    QTimer *m_reopenTimer; ///< retries open() until the first connection
    int m_reopenDelayMs = 0;
    qint64 m_lastDeadLetterFlushMs = 0;
    bool m_deadLettersDirty = false;
    qint64 m_depthReloadedFor = -1; ///< the scraped depth followDeadLetterDepth() last reloaded for
    bool m_opened = false; ///< between open() and close()
    bool m_everConnected = false; ///< since open()
    bool m_eventsStarted = false;
    quint64 m_scrapeRequest = 0;
    quint64 m_infoRequest = 0;
    quint64 m_loadRequests[4] = {}; ///< per DataArea, to cancel a superseded load
    QString m_groupFilter;
    DataAge m_ages[4];

    // Offline snapshots.
    void loadOfflineHistory();
    std::optional<OfflineSource> m_offline;

    // Bulk operations.
    void loadOperations();
    void applyOperationEvents(const QList<OpsEvent> &events);
    OperationModel *m_operations = nullptr;
    quint64 m_operationsRequest = 0;
    QSet<QString> m_recordedResults; ///< operation ids whose "operation.result" is written
};
