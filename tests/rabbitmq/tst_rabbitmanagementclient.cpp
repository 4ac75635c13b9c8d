// SPDX-License-Identifier: MIT
#include "backends/rabbitmanagementclient.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RabbitManagementClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void whoamiGivesTheRole_data();
    void whoamiGivesTheRole();
    void wrongPasswordIsUnauthorizedInTheBrokersWords();
    void queuesHaveDepthAndArguments();
    void deadLetterQueuesAreDiscovered_data();
    void deadLetterQueuesAreDiscovered();
    void bwctlQueuesFollowsTheSameDiscoveryAndPattern_data();
    void bwctlQueuesFollowsTheSameDiscoveryAndPattern();
    void bwctlRefusesABrokenPattern();
    void peekDecodesARealRejection();
    void peekDecodesARealExpiry();
    void monitoringUserIsRefusedInTheBrokersWords();
    void topicMatching_data();
    void topicMatching();

private:
    RabbitManagementClient *client(bool admin);
    QList<RabbitMessage> peekUntil(const QString &queue, int atLeast);

    RabbitBroker m_broker;
    qint64 m_startMs = 0;
};

void tst_RabbitManagementClient::initTestCase()
{
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    RabbitSetup setup(m_broker);
    // orders -> (argument) dlx / orders.dead -> orders-failed
    QVERIFY(setup.exchange(u"dlx"_s, u"direct"_s));
    QVERIFY(setup.queue(u"orders"_s,
        { { u"x-dead-letter-exchange"_s, u"dlx"_s },
            { u"x-dead-letter-routing-key"_s, u"orders.dead"_s } }));
    QVERIFY(setup.queue(u"orders-failed"_s));
    QVERIFY(setup.bind(u"dlx"_s, u"orders-failed"_s, u"orders.dead"_s));
    // payments -> (policy) default exchange / payments-holding
    QVERIFY(setup.queue(u"payments"_s));
    QVERIFY(setup.queue(u"payments-holding"_s));
    QVERIFY(setup.policy(u"payments-dl"_s, u"^payments$"_s,
        { { u"dead-letter-exchange"_s, u""_s },
            { u"dead-letter-routing-key"_s, u"payments-holding"_s } }));
    // shipping: messages expire after 50 ms -> (argument, topic) events / shipping.expired ->
    // shipping-expired
    QVERIFY(setup.exchange(u"events"_s, u"topic"_s));
    QVERIFY(setup.queue(u"shipping"_s,
        { { u"x-message-ttl"_s, 50 }, { u"x-dead-letter-exchange"_s, u"events"_s },
            { u"x-dead-letter-routing-key"_s, u"shipping.expired"_s } }));
    QVERIFY(setup.queue(u"shipping-expired"_s));
    QVERIFY(setup.bind(u"events"_s, u"shipping-expired"_s, u"shipping.#"_s));
    // By name only, and a plain queue.
    QVERIFY(setup.queue(u"invoices.dlq"_s));
    QVERIFY(setup.queue(u"audit"_s));

    QVERIFY(setup.publish(u"orders"_s, R"({"order":42,"customer":"c-7"})"_ba,
        { { u"message_id"_s, u"order-42"_s }, { u"content_type"_s, u"application/json"_s },
            { u"delivery_mode"_s, 2 },
            { u"headers"_s, QJsonObject { { u"tenant"_s, u"acme"_s } } } }));
    QVERIFY(setup.reject(u"orders"_s, 1));
    QVERIFY(setup.publish(u"shipping"_s, "parcel 9"_ba, { { u"message_id"_s, u"parcel-9"_s } }));
}

RabbitManagementClient *tst_RabbitManagementClient::client(bool admin)
{
    auto *c = new RabbitManagementClient(m_broker.managementUrl(), u"/"_s,
        admin ? m_broker.adminUser() : m_broker.monitoringUser(),
        (admin ? m_broker.adminPassword() : m_broker.monitoringPassword()).toUtf8(), this);
    return c;
}

