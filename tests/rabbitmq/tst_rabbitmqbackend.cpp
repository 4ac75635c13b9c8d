// SPDX-License-Identifier: MIT
#include "backends/rabbitmqbackend.h"
#include "core/prometheustext.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_RabbitMqBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void openGivesTheRole_data();
    void openGivesTheRole();
    void metricsTextHasTheQueueDepths();
    void groupsAreTheDeadLetterQueues();
    void deadLettersAreListedAndFiltered_data();
    void deadLettersAreListedAndFiltered();
    void detailHasPayloadHeadersAndDeathHistory();
    void monitoringUserIsReadOnly();
    void retryOneLandsInTheOriginQueue();

private:
    std::unique_ptr<RabbitMqBackend> backend(bool admin);
    QList<DeadLetter> letters(RabbitMqBackend &b, const QString &query);

    RabbitBroker m_broker;
};

void tst_RabbitMqBackend::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    RabbitSetup setup(m_broker);
    QVERIFY(setup.exchange(u"dlx"_s, u"direct"_s));
    QVERIFY(setup.queue(u"orders"_s,
        { { u"x-dead-letter-exchange"_s, u"dlx"_s },
            { u"x-dead-letter-routing-key"_s, u"orders.dead"_s } }));
    QVERIFY(setup.queue(u"orders-failed"_s));
    QVERIFY(setup.bind(u"dlx"_s, u"orders-failed"_s, u"orders.dead"_s));
    QVERIFY(setup.queue(u"audit"_s));
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(setup.publish(u"orders"_s,
            u"{\"order\":%1,\"customer\":\"customer-%1\"}"_s.arg(i).toUtf8(),
            { { u"message_id"_s, u"order-%1"_s.arg(i) },
                { u"headers"_s, QJsonObject { { u"tenant"_s, u"acme"_s } } } }));
    }
    QVERIFY(setup.reject(u"orders"_s, 3));
    QVERIFY(setup.publish(u"audit"_s, "kept"_ba, {}));
}

std::unique_ptr<RabbitMqBackend> tst_RabbitMqBackend::backend(bool admin)
{
    RabbitMqBackend::Settings s;
    s.managementUrl = m_broker.managementUrl();
    s.amqpUrl = m_broker.amqpUrl();
    s.user = admin ? m_broker.adminUser() : m_broker.monitoringUser();
    s.password = (admin ? m_broker.adminPassword() : m_broker.monitoringPassword()).toUtf8();
    auto b = std::make_unique<RabbitMqBackend>(s);
    QSignalSpy state(b.get(), &Backend::connectionStateChanged);
    b->open();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(b->connectionState(), ConnectionState::Connected, 60000); }();
    return b;
}

QList<DeadLetter> tst_RabbitMqBackend::letters(RabbitMqBackend &b, const QString &query)
{
    const auto r = waitForResult<DeadLetterPage>([&](QObject *ctx, auto done) {
        return b.fetchDeadLetters({ query, 0, {} }, ctx, done);
    });
    return r.ok() ? r.value().items : QList<DeadLetter>();
}

void tst_RabbitMqBackend::openGivesTheRole_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addColumn<QString>("role");
    QTest::addRow("administrator") << true << u"admin"_s;
    QTest::addRow("monitoring only") << false << u"viewer"_s;
}

void tst_RabbitMqBackend::openGivesTheRole()
{
    QFETCH(bool, admin);
    QFETCH(QString, role);
    auto b = backend(admin);
    QCOMPARE(b->capabilities(),
        Capabilities(Capability::Metrics) | Capability::DeadLetters | Capability::Operations
            | Capability::DeadLetterMove);
    const auto info = waitForResult<BackendInfo>(
        [&](QObject *ctx, auto done) { return b->fetchInfo(ctx, done); });
    QVERIFY2(info.ok(), qPrintable(errorText(info)));
    QCOMPARE(info.value().role, role);
    QVERIFY(info.value().version.startsWith(u"3."_s));
    QVERIFY(b->connectionDetail().contains(info.value().version));
}

