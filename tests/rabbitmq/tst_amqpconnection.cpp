// SPDX-License-Identifier: MIT
// AmqpConnection against a real private broker: dead-lettering as the broker
// records it, headers kept byte for byte, and failures in plain words.
#include "backends/amqpconnection.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AmqpConnection : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deadLetteringRecordsWhyAndWhere_data();
    void deadLetteringRecordsWhyAndWhere();
    void headersSurviveARepublishByteForByte();
    void wrongPasswordIsSaidPlainly();
    void nothingListeningIsConnectionRefused();
    void monitoringUserCannotChangeAnything();

private:
    AmqpEndpoint admin() const;
    std::unique_ptr<AmqpConnection> connect(const AmqpEndpoint &endpoint);

    RabbitBroker m_broker;
};

void tst_AmqpConnection::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

void tst_AmqpConnection::cleanupTestCase()
{
    m_broker.stop();
}

AmqpEndpoint tst_AmqpConnection::admin() const
{
    return adminEndpoint(m_broker);
}

std::unique_ptr<AmqpConnection> tst_AmqpConnection::connect(const AmqpEndpoint &endpoint)
{
    auto c = std::make_unique<AmqpConnection>();
    const auto error = c->open(endpoint);
    if (error)
        qWarning("connect: %s", qPrintable(error->message));
    return error ? nullptr : std::move(c);
}

template<typename T> static T valueOf(const AmqpResult<T> &r)
{
    if (const auto *e = std::get_if<AmqpError>(&r))
        qFatal("AMQP: %s", qPrintable(e->message));
    return std::get<T>(r);
}

// Polls with basic.get: a publish reaches its queue asynchronously. (Not QTRY_*: it
// evaluates its expression once more after success, and a get takes a message.)
static std::optional<AmqpDelivery> getWithin(
    AmqpConnection &c, const QString &queue, bool autoAck, int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    do {
        if (auto d = valueOf(c.get(queue, autoAck)))
            return d;
        QTest::qWait(20);
    } while (!deadline.hasExpired());
    return std::nullopt;
}

void tst_AmqpConnection::deadLetteringRecordsWhyAndWhere_data()
{
    QTest::addColumn<bool>("byExpiry");
    QTest::addRow("rejected") << false;
    QTest::addRow("expired") << true;
}

void tst_AmqpConnection::deadLetteringRecordsWhyAndWhere()
{
    QFETCH(bool, byExpiry);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString exchange = u"orders.x."_s + tag, work = u"orders."_s + tag,
                  dlq = u"orders."_s + tag + u".dlq"_s;
    auto c = connect(admin());
    QVERIFY(c);
    QVERIFY(!c->declareExchange(exchange));
    valueOf(c->declareQueue(dlq));
    QVariantMap args { { u"x-dead-letter-exchange"_s, QString() },
        { u"x-dead-letter-routing-key"_s, dlq } };
    if (byExpiry)
        args.insert(u"x-message-ttl"_s, 50);
    valueOf(c->declareQueue(work, args));
    QVERIFY(!c->bindQueue(work, exchange, u"eu.orders"_s));

    RabbitProperties props;
    props.messageId = "order-42"_ba;
    props.deliveryMode = 2;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    valueOf(c->publish(exchange, u"eu.orders"_s, "{\"order\":42}"_ba, props));
    if (!byExpiry) {
        const auto got = getWithin(*c, work, false);
        QVERIFY(got);
        QVERIFY(!c->reject(got->deliveryTag, false));
    }

    const auto dead = getWithin(*c, dlq, true);
    QVERIFY(dead);
    const RabbitMessage &m = dead->message;
    QCOMPARE(m.body, "{\"order\":42}"_ba);
    QCOMPARE(m.stableId(), u"order-42"_s);
    QCOMPARE(m.xDeath.size(), 1);
    const XDeathEntry &x = m.xDeath.first();
    QCOMPARE(x.reason, byExpiry ? u"expired"_s : u"rejected"_s);
    QCOMPARE(x.queue, work);
    QCOMPARE(x.exchange, exchange);
    QCOMPARE(x.routingKeys, QStringList { u"eu.orders"_s });
    QCOMPARE(x.count, 1);
    // AMQP timestamps have whole seconds.
    QVERIFY2(x.timeMs >= before - 1000 && x.timeMs <= QDateTime::currentMSecsSinceEpoch() + 1000,
        qPrintable(QString::number(x.timeMs - before)));
    QCOMPARE(m.header(u"x-first-death-reason").toString(), x.reason);
    QCOMPARE(m.header(u"x-first-death-queue").toString(), work);
}