QList<RabbitMessage> tst_RabbitManagementClient::peekUntil(const QString &queue, int atLeast)
{
    std::unique_ptr<RabbitManagementClient> c(client(true));
    QList<RabbitMessage> messages;
    (void)QTest::qWaitFor(
        [&] {
            const auto r = waitForResult<QList<RabbitMessage>>(
                [&](QObject *ctx, auto done) { return c->peek(queue, 10, 10000, ctx, done); });
            messages = r.ok() ? r.value() : QList<RabbitMessage>();
            return messages.size() >= atLeast;
        },
        60000);
    return messages;
}

void tst_RabbitManagementClient::whoamiGivesTheRole_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("mayChange");
    QTest::addRow("administrator") << true << u"admin"_s << true;
    QTest::addRow("monitoring only") << false << u"viewer"_s << false;
}

void tst_RabbitManagementClient::whoamiGivesTheRole()
{
    QFETCH(bool, admin);
    QFETCH(QString, role);
    QFETCH(bool, mayChange);
    std::unique_ptr<RabbitManagementClient> c(client(admin));
    const auto r = waitForResult<RabbitWhoAmI>(
        [&](QObject *ctx, auto done) { return c->whoami(ctx, done); });
    QVERIFY2(r.ok(), qPrintable(errorText(r)));
    QCOMPARE(r.value().user, admin ? m_broker.adminUser() : m_broker.monitoringUser());
    QCOMPARE(r.value().role(), role);
    QCOMPARE(r.value().mayChange(), mayChange);
}

void tst_RabbitManagementClient::wrongPasswordIsUnauthorizedInTheBrokersWords()
{
    RabbitManagementClient c(
        m_broker.managementUrl(), u"/"_s, m_broker.adminUser(), "not-the-password");
    const auto r
        = waitForResult<RabbitWhoAmI>([&](QObject *ctx, auto done) { return c.whoami(ctx, done); });
    QCOMPARE(r.errorKind(), BackendError::Kind::Unauthorized);
    QCOMPARE(r.error().httpStatus, 401);
    QVERIFY2(r.error().message.contains(u"Login failed"_s), qPrintable(r.error().message));
}

void tst_RabbitManagementClient::queuesHaveDepthAndArguments()
{
    std::unique_ptr<RabbitManagementClient> c(client(false)); // monitoring may read queues
    std::optional<RabbitQueue> failed;
    // The management API refreshes depths every few seconds.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto r = waitForResult<QList<RabbitQueue>>(
            [&](QObject *ctx, auto done) { return c->queues(ctx, done); });
        for (const RabbitQueue &q : r.ok() ? r.value() : QList<RabbitQueue>())
            if (q.name == u"orders-failed")
                failed = q;
        return failed && failed->messages == 1;
    }()),
        60000);
    QCOMPARE(failed->ready, 1);
    QCOMPARE(failed->vhost, u"/"_s);
    const auto all = waitForResult<QList<RabbitQueue>>(
        [&](QObject *ctx, auto done) { return c->queues(ctx, done); });
    const auto orders = std::find_if(all.value().cbegin(), all.value().cend(),
        [](const RabbitQueue &q) { return q.name == u"orders"; });
    QVERIFY(orders != all.value().cend());
    QCOMPARE(orders->deadLetterExchange(), u"dlx"_s);
    QCOMPARE(orders->deadLetterRoutingKey(), std::optional(u"orders.dead"_s));
}

void tst_RabbitManagementClient::deadLetterQueuesAreDiscovered_data()
{
    QTest::addColumn<QString>("queue");
    QTest::addColumn<int>("evidence");
    QTest::addColumn<QStringList>("sources");
    QTest::addRow("by argument") << u"orders-failed"_s << int(DeadLetterEvidence::Argument)
                                 << QStringList { u"orders"_s };
    QTest::addRow("by argument, topic exchange")
        << u"shipping-expired"_s << int(DeadLetterEvidence::Argument)
        << QStringList { u"shipping"_s };
    QTest::addRow("by policy") << u"payments-holding"_s << int(DeadLetterEvidence::Policy)
                               << QStringList { u"payments"_s };
    QTest::addRow("by name") << u"invoices.dlq"_s << int(DeadLetterEvidence::Name)
                             << QStringList {};
    QTest::addRow("a work queue is not one") << u"orders"_s << 0 << QStringList {};
    QTest::addRow("a plain queue is not one") << u"audit"_s << 0 << QStringList {};
}

