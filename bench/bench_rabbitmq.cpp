// SPDX-License-Identifier: MIT
// 100,000 dead letters retried to their origin by RabbitMover (per-message
// selection: a filter evaluated on every message), against the broker's own
// fastest path, an on-confirm dynamic shovel with src-delete-after:
// queue-length, on the same private broker in the same run.
//
//     bench_rabbitmq [COUNT]       (BREAKWATER_SOURCE_DIR must name the source tree)
#include "backends/rabbitmover.h"
#include "tests/support/rabbitbroker.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

template<typename T> T valueOf(const AmqpResult<T> &r)
{
    if (const auto *e = std::get_if<AmqpError>(&r))
        qFatal("AMQP: %s", qPrintable(e->message));
    return std::get<T>(r);
}

void check(const std::optional<AmqpError> &e)
{
    if (e)
        qFatal("AMQP: %s", qPrintable(e->message));
}

quint32 depth(AmqpConnection &c, const QString &queue)
{
    return valueOf(c.declareQueuePassive(queue)).messageCount;
}

void waitForDepth(AmqpConnection &c, const QString &queue, quint32 expected)
{
    QElapsedTimer t;
    t.start();
    while (depth(c, queue) != expected) {
        if (t.elapsed() > 600000)
            qFatal("%s never reached %u messages", qPrintable(queue), expected);
        QThread::msleep(20);
    }
}

// Publishes `count` persistent messages to the origin and dead-letters them all by rejection.
void fillDeadLetters(const AmqpEndpoint &endpoint, int count)
{
    AmqpConnection c;
    check(c.open(endpoint));
    check(c.confirmSelect());
    quint64 last = 0;
    for (int i = 0; i < count; ++i) {
        RabbitProperties p;
        p.messageId = "bench-" + QByteArray::number(i);
        p.deliveryMode = 2;
        p.contentType = "application/json"_ba;
        const QByteArray body = "{\"order\": " + QByteArray::number(i)
            + ", \"lines\": [1, 2, 3], \"note\": \"benchmark\"}";
        last = valueOf(c.publish(u"orders.x"_s, u"orders.created"_s, body, p));
        if (i % 2000 == 1999 || i == count - 1)
            valueOf(c.waitForConfirms(last, 120000));
    }
    check(c.setPrefetch(0));
    valueOf(c.consume(u"orders"_s));
    int seen = 0;
    quint64 lastTag = 0;
    while (seen < count) {
        auto event = valueOf(c.readEvent(60000));
        if (!event)
            qFatal("only %d of %d reached the origin", seen, count);
        if (auto *d = std::get_if<AmqpDelivery>(&*event)) {
            ++seen;
            lastTag = d->deliveryTag;
        }
    }
    check(c.nack(lastTag, true, false));
    c.close();
    AmqpConnection w;
    check(w.open(endpoint));
    waitForDepth(w, u"orders.dlq"_s, quint32(count));
}

