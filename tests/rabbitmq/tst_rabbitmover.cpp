// SPDX-License-Identifier: MIT
// RabbitMover against a real private broker: retry to origin byte for byte,
// filtered bulk retry that keeps the rest, move, delete, dry run, a
// read-only user, and bwctl killed -9 mid-run then resumed with nothing lost.
#include "backends/rabbitmovejournal.h"
#include "backends/rabbitmover.h"
#include "tests/rabbitmq/rabbitsetup.h"
#include "tests/support/rabbitbroker.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
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

// Polls with basic.get: a publish reaches its queue asynchronously. (Not QTRY_*: it
// evaluates its expression once more after success, and a get takes a message.)
std::optional<AmqpDelivery> getWithin(
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

/** An origin queue bound to an exchange, dead-lettering into its DLQ through the default exchange.
 */
struct Topology {
    QString exchange;
    QString routingKey;
    QString origin;
    QString dlq;
};

} // namespace

class tst_RabbitMover : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void retryOneLandsInItsOriginIntact();
    void filteredRetryMovesExactlyTheMatchingOnes();
    void moveAndDeleteAndDryRun_data();
    void moveAndDeleteAndDryRun();
    void monitoringUserCannotMoveAnything();
    void rateLimitPacesTheRun();
    void killedBwctlResumesWithoutLosingAMessage();

private:
    AmqpEndpoint admin() const;
    std::unique_ptr<AmqpConnection> connect() const;
    Topology makeTopology(const QString &name) const;
    /** Publishes `count` messages to the origin (confirmed) and dead-letters them all by rejection.
     */
    void fillDeadLetters(
        const Topology &t, int count, const std::function<QByteArray(int)> &body) const;
    /** Reads every message of a queue (acking them) and returns their stable ids with multiplicity.
     */
    QHash<QString, int> drain(const QString &queue) const;
    RabbitMoveResult runMover(const RabbitMoveRequest &request) const;

    RabbitBroker m_broker;
};

void tst_RabbitMover::initTestCase()
{
    QVERIFY2(m_broker.start(), qPrintable(m_broker.error()));
}

void tst_RabbitMover::cleanupTestCase()
{
    m_broker.stop();
}

AmqpEndpoint tst_RabbitMover::admin() const
{
    return adminEndpoint(m_broker);
}

std::unique_ptr<AmqpConnection> tst_RabbitMover::connect() const
{
    auto c = std::make_unique<AmqpConnection>();
    if (auto e = c->open(admin()))
        qFatal("connect: %s", qPrintable(e->message));
    return c;
}

Topology tst_RabbitMover::makeTopology(const QString &name) const
{
    Topology t { name + u".x"_s, name + u".created"_s, name, name + u".dlq"_s };
    auto c = connect();
    if (auto e = c->declareExchange(t.exchange))
        qFatal("%s", qPrintable(e->message));
    valueOf(c->declareQueue(t.dlq));
    valueOf(c->declareQueue(t.origin,
        { { u"x-dead-letter-exchange"_s, QString() }, { u"x-dead-letter-routing-key"_s, t.dlq } }));
    if (auto e = c->bindQueue(t.origin, t.exchange, t.routingKey))
        qFatal("%s", qPrintable(e->message));
    return t;
}

void tst_RabbitMover::fillDeadLetters(
    const Topology &t, int count, const std::function<QByteArray(int)> &body) const
{
    auto c = connect();
    if (auto e = c->confirmSelect())
        qFatal("%s", qPrintable(e->message));
    quint64 last = 0;
    for (int i = 0; i < count; ++i) {
        RabbitProperties p;
        p.messageId = "msg-" + QByteArray::number(i);
        p.deliveryMode = 2;
        last = valueOf(c->publish(t.exchange, t.routingKey, body(i), p));
        if (i % 1000 == 999 || i == count - 1)
            valueOf(c->waitForConfirms(last, 60000));
    }
    if (auto e = c->setPrefetch(0))
        qFatal("%s", qPrintable(e->message));
    valueOf(c->consume(t.origin));
    int seen = 0;
    quint64 lastTag = 0;
    while (seen < count) {
        auto event = valueOf(c->readEvent(30000));
        if (!event)
            qFatal("only %d of %d messages reached %s", seen, count, qPrintable(t.origin));
        if (auto *d = std::get_if<AmqpDelivery>(&*event)) {
            ++seen;
            lastTag = d->deliveryTag;
        }
    }
    if (auto e = c->nack(lastTag, true, false))
        qFatal("%s", qPrintable(e->message));
    auto check = connect();
    QDeadlineTimer deadline(60000);
    while (valueOf(check->declareQueuePassive(t.dlq)).messageCount < quint32(count)
        && !deadline.hasExpired())
        QTest::qWait(50);
}