void tst_RabbitManagementClient::deadLetterQueuesAreDiscovered()
{
    QFETCH(QString, queue);
    QFETCH(int, evidence);
    QFETCH(QStringList, sources);
    std::unique_ptr<RabbitManagementClient> c(client(false));
    const RabbitQueue *q = nullptr;
    Result<RabbitTopology> r = BackendError::cancelled();
    // A policy takes effect on its queue shortly after it is set.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        r = waitForResult<RabbitTopology>(
            [&](QObject *ctx, auto done) { return c->topology(ctx, done); });
        q = r.ok() ? r.value().queue(queue) : nullptr;
        return q && int(q->deadLetterEvidence) == evidence;
    }()),
        30000);
    QCOMPARE(q->deadLetterSources, sources);
    QCOMPARE(q->isDeadLetterQueue(), evidence != 0);
}

void tst_RabbitManagementClient::bwctlQueuesFollowsTheSameDiscoveryAndPattern_data()
{
    QTest::addColumn<QStringList>("extraArgs");
    QTest::addColumn<QStringList>("deadLetterQueues");
    // orders-failed, payments-holding and shipping-expired by the broker's arguments and policies;
    // invoices.dlq by the default name pattern.
    const QStringList byBroker { u"orders-failed"_s, u"payments-holding"_s, u"shipping-expired"_s };
    QTest::addRow("default pattern")
        << QStringList {} << (QStringList(byBroker) << u"invoices.dlq"_s);
    QTest::addRow("own pattern") << QStringList { u"--dlq-pattern"_s, u"^AUDIT$"_s }
                                 << (QStringList(byBroker) << u"audit"_s);
}

void tst_RabbitManagementClient::bwctlQueuesFollowsTheSameDiscoveryAndPattern()
{
    QFETCH(QStringList, extraArgs);
    QFETCH(QStringList, deadLetterQueues);
    const QString bwctl = qEnvironmentVariable("BREAKWATER_BWCTL");
    QVERIFY2(
        QFile::exists(bwctl), "BREAKWATER_BWCTL must name the bwctl executable (set by CTest)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BW_TEST_RABBIT_PASSWORD"_s, m_broker.monitoringPassword());
    QStringList found;
    // A policy takes effect on its queue shortly after it is set.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(bwctl,
            QStringList { u"rabbitmq"_s, u"queues"_s, u"--json"_s, u"--management-url"_s,
                m_broker.managementUrl().toString(), u"--user"_s, m_broker.monitoringUser(),
                u"--password-env"_s, u"BW_TEST_RABBIT_PASSWORD"_s }
                + extraArgs);
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return false;
        found.clear();
        const QJsonArray items = QJsonDocument::fromJson(p.readAllStandardOutput())
                                     .object()
                                     .value(u"items"_s)
                                     .toArray();
        for (const QJsonValue &v : items) {
            if (v.toObject().value(u"deadLetterQueue"_s).toBool())
                found.append(v.toObject().value(u"name"_s).toString());
        }
        found.sort();
        deadLetterQueues.sort();
        return found == deadLetterQueues;
    }()),
        30000);
}

void tst_RabbitManagementClient::bwctlRefusesABrokenPattern()
{
    const QString bwctl = qEnvironmentVariable("BREAKWATER_BWCTL");
    QVERIFY2(
        QFile::exists(bwctl), "BREAKWATER_BWCTL must name the bwctl executable (set by CTest)");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BW_TEST_RABBIT_PASSWORD"_s, m_broker.monitoringPassword());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(bwctl,
        { u"rabbitmq"_s, u"queues"_s, u"--management-url"_s, m_broker.managementUrl().toString(),
            u"--user"_s, m_broker.monitoringUser(), u"--password-env"_s,
            u"BW_TEST_RABBIT_PASSWORD"_s, u"--dlq-pattern"_s, u"(dlq"_s });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2); // a usage error, before anything is asked of the broker
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"--dlq-pattern"_s));
}

