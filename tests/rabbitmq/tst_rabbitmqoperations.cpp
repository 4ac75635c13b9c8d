// SPDX-License-Identifier: MIT
// Bulk operations on a real private broker through RabbitMqBackend, as the
// console's bulk dialog and Operations area drive them: dry run, retry by
// filter, delete by ids, move, purge, refusals, cancel, events, and resume of
// an operation whose process was killed -9.
#include "backends/rabbitmovejournal.h"
#include "backends/rabbitmqbackend.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"

#include <QDeadlineTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;

namespace {

template<typename T> T valueOf(const AmqpResult<T> &r)
{
    if (const auto *e = std::get_if<AmqpError>(&r))
        qFatal("AMQP: %s", qPrintable(e->message));
    return std::get<T>(r);
}

OperationRequest request(OperationKind kind, const QString &filter)
{
    OperationRequest r;
    r.kind = kind;
    r.selector.filter = filter;
    r.reason = u"test"_s;
    return r;
}

} // namespace

class tst_RabbitMqOperations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dryRunCountsExactlyAndRetryMovesExactlyThose();
    void runActsOnWhatTheDryRunCounted();
    void deleteByIdsFromAPeek();
    void moveToANamedQueue();
    void moveToAnUnknownQueueIsRefused();
    void purgeNeedsAnAdministrator_data();
    void purgeNeedsAnAdministrator();
    void monitoringUserIsRefused();
    void cancelMidRunKeepsWhatIsDone();
    void brokerRefusalIsShownPlainly();
    void killedRunIsListedPausedAndResumes();

private:
    enum class User { Admin, Operator, Monitoring };
    std::unique_ptr<RabbitMqBackend> backend(User user, const QString &journalPath = {});
    std::unique_ptr<AmqpConnection> connect() const;
    /** `dlq` with `count` dead letters from `origin` (bound to exchange "<origin>.x", key
     * "<origin>.key"). */
    void deadLetters(const QString &origin, const QString &dlq, int count,
        const std::function<QByteArray(int)> &body);
    quint32 depth(const QString &queue) const;
    /** Takes every message of `queue`; their message ids with multiplicity. */
    QHash<QString, int> drain(const QString &queue) const;
    Operation runToEnd(
        RabbitMqBackend &b, const OperationRequest &r, QList<OpsEvent> *events = nullptr);

    RabbitBroker m_broker;
};

void tst_RabbitMqOperations::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
    // An operator: may change things, is no administrator.
    RabbitSetup setup(m_broker);
    QVERIFY(setup.ok(setup.call("PUT", u"/api/users/ops"_s,
        { { u"password"_s, u"ops-secret"_s }, { u"tags"_s, u"management"_s } })));
    QVERIFY(setup.ok(setup.call("PUT", u"/api/permissions/%2F/ops"_s,
        { { u"configure"_s, u".*"_s }, { u"write"_s, u".*"_s }, { u"read"_s, u".*"_s } })));
}

std::unique_ptr<RabbitMqBackend> tst_RabbitMqOperations::backend(
    User user, const QString &journalPath)
{
    RabbitMqBackend::Settings s;
    s.managementUrl = m_broker.managementUrl();
    s.amqpUrl = m_broker.amqpUrl();
    s.journalPath = journalPath;
    switch (user) {
    case User::Admin:
        s.user = m_broker.adminUser();
        s.password = m_broker.adminPassword().toUtf8();
        break;
    case User::Operator:
        s.user = u"ops"_s;
        s.password = "ops-secret";
        break;
    case User::Monitoring:
        s.user = m_broker.monitoringUser();
        s.password = m_broker.monitoringPassword().toUtf8();
        break;
    }
    auto b = std::make_unique<RabbitMqBackend>(s);
    b->open();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(b->connectionState(), ConnectionState::Connected, 60000); }();
    return b;
}

std::unique_ptr<AmqpConnection> tst_RabbitMqOperations::connect() const
{
    auto c = std::make_unique<AmqpConnection>();
    if (auto error = c->open(adminEndpoint(m_broker)))
        qFatal("connect: %s", qPrintable(error->message));
    return c;
}