QHash<QString, int> tst_RabbitMover::drain(const QString &queue) const
{
    // Until the queue has nothing ready and nothing arrives: its depth lags publishes a little.
    QHash<QString, int> ids;
    auto c = connect();
    if (auto e = c->setPrefetch(1000))
        qFatal("%s", qPrintable(e->message));
    valueOf(c->consume(queue));
    for (;;) {
        auto event = valueOf(c->readEvent(1000));
        if (!event) {
            if (valueOf(c->declareQueuePassive(queue)).messageCount == 0)
                break;
            continue;
        }
        if (auto *d = std::get_if<AmqpDelivery>(&*event)) {
            ++ids[d->message.stableId()];
            if (auto e = c->ack(d->deliveryTag))
                qFatal("%s", qPrintable(e->message));
        }
    }
    return ids;
}

RabbitMoveResult tst_RabbitMover::runMover(const RabbitMoveRequest &request) const
{
    RabbitMover mover;
    QSignalSpy finished(&mover, &RabbitMover::finished);
    QSignalSpy progress(&mover, &RabbitMover::progress);
    if (mover.start(request).isEmpty())
        qFatal("the mover did not start");
    if (!finished.wait(600000))
        qFatal("the mover did not finish");
    if (progress.isEmpty())
        qFatal("no progress signal");
    return finished.first().first().value<RabbitMoveResult>();
}

void tst_RabbitMover::retryOneLandsInItsOriginIntact()
{
    const Topology t = makeTopology(u"payments"_s);
    auto c = connect();
    RabbitProperties props;
    props.contentType = "application/json"_ba;
    props.deliveryMode = 2;
    props.priority = 4;
    props.correlationId = "c-9"_ba;
    props.messageId = "pay-1"_ba;
    props.timestamp = 1700000123;
    props.appId = "checkout"_ba;
    QList<RabbitHeader> headers { RabbitMessage::stringHeader(u"tenant"_s, u"acme"_s),
        RabbitMessage::stringHeader(u"trace-id"_s, u"0af7651916cd43dd8448eb211c80319c"_s) };
    RabbitHeader number;
    number.name = u"attempt"_s;
    number.wire = QByteArray("\x07"
                             "attempt"
                             "I\x00\x00\x00\x02",
        13);
    headers.append(number);
    const QByteArray body = "{\"amount\": 1250, \"currency\": \"EUR\"}"_ba;
    valueOf(c->publish(t.exchange, t.routingKey, body, props, RabbitMessage::encodeTable(headers)));
    // Another letter that is not selected stays where it is.
    RabbitProperties other = props;
    other.messageId = "pay-2"_ba;
    valueOf(c->publish(t.exchange, t.routingKey, "{}"_ba, other));
    for (int i = 0; i < 2; ++i) {
        const auto d = getWithin(*c, t.origin, false);
        QVERIFY(d);
        QVERIFY(!c->reject(d->deliveryTag, false));
    }
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(c->declareQueuePassive(t.dlq)).messageCount, 2u, 30000);

    QTemporaryDir dir;
    RabbitMoveRequest r;
    r.endpoint = admin();
    r.sourceQueue = t.dlq;
    r.selectedIds = { u"pay-1"_s };
    r.reason = u"upstream fixed"_s;
    r.journalPath = dir.filePath(u"journal.sqlite"_s);
    const RabbitMoveResult result = runMover(r);
    QCOMPARE(RabbitMoveResult::stateName(result.state), u"succeeded"_s);
    QCOMPARE(result.counts.considered, 2);
    QCOMPARE(result.counts.republished, 1);
    QCOMPARE(result.counts.keptBack, 1);
    QCOMPARE(result.sourceDepthBefore, 2);
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(c->declareQueuePassive(t.dlq)).messageCount, 1u, 30000);
    QVERIFY(!result.operationId.isEmpty());

    const auto back = getWithin(*c, t.origin, true);
    QVERIFY(back);
    const RabbitMessage &m = back->message;
    QCOMPARE(QCryptographicHash::hash(m.body, QCryptographicHash::Sha256),
        QCryptographicHash::hash(body, QCryptographicHash::Sha256));
    QCOMPARE(m.properties, props);
    QCOMPARE(m.exchange, t.exchange);
    QCOMPARE(m.routingKey, t.routingKey);
    // Every application header byte for byte; the broker's death headers gone. (The broker
    // sorts the table by name when it adds x-death, so the order is the broker's.)
    const auto byName = [](QList<RabbitHeader> list) {
        std::sort(list.begin(), list.end(),
            [](const RabbitHeader &a, const RabbitHeader &b) { return a.name < b.name; });
        return RabbitMessage::encodeTable(list);
    };
    QCOMPARE(byName(m.applicationHeaders()), byName(headers));
    QVERIFY(m.xDeath.isEmpty());
    for (const RabbitHeader &h : m.headers)
        QVERIFY2(!RabbitMessage::isDeathHeader(h.name), qPrintable(h.name));
    QCOMPARE(m.header(RabbitMessage::operationHeader()).toString(), result.operationId);
    QCOMPARE(m.header(RabbitMessage::originalMessageIdHeader()).toString(), u"pay-1"_s);

    // The one left behind still has its history.
    const auto left = getWithin(*c, t.dlq, true);
    QVERIFY(left);
    QCOMPARE(left->message.stableId(), u"pay-2"_s);
    QCOMPARE(left->message.xDeath.value(0).reason, u"rejected"_s);

    RabbitMoveJournal journal(r.journalPath);
    const auto op = journal.operation(result.operationId);
    QVERIFY(op);
    QCOMPARE(op->state, u"succeeded"_s);
    QVERIFY(!op->request.contains(u"password"_s));
    QVERIFY(!QJsonDocument(op->request).toJson().contains(admin().password.toUtf8()));
    QCOMPARE(journal.confirmedIds(result.operationId), (QHash<QString, int> { { u"pay-1"_s, 1 } }));
}

