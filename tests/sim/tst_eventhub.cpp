// SPDX-License-Identifier: MIT
#include "sim/eventhub.h"
#include "sim/httpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

/** A QWebSocket that keeps what it received, split into control messages and event seqs. */
class StreamClient : public QObject {
public:
    explicit StreamClient(quint16 port, const QString &query = {})
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            messages.append(message);
            const QString type = message.value(u"type"_s).toString();
            if (type != u"hello"_s && type != u"resync"_s)
                seqs.append(message.value(u"seq"_s).toInteger());
            if (onMessage)
                onMessage(message);
        });
        QUrl url(u"ws://127.0.0.1:%1/ops/v1/events"_s.arg(port));
        url.setQuery(query);
        m_socket.open(url);
    }
    QWebSocket &socket() { return m_socket; }

    QList<QJsonObject> messages;
    QList<qint64> seqs;
    std::function<void(const QJsonObject &)> onMessage;

private:
    QWebSocket m_socket;
};

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 seq = first; seq <= last; ++seq)
        out.append(seq);
    return out;
}

} // namespace

class TestEventHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_log.clear();
        m_firstRetained = 1;
        m_pastCalls = 0;
        m_unreadable = 0;
        m_hub = std::make_unique<EventHub>(
            [this](qint64 since, int limit) {
                ++m_pastCalls;
                EventHub::Page page;
                page.gap = since < m_firstRetained - 1;
                for (const OpsEvent &event : std::as_const(m_log)) {
                    if (event.seq > since && event.seq >= m_firstRetained
                        && page.events.size() < limit)
                        page.events.append(event);
                }
                return page;
            },
            [this] {
                const qint64 last = (m_log.isEmpty() ? 0 : m_log.last().seq) + m_unreadable;
                return EventHub::Bounds { last, std::min(m_firstRetained, last + 1) };
            });
        m_hub->setClock(&m_clock);
        m_server = std::make_unique<HttpServer>();
        m_server->setUpgradeFilter([](const HttpRequest &request) -> std::optional<Problem> {
            if (request.path != u"/ops/v1/events"_s)
                return Problem { 404, {}, u"no stream here"_s, {} };
            return EventHub::validateRequest(request);
        });
        connect(m_server.get(), &HttpServer::newWebSocket, m_hub.get(), &EventHub::addClient);
        QVERIFY(m_server->listen(QHostAddress::LocalHost));
    }
    void cleanup()
    {
        m_server.reset();
        m_hub.reset();
    }

    void helloThenLiveWithoutSince()
    {
        append(10);
        StreamClient client(m_server->port());
        QTRY_COMPARE(client.messages.size(), 1);
        const QJsonObject hello = client.messages[0];
        QCOMPARE(hello.value(u"type"_s).toString(), u"hello"_s);
        QCOMPARE(hello.value(u"seq"_s).toInteger(), 10);
        QCOMPARE(hello.value(u"time"_s).toString(), u"2027-01-15T08:00:00.000Z"_s);
        QCOMPARE(hello.value(u"data"_s).toObject(),
            (QJsonObject { { u"lastSeq"_s, 10 }, { u"firstRetainedSeq"_s, 1 } }));
        append(2);
        QTRY_COMPARE(client.seqs, (QList<qint64> { 11, 12 }));
        const QJsonObject event = client.messages.last();
        QCOMPARE(event.value(u"type"_s).toString(), u"test.event"_s);
        QCOMPARE(event.value(u"data"_s).toObject().value(u"n"_s).toInt(), 12);
        QCOMPARE(m_pastCalls, 0); // live only: the log was never read
    }

    void replayThenLive_data()
    {
        QTest::addColumn<int>("since");
        QTest::addRow("from the start") << 0;
        QTest::addRow("from the middle") << 150;
        QTest::addRow("from the first retained") << 99;
        QTest::addRow("up to date") << 300;
    }
    void replayThenLive()
    {
        QFETCH(int, since);
        m_firstRetained = 100;
        append(300);
        EventHub::Limits limits;
        limits.replayBatch = 40;
        m_hub->setLimits(limits);
        StreamClient client(m_server->port(), u"since=%1"_s.arg(since));
        if (since < 99) {
            // Older than retained: hello, resync, then live.
            QTRY_COMPARE(client.messages.size(), 2);
            QCOMPARE(client.messages[1].value(u"type"_s).toString(), u"resync"_s);
            QCOMPARE(client.messages[1].value(u"seq"_s).toInteger(), 300);
            QCOMPARE(client.messages[1][u"data"_s][u"requestedSince"_s].toInteger(), since);
            append(1);
            QTRY_COMPARE(client.seqs, QList<qint64> { 301 });
            return;
        }
        QTRY_COMPARE(client.seqs.size(), 300 - since);
        append(2);
        QTRY_COMPARE(client.seqs, range(since + 1, 302));
        QCOMPARE(client.messages.first().value(u"type"_s).toString(), u"hello"_s);
    }

    void sinceAheadOfTheLogResyncs()
    {
        append(5);
        StreamClient client(m_server->port(), u"since=9"_s);
        QTRY_COMPARE(client.messages.size(), 2);
        QCOMPARE(client.messages[1].value(u"type"_s).toString(), u"resync"_s);
        append(1);
        QTRY_COMPARE(client.seqs, QList<qint64> { 6 });
    }

    void eventsPublishedDuringReplayArriveOnceInOrder()
    {
        append(3000);
        EventHub::Limits limits;
        limits.replayBatch = 20;
        m_hub->setLimits(limits);
        StreamClient client(m_server->port(), u"since=100"_s);
        int pastCallsAtFirstPublish = -1;
        client.onMessage = [&](const QJsonObject &message) {
            // Publish while the hub is still reading the log for this client.
            const qint64 seq = message.value(u"seq"_s).toInteger();
            if (seq == 150 || seq == 400 || seq == 3010) {
                if (pastCallsAtFirstPublish < 0)
                    pastCallsAtFirstPublish = m_pastCalls;
                append(10);
            }
        };
        QTRY_COMPARE(client.seqs.size(), 3030 - 100);
        QCOMPARE(client.seqs, range(101, 3030)); // none lost, none twice, in order
        QVERIFY2(
            m_pastCalls > pastCallsAtFirstPublish, "the replay went on after the first publish");
        append(1);
        QTRY_COMPARE(client.seqs.last(), 3031);
    }

    void logPrunedDuringReplayResyncs()
    {
        append(500);
        EventHub::Limits limits;
        limits.replayBatch = 10;
        m_hub->setLimits(limits);
        StreamClient client(m_server->port(), u"since=0"_s);
        client.onMessage = [&](const QJsonObject &message) {
            if (message.value(u"seq"_s).toInteger() == 5)
                m_firstRetained = 400; // retention kicks in under the client's feet
        };
        QTRY_VERIFY(!client.messages.isEmpty()
            && client.messages.last().value(u"type"_s).toString() == u"resync"_s);
        QVERIFY(client.seqs.last() < 400);
        QCOMPARE(client.seqs, range(1, client.seqs.last()));
        append(1);
        QTRY_COMPARE(client.seqs.last(), 501);
    }

    void holeTheLogCannotFillResyncs()
    {
        append(30);
        m_unreadable = 5; // lastSeq says 35, the log stops at 30
        EventHub::Limits limits;
        limits.replayBatch = 10;
        m_hub->setLimits(limits);
        StreamClient client(m_server->port(), u"since=0"_s);
        QTRY_VERIFY(!client.messages.isEmpty()
            && client.messages.last().value(u"type"_s).toString() == u"resync"_s);
        QCOMPARE(client.seqs, range(1, 30));
        QCOMPARE(client.messages.last().value(u"seq"_s).toInteger(), 35);
    }

    void malformedSinceIsRefusedBeforeTheUpgrade()
    {
        QTcpSocket raw;
        raw.connectToHost(QHostAddress::LocalHost, m_server->port());
        raw.write("GET /ops/v1/events?since=yesterday HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
                  "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                  "Sec-WebSocket-Version: 13\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY((answer += raw.readAll()).contains("since must be"));
        QVERIFY(answer.startsWith("HTTP/1.1 400 "));
        QCOMPARE(m_hub->clientCount(), 0);
    }

    void slowConsumerIsCutOff()
    {
        EventHub::Limits limits;
        limits.maxPendingBytes = 256 * 1024;
        m_hub->setLimits(limits);
        append(3);

        // The client lives on a thread we can freeze, so it stops reading.
        QThread thread;
        thread.start();
        auto *client = new QWebSocket;
        client->moveToThread(&thread);
        QSemaphore gate;
        const auto stopThread = qScopeGuard([&] {
            gate.release(); // in case a check failed while the client was frozen
            QMetaObject::invokeMethod(
                client, [client] { delete client; }, Qt::BlockingQueuedConnection);
            thread.quit();
            thread.wait();
        });
        std::atomic<qint64> lastSeq { 0 };
        std::atomic<bool> inOrder { true };
        std::atomic<bool> closed { false };
        int closeCode = 0;
        QString closeReason;
        connect(client, &QWebSocket::textMessageReceived, client, [&](const QString &text) {
            const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
            if (message.value(u"type"_s).toString() == u"hello"_s)
                return;
            const qint64 seq = message.value(u"seq"_s).toInteger();
            if (seq != lastSeq + 1)
                inOrder = false;
            lastSeq = seq;
        });
        connect(client, &QWebSocket::disconnected, client, [&] {
            closeCode = client->closeCode();
            closeReason = client->closeReason();
            closed = true;
        });
        const QUrl url(u"ws://127.0.0.1:%1/ops/v1/events?since=0"_s.arg(m_server->port()));
        QMetaObject::invokeMethod(client, [&] { client->open(url); });
        QTRY_COMPARE(lastSeq.load(), 3);

        QMetaObject::invokeMethod(client, [&] { gate.acquire(); });
        int published = 0;
        while (m_hub->clientCount() == 1 && published < 20'000) {
            append(1, 8192);
            ++published;
        }
        QCOMPARE(m_hub->clientCount(), 0);
        gate.release();

        QTRY_VERIFY_WITH_TIMEOUT(closed, 15'000);
        QCOMPARE(closeCode, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QVERIFY(inOrder);
        // Everything queued before the cut still arrives, and the reason says where to resume.
        QCOMPARE(lastSeq.load(), 3 + published);
        QVERIFY2(closeReason.endsWith(u"since=%1"_s.arg(lastSeq.load())), qPrintable(closeReason));
        QVERIFY(published < 20'000);
    }

    void clientsMayNotSendBigMessages()
    {
        StreamClient client(m_server->port());
        QTRY_COMPARE(client.messages.size(), 1);
        client.socket().sendTextMessage(QString(10'000, u'x'));
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeTooMuchData);
        QTRY_COMPARE(m_hub->clientCount(), 0);
    }

    void silentClientsAreDroppedAndLiveOnesKept()
    {
        EventHub::Limits limits;
        limits.pingIntervalMs = 50;
        m_hub->setLimits(limits);
        StreamClient live(m_server->port());
        // A client that completes the handshake and then never answers a ping.
        QTcpSocket silent;
        silent.connectToHost(QHostAddress::LocalHost, m_server->port());
        silent.write(
            "GET /ops/v1/events HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: "
            "Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n");
        QTRY_COMPARE(m_hub->clientCount(), 2);
        QTRY_COMPARE(silent.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(m_hub->clientCount(), 1);
        QCOMPARE(live.socket().state(), QAbstractSocket::ConnectedState);
    }

    void closeSaysGoingAway()
    {
        append(4);
        StreamClient client(m_server->port(), u"since=4"_s);
        QTRY_COMPARE(m_hub->clientCount(), 1);
        m_hub->close();
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.socket().closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QVERIFY(client.socket().closeReason().endsWith(u"since=4"_s));
    }

private:
    void append(int count, int payloadBytes = 0)
    {
        for (int i = 0; i < count; ++i) {
            OpsEvent event;
            event.seq = m_log.isEmpty() ? 1 : m_log.last().seq + 1;
            event.type = u"test.event"_s;
            event.timeMs = m_clock.nowMs();
            event.data = { { u"n"_s, event.seq } };
            if (payloadBytes > 0)
                event.data.insert(u"blob"_s, QString(payloadBytes, u'x'));
            m_log.append(event); // the log first, then the hub: the hub's contract
            m_hub->publish(event);
        }
    }

    ManualClock m_clock;
    QList<OpsEvent> m_log;
    qint64 m_firstRetained = 1;
    int m_pastCalls = 0;
    qint64 m_unreadable = 0; ///< events the bounds admit but the log cannot return
    std::unique_ptr<EventHub> m_hub;
    std::unique_ptr<HttpServer> m_server;
};

QTEST_GUILESS_MAIN(TestEventHub)
#include "tst_eventhub.moc"