int management(const RabbitBroker &broker, const QByteArray &verb, const QString &path,
    const QJsonObject &body)
{
    QNetworkAccessManager nam;
    QUrl url = broker.managementUrl();
    url.setPath(path, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
        "Basic " + (broker.adminUser() + u':' + broker.adminPassword()).toUtf8().toBase64());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply
        = nam.sendCustomRequest(request, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300)
        std::fprintf(stderr, "%s %s: %d %s\n", verb.constData(), qPrintable(path), status,
            reply->readAll().constData());
    delete reply;
    return status;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    RabbitBroker broker;
    if (!broker.start())
        qFatal("%s", qPrintable(broker.error()));
    AmqpEndpoint endpoint;
    endpoint.port = broker.amqpPort();
    endpoint.user = broker.adminUser();
    endpoint.password = broker.adminPassword();
    {
        AmqpConnection c;
        check(c.open(endpoint));
        check(c.declareExchange(u"orders.x"_s));
        valueOf(c.declareQueue(u"orders.dlq"_s));
        valueOf(c.declareQueue(u"orders"_s,
            { { u"x-dead-letter-exchange"_s, QString() },
                { u"x-dead-letter-routing-key"_s, u"orders.dlq"_s } }));
        check(c.bindQueue(u"orders"_s, u"orders.x"_s, u"orders.created"_s));
    }
    AmqpConnection watch;
    check(watch.open(endpoint));

    // 1. RabbitMover, retry to origin, a filter evaluated on each message.
    fillDeadLetters(endpoint, count);
    RabbitMoveRequest r;
    r.endpoint = endpoint;
    r.sourceQueue = u"orders.dlq"_s;
    r.filter = std::get<DeadLetterQuery>(
        DeadLetterQuery::parse(u"source:orders.dlq error:rejected"_s, 0));
    // BENCH_WINDOW / BENCH_PREFETCH try other settings than the mover's defaults.
    r.confirmWindow = qEnvironmentVariableIntValue("BENCH_WINDOW") > 0
        ? qEnvironmentVariableIntValue("BENCH_WINDOW")
        : r.confirmWindow;
    r.prefetch = qEnvironmentVariableIntValue("BENCH_PREFETCH") > 0
        ? qEnvironmentVariableIntValue("BENCH_PREFETCH")
        : r.prefetch;
    r.journalPath = QDir::tempPath() + u"/bench_rabbitmq_journal.sqlite"_s;
    QFile::remove(r.journalPath);
    QElapsedTimer t;
    t.start();
    const RabbitMoveResult result = RabbitMover::run(r);
    const qint64 moverMs = t.elapsed();
    if (result.state != RabbitMoveResult::State::Succeeded || result.counts.republished != count)
        qFatal("mover: %s %s", qPrintable(RabbitMoveResult::stateName(result.state)),
            qPrintable(result.reconciliation + result.error));
    waitForDepth(watch, u"orders"_s, quint32(count));
    valueOf(watch.purgeQueue(u"orders"_s));
    QFile::remove(r.journalPath);

    // 2. The shovel, same messages, same queues.
    fillDeadLetters(endpoint, count);
    const QString uri
        = u"amqp://%1:%2@127.0.0.1:%3"_s.arg(broker.adminUser(), broker.adminPassword())
              .arg(broker.amqpPort());
    const QJsonObject shovel { { u"value"_s,
        QJsonObject { { u"src-protocol"_s, u"amqp091"_s }, { u"src-uri"_s, uri },
            { u"src-queue"_s, u"orders.dlq"_s }, { u"dest-protocol"_s, u"amqp091"_s },
            { u"dest-uri"_s, uri }, { u"dest-queue"_s, u"orders"_s },
            { u"ack-mode"_s, u"on-confirm"_s }, { u"src-delete-after"_s, u"queue-length"_s } } } };
    t.restart();
    if (management(broker, "PUT", u"/api/parameters/shovel/%2F/bench"_s, shovel) >= 300)
        qFatal("could not create the shovel");
    waitForDepth(watch, u"orders"_s, quint32(count));
    const qint64 shovelMs = t.elapsed();
    const quint32 left = depth(watch, u"orders.dlq"_s);

    const double moverRate = count * 1000.0 / double(moverMs);
    const double shovelRate = count * 1000.0 / double(shovelMs);
    std::printf("messages: %d (persistent, ~80 B body)\n", count);
    std::printf("RabbitMover retry to origin (filter per message, confirms window %d, prefetch %d, "
                "journal): %lld ms, %.0f msg/s\n",
        r.confirmWindow, r.prefetch, moverMs, moverRate);
    std::printf("on-confirm shovel (src-delete-after queue-length): %lld ms, %.0f msg/s, %u left "
                "in source\n",
        shovelMs, shovelRate, left);
    std::printf("mover / shovel: %.2f\n", moverRate / shovelRate);
    return 0;
}