void tst_RabbitMqBackend::metricsTextHasTheQueueDepths()
{
    auto b = backend(false);
    PrometheusParseResult parsed;
    const auto value
        = [&parsed](QLatin1StringView name, const QString &queue) -> std::optional<double> {
        for (const MetricSample &s : parsed.samples)
            if (s.name == name
                && (s.labels.value(u"queue") == queue || s.labels.value(u"source") == queue))
                return s.value;
        return std::nullopt;
    };
    // The management API refreshes depths every few seconds.
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto r = waitForResult<QByteArray>(
            [&](QObject *ctx, auto done) { return b->fetchMetrics(ctx, done); });
        parsed = PrometheusText::parse(r.ok() ? r.value() : QByteArray());
        return value("rabbitmq_queue_messages"_L1, u"orders-failed"_s) == 3.0;
    }()),
        60000);
    QCOMPARE(value("rabbitmq_queue_messages_ready"_L1, u"orders-failed"_s), 3.0);
    QCOMPARE(value("rabbitmq_queue_messages"_L1, u"audit"_s), 1.0);
    QCOMPARE(value("rabbitmq_queue_messages"_L1, u"orders"_s), 0.0);
    QVERIFY(value("rabbitmq_queue_messages_published_total"_L1, u"orders"_s) >= 3.0);
    // Dead-letter queues also feed the console's dead-letter depth chart; work queues do not.
    QCOMPARE(value("bw_deadletters"_L1, u"orders-failed"_s), 3.0);
    QCOMPARE(value("bw_deadletters"_L1, u"audit"_s), std::nullopt);
}

void tst_RabbitMqBackend::groupsAreTheDeadLetterQueues()
{
    auto b = backend(false);
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto r = waitForResult<DeadLetterGroups>(
            [&](QObject *ctx, auto done) { return b->fetchDeadLetterGroups({}, ctx, done); });
        return r.ok() && r.value().items.size() == 1 && r.value().items.first().count == 3;
    }()),
        60000);
    const auto r = waitForResult<DeadLetterGroups>(
        [&](QObject *ctx, auto done) { return b->fetchDeadLetterGroups({}, ctx, done); });
    QCOMPARE(r.value().items.first().source, u"orders-failed"_s);
    QCOMPARE(r.value().items.first().fingerprint, RabbitMqBackend::groupOf(u"orders-failed"_s));
    QVERIFY(r.value().items.first().message.contains(u"orders"_s));
}

void tst_RabbitMqBackend::deadLettersAreListedAndFiltered_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("messageIds");
    const QStringList all { u"order-1"_s, u"order-2"_s, u"order-3"_s };
    QTest::addRow("everything") << QString() << all;
    QTest::addRow("by queue") << u"source:orders-failed"_s << all;
    QTest::addRow("by group") << u"group:"_s + RabbitMqBackend::groupOf(u"orders-failed"_s) << all;
    QTest::addRow("by reason") << u"error:rejected"_s << all;
    QTest::addRow("by other reason") << u"error:expired"_s << QStringList {};
    QTest::addRow("by payload text") << u"\"customer-2\""_s << QStringList { u"order-2"_s };
    QTest::addRow("excluding text")
        << u"-customer-2"_s << QStringList { u"order-1"_s, u"order-3"_s };
}

void tst_RabbitMqBackend::deadLettersAreListedAndFiltered()
{
    QFETCH(QString, query);
    QFETCH(QStringList, messageIds);
    auto b = backend(true);
    QStringList ids;
    for (const DeadLetter &l : letters(*b, query))
        ids.append(l.messageId);
    ids.sort();
    QCOMPARE(ids, messageIds);
}

void tst_RabbitMqBackend::detailHasPayloadHeadersAndDeathHistory()
{
    auto b = backend(true);
    const QList<DeadLetter> list = letters(*b, u"\"customer-1\""_s);
    QCOMPARE(list.size(), 1);
    const DeadLetter &summary = list.first();
    QCOMPARE(summary.source, u"orders-failed"_s);
    QCOMPARE(summary.error.errorClass, u"rejected"_s);
    QCOMPARE(summary.attempts, 1);
    QVERIFY2(summary.destination.contains(u"orders"_s), qPrintable(summary.destination));
    const auto full = waitForResult<DeadLetter>(
        [&](QObject *ctx, auto done) { return b->fetchDeadLetter(summary.id, ctx, done); });
    QVERIFY2(full.ok(), qPrintable(errorText(full)));
    QCOMPARE(full.value().payload, R"({"order":1,"customer":"customer-1"})"_ba);
    bool tenant = false, death = false;
    for (const auto &[name, value] : full.value().headers) {
        tenant |= name == u"tenant" && value == u"acme";
        death |= name == u"x-death" && value.contains(u"rejected"_s) && value.contains(u"orders"_s);
    }
    QVERIFY(tenant);
    QVERIFY(death);
    // The same message keeps its id across peeks.
    QCOMPARE(letters(*b, u"\"customer-1\""_s).first().id, summary.id);
}

