// SPDX-License-Identifier: MIT
#pragma once

#include "backends/httpclient.h"
#include "backends/rabbitmanagementtypes.h"
#include "core/backend.h"
#include "core/rabbitmessage.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QUrl>

/**
 * RabbitMQ's management HTTP API for one vhost, as values: who we are, the
 * broker, queues with depth and rates, policies, which queues are dead-letter
 * queues, a peek at a queue's head, purge.
 *
 * Every call goes through HttpClient (deadline, size cap, JSON depth limit,
 * large bodies decoded off the calling thread) with HTTP basic credentials.
 * Errors are values: a 401/403 carries the broker's own words ("ACCESS_REFUSED
 * - access to queue 'x' in vhost '/' refused for user 'bw-monitor'") in
 * BackendError::message; a refused login is Kind::Unauthorized, anything
 * else the broker refuses Kind::Forbidden.
 *
 * The management API is for diagnostics: peek() takes messages with
 * ack_requeue_true, so the broker requeues them with the redelivered flag
 * set, and it counts as a delivery in the queue's statistics. Moving
 * messages losslessly is RabbitMover's job (AMQP, publisher confirms).
 *
 * Callbacks follow the Backend rules (once, later, on this thread, only while
 * `context` lives, never after cancel()). Lives on one thread.
 */
class RabbitManagementClient : public QObject {
    Q_OBJECT
public:
    using RequestId = Backend::RequestId;
    template<class T> using Callback = Backend::Callback<T>;

    static constexpr int defaultPeekCount = 200;
    static constexpr int maxPeekCount = 5000;
    static constexpr int defaultTruncateBytes = 256 * 1024; ///< per message body

    /** `managementUrl`: "http://host:15672/" (a path prefix behind a proxy is kept); `vhost`: "/"
     * by default. */
    RabbitManagementClient(const QUrl &managementUrl, const QString &vhost, const QString &user,
        const QByteArray &password, QObject *parent = nullptr);
    ~RabbitManagementClient() override;

    QUrl managementUrl() const { return m_http->baseUrl(); }
    QString vhost() const { return m_vhost; }
    QString user() const { return m_user; }
    void setLimits(const HttpClient::Limits &limits) { m_http->setLimits(limits); }

    /** Names that make a queue a dead-letter queue by name alone (case-insensitive); empty: none.
     */
    void setDeadLetterNamePattern(const QString &pattern);
    QString deadLetterNamePattern() const { return m_namePattern.pattern(); }

    RequestId whoami(QObject *context, Callback<RabbitWhoAmI> done);
    RequestId overview(QObject *context, Callback<RabbitOverview> done);
    /** The vhost's queues, with dead-letter evidence unset (see topology()). */
    RequestId queues(QObject *context, Callback<QList<RabbitQueue>> done);
    RequestId policies(QObject *context, Callback<QList<RabbitPolicy>> done);
    RequestId bindings(QObject *context, Callback<QList<RabbitBinding>> done);
    RequestId exchanges(QObject *context, Callback<QList<RabbitExchange>> done);
    /**
     * Queues, policies, bindings and exchanges fetched together, and the
     * dead-letter queues discovered from them (RabbitTopology::discover with
     * the name pattern). The first failure answers; the others are dropped.
     */
    RequestId topology(QObject *context, Callback<RabbitTopology> done);

    /**
     * The first `count` messages of `queue` (clamped to 1..maxPeekCount),
     * requeued at once by the broker (they come back redelivered). Bodies
     * longer than `truncateBytes` are cut by the broker; RabbitMessage::body
     * then holds the first bytes only.
     */
    RequestId peek(const QString &queue, int count, int truncateBytes, QObject *context,
        Callback<QList<RabbitMessage>> done);
    /** Deletes every ready message of `queue`; answers true once the broker has. */
    RequestId purge(const QString &queue, QObject *context, Callback<bool> done);

    /** Drops a request (also every part of a topology()); its callback is not called. */
    void cancel(RequestId id);
    void cancelAll();

    /** One message of a /get answer; nullopt when it is not one. Pure: exposed for tests. */
    static std::optional<RabbitMessage> messageFromJson(const QJsonObject &o);
    /** A non-2xx answer in the broker's words (see the class comment). Pure: exposed for tests. */
    static BackendError errorFromReply(int status, const QByteArray &body, const QString &what);

Q_SIGNALS:
    /** The broker sent an HTTP answer (any status): it is reachable. */
    void answered(int httpStatus, const QString &message);
    /** A request failed without an HTTP answer. */
    void unreachable(const QString &message);

private:
    template<class T>
    RequestId sendDecoded(const HttpClient::Request &request, QObject *context,
        std::function<std::optional<T>(const QJsonDocument &)> decode, Callback<T> done);
    template<class T>
    RequestId sendList(const QString &collection, QObject *context, Callback<QList<T>> done);
    QString vhostPath(const QString &collection) const;

    HttpClient *m_http;
    QString m_vhost;
    QString m_user;
    QRegularExpression m_namePattern;
    QHash<RequestId, QList<RequestId>> m_joined; ///< topology() id -> its part requests
};