void tst_RabbitMqOperations::deadLetters(const QString &origin, const QString &dlq, int count,
    const std::function<QByteArray(int)> &body)
{
    auto c = connect();
    const QString exchange = origin + u".x"_s;
    const QString key = origin + u".key"_s;
    if (auto e = c->declareExchange(exchange))
        qFatal("%s", qPrintable(e->message));
    valueOf(c->declareQueue(dlq));
    valueOf(c->declareQueue(origin,
        { { u"x-dead-letter-exchange"_s, QString() }, { u"x-dead-letter-routing-key"_s, dlq } }));
    if (auto e = c->bindQueue(origin, exchange, key))
        qFatal("%s", qPrintable(e->message));
    if (auto e = c->confirmSelect())
        qFatal("%s", qPrintable(e->message));
    quint64 last = 0;
    for (int i = 0; i < count; ++i) {
        RabbitProperties p;
        p.messageId = origin.toUtf8() + '-' + QByteArray::number(i);
        p.deliveryMode = 2;
        last = valueOf(c->publish(exchange, key, body(i), p));
    }
    valueOf(c->waitForConfirms(last, 60000));
    // Rejected without requeue, every one of them lands in the DLQ with an x-death entry.
    if (auto e = c->setPrefetch(0))
        qFatal("%s", qPrintable(e->message));
    valueOf(c->consume(origin));
    int seen = 0;
    quint64 lastTag = 0;
    while (seen < count) {
        auto event = valueOf(c->readEvent(30000));
        if (!event)
            qFatal("only %d of %d messages reached %s", seen, count, qPrintable(origin));
        if (auto *d = std::get_if<AmqpDelivery>(&*event)) {
            ++seen;
            lastTag = d->deliveryTag;
        }
    }
    if (auto e = c->nack(lastTag, true, false))
        qFatal("%s", qPrintable(e->message));
    QTRY_COMPARE_WITH_TIMEOUT(depth(dlq), quint32(count), 60000);
}

quint32 tst_RabbitMqOperations::depth(const QString &queue) const
{
    return valueOf(connect()->declareQueuePassive(queue)).messageCount;
}

QHash<QString, int> tst_RabbitMqOperations::drain(const QString &queue) const
{
    QHash<QString, int> ids;
    auto c = connect();
    for (;;) {
        auto d = valueOf(c->get(queue, true));
        if (!d)
            break;
        ++ids[d->message.stableId()];
    }
    return ids;
}

Operation tst_RabbitMqOperations::runToEnd(
    RabbitMqBackend &b, const OperationRequest &r, QList<OpsEvent> *events)
{
    QSignalSpy spy(&b, &Backend::eventsReceived);
    const auto started = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b.startOperation(r, ctx, done); });
    if (!started.ok())
        qFatal("start: %s", qPrintable(started.error().message));
    const QString id = started.value().id;
    const auto finished = [&] {
        for (const QList<QVariant> &args : std::as_const(spy)) {
            for (const OpsEvent &e : args.at(0).value<QList<OpsEvent>>()) {
                if (e.type == u"operation.finished"_s && e.data.value(u"id"_s).toString() == id)
                    return true;
            }
        }
        return false;
    };
    if (!QTest::qWaitFor(finished, 300000))
        qFatal("%s did not finish", qPrintable(id));
    if (events) {
        for (const QList<QVariant> &args : std::as_const(spy))
            events->append(args.at(0).value<QList<OpsEvent>>());
    }
    const auto op = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b.fetchOperation(id, ctx, done); });
    if (!op.ok())
        qFatal("fetch: %s", qPrintable(op.error().message));
    return op.value();
}

