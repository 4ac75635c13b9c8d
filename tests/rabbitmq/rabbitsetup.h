// SPDX-License-Identifier: MIT
#pragma once

#include "backends/amqpconnection.h"
#include "core/backendresult.h"
#include "tests/support/rabbitbroker.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

/** The error's message, or nothing for a value: safe in QVERIFY2, which evaluates its message
 * always. */
template<class T> QString errorText(const Result<T> &r)
{
    return r.ok() ? QString() : r.error().message;
}

/**
 * Calls `call(context, done)` (a Backend-style request) and waits for its one
 * answer, at most `ms`: the answer, or a Timeout error.
 */
template<class T, class Call> Result<T> waitForResult(Call call, int ms = 120000)
{
    QObject context;
    std::optional<Result<T>> result;
    call(&context, [&result](const Result<T> &r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, ms))
        return BackendError::timeout(QStringLiteral("test"), ms);
    return *result;
}

/** Where and how the broker's administrator connects over AMQP. */
inline AmqpEndpoint adminEndpoint(const RabbitBroker &broker)
{
    AmqpEndpoint e;
    e.port = broker.amqpPort();
    e.user = broker.adminUser();
    e.password = broker.adminPassword();
    return e;
}

/**
 * Declares what a test needs on a RabbitBroker through the management API as
 * its administrator: exchanges, queues, bindings, policies, publishes and
 * rejections. Blocking with a deadline: test processes only.
 */
class RabbitSetup {
public:
    explicit RabbitSetup(const RabbitBroker &broker)
        : m_broker(broker)
    {
    }

    /** The HTTP status of one admin call (0: no answer). */
    int call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        QByteArray *answer = nullptr)
    {
        QNetworkRequest request(
            QUrl(m_broker.managementUrl().toString() + path.mid(1), QUrl::TolerantMode));
        const QByteArray credentials
            = (m_broker.adminUser() + u':' + m_broker.adminPassword()).toUtf8();
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply
            = m_nam.sendCustomRequest(request, method, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(30000);
        if (answer)
            *answer = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

    bool ok(int status) { return status >= 200 && status < 300; }

    bool exchange(const QString &name, const QString &type)
    {
        return ok(call("PUT", QStringLiteral("/api/exchanges/%2F/") + name,
            { { QStringLiteral("type"), type }, { QStringLiteral("durable"), true } }));
    }
    bool queue(const QString &name, const QJsonObject &arguments = {})
    {
        return ok(call("PUT", QStringLiteral("/api/queues/%2F/") + name,
            { { QStringLiteral("durable"), true }, { QStringLiteral("arguments"), arguments } }));
    }
    bool bind(const QString &exchange, const QString &queue, const QString &key)
    {
        return ok(call("POST",
            QStringLiteral("/api/bindings/%2F/e/") + exchange + QStringLiteral("/q/") + queue,
            { { QStringLiteral("routing_key"), key } }));
    }
    bool policy(const QString &name, const QString &pattern, const QJsonObject &definition)
    {
        return ok(call("PUT", QStringLiteral("/api/policies/%2F/") + name,
            { { QStringLiteral("pattern"), pattern },
                { QStringLiteral("apply-to"), QStringLiteral("queues") },
                { QStringLiteral("definition"), definition } }));
    }
    /**
     * `queue`, whose rejected messages the broker dead-letters through the
     * direct exchange "<queue>.dlx" into `deadLetterQueue`.
     */
    bool deadLetteredQueue(const QString &queue, const QString &deadLetterQueue)
    {
        const QString dlx = queue + QStringLiteral(".dlx");
        return exchange(dlx, QStringLiteral("direct"))
            && this->queue(queue,
                { { QStringLiteral("x-dead-letter-exchange"), dlx },
                    { QStringLiteral("x-dead-letter-routing-key"), queue } })
            && this->queue(deadLetterQueue) && bind(dlx, deadLetterQueue, queue);
    }
    /** Publishes through the default exchange to `queue`. */
    bool publish(const QString &queue, const QByteArray &body, const QJsonObject &properties)
    {
        return ok(call("POST", QStringLiteral("/api/exchanges/%2F/amq.default/publish"),
            { { QStringLiteral("properties"), properties },
                { QStringLiteral("routing_key"), queue },
                { QStringLiteral("payload"), QString::fromUtf8(body) },
                { QStringLiteral("payload_encoding"), QStringLiteral("string") } }));
    }
    /** Takes `count` messages from `queue` and rejects them without requeue: the broker
     * dead-letters them. */
    bool reject(const QString &queue, int count)
    {
        return ok(call("POST", QStringLiteral("/api/queues/%2F/") + queue + QStringLiteral("/get"),
            { { QStringLiteral("count"), count },
                { QStringLiteral("ackmode"), QStringLiteral("reject_requeue_false") },
                { QStringLiteral("encoding"), QStringLiteral("auto") } }));
    }

private:
    const RabbitBroker &m_broker;
    QNetworkAccessManager m_nam;
};