void tst_RabbitMqBackend::monitoringUserIsReadOnly()
{
    auto b = backend(false);
    QVERIFY(!b->mayChange());
    // The monitoring user may not even peek over the management API (it has no read permission):
    // the list says so in the broker's words.
    const auto page = waitForResult<DeadLetterPage>([&](QObject *ctx, auto done) {
        return b->fetchDeadLetters({ u"source:orders-failed"_s, 0, {} }, ctx, done);
    });
    QCOMPARE(page.errorKind(), BackendError::Kind::Forbidden);
    QVERIFY2(page.error().message.contains(u"ACCESS_REFUSED"_s), qPrintable(page.error().message));
    // Every mutating call is refused before it reaches the broker.
    const auto retry = waitForResult<DeadLetterRetry>([&](QObject *ctx, auto done) {
        return b->retryDeadLetter(1, u"test"_s, std::nullopt, ctx, done);
    });
    QCOMPARE(retry.errorKind(), BackendError::Kind::Forbidden);
    QVERIFY(retry.error().message.contains(m_broker.monitoringUser()));
    const auto deletion = waitForResult<DeadLetterDeletion>(
        [&](QObject *ctx, auto done) { return b->deleteDeadLetter(1, u"test"_s, ctx, done); });
    QCOMPARE(deletion.errorKind(), BackendError::Kind::Forbidden);
    OperationRequest retryAll;
    retryAll.selector.filter = u"source:orders-failed"_s;
    retryAll.reason = u"test"_s;
    const auto bulk = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->startOperation(retryAll, ctx, done); });
    QCOMPARE(bulk.errorKind(), BackendError::Kind::Forbidden);
    // Forced anyway: the broker's own refusal, plainly.
    const auto purge = waitForResult<bool>([&](QObject *ctx, auto done) {
        return b->management()->purge(u"orders-failed"_s, ctx, done);
    });
    QCOMPARE(purge.errorKind(), BackendError::Kind::Forbidden);
    QCOMPARE(purge.error().httpStatus, 401);
    QVERIFY2(purge.error().message.contains(u"Access refused"_s, Qt::CaseInsensitive),
        qPrintable(purge.error().message));
    // And nothing changed.
    auto admin = backend(true);
    QCOMPARE(letters(*admin, u"source:orders-failed"_s).size(), 3);
}

void tst_RabbitMqBackend::retryOneLandsInTheOriginQueue()
{
    auto b = backend(true);
    const QList<DeadLetter> list = letters(*b, u"\"customer-3\""_s);
    QCOMPARE(list.size(), 1);
    const auto full = waitForResult<DeadLetter>(
        [&](QObject *ctx, auto done) { return b->fetchDeadLetter(list.first().id, ctx, done); });
    const QByteArray hashBefore
        = QCryptographicHash::hash(full.value().payload, QCryptographicHash::Sha256);

    const auto retry = waitForResult<DeadLetterRetry>([&](QObject *ctx, auto done) {
        return b->retryDeadLetter(
            list.first().id, u"customer fixed the address"_s, std::nullopt, ctx, done);
    });
    QVERIFY2(retry.ok(), qPrintable(errorText(retry)));
    QVERIFY2(retry.value().delivered, qPrintable(retry.value().error));

    // It is in orders now, body and application headers intact, and no longer in the dead-letter
    // queue.
    QList<RabbitMessage> inOrders;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        const auto r = waitForResult<QList<RabbitMessage>>([&](QObject *ctx, auto done) {
            return b->management()->peek(u"orders"_s, 10, 100000, ctx, done);
        });
        inOrders = r.ok() ? r.value() : QList<RabbitMessage>();
        return inOrders.size() == 1;
    }()),
        60000);
    QCOMPARE(
        QCryptographicHash::hash(inOrders.first().body, QCryptographicHash::Sha256), hashBefore);
    QCOMPARE(inOrders.first().properties.messageId, std::optional("order-3"_ba));
    QCOMPARE(inOrders.first().header(u"tenant").toString(), u"acme"_s);
    QVERIFY(inOrders.first().xDeath.isEmpty());
    QStringList left;
    for (const DeadLetter &l : letters(*b, u"source:orders-failed"_s))
        left.append(l.messageId);
    left.sort();
    QCOMPARE(left, (QStringList { u"order-1"_s, u"order-2"_s }));
}

QTEST_GUILESS_MAIN(tst_RabbitMqBackend)
#include "tst_rabbitmqbackend.moc"