void tst_RabbitMqOperations::dryRunCountsExactlyAndRetryMovesExactlyThose()
{
    constexpr int total = 2000;
    deadLetters(u"orders"_s, u"orders.dlq"_s, total, [](int i) {
        return i % 4 == 0 ? u"{\"order\":%1,\"tier\":\"vip\"}"_s.arg(i).toUtf8()
                          : u"{\"order\":%1,\"tier\":\"basic\"}"_s.arg(i).toUtf8();
    });
    deadLetters(u"other"_s, u"other.dlq"_s, 5, [](int) { return "vip but elsewhere"_ba; });
    QTemporaryDir dir;
    auto b = backend(User::Admin, dir.filePath(u"journal.sqlite"_s));
    QVERIFY(b->has(Capability::Operations));
    QVERIFY(b->has(Capability::DeadLetterMove));

    OperationRequest r = request(OperationKind::Retry, u"source:orders.dlq vip"_s);
    const auto plan = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    QVERIFY2(plan.ok(), qPrintable(errorText(plan)));
    QCOMPARE(plan.value().selected, total / 4);
    QCOMPARE(plan.value().highWater, total);
    QCOMPARE(plan.value().bySource.size(), 1);
    QCOMPARE(plan.value().bySource.first().key, u"orders.dlq"_s);
    QCOMPARE(plan.value().bySource.first().count, total / 4);
    QCOMPARE(plan.value().byGroup.size(), 1);
    QCOMPARE(plan.value().byGroup.first().count, total / 4);
    QCOMPARE(plan.value().sample.size(), 20);
    for (const QJsonObject &s : plan.value().sample) {
        QCOMPARE(s.value(u"source"_s).toString(), u"orders.dlq"_s);
        QVERIFY(
            s.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"orders"_s));
    }
    // A filter that names no queue reads every dead-letter queue.
    const auto everywhere = waitForResult<OperationPlan>([&](QObject *ctx, auto done) {
        return b->planOperation(request(OperationKind::Retry, u"vip"_s), ctx, done);
    });
    QVERIFY2(everywhere.ok(), qPrintable(errorText(everywhere)));
    QCOMPARE(everywhere.value().selected, total / 4 + 5);
    QCOMPARE(everywhere.value().bySource.size(), 2);
    // Nothing changed: every message is still in the DLQ, none at the origin.
    QCOMPARE(depth(u"orders.dlq"_s), quint32(total));
    QCOMPARE(depth(u"orders"_s), 0u);

    r.idempotencyKey = u"retry-vip"_s;
    r.selector.highWater = plan.value().highWater;
    QList<OpsEvent> events;
    const Operation op = runToEnd(*b, r, &events);
    QVERIFY(op.id.startsWith(u"rmq-"_s));
    QCOMPARE(op.actor, m_broker.adminUser());
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.counts.selected, total / 4);
    QCOMPARE(op.counts.succeeded, total / 4);
    QCOMPARE(op.counts.failed, 0);
    QCOMPARE(op.counts.pending(), 0);
    QVERIFY2(
        op.reconciliation.contains(u"considered %1"_s.arg(total)), qPrintable(op.reconciliation));

    // Events: created first, finished last and equal to what fetchOperation answers; progress at
    // most twice a second.
    QVERIFY(events.size() >= 2);
    QCOMPARE(events.first().type, u"operation.created"_s);
    QCOMPARE(events.last().type, u"operation.finished"_s);
    QCOMPARE(Operation::fromJson(events.last().data), op);
    for (qsizetype i = 1; i + 1 < events.size(); ++i) {
        QCOMPARE(events.at(i).type, u"operation.progress"_s);
        QVERIFY(events.at(i).timeMs - events.at(i - 1).timeMs >= 450);
        QVERIFY(events.at(i).seq > events.at(i - 1).seq);
    }

    // Exactly the matching ones at the origin, the rest still dead-lettered; the other DLQ
    // untouched.
    const QHash<QString, int> atOrigin = drain(u"orders"_s);
    QCOMPARE(atOrigin.size(), total / 4);
    for (int i = 0; i < total; i += 4)
        QCOMPARE(atOrigin.value(u"orders-%1"_s.arg(i)), 1);
    QCOMPARE(depth(u"orders.dlq"_s), quint32(total - total / 4));
    QCOMPARE(depth(u"other.dlq"_s), 5u);

    // The journal names every succeeded item; the same idempotency key finds the same operation.
    const auto items = waitForResult<OperationItemPage>([&](QObject *ctx, auto done) {
        return b->fetchOperationItems(
            { op.id, OperationItemOutcome::Succeeded, {}, 1000 }, ctx, done);
    });
    QVERIFY2(items.ok(), qPrintable(errorText(items)));
    QCOMPARE(items.value().items.size(), total / 4);
    QVERIFY(items.value().nextCursor.isEmpty());
    const auto again = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->startOperation(r, ctx, done); });
    QVERIFY2(again.ok(), qPrintable(errorText(again)));
    QCOMPARE(again.value().id, op.id);
    QCOMPARE(depth(u"orders"_s), 0u);
    OperationRequest other = r;
    other.kind = OperationKind::Delete;
    const auto reused = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->startOperation(other, ctx, done); });
    QCOMPARE(reused.error().kind, BackendError::Kind::Conflict);
    const auto list = waitForResult<QList<Operation>>(
        [&](QObject *ctx, auto done) { return b->fetchOperations(ctx, done); });
    QVERIFY(list.ok());
    QCOMPARE(list.value().size(), 1);
    const auto unknown = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->fetchOperation(u"rmq-0"_s, ctx, done); });
    QCOMPARE(unknown.error().kind, BackendError::Kind::NotFound);
    const auto finishedCancel = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(op.id, OperationAction::Cancel, ctx, done);
    });
    QCOMPARE(finishedCancel.error().kind, BackendError::Kind::Conflict);
}