void tst_RabbitManagementClient::peekDecodesARealRejection()
{
    const QList<RabbitMessage> messages = peekUntil(u"orders-failed"_s, 1);
    QCOMPARE(messages.size(), 1);
    const RabbitMessage &m = messages.first();
    QCOMPARE(m.body, R"({"order":42,"customer":"c-7"})"_ba);
    QCOMPARE(m.properties.messageId, std::optional("order-42"_ba));
    QCOMPARE(m.properties.contentType, std::optional("application/json"_ba));
    QCOMPARE(m.properties.deliveryMode, std::optional<quint8>(2));
    QCOMPARE(m.header(u"tenant").toString(), u"acme"_s);
    QCOMPARE(m.exchange, u"dlx"_s);
    QCOMPARE(m.routingKey, u"orders.dead"_s);
    QCOMPARE(m.xDeath.size(), 1);
    const XDeathEntry &death = m.xDeath.first();
    QCOMPARE(death.reason, u"rejected"_s);
    QCOMPARE(death.queue, u"orders"_s);
    QCOMPARE(death.exchange, QString());
    QCOMPARE(death.routingKeys, QStringList { u"orders"_s });
    QCOMPARE(death.count, 1);
    QVERIFY(death.timeMs >= m_startMs / 1000 * 1000);
    QVERIFY(death.timeMs <= QDateTime::currentMSecsSinceEpoch());
    // The peek requeued it: the next one sees the redelivered flag a peek sets.
    QVERIFY(peekUntil(u"orders-failed"_s, 1).first().redelivered);
}

void tst_RabbitManagementClient::peekDecodesARealExpiry()
{
    const QList<RabbitMessage> messages = peekUntil(u"shipping-expired"_s, 1);
    QCOMPARE(messages.size(), 1);
    const RabbitMessage &m = messages.first();
    QCOMPARE(m.body, "parcel 9"_ba);
    QCOMPARE(m.xDeath.size(), 1);
    QCOMPARE(m.xDeath.first().reason, u"expired"_s);
    QCOMPARE(m.xDeath.first().queue, u"shipping"_s);
    QCOMPARE(m.xDeath.first().routingKeys, QStringList { u"shipping"_s });
    QCOMPARE(m.routingKey, u"shipping.expired"_s);
}

void tst_RabbitManagementClient::monitoringUserIsRefusedInTheBrokersWords()
{
    std::unique_ptr<RabbitManagementClient> c(client(false));
    const auto purged = waitForResult<bool>(
        [&](QObject *ctx, auto done) { return c->purge(u"orders-failed"_s, ctx, done); });
    QCOMPARE(purged.errorKind(), BackendError::Kind::Forbidden);
    QVERIFY2(purged.error().message.contains(u"Access refused"_s, Qt::CaseInsensitive),
        qPrintable(purged.error().message));
    const auto peeked = waitForResult<QList<RabbitMessage>>(
        [&](QObject *ctx, auto done) { return c->peek(u"orders-failed"_s, 5, 1000, ctx, done); });
    QCOMPARE(peeked.errorKind(), BackendError::Kind::Forbidden);
    QVERIFY2(
        peeked.error().message.contains(u"ACCESS_REFUSED"_s), qPrintable(peeked.error().message));
    QVERIFY(peeked.error().message.contains(m_broker.monitoringUser()));
    // Nothing was taken away.
    QCOMPARE(peekUntil(u"orders-failed"_s, 1).size(), 1);
}

void tst_RabbitManagementClient::topicMatching_data()
{
    QTest::addColumn<QString>("binding");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("matches");
    QTest::addRow("exact") << u"a.b"_s << u"a.b"_s << true;
    QTest::addRow("star is one word") << u"a.*"_s << u"a.b"_s << true;
    QTest::addRow("star is not two") << u"a.*"_s << u"a.b.c"_s << false;
    QTest::addRow("hash is many") << u"a.#"_s << u"a.b.c"_s << true;
    QTest::addRow("hash is none") << u"a.#"_s << u"a"_s << true;
    QTest::addRow("hash alone") << u"#"_s << u"x.y"_s << true;
    QTest::addRow("other word") << u"a.b"_s << u"a.c"_s << false;
}

void tst_RabbitManagementClient::topicMatching()
{
    QFETCH(QString, binding);
    QFETCH(QString, key);
    QFETCH(bool, matches);
    QCOMPARE(topicMatches(binding, key), matches);
}

QTEST_GUILESS_MAIN(tst_RabbitManagementClient)
#include "tst_rabbitmanagementclient.moc"