void tst_RabbitMover::filteredRetryMovesExactlyTheMatchingOnes()
{
    const Topology t = makeTopology(u"catalogue"_s);
    constexpr int total = 20000;
    // Every seventh one is about a VIP customer.
    const auto body = [](int i) -> QByteArray {
        return QByteArray("{\"sku\": ") + QByteArray::number(i)
            + (i % 7 == 0 ? ", \"tier\": \"vip\"}" : ", \"tier\": \"std\"}");
    };
    fillDeadLetters(t, total, body);
    auto c = connect();
    QTRY_COMPARE_WITH_TIMEOUT(
        valueOf(c->declareQueuePassive(t.dlq)).messageCount, quint32(total), 30000);

    RabbitMoveRequest r;
    r.endpoint = admin();
    r.sourceQueue = t.dlq;
    auto query = DeadLetterQuery::parse(u"vip source:catalogue.dlq error:rejected"_s, 0);
    QVERIFY(std::holds_alternative<DeadLetterQuery>(query));
    r.filter = std::get<DeadLetterQuery>(query);
    QTemporaryDir dir;
    r.journalPath = dir.filePath(u"journal.sqlite"_s);
    const RabbitMoveResult result = runMover(r);
    QCOMPARE(RabbitMoveResult::stateName(result.state), u"succeeded"_s);

    QSet<QString> expected;
    for (int i = 0; i < total; i += 7)
        expected.insert(u"msg-%1"_s.arg(i));
    QCOMPARE(result.counts.considered, total);
    QCOMPARE(result.counts.matched, expected.size());
    QCOMPARE(result.counts.republished, expected.size());
    QCOMPARE(result.counts.keptBack, total - expected.size());
    QCOMPARE(result.counts.failed, 0);
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(c->declareQueuePassive(t.dlq)).messageCount,
        quint32(total - expected.size()), 30000);

    const QHash<QString, int> atOrigin = drain(t.origin);
    QCOMPARE(atOrigin.size(), expected.size());
    for (auto it = atOrigin.cbegin(); it != atOrigin.cend(); ++it) {
        QVERIFY2(expected.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value(), 1);
    }
    const QHash<QString, int> inDlq = drain(t.dlq);
    QCOMPARE(inDlq.size(), total - expected.size());
    for (auto it = inDlq.cbegin(); it != inDlq.cend(); ++it) {
        QVERIFY2(!expected.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(it.value(), 1);
    }
}

