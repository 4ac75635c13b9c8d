// SPDX-License-Identifier: MIT
#pragma once

#include "core/rabbitmessage.h"

#include <QByteArray>
#include <QString>
#include <QUrl>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>
#include <variant>

/** Where and as whom to connect over AMQP 0-9-1. The password is never logged or journaled. */
struct AmqpEndpoint {
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 5672;
    QString vhost = QStringLiteral("/");
    QString user;
    QString password;
    int connectTimeoutMs = 10000;
    int heartbeatSeconds = 0; ///< 0: none (rabbitmq-c only beats while reading)

    /**
     * Reads `amqp://[user[:password]@]host[:port][/vhost]` (vhost percent-
     * encoded: "/" is `%2F`; an absent path means "/"). Fields the URL does
     * not name keep their current value. Returns false on another scheme.
     */
    bool setUrl(const QUrl &url);
};

/** A failure as a value: what happened, in words a person can act on. */
struct AmqpError {
    enum class Kind {
        ConnectionRefused, ///< nothing listens there, or the TCP connect timed out
        AccessRefused, ///< wrong user or password, or no permission (AMQP 403)
        NotFound, ///< queue or exchange missing (AMQP 404)
        ChannelClosed, ///< the broker closed the channel (reply text in message)
        ConnectionClosed, ///< the broker or the network closed the connection
        Timeout, ///< no answer within the deadline
        Protocol, ///< anything else from rabbitmq-c
    };
    Kind kind = Kind::Protocol;
    int replyCode = 0; ///< the broker's AMQP reply code when it sent one (403, 404, 406, ...)
    QString message; ///< e.g. "ACCESS_REFUSED - Login was refused ..." (the broker's reply text)
};

template<typename T> using AmqpResult = std::variant<T, AmqpError>;

/** What the broker says about a queue (passive declare). */
struct AmqpQueueInfo {
    QString name;
    quint32 messageCount = 0; ///< ready messages (unacked ones are not counted)
    quint32 consumerCount = 0;
};

/** One message handed to this connection, by basic.get or a consumer. */
struct AmqpDelivery {
    quint64 deliveryTag = 0;
    RabbitMessage message;
};

/** A publisher confirm: the broker's basic.ack or basic.nack for publish sequence numbers. */
struct AmqpConfirm {
    quint64 sequence
        = 0; ///< the publish sequence number (1, 2, ... per channel after confirmSelect)
    bool multiple = false; ///< true: every sequence up to this one
    bool acked = true; ///< false: basic.nack (the broker could not take it)
};

/** A message the broker returned as unroutable (published with mandatory=true). */
struct AmqpReturn {
    int replyCode = 0;
    QString replyText;
    QString exchange;
    QString routingKey;
    RabbitMessage message;
};

/** What readEvent() found next on the channel. */
using AmqpEvent = std::variant<AmqpDelivery, AmqpConfirm, AmqpReturn>;

/**
 * A thin RAII wrapper over one rabbitmq-c connection with one channel
 * (channel 1). Blocking: use it on a worker thread, never on the GUI thread.
 * Not thread-safe: one thread at a time. Closing (destructor) requeues every
 * delivery not yet acked, as the broker does for any closed channel.
 *
 * Every call returns its failure as an AmqpError; after a channel or
 * connection error the object is unusable (isOpen() false).
 */
class AmqpConnection {
public:
    AmqpConnection();
    ~AmqpConnection();
    AmqpConnection(const AmqpConnection &) = delete;
    AmqpConnection &operator=(const AmqpConnection &) = delete;

    /** TCP connect (with the endpoint's timeout), login, open channel 1. */
    std::optional<AmqpError> open(const AmqpEndpoint &endpoint);
    void close();
    bool isOpen() const;

    /** confirm.select: from now on every publish gets a sequence number and a confirm. */
    std::optional<AmqpError> confirmSelect();
    std::optional<AmqpError> setPrefetch(quint16 count);

    AmqpResult<AmqpQueueInfo> declareQueuePassive(const QString &queue);
    /** For tests and tools: a durable queue with optional x-arguments (strings and integers). */
    AmqpResult<AmqpQueueInfo> declareQueue(
        const QString &queue, const QVariantMap &arguments = {}, bool durable = true);
    std::optional<AmqpError> declareExchange(const QString &exchange,
        const QString &type = QStringLiteral("direct"), bool durable = true);
    std::optional<AmqpError> bindQueue(
        const QString &queue, const QString &exchange, const QString &routingKey);
    std::optional<AmqpError> deleteQueue(const QString &queue);
    /** queue.purge; returns how many messages the broker dropped. */
    AmqpResult<quint32> purgeQueue(const QString &queue);

    /** basic.get; std::nullopt when the queue is empty. */
    AmqpResult<std::optional<AmqpDelivery>> get(const QString &queue, bool autoAck = false);
    /** basic.consume with manual acks; returns the consumer tag. */
    AmqpResult<QString> consume(const QString &queue);
    std::optional<AmqpError> cancel(const QString &consumerTag);

    /**
     * basic.publish. `headerTable` is a complete AMQP field table
     * (RabbitMessage::encodeTable) sent as the headers property, or empty for
     * none. Returns the publish sequence number (0 before confirmSelect()).
     */
    AmqpResult<quint64> publish(const QString &exchange, const QString &routingKey,
        const QByteArray &body, const RabbitProperties &properties,
        const QByteArray &headerTable = {}, bool mandatory = false);
    /** Publishes a message as read: body, properties and all headers byte for byte. */
    AmqpResult<quint64> publish(const QString &exchange, const QString &routingKey,
        const RabbitMessage &message, bool mandatory = false);

    /**
     * The next delivery, confirm or return, waiting at most `timeoutMs`;
     * std::nullopt on timeout.
     */
    AmqpResult<std::optional<AmqpEvent>> readEvent(int timeoutMs);

    /**
     * Waits until every publish up to `sequence` is confirmed (acked or
     * nacked), handing other events to `onOther` if given (deliveries and
     * returns that arrive meanwhile). Returns how many of them were nacked.
     */
    AmqpResult<quint64> waitForConfirms(
        quint64 sequence, int timeoutMs, const std::function<void(AmqpEvent &&)> &onOther = {});
    /** The highest sequence number confirmed so far (acked or nacked). */
    quint64 confirmedUpTo() const;

    std::optional<AmqpError> ack(quint64 deliveryTag, bool multiple = false);
    std::optional<AmqpError> nack(quint64 deliveryTag, bool multiple, bool requeue);
    std::optional<AmqpError> reject(quint64 deliveryTag, bool requeue);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