void tst_RabbitMqOperations::runActsOnWhatTheDryRunCounted()
{
    deadLetters(u"late"_s, u"late.dlq"_s, 100,
        [](int i) { return u"{\"order\":%1,\"tier\":\"vip\"}"_s.arg(i).toUtf8(); });
    auto b = backend(User::Operator);
    OperationRequest r = request(OperationKind::Retry, u"source:late.dlq vip"_s);
    const auto plan = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    QVERIFY2(plan.ok(), qPrintable(errorText(plan)));
    QCOMPARE(plan.value().selected, 100);

    // Twenty more matching messages arrive at the tail between the dry run and the run.
    auto c = connect();
    QVERIFY(!c->confirmSelect());
    quint64 last = 0;
    for (int i = 0; i < 20; ++i)
        last = valueOf(c->publish(
            QString(), u"late.dlq"_s, "vip, arrived after the count"_ba, RabbitProperties {}));
    valueOf(c->waitForConfirms(last, 60000));
    QTRY_COMPARE_WITH_TIMEOUT(depth(u"late.dlq"_s), 120u, 30000);

    r.selector.highWater = plan.value().highWater; // as the dialog sends it back
    const Operation op = runToEnd(*b, r);
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.counts.succeeded, 100);
    QCOMPARE(op.counts.failed, 0); // the late ones (no x-death, so not retryable) were never read
    QCOMPARE(drain(u"late"_s).size(), 100);
    QCOMPARE(depth(u"late.dlq"_s), 20u);
    valueOf(c->purgeQueue(u"late.dlq"_s)); // the other tests count "vip" in every dead-letter queue
}

void tst_RabbitMqOperations::deleteByIdsFromAPeek()
{
    deadLetters(u"mails"_s, u"mails.dlq"_s, 10,
        [](int i) -> QByteArray { return "mail " + QByteArray::number(i); });
    auto b = backend(User::Admin);
    const auto page = waitForResult<DeadLetterPage>([&](QObject *ctx, auto done) {
        return b->fetchDeadLetters({ u"source:mails.dlq"_s, 0, {} }, ctx, done);
    });
    QVERIFY2(page.ok(), qPrintable(errorText(page)));
    QCOMPARE(page.value().items.size(), 10);
    OperationRequest r;
    r.kind = OperationKind::Delete;
    r.reason = u"spam"_s;
    QSet<QString> deleted;
    for (int i : { 1, 4, 7 }) {
        r.selector.ids.append(page.value().items.at(i).id);
        deleted.insert(page.value().items.at(i).messageId);
    }
    const auto plan = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    QVERIFY2(plan.ok(), qPrintable(errorText(plan)));
    QCOMPARE(plan.value().selected, 3);
    QCOMPARE(plan.value().sample.size(), 3);

    const Operation op = runToEnd(*b, r);
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.counts.succeeded, 3);
    const QHash<QString, int> left = drain(u"mails.dlq"_s);
    QCOMPARE(left.size(), 7);
    for (const QString &id : std::as_const(deleted))
        QVERIFY(!left.contains(id));

    // An id the back end never handed out is refused before anything runs.
    r.selector.ids = { 42 };
    const auto unknown = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->startOperation(r, ctx, done); });
    QCOMPARE(unknown.error().kind, BackendError::Kind::NotFound);
}

