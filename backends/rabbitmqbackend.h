// SPDX-License-Identifier: MIT
#pragma once

#include "backends/rabbitmanagementclient.h"
#include "backends/rabbitmover.h"
#include "backends/rabbitoperations.h"
#include "core/backend.h"

#include <QHash>
#include <QUrl>
#include <optional>

/**
 * A RabbitMQ broker as a Backend: Metrics, DeadLetters, and bulk Operations
 * with DeadLetterMove (RabbitOperations); no breakers, syncs or event stream
 * (operation.* events are emitted by the operations themselves).
 *
 * - Info and role from the management API: a user whose tags are only
 *   `monitoring` is a "viewer" (read-only console); `administrator` is an
 *   "admin" (may purge), management or policymaker an "operator".
 * - Metrics: Prometheus text synthesised from GET /api/queues: per queue
 *   rabbitmq_queue_messages{,_ready,_unacked} and rabbitmq_queue_consumers
 *   gauges, rabbitmq_queue_messages_{published,delivered,acked}_total
 *   counters, rabbitmq_queue_messages_{published,delivered,acked}_per_second
 *   gauges (the broker's smoothed rates), and bw_deadletters{source=<dlq>}
 *   for each dead-letter queue.
 * - Dead letters: one group per dead-letter queue (count = its depth). A list
 *   peeks the first `peekCount` messages (capped at 5000) of the queues the
 *   query names with `source:` or `group:` (all dead-letter queues when it
 *   names none) and filters them client-side with DeadLetterQuery. Each
 *   letter: source = the dead-letter queue, destination = "exchange / key" of
 *   its first x-death entry, error class = that entry's reason, attempts =
 *   its count. Ids are stable for a message (by stableId()) for this
 *   backend's life. A peek sets the redelivered flag: the management API is
 *   for diagnostics.
 * - Retry and delete of one letter, and every bulk operation (retry or
 *   delete by filter or ids, move, purge: RabbitOperations), go through a
 *   RabbitMover on its own thread (never the GUI thread). A viewer is refused
 *   locally with Forbidden before anything reaches the broker.
 */
class RabbitMqBackend : public Backend {
    Q_OBJECT
public:
    struct Settings {
        QUrl managementUrl; ///< http://host:15672/
        QUrl amqpUrl; ///< amqp://host:5672/ (credentials in it are ignored)
        QString vhost = QStringLiteral("/");
        QString user;
        QByteArray password; ///< from the keychain; never stored by this class beyond its life
        QString journalPath; ///< the movers' SQLite journal; empty: no crash resume
        int peekCount = RabbitManagementClient::defaultPeekCount;
        QString deadLetterNamePattern = defaultDeadLetterNamePattern.toString();
    };

    explicit RabbitMqBackend(const Settings &settings, QObject *parent = nullptr);
    ~RabbitMqBackend() override;

    void setDisplayName(const QString &name) { m_displayName = name; }
    RabbitManagementClient *management() const { return m_management; }
    /** True when the broker said the user may change things (see the class comment); false before
     * open(). */
    bool mayChange() const { return m_whoami && m_whoami->mayChange(); }

    Capabilities capabilities() const override;
    QString displayName() const override;
    void open() override;
    void close() override;
    void cancel(RequestId id) override;

    RequestId fetchInfo(QObject *context, Callback<BackendInfo> done) override;
    RequestId fetchMetrics(QObject *context, Callback<QByteArray> done) override;
    RequestId fetchDeadLetters(const DeadLetterPageRequest &request, QObject *context,
        Callback<DeadLetterPage> done) override;
    RequestId fetchDeadLetterGroups(
        const QString &text, QObject *context, Callback<DeadLetterGroups> done) override;
    RequestId fetchDeadLetter(qint64 id, QObject *context, Callback<DeadLetter> done) override;
    /** Republishes one peeked letter to its origin; an edited payload is refused (Unsupported). */
    RequestId retryDeadLetter(qint64 id, const QString &reason,
        const std::optional<QByteArray> &editedPayload, QObject *context,
        Callback<DeadLetterRetry> done) override;
    RequestId deleteDeadLetter(qint64 id, const QString &reason, QObject *context,
        Callback<DeadLetterDeletion> done) override;

    RequestId planOperation(
        const OperationRequest &request, QObject *context, Callback<OperationPlan> done) override;
    RequestId startOperation(
        const OperationRequest &request, QObject *context, Callback<Operation> done) override;
    RequestId fetchOperations(QObject *context, Callback<QList<Operation>> done) override;
    RequestId fetchOperation(
        const QString &id, QObject *context, Callback<Operation> done) override;
    RequestId actOnOperation(const QString &id, OperationAction action, QObject *context,
        Callback<Operation> done) override;
    RequestId fetchOperationItems(const OperationItemsRequest &request, QObject *context,
        Callback<OperationItemPage> done) override;

    /** The dead-letter queues a query reads: those it names by `source:` or `group:`, all when it
     * names none. */
    static QStringList queuesFor(
        const DeadLetterQuery &query, const QList<RabbitQueue> &deadLetterQueues);

    /** The Prometheus exposition text for `queues` (pure; exposed for tests). */
    static QByteArray metricsText(const QList<RabbitQueue> &queues);
    /** `message`, peeked from `deadLetterQueue`, as the console shows it (pure; exposed for tests).
     */
    static DeadLetter toDeadLetter(
        const RabbitMessage &message, const QString &deadLetterQueue, qint64 id);
    /** The group key of a dead-letter queue, as letters and groups carry it. */
    static QString groupOf(const QString &deadLetterQueue);

private:
    friend class RabbitOperations; // its selections map ids through the peeks and run movers like
                                   // ours

    struct Peeked {
        QString queue;
        RabbitMessage message;
        DeadLetter letter;
    };

    /** Forbidden for a viewer, nullopt when the user may change things. */
    std::optional<BackendError> refusal() const;
    qint64 idFor(const QString &queue, const QString &stableId);
    RabbitMoveRequest moveRequest(
        RabbitMoveRequest::Mode mode, const QString &queue, const QString &reason) const;
    RequestId runMover(
        const RabbitMoveRequest &request, QObject *context, Callback<RabbitMoveResult> done);
    void onOpened(const Result<BackendInfo> &result);

    Settings m_settings;
    RabbitManagementClient *m_management;
    QString m_displayName;
    std::optional<RabbitWhoAmI> m_whoami;
    RequestId m_openRequest = 0;
    QHash<QString, qint64> m_ids; ///< queue + '\n' + stableId -> id
    QHash<qint64, Peeked> m_peeked; ///< the last peek of each letter
    /// Counts down: a queue is read head first and grows at the tail, so ids descend in list order,
    /// as the Ops API promises and DeadLetterModel's in-place refresh expects.
    qint64 m_nextId = 1'000'000'000;
    QHash<RequestId, RabbitMover *> m_movers; ///< running; their callbacks are dropped on cancel
    RabbitOperations *m_operations; ///< child; after the members it reads
};