void tst_AmqpConnection::headersSurviveARepublishByteForByte()
{
    auto c = connect(admin());
    QVERIFY(c);
    const QString q = u"roundtrip"_s;
    valueOf(c->declareQueue(q));

    // A table of every common field type, the way other clients write them,
    // built with the library's own encoder via a first publish.
    QList<RabbitHeader> headers { RabbitMessage::stringHeader(u"tenant"_s, u"ACME Üñí"_s) };
    RabbitHeader number;
    number.name = u"attempt"_s;
    number.wire = QByteArray("\x07"
                             "attempt"
                             "I\x00\x00\x00\x05",
        13);
    headers.append(number);
    RabbitHeader flag;
    flag.name = u"urgent"_s;
    flag.wire = QByteArray("\x06"
                           "urgent"
                           "t\x01",
        9);
    headers.append(flag);
    RabbitHeader big;
    big.name = u"offset"_s;
    big.wire = QByteArray("\x06"
                          "offset"
                          "l\x00\x00\x01\x00\x00\x00\x00\x2a",
        16);
    headers.append(big);
    RabbitHeader nested;
    nested.name = u"trace"_s;
    // a table {"span": "ab"}
    nested.wire = QByteArray("\x05"
                             "trace"
                             "F\x00\x00\x00\x0c\x04"
                             "spanS\x00\x00\x00\x02"
                             "ab",
        23);
    headers.append(nested);
    RabbitHeader list;
    list.name = u"path"_s; // an array ["x", 1]
    list.wire = QByteArray("\x04"
                           "path"
                           "A\x00\x00\x00\x0b"
                           "S\x00\x00\x00\x01x"
                           "I\x00\x00\x00\x01",
        21);
    headers.append(list);

    RabbitProperties props;
    props.contentType = "application/json"_ba;
    props.contentEncoding = "identity"_ba;
    props.deliveryMode = 2;
    props.priority = 3;
    props.correlationId = "corr-1"_ba;
    props.replyTo = "replies"_ba;
    props.messageId = "m-1"_ba;
    props.timestamp = 1700000000;
    props.type = "order.created"_ba;
    props.appId = "shop"_ba;
    const QByteArray body("\x00\x01"
                          "binary\xff",
        9);
    valueOf(c->publish(QString(), q, body, props, RabbitMessage::encodeTable(headers)));

    const auto first = getWithin(*c, q, true);
    QVERIFY(first);
    QCOMPARE(first->message.body, body);
    QCOMPARE(first->message.properties, props);
    QCOMPARE(first->message.headers.size(), headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i)
        QCOMPARE(first->message.headers.at(i).wire, headers.at(i).wire);
    QCOMPARE(first->message.header(u"tenant").toString(), u"ACME Üñí"_s);
    QCOMPARE(first->message.header(u"attempt").toInt(), 5);
    QCOMPARE(first->message.header(u"offset").toLongLong(), qint64(1) << 40 | 42);
    QCOMPARE(first->message.header(u"trace").toMap().value(u"span"_s).toString(), u"ab"_s);

    // What was read goes out again identical.
    valueOf(c->publish(QString(), q, first->message));
    const auto second = getWithin(*c, q, true);
    QVERIFY(second);
    QCOMPARE(second->message.body, first->message.body);
    QCOMPARE(second->message.properties, first->message.properties);
    QCOMPARE(
        RabbitMessage::encodeTable(second->message.headers), RabbitMessage::encodeTable(headers));
}

void tst_AmqpConnection::wrongPasswordIsSaidPlainly()
{
    AmqpEndpoint e = admin();
    e.password = u"not-the-password"_s;
    AmqpConnection c;
    const auto error = c.open(e);
    QVERIFY(error);
    QCOMPARE(error->kind, AmqpError::Kind::AccessRefused);
    QVERIFY2(
        error->message.contains(u"refused"_s, Qt::CaseInsensitive), qPrintable(error->message));
    QVERIFY2(error->message.contains(e.user), qPrintable(error->message));
    QVERIFY(!error->message.contains(e.password));
    QVERIFY(!c.isOpen());
}

void tst_AmqpConnection::nothingListeningIsConnectionRefused()
{
    // The stopped broker's port of a fresh folder is not known; port 1 on loopback never listens
    // here.
    AmqpEndpoint e = admin();
    e.port = 1;
    e.connectTimeoutMs = 5000;
    AmqpConnection c;
    const auto error = c.open(e);
    QVERIFY(error);
    QCOMPARE(error->kind, AmqpError::Kind::ConnectionRefused);
    QVERIFY2(error->message.contains(u"127.0.0.1:1"_s), qPrintable(error->message));
}

void tst_AmqpConnection::monitoringUserCannotChangeAnything()
{
    {
        auto c = connect(admin());
        QVERIFY(c);
        valueOf(c->declareQueue(u"guarded"_s));
        valueOf(c->publish(QString(), u"guarded"_s, "keep me"_ba, RabbitProperties {}));
    }
    AmqpEndpoint e = admin();
    e.user = m_broker.monitoringUser();
    e.password = m_broker.monitoringPassword();

    using Attempt = std::function<std::optional<AmqpError>(AmqpConnection &)>;
    const QList<QPair<QString, Attempt>> attempts {
        { u"purge"_s,
            [](AmqpConnection &c) {
                auto r = c.purgeQueue(u"guarded"_s);
                return std::holds_alternative<AmqpError>(r) ? std::optional(std::get<AmqpError>(r))
                                                            : std::nullopt;
            } },
        { u"consume"_s,
            [](AmqpConnection &c) {
                auto r = c.get(u"guarded"_s);
                return std::holds_alternative<AmqpError>(r) ? std::optional(std::get<AmqpError>(r))
                                                            : std::nullopt;
            } },
        { u"declare"_s,
            [](AmqpConnection &c) {
                auto r = c.declareQueue(u"new-queue"_s);
                return std::holds_alternative<AmqpError>(r) ? std::optional(std::get<AmqpError>(r))
                                                            : std::nullopt;
            } },
        { u"delete"_s, [](AmqpConnection &c) { return c.deleteQueue(u"guarded"_s); } },
    };
    for (const auto &[what, attempt] : attempts) {
        auto c = connect(e);
        QVERIFY2(c, qPrintable(what));
        const auto error = attempt(*c);
        QVERIFY2(error, qPrintable(what));
        QCOMPARE(error->kind, AmqpError::Kind::AccessRefused);
        QCOMPARE(error->replyCode, 403);
        QVERIFY2(error->message.contains(u"ACCESS_REFUSED"_s), qPrintable(error->message));
    }
    auto c = connect(admin());
    QVERIFY(c);
    QTRY_COMPARE_WITH_TIMEOUT(
        valueOf(c->declareQueuePassive(u"guarded"_s)).messageCount, 1u, 30000);
}

QTEST_GUILESS_MAIN(tst_AmqpConnection)
#include "tst_amqpconnection.moc"