void tst_RabbitMqOperations::moveToANamedQueue()
{
    deadLetters(u"invoices"_s, u"invoices.dlq"_s, 30,
        [](int i) -> QByteArray { return "invoice " + QByteArray::number(i); });
    valueOf(connect()->declareQueue(u"invoices-manual"_s));
    auto b = backend(User::Operator);
    OperationRequest r = request(OperationKind::Move, u"source:invoices.dlq"_s);
    r.target = u"invoices-manual"_s;
    const Operation op = runToEnd(*b, r);
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.target, u"invoices-manual"_s);
    QCOMPARE(op.counts.succeeded, 30);
    QCOMPARE(drain(u"invoices-manual"_s).size(), 30);
    QCOMPARE(depth(u"invoices.dlq"_s), 0u);
}

void tst_RabbitMqOperations::moveToAnUnknownQueueIsRefused()
{
    deadLetters(u"refunds"_s, u"refunds.dlq"_s, 4,
        [](int i) -> QByteArray { return "refund " + QByteArray::number(i); });
    auto b = backend(User::Admin);
    OperationRequest r = request(OperationKind::Move, u"source:refunds.dlq"_s);
    const auto noTarget = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    QVERIFY(!noTarget.ok());
    QVERIFY(noTarget.error().message.contains(u"queue"_s));
    r.target = u"no-such-queue"_s;
    const auto plan = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    QVERIFY(!plan.ok());
    QVERIFY2(plan.error().message.contains(u"no-such-queue"_s), qPrintable(plan.error().message));
    QCOMPARE(depth(u"refunds.dlq"_s), 4u);
}

void tst_RabbitMqOperations::purgeNeedsAnAdministrator_data()
{
    QTest::addColumn<bool>("admin");
    QTest::addRow("administrator") << true;
    QTest::addRow("operator") << false;
}

void tst_RabbitMqOperations::purgeNeedsAnAdministrator()
{
    QFETCH(bool, admin);
    const QString origin = admin ? u"purge-a"_s : u"purge-o"_s;
    const QString dlq = origin + u".dlq"_s;
    deadLetters(origin, dlq, 25, [](int i) { return QByteArray::number(i); });
    auto b = backend(admin ? User::Admin : User::Operator);
    QCOMPARE(
        waitForResult<BackendInfo>([&](QObject *ctx, auto done) { return b->fetchInfo(ctx, done); })
            .value()
            .role,
        admin ? u"admin"_s : u"operator"_s);
    const OperationRequest r = request(OperationKind::Purge, u"source:"_s + dlq);
    const auto plan = waitForResult<OperationPlan>(
        [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
    if (!admin) {
        QCOMPARE(plan.error().kind, BackendError::Kind::Forbidden);
        const auto start = waitForResult<Operation>(
            [&](QObject *ctx, auto done) { return b->startOperation(r, ctx, done); });
        QCOMPARE(start.error().kind, BackendError::Kind::Forbidden);
        QCOMPARE(depth(dlq), 25u);
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(errorText(plan)));
    QCOMPARE(plan.value().selected, 25);
    QCOMPARE(depth(dlq), 25u);
    const Operation op = runToEnd(*b, r);
    QCOMPARE(op.state, OperationState::Succeeded);
    QCOMPARE(op.counts.succeeded, 25);
    QCOMPARE(depth(dlq), 0u);
}

void tst_RabbitMqOperations::monitoringUserIsRefused()
{
    deadLetters(u"audit"_s, u"audit.dlq"_s, 6, [](int i) { return QByteArray::number(i); });
    auto b = backend(User::Monitoring);
    QSignalSpy events(b.get(), &Backend::eventsReceived);
    for (OperationKind kind : { OperationKind::Retry, OperationKind::Delete }) {
        const OperationRequest r = request(kind, u"source:audit.dlq"_s);
        const auto plan = waitForResult<OperationPlan>(
            [&](QObject *ctx, auto done) { return b->planOperation(r, ctx, done); });
        QCOMPARE(plan.error().kind, BackendError::Kind::Forbidden);
        const auto start = waitForResult<Operation>(
            [&](QObject *ctx, auto done) { return b->startOperation(r, ctx, done); });
        QCOMPARE(start.error().kind, BackendError::Kind::Forbidden);
    }
    QCOMPARE(events.size(), 0);
    QCOMPARE(depth(u"audit.dlq"_s), 6u);
    QCOMPARE(depth(u"audit"_s), 0u);
}

void tst_RabbitMqOperations::cancelMidRunKeepsWhatIsDone()
{
    constexpr int total = 20000;
    deadLetters(u"bulk"_s, u"bulk.dlq"_s, total,
        [](int i) -> QByteArray { return "bulk " + QByteArray::number(i); });
    auto b = backend(User::Admin);
    QSignalSpy spy(b.get(), &Backend::eventsReceived);
    const OperationRequest r = request(OperationKind::Retry, u"source:bulk.dlq"_s);
    const auto started = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->startOperation(r, ctx, done); });
    QVERIFY2(started.ok(), qPrintable(errorText(started)));
    // Cancel once something is done and before the end; pause and resume on the way.
    QTRY_VERIFY_WITH_TIMEOUT(depth(u"bulk"_s) > 0, 60000);
    const QString id = started.value().id;
    const auto paused = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(id, OperationAction::Pause, ctx, done);
    });
    QVERIFY2(paused.ok(), qPrintable(errorText(paused)));
    QCOMPARE(paused.value().state, OperationState::Paused);
    const auto pausedTwice = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(id, OperationAction::Pause, ctx, done);
    });
    QCOMPARE(pausedTwice.error().kind, BackendError::Kind::Conflict);
    const auto resumed = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(id, OperationAction::Resume, ctx, done);
    });
    QVERIFY2(resumed.ok(), qPrintable(errorText(resumed)));
    QCOMPARE(resumed.value().state, OperationState::Running);
    const auto cancelled = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(started.value().id, OperationAction::Cancel, ctx, done);
    });
    QVERIFY2(cancelled.ok(), qPrintable(errorText(cancelled)));
    const Operation op = cancelled.value();
    QCOMPARE(op.state, OperationState::Cancelled);
    QVERIFY(op.counts.succeeded > 0);
    QVERIFY2(op.counts.succeeded < total, "the run ended before the cancel: raise the count");
    QCOMPARE(op.counts.pending(), 0);
    // Done items stay done, the rest stays in the DLQ: nothing lost, nothing twice.
    QTRY_COMPARE_WITH_TIMEOUT(depth(u"bulk"_s) + depth(u"bulk.dlq"_s), quint32(total), 30000);
    QCOMPARE(depth(u"bulk"_s), quint32(op.counts.succeeded));
}