void tst_RabbitMover::moveAndDeleteAndDryRun_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("dryRun");
    QTest::addRow("move") << int(RabbitMoveRequest::Mode::MoveToQueue) << false;
    QTest::addRow("delete") << int(RabbitMoveRequest::Mode::Delete) << false;
    QTest::addRow("dry-run retry") << int(RabbitMoveRequest::Mode::RetryToOrigin) << true;
    QTest::addRow("purge") << int(RabbitMoveRequest::Mode::Purge) << false;
}

void tst_RabbitMover::moveAndDeleteAndDryRun()
{
    QFETCH(int, mode);
    QFETCH(bool, dryRun);
    const QString name = u"m"_s + QString::number(QTest::currentDataTag()[0])
        + QString::number(mode) + (dryRun ? u"d"_s : u""_s);
    const Topology t = makeTopology(name);
    // Words no message carries otherwise: free text also searches the "Dead-lettered from ..."
    // line.
    fillDeadLetters(
        t, 300, [](int i) -> QByteArray { return QByteArray(i % 3 == 0 ? "crimson" : "azure"); });
    auto c = connect();
    const QString parking = name + u".parking"_s;
    valueOf(c->declareQueue(parking));

    RabbitMoveRequest r;
    r.mode = RabbitMoveRequest::Mode(mode);
    r.endpoint = admin();
    r.sourceQueue = t.dlq;
    r.targetQueue = parking;
    r.dryRun = dryRun;
    if (r.mode != RabbitMoveRequest::Mode::Purge)
        r.filter = std::get<DeadLetterQuery>(DeadLetterQuery::parse(u"crimson"_s, 0));
    const RabbitMoveResult result = runMover(r);
    QCOMPARE(RabbitMoveResult::stateName(result.state), u"succeeded"_s);
    QCOMPARE(result.counts.considered, 300);
    const qint64 red = 100;
    const auto dlqIds = drain(t.dlq);
    switch (r.mode) {
    case RabbitMoveRequest::Mode::MoveToQueue:
        QCOMPARE(result.counts.republished, red);
        QCOMPARE(drain(parking).size(), red);
        QCOMPARE(dlqIds.size(), 300 - red);
        break;
    case RabbitMoveRequest::Mode::Delete:
        QCOMPARE(result.counts.deleted, red);
        QCOMPARE(dlqIds.size(), 300 - red);
        QCOMPARE(drain(t.origin).size(), 0);
        break;
    case RabbitMoveRequest::Mode::Purge:
        QCOMPARE(result.counts.deleted, 300);
        QCOMPARE(dlqIds.size(), 0);
        break;
    default: // dry run: counted, nothing moved
        QCOMPARE(result.counts.matched, red);
        QCOMPARE(result.counts.republished, 0);
        QCOMPARE(dlqIds.size(), 300);
        QCOMPARE(drain(t.origin).size(), 0);
        QVERIFY(result.reconciliation.contains(u"dry run"_s));
    }
}

void tst_RabbitMover::rateLimitPacesTheRun()
{
    const Topology t = makeTopology(u"paced"_s);
    constexpr int total = 600;
    fillDeadLetters(
        t, total, [](int i) -> QByteArray { return QByteArray("paced ") + QByteArray::number(i); });
    RabbitMoveRequest r;
    r.endpoint = admin();
    r.sourceQueue = t.dlq;
    r.ratePerSecond = 200;
    QElapsedTimer clock;
    clock.start();
    const RabbitMoveResult result = runMover(r);
    const qint64 elapsedMs = clock.elapsed();
    QCOMPARE(RabbitMoveResult::stateName(result.state), u"succeeded"_s);
    QCOMPARE(result.counts.republished, total);
    QCOMPARE(drain(t.origin).size(), total);
    // 600 at 200 a second cannot finish in under two seconds (unpaced it takes a fraction of one);
    // a slow machine only makes it longer, so this bound cannot flake.
    QVERIFY2(elapsedMs >= 2000, qPrintable(u"took %1 ms"_s.arg(elapsedMs)));
    QVERIFY(result.counts.ratePerSecond <= 200 * 1.5);
}

