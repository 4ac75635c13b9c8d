// SPDX-License-Identifier: MIT
#pragma once

#include "core/rabbitmessage.h" // defaultDeadLetterNamePattern

#include <QFlags>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

// Plain values decoded from RabbitMQ's management HTTP API (3.x). The decoders
// are pure functions so HttpClient may run them on a pool thread.

/** GET /api/whoami: who the credentials are, and what the broker lets them do. */
struct RabbitWhoAmI {
    QString user;
    QStringList tags; ///< "administrator", "monitoring", "management", "policymaker"...

    /**
     * True when the tags let the user change things through the console: any
     * tag beyond "monitoring" (administrator, policymaker, management). A user
     * with only `monitoring` (or no tag) is read-only.
     */
    bool mayChange() const;
    /** "admin" for the administrator tag, "operator" when mayChange(), else "viewer": the
     * Workspace's role names. */
    QString role() const;

    static std::optional<RabbitWhoAmI> fromJson(const QJsonObject &o);
};

/** GET /api/overview: the broker's identity. */
struct RabbitOverview {
    QString rabbitmqVersion; ///< "3.10.8"
    QString erlangVersion;
    QString managementVersion;
    QString clusterName;
    QString node;

    static std::optional<RabbitOverview> fromJson(const QJsonObject &o);
};

/** GET /api/policies/{vhost}: one policy. */
struct RabbitPolicy {
    QString vhost;
    QString name;
    QString pattern; ///< a regular expression on queue (or exchange) names
    QString applyTo; ///< "queues", "exchanges", "all"
    int priority = 0;
    QJsonObject definition;

    static std::optional<RabbitPolicy> fromJson(const QJsonObject &o);
};

/** GET /api/bindings/{vhost}: one binding. */
struct RabbitBinding {
    QString source; ///< the exchange; "" is the default exchange
    QString destination;
    bool toQueue = true; ///< false: the destination is an exchange
    QString routingKey;

    static std::optional<RabbitBinding> fromJson(const QJsonObject &o);
};

/** GET /api/exchanges/{vhost}: name and type only. */
struct RabbitExchange {
    QString name;
    QString type; ///< "direct", "fanout", "topic", "headers"...

    static std::optional<RabbitExchange> fromJson(const QJsonObject &o);
};

/** Why a queue is taken for a dead-letter queue; a queue may qualify several ways. */
enum class DeadLetterEvidence {
    Argument = 0x1, ///< a queue's x-dead-letter-exchange argument routes here
    Policy = 0x2, ///< a policy's dead-letter-exchange routes here
    Name = 0x4, ///< the name matches the configured pattern
};
Q_DECLARE_FLAGS(DeadLetterEvidences, DeadLetterEvidence)
Q_DECLARE_OPERATORS_FOR_FLAGS(DeadLetterEvidences)

/** GET /api/queues/{vhost}: one queue, with what discovery found out about it. */
struct RabbitQueue {
    QString vhost;
    QString name;
    QString type; ///< "classic", "quorum", "stream"
    qint64 messages = 0; ///< ready + unacknowledged
    qint64 ready = 0;
    qint64 unacked = 0;
    int consumers = 0;
    // Cumulative counters since the queue's statistics began (for Prometheus counters).
    qint64 published = 0;
    qint64 delivered = 0; ///< deliver_get: consumer deliveries and basic.get
    qint64 acked = 0;
    // The management plugin's own smoothed rates, messages per second.
    double publishRate = 0;
    double deliverRate = 0;
    double ackRate = 0;
    QJsonObject arguments;
    QString policy; ///< the effective policy's name; empty: none
    QJsonObject effectivePolicy; ///< effective_policy_definition

    /** Where this queue sends its dead letters: argument first (it wins over a policy), then
     * policy. */
    QString deadLetterExchange() const;
    bool hasDeadLetterExchange() const;
    /** The routing key its dead letters get; nullopt: they keep their own. */
    std::optional<QString> deadLetterRoutingKey() const;
    /** True when the exchange comes from the argument, false when from the policy. */
    bool deadLetterByArgument() const;

    // Filled by discovery (RabbitTopology::discover), not by the broker.
    DeadLetterEvidences deadLetterEvidence;
    QStringList deadLetterSources; ///< queues whose dead letters land here, sorted
    bool isDeadLetterQueue() const { return deadLetterEvidence != DeadLetterEvidences(); }

    static std::optional<RabbitQueue> fromJson(const QJsonObject &o);
};

/**
 * The queues of one vhost and which of them are dead-letter queues:
 * - queues bound (through the DLX's type: direct, topic, fanout, headers) to
 *   an exchange that another queue dead-letters to, by argument or policy,
 *   with that queue's dead-letter routing key (or, without one, any key);
 * - the queue named by the routing key when the DLX is the default exchange;
 * - queues whose name matches `namePattern` (case-insensitive).
 */
struct RabbitTopology {
    QList<RabbitQueue> queues; ///< sorted by name
    QList<RabbitPolicy> policies;

    QList<RabbitQueue> deadLetterQueues() const;
    const RabbitQueue *queue(const QString &name) const;

    static RabbitTopology discover(QList<RabbitQueue> queues, const QList<RabbitPolicy> &policies,
        const QList<RabbitBinding> &bindings, const QList<RabbitExchange> &exchanges,
        const QRegularExpression &namePattern);
};

/** AMQP topic matching: `*` one word, `#` zero or more words, words split on '.'. */
bool topicMatches(QStringView bindingKey, QStringView routingKey);