void tst_RabbitMqOperations::brokerRefusalIsShownPlainly()
{
    // A management user the broker lets read and configure but not publish anywhere.
    RabbitSetup setup(m_broker);
    QVERIFY(setup.ok(setup.call("PUT", u"/api/users/reader"_s,
        { { u"password"_s, u"reader-secret"_s }, { u"tags"_s, u"management"_s } })));
    QVERIFY(setup.ok(setup.call("PUT", u"/api/permissions/%2F/reader"_s,
        { { u"configure"_s, u".*"_s }, { u"write"_s, u"^$"_s }, { u"read"_s, u".*"_s } })));
    deadLetters(u"tickets"_s, u"tickets.dlq"_s, 50, [](int i) { return QByteArray::number(i); });
    RabbitMqBackend::Settings s;
    s.managementUrl = m_broker.managementUrl();
    s.amqpUrl = m_broker.amqpUrl();
    s.user = u"reader"_s;
    s.password = "reader-secret";
    RabbitMqBackend b(s);
    b.open();
    QTRY_COMPARE_WITH_TIMEOUT(b.connectionState(), ConnectionState::Connected, 60000);
    const Operation op = runToEnd(b, request(OperationKind::Retry, u"source:tickets.dlq"_s));
    QCOMPARE(op.state, OperationState::Failed);
    QVERIFY2(op.reconciliation.contains(u"ACCESS_REFUSED"_s), qPrintable(op.reconciliation));
    QCOMPARE(op.counts.succeeded, 0);
    // Nothing lost: the broker requeued what the refused run held.
    QTRY_COMPARE_WITH_TIMEOUT(depth(u"tickets.dlq"_s), 50u, 30000);
    QCOMPARE(depth(u"tickets"_s), 0u);
}