void tst_RabbitMover::monitoringUserCannotMoveAnything()
{
    const Topology t = makeTopology(u"readonly"_s);
    fillDeadLetters(t, 10, [](int) { return "x"_ba; });
    RabbitMoveRequest r;
    r.endpoint = admin();
    r.endpoint.user = m_broker.monitoringUser();
    r.endpoint.password = m_broker.monitoringPassword();
    r.sourceQueue = t.dlq;
    for (auto mode : { RabbitMoveRequest::Mode::RetryToOrigin, RabbitMoveRequest::Mode::Purge }) {
        r.mode = mode;
        const RabbitMoveResult result = runMover(r);
        QCOMPARE(RabbitMoveResult::stateName(result.state), u"failed"_s);
        QVERIFY2(result.error.contains(u"ACCESS_REFUSED"_s), qPrintable(result.error));
    }
    auto c = connect();
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(c->declareQueuePassive(t.dlq)).messageCount, 10u, 30000);
}

void tst_RabbitMover::killedBwctlResumesWithoutLosingAMessage()
{
    const QString bwctl = qEnvironmentVariable("BREAKWATER_BWCTL");
    QVERIFY2(
        QFile::exists(bwctl), "BREAKWATER_BWCTL must name the bwctl executable (set by CTest)");
    const Topology t = makeTopology(u"crash"_s);
    constexpr int total = 40000;
    fillDeadLetters(t, total,
        [](int i) -> QByteArray { return QByteArray("payload ") + QByteArray::number(i); });

    QTemporaryDir dir;
    const QString journal = dir.filePath(u"journal.sqlite"_s);
    const QStringList args { u"rabbitmq"_s, u"retry"_s, t.dlq, u"--amqp-url"_s,
        m_broker.amqpUrl().toString(), u"--user"_s, m_broker.adminUser(), u"--password-env"_s,
        u"BW_TEST_RABBIT_PASSWORD"_s, u"--reason"_s, u"crash test"_s, u"--yes"_s, u"--journal"_s,
        journal, u"--operation-id"_s, u"crash-op"_s };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BW_TEST_RABBIT_PASSWORD"_s, m_broker.adminPassword());

    auto c = connect();
    qint64 duplicatesReported = 0;
    int kills = 0;
    QRandomGenerator rng(QRandomGenerator::global()->generate());
    static const QRegularExpression duplicatesLine(u"duplicates possible: (\\d+)"_s);
    for (int run = 0; run < 12; ++run) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(bwctl, args);
        QVERIFY(p.waitForStarted());
        if (kills < 3) {
            // Kill at a random point once it has moved something more than last time.
            const quint32 atOriginBefore = valueOf(c->declareQueuePassive(t.origin)).messageCount;
            const quint32 step = 2000 + rng.bounded(6000);
            QDeadlineTimer deadline(120000);
            while (!deadline.hasExpired() && p.state() == QProcess::Running
                && valueOf(c->declareQueuePassive(t.origin)).messageCount < atOriginBefore + step)
                QTest::qWait(20);
            if (p.state() == QProcess::Running) {
                ::kill(pid_t(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(30000));
                ++kills;
                continue;
            }
        }
        QVERIFY(p.waitForFinished(600000));
        const QString out = QString::fromUtf8(p.readAll());
        const auto m = duplicatesLine.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out));
        // The journal's count covers every run of the operation, killed ones included.
        duplicatesReported = m.captured(1).toLongLong();
        QVERIFY2(p.exitCode() == 0, qPrintable(out));
        // The broker may requeue a killed run's deliveries just after a new run read the
        // queue's length: then one more run takes what it did not count.
        if (valueOf(c->declareQueuePassive(t.dlq)).messageCount == 0)
            break;
    }
    QCOMPARE(kills, 3);

    // Every message by id at the destination; none left behind; duplicates within what was
    // reported.
    QTRY_COMPARE_WITH_TIMEOUT(valueOf(c->declareQueuePassive(t.dlq)).messageCount, 0u, 30000);
    const QHash<QString, int> atOrigin = drain(t.origin);
    QCOMPARE(atOrigin.size(), total);
    qint64 duplicates = 0;
    for (int i = 0; i < total; ++i) {
        const int n = atOrigin.value(u"msg-%1"_s.arg(i));
        QVERIFY2(n >= 1, qPrintable(u"msg-%1 lost"_s.arg(i)));
        duplicates += n - 1;
    }
    qInfo("killed 3 times: %lld duplicate(s), %lld reported possible", duplicates,
        duplicatesReported);
    QVERIFY2(duplicates <= duplicatesReported,
        qPrintable(u"%1 > %2"_s.arg(duplicates).arg(duplicatesReported)));
}

QTEST_GUILESS_MAIN(tst_RabbitMover)
#include "tst_rabbitmover.moc"
