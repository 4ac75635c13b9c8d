// SPDX-License-Identifier: MIT
#pragma once

#include "core/breaker.h"
#include "core/deadletter.h"
#include "core/faultprofile.h"
#include "core/opsevent.h"
#include "core/problem.h"
#include "core/syncjob.h"
#include "sim/calloutcome.h"
#include "sim/scenario.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>
#include <map>
#include <memory>
#include <optional>
#include <variant>

class Clock;
class CircuitBreaker;
class DeadLetterStore;
class DeliveryLedger;
class EventLog;
class RetryPolicy;
class SimDatabase;
class StateStore;
class SyncRunner;
class UpstreamSimulator;
class SimMetrics;

/** Who asked for an action: the token identity, for transitions and the event trail. */
struct Actor {
    QString role;
    QString tokenId;
    QString toString() const;
};

/**
 * The running simulated back end: a scenario's integrations sending traffic
 * through breakers and retry policies to simulated upstreams, dead-lettering
 * what keeps failing, running sync jobs, and recording every change as an
 * event. Everything it acknowledges is committed to SQLite first.
 *
 * Lives on one thread (the server's); actions are synchronous and return a
 * value or a Problem the API answers with.
 */
class SimEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        quint32 seed = 1;
        int eventRetention = 100000;
        int tickMs = 100;
    };
    struct RetryResult {
        bool delivered = false;
        DeadLetter letter;
        std::optional<DeadLetterError> error;
        /** False when the outcome could not be written: the caller's transaction must roll back. */
        bool stored = true;
    };

    template<class T> using Outcome = std::variant<T, Problem>;

    SimEngine(Scenario scenario, SimDatabase &database, const Clock &clock, Options options,
        QObject *parent = nullptr);
    ~SimEngine() override;

    /** Restores persisted state (breakers, syncs, faults) and starts the traffic. */
    std::optional<QString> start();
    /** Stops traffic and persists what is in memory (sync progress). */
    void shutdown();

    const Scenario &scenario() const { return m_scenario; }
    QStringList integrationNames() const;

    QList<BreakerSnapshot> breakers() const;
    std::optional<BreakerSnapshot> breaker(const QString &name) const;
    Outcome<BreakerSnapshot> breakerAction(
        const QString &name, const QString &action, const QString &reason, const Actor &actor);

    QList<SyncJob> syncs() const;
    std::optional<SyncJob> sync(const QString &id) const;
    Outcome<SyncJob> startSync(const QString &integration, const QString &name, qint64 total,
        int pageSize, double itemsPerSecond);
    Outcome<SyncJob> syncAction(
        const QString &id, const QString &action, const QString &reason, const Actor &actor);

    DeadLetterStore &deadLetters();
    Outcome<RetryResult> retryDeadLetter(qint64 id, const std::optional<QByteArray> &editedPayload,
        const QString &reason, const Actor &actor);
    Outcome<qint64> deleteDeadLetter(qint64 id, const QString &reason, const Actor &actor);
    struct GenerateRequest {
        qint64 count = 0;
        QString source;
        QString payloadTemplate;
        HeaderList headers;
        QString errorClass;
        QString message;
    };
    Outcome<QJsonObject> generateDeadLetters(const GenerateRequest &request);

    QList<FaultProfile> faults() const;
    Outcome<FaultProfile> setFaults(const FaultProfile &profile);
    QJsonObject ledgerSummary(const QString &source) const;

    EventLog &eventLog();
    /** The Prometheus text of /metrics, with gauges brought up to date. */
    QByteArray renderMetrics();

    // ---- for bulk operations (sim/operationrunner.h): each call runs inside
    // the caller's SimDatabase::Transaction and publishes nothing itself, so
    // an item's effect commits together with its journaled outcome.
    SimDatabase &database() { return m_db; }
    const Clock &clock() const { return m_clock; }
    /** Retries an active letter (id, source, messageId used); a delivery is in the ledger under
     * `operationId`. */
    RetryResult retryForOperation(const DeadLetter &letter, const QString &operationId);
    /** Marks an active letter deleted; false when it was not active. */
    bool deleteForOperation(const DeadLetter &letter);
    /** Appends an event in the caller's transaction; publishCommitted() sends it after the commit.
     */
    void appendEvent(const QString &type, const QJsonObject &data);
    /** Sends the events appended since the last call (call after the commit). */
    void publishCommitted();

Q_SIGNALS:
    /** An event was committed; the event hub sends it to subscribers. */
    void eventCommitted(const OpsEvent &event);

private:
    struct Message {
        QString integration;
        QString messageId;
        QString requestId;
        QByteArray payload;
        HeaderList headers;
        int attempts = 0;
        qint64 firstFailureMs = 0;
        qint64 dueMs = 0;
    };
    struct IntegrationRuntime {
        const Scenario::Integration *definition = nullptr;
        std::unique_ptr<CircuitBreaker> breaker;
        std::unique_ptr<RetryPolicy> retry;
        double carry = 0; ///< fractional messages owed by the rate
        qint64 sent = 0;
    };

    void tick();
    void applyPhases(qint64 sinceStartMs);
    Message newMessage(IntegrationRuntime &runtime);
    CallOutcome callUpstream(IntegrationRuntime &runtime, const QString &messageId);
    void deliver(Message message);
    void park(const Message &message, const CallOutcome &outcome);
    DeadLetterError errorOf(const CallOutcome &outcome, const QString &integration) const;
    void persistBreaker(const CircuitBreaker &breaker);
    void persistSync(const SyncJob &job);
    /** Starts a job, stores it and appends its event, in the caller's transaction. */
    SyncJob createSync(const QString &integration, const QString &name, qint64 total, int pageSize,
        double itemsPerSecond);
    void onSyncUpdated(const SyncJob &job);
    IntegrationRuntime *runtime(const QString &integration);

    Scenario m_scenario;
    SimDatabase &m_db;
    const Clock &m_clock;
    Options m_options;
    QRandomGenerator m_rng;
    std::unique_ptr<DeadLetterStore> m_store;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<DeliveryLedger> m_ledger;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<UpstreamSimulator> m_upstream;
    std::unique_ptr<SyncRunner> m_syncs;
    std::unique_ptr<SimMetrics> m_series;
    std::map<QString, IntegrationRuntime> m_integrations;
    std::multimap<qint64, Message> m_pendingRetries; ///< by due time
    QHash<QString, qint64> m_depthBySource;
    QHash<QString, qint64> m_syncLastEventMs;
    QList<OpsEvent> m_uncommitted; ///< appended in the open transaction, published after commit
    QTimer m_ticker;
    qint64 m_startMs = 0;
    qint64 m_lastTickMs = 0;
    qint64 m_firstRetainedSeq = 1;
    QHash<qsizetype, qint64> m_phaseRounds; ///< phase index -> next round to fire
    bool m_scenarioSyncsStarted = false;
    QJsonObject m_scenarioFlags; ///< which scenario syncs were started, persisted as state
                                 ///< "engine/scenario"
};