void tst_RabbitMqOperations::killedRunIsListedPausedAndResumes()
{
    const QString bwctl = qEnvironmentVariable("BREAKWATER_BWCTL");
    QVERIFY2(
        QFile::exists(bwctl), "BREAKWATER_BWCTL must name the bwctl executable (set by CTest)");
    constexpr int total = 20000;
    deadLetters(u"crash"_s, u"crash.dlq"_s, total,
        [](int i) -> QByteArray { return "crash " + QByteArray::number(i); });
    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    auto b = backend(User::Admin, journal);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BW_TEST_RABBIT_PASSWORD"_s, m_broker.adminPassword());
    p.setProcessEnvironment(env);
    p.start(bwctl,
        { u"rabbitmq"_s, u"retry"_s, u"crash.dlq"_s, u"--amqp-url"_s, m_broker.amqpUrl().toString(),
            u"--user"_s, m_broker.adminUser(), u"--password-env"_s, u"BW_TEST_RABBIT_PASSWORD"_s,
            u"--reason"_s, u"crash test"_s, u"--yes"_s, u"--journal"_s, journal,
            u"--operation-id"_s, u"crash-op"_s });
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(depth(u"crash"_s) > 1000 || p.state() != QProcess::Running, 120000);
    QCOMPARE(p.state(), QProcess::Running);
    // bwctl's live run: listed as running, and left alone.
    const auto live = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->fetchOperation(u"crash-op"_s, ctx, done); });
    QVERIFY2(live.ok(), qPrintable(errorText(live)));
    QCOMPARE(live.value().state, OperationState::Running);
    const auto pause = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(u"crash-op"_s, OperationAction::Pause, ctx, done);
    });
    QCOMPARE(pause.error().kind, BackendError::Kind::Conflict);
    QCOMPARE(p.state(), QProcess::Running);
    ::kill(pid_t(p.processId()), SIGKILL);
    QVERIFY(p.waitForFinished(30000));

    // Listed as paused once its journal rows stop moving (a live mover writes them ten times a
    // second).
    const auto state = [&] {
        const auto op = waitForResult<Operation>(
            [&](QObject *ctx, auto done) { return b->fetchOperation(u"crash-op"_s, ctx, done); });
        return op.ok() ? op.value().state : OperationState::Failed;
    };
    QTRY_COMPARE_WITH_TIMEOUT(state(), OperationState::Paused, 30000);
    const auto listed = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->fetchOperation(u"crash-op"_s, ctx, done); });
    QCOMPARE(listed.value().reason, u"crash test"_s);

    QSignalSpy spy(b.get(), &Backend::eventsReceived);
    const auto resumed = waitForResult<Operation>([&](QObject *ctx, auto done) {
        return b->actOnOperation(u"crash-op"_s, OperationAction::Resume, ctx, done);
    });
    QVERIFY2(resumed.ok(), qPrintable(errorText(resumed)));
    QCOMPARE(resumed.value().state, OperationState::Running);
    const auto ended = [&] {
        const auto op = waitForResult<Operation>(
            [&](QObject *ctx, auto done) { return b->fetchOperation(u"crash-op"_s, ctx, done); });
        return op.ok() && isFinished(op.value().state);
    };
    QTRY_VERIFY_WITH_TIMEOUT(ended(), 300000);
    const auto op = waitForResult<Operation>(
        [&](QObject *ctx, auto done) { return b->fetchOperation(u"crash-op"_s, ctx, done); });
    QVERIFY2(op.value().state == OperationState::Succeeded, qPrintable(op.value().reconciliation));
    QCOMPARE(op.value().counts.failed, 0);
    QVERIFY(!spy.isEmpty());

    // Every message at its origin, at least once; what the killed run confirmed was not sent again.
    QCOMPARE(depth(u"crash.dlq"_s), 0u);
    const QHash<QString, int> atOrigin = drain(u"crash"_s);
    QCOMPARE(atOrigin.size(), total);
    qint64 duplicates = 0;
    for (int n : atOrigin)
        duplicates += n - 1;
    // Only what the killed run published without journaling its confirm can be there twice, and the
    // operation says so.
    const qint64 possible = RabbitMoveJournal(journal).possibleDuplicates(u"crash-op"_s);
    QVERIFY2(duplicates <= possible,
        qPrintable(u"%1 duplicates, %2 reported possible"_s.arg(duplicates).arg(possible)));
    if (possible > 0)
        QVERIFY2(op.value().reconciliation.contains(QString::number(possible)),
            qPrintable(op.value().reconciliation));
    QCOMPARE(op.value().counts.succeeded, total);
    QCOMPARE(op.value().counts.selected, total);
}

QTEST_GUILESS_MAIN(tst_RabbitMqOperations)
#include "tst_rabbitmqoperations.moc"
