// SPDX-License-Identifier: MIT
#include "backends/eventstream.h"
#include "tests/support/apiclient.h"
#include "tests/support/eventclient.h"
#include "tests/support/simprocess.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

QString message(qint64 seq, const QString &type, const QJsonObject &data = {})
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"seq"_s, seq }, { u"type"_s, type },
                          { u"time"_s, u"2026-11-22T22:50:01.123Z"_s }, { u"data"_s, data } })
            .toJson(QJsonDocument::Compact));
}

QString liveEvent(qint64 seq)
{
    return message(seq, u"breaker.transition"_s, QJsonObject { { u"name"_s, u"erp"_s } });
}

QString helloMessage(qint64 lastSeq, qint64 firstRetainedSeq)
{
    return message(lastSeq, u"hello"_s,
        QJsonObject { { u"lastSeq"_s, lastSeq }, { u"firstRetainedSeq"_s, firstRetainedSeq } });
}

QString resyncMessage(qint64 lastSeq)
{
    return message(lastSeq, u"resync"_s,
        QJsonObject { { u"lastSeq"_s, lastSeq }, { u"firstRetainedSeq"_s, 1 } });
}

/** A WebSocket server in the test: each new connection is handed to `onConnect`. */
class FakeEventServer : public QObject {
public:
    explicit FakeEventServer(quint16 port = 0)
        : m_server(u"fake"_s, QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, port);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                requestUrls.append(socket->requestUrl());
                authorization.append(socket->request().rawHeader("Authorization"));
                if (onConnect)
                    onConnect(socket, int(requestUrls.size()));
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    QString since(int connection) const
    {
        return QUrlQuery(requestUrls.at(connection)).queryItemValue(u"since"_s);
    }

    std::function<void(QWebSocket *, int connectionNumber)> onConnect;
    QList<QUrl> requestUrls;
    QList<QByteArray> authorization;

private:
    QWebSocketServer m_server;
};

/** Records what a stream delivers. */
struct Delivered {
    explicit Delivered(EventStream &stream)
    {
        QObject::connect(
            &stream, &EventStream::eventsReceived, &stream, [this](const QList<OpsEvent> &events) {
                ++batches;
                for (const OpsEvent &e : events) {
                    seqs.append(e.seq);
                    log.append(QString::number(e.seq));
                }
            });
        QObject::connect(&stream, &EventStream::resyncRequired, &stream, [this] {
            ++resyncs;
            log.append(u"resync"_s);
        });
    }
    QList<qint64> seqs;
    QStringList log;
    int batches = 0;
    int resyncs = 0;
};

EventStream::Options fastOptions()
{
    EventStream::Options o;
    o.backoff = Backoff { 50, 2.0, 400, Backoff::Jitter::Full };
    return o;
}

QList<qint64> range(qint64 first, qint64 last)
{
    QList<qint64> out;
    for (qint64 s = first; s <= last; ++s)
        out.append(s);
    return out;
}

} // namespace

class tst_EventStream : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deliversInOrderBatchedWithoutDuplicates();
    void resumesWithSinceAfterTheServerCloses();
    void resync_data();
    void resync();
    void resyncComesAfterEarlierEvents();
    void unreadableMessagesAreSkipped_data();
    void unreadableMessagesAreSkipped();
    void oversizedMessageDropsTheConnection();
    void silentPeerIsDetectedByPings();
    void connectsOnceTheServerComesUp();
    void resumesAcrossSimRestartWithoutLossOrDuplicates();
};

void tst_EventStream::deliversInOrderBatchedWithoutDuplicates()
{
    FakeEventServer server;
    server.onConnect = [](QWebSocket *socket, int) {
        socket->sendTextMessage(helloMessage(6, 1));
        for (int seq : { 1, 2, 3, 3, 2, 4, 5, 6 })
            socket->sendTextMessage(liveEvent(seq));
    };
    EventStream stream(server.url());
    stream.setBearerToken("tok");
    Delivered delivered(stream);
    stream.start(0);
    QTRY_COMPARE(delivered.seqs, range(1, 6));
    QCOMPARE(delivered.batches, 1); // one burst, one signal
    QCOMPARE(stream.lastSeq(), 6);
    QCOMPARE(stream.state(), EventStream::State::Connected);
    QCOMPARE(server.since(0), u"0"_s);
    QCOMPARE(server.authorization.at(0), "Bearer tok"_ba);
    QCOMPARE(server.requestUrls.at(0).path(), u"/ops/v1/events"_s);
}

void tst_EventStream::resumesWithSinceAfterTheServerCloses()
{
    FakeEventServer server;
    server.onConnect = [](QWebSocket *socket, int n) {
        if (n == 1) {
            socket->sendTextMessage(helloMessage(0, 1));
            for (int seq : { 1, 2, 3 })
                socket->sendTextMessage(liveEvent(seq));
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"restarting"_s);
        } else {
            socket->sendTextMessage(helloMessage(4, 1));
            for (int seq : { 2, 3, 4 })
                socket->sendTextMessage(liveEvent(seq));
        }
    };
    EventStream stream(server.url());
    stream.setOptions(fastOptions());
    QSignalSpy states(&stream, &EventStream::stateChanged);
    Delivered delivered(stream);
    stream.start(-1);
    QTRY_COMPARE(delivered.seqs, range(1, 4));
    QCOMPARE(server.requestUrls.size(), 2);
    QVERIFY(!server.requestUrls.at(0).hasQuery()); // from now on: no since
    QCOMPARE(server.since(1), u"3"_s);
    bool sawWaiting = false;
    for (const auto &args : states)
        sawWaiting |= args.at(0).value<EventStream::State>() == EventStream::State::Waiting
            && args.at(1).toString().contains(u"restarting"_s);
    QVERIFY(sawWaiting);
}

void tst_EventStream::resync_data()
{
    QTest::addColumn<qint64>("since");
    QTest::addColumn<QStringList>("messages");
    QTest::addColumn<bool>("expectResync");
    QTest::addColumn<qint64>("nextSeq"); ///< the next live event, which must be delivered

    QTest::addRow("the server still holds what we missed")
        << qint64(10) << QStringList { helloMessage(15, 5), liveEvent(11) } << false << qint64(12);
    QTest::addRow("its oldest retained event is past ours")
        << qint64(10) << QStringList { helloMessage(50, 20) } << true << qint64(51);
    QTest::addRow("its history is behind ours (data wiped)")
        << qint64(10) << QStringList { helloMessage(3, 1) } << true << qint64(4);
    QTest::addRow("it says resync")
        << qint64(10) << QStringList { helloMessage(50, 5), resyncMessage(50) } << true
        << qint64(51);
    QTest::addRow("its hello and its resync: one signal")
        << qint64(10) << QStringList { helloMessage(50, 20), resyncMessage(50) } << true
        << qint64(51);
    QTest::addRow("from now on, nothing to resume")
        << qint64(-1) << QStringList { helloMessage(50, 20) } << false << qint64(51);
}

void tst_EventStream::resync()
{
    QFETCH(qint64, since);
    QFETCH(QStringList, messages);
    QFETCH(bool, expectResync);
    QFETCH(qint64, nextSeq);

    FakeEventServer server;
    QWebSocket *peer = nullptr;
    server.onConnect = [&](QWebSocket *socket, int) {
        peer = socket;
        for (const QString &m : messages)
            socket->sendTextMessage(m);
    };
    EventStream stream(server.url());
    Delivered delivered(stream);
    stream.start(since);
    QTRY_VERIFY(peer);
    peer->sendTextMessage(liveEvent(nextSeq));
    QTRY_VERIFY(delivered.seqs.contains(nextSeq));
    QCOMPARE(delivered.resyncs, expectResync ? 1 : 0);
    QCOMPARE(stream.lastSeq(), nextSeq);
}

void tst_EventStream::resyncComesAfterEarlierEvents()
{
    FakeEventServer server;
    server.onConnect = [](QWebSocket *socket, int) {
        socket->sendTextMessage(helloMessage(2, 1));
        socket->sendTextMessage(liveEvent(1));
        socket->sendTextMessage(liveEvent(2));
        socket->sendTextMessage(resyncMessage(9));
        socket->sendTextMessage(liveEvent(10));
    };
    EventStream stream(server.url());
    Delivered delivered(stream);
    stream.start(0);
    QTRY_COMPARE(delivered.log, (QStringList { u"1"_s, u"2"_s, u"resync"_s, u"10"_s }));
}

void tst_EventStream::unreadableMessagesAreSkipped_data()
{
    QTest::addColumn<QString>("bad");
    QTest::addRow("not JSON") << u"hello?"_s;
    QTest::addRow("100-deep JSON") << QString(100, u'[') + QString(100, u']');
    QTest::addRow("no seq") << u"{\"type\":\"breaker.transition\",\"data\":{}}"_s;
    QTest::addRow("no type") << u"{\"seq\":2,\"data\":{}}"_s;
}

void tst_EventStream::unreadableMessagesAreSkipped()
{
    QFETCH(QString, bad);
    FakeEventServer server;
    server.onConnect = [&](QWebSocket *socket, int) {
        socket->sendTextMessage(helloMessage(0, 1));
        socket->sendTextMessage(liveEvent(1));
        socket->sendTextMessage(bad);
        socket->sendTextMessage(liveEvent(2));
    };
    EventStream stream(server.url());
    Delivered delivered(stream);
    QTest::ignoreMessage(
        QtWarningMsg, QRegularExpression(u"ignoring an unreadable event message"_s));
    stream.start(0);
    QTRY_COMPARE(delivered.seqs, range(1, 2));
    QCOMPARE(server.requestUrls.size(), 1);
}

void tst_EventStream::oversizedMessageDropsTheConnection()
{
    FakeEventServer server;
    server.onConnect = [](QWebSocket *socket, int n) {
        socket->sendTextMessage(helloMessage(0, 1));
        if (n == 1) {
            socket->sendTextMessage(liveEvent(1));
            socket->sendTextMessage(message(2, u"deadletter.created"_s,
                QJsonObject { { u"payload"_s, QString(8 * 1024, u'x') } }));
        } else {
            socket->sendTextMessage(liveEvent(2));
        }
    };
    EventStream stream(server.url());
    auto options = fastOptions();
    options.maxMessageBytes = 4 * 1024;
    stream.setOptions(options);
    Delivered delivered(stream);
    stream.start(0);
    QTRY_COMPARE(delivered.seqs, range(1, 2));
    QCOMPARE(server.requestUrls.size(), 2); // the oversized message cost the connection
    QCOMPARE(server.since(1), u"1"_s);
}

void tst_EventStream::silentPeerIsDetectedByPings()
{
    // Completes the handshake and says hello, then never answers again, as a peer behind a dead
    // NAT.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    int connections = 0;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = raw.nextPendingConnection();
        ++connections;
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (socket->property("upgraded").toBool()) {
                socket->readAll(); // pings go unanswered
                return;
            }
            const QByteArray head = socket->peek(64 * 1024);
            if (!head.contains("\r\n\r\n"))
                return;
            socket->readAll();
            QByteArray key;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(line.indexOf(':') + 1).trimmed();
            const QByteArray accept = QCryptographicHash::hash(
                QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                                          .toBase64();
            socket->write(
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Accept: "
                + accept + "\r\n\r\n");
            const QByteArray payload
                = R"({"seq":0,"type":"hello","data":{"lastSeq":0,"firstRetainedSeq":1}})";
            socket->write(QByteArray(1, char(0x81)) + char(payload.size()) + payload);
            socket->setProperty("upgraded", true);
        });
    });

    EventStream stream(QUrl(u"http://127.0.0.1:%1"_s.arg(raw.serverPort())));
    auto options = fastOptions();
    options.pingIntervalMs = 100;
    options.pongTimeoutMs = 300;
    stream.setOptions(options);
    QSignalSpy states(&stream, &EventStream::stateChanged);
    stream.start(0);
    QTRY_COMPARE(stream.state(), EventStream::State::Connected);
    QTRY_COMPARE_WITH_TIMEOUT(connections, 2, 5000); // declared dead, and reconnected
    bool sawPingDetail = false;
    for (const auto &args : states)
        sawPingDetail |= args.at(1).toString().contains(u"ping"_s);
    QVERIFY(sawPingDetail);
}

void tst_EventStream::connectsOnceTheServerComesUp()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    EventStream stream(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    stream.setOptions(fastOptions());
    Delivered delivered(stream);
    QSignalSpy states(&stream, &EventStream::stateChanged);
    stream.start(0);
    QTRY_VERIFY(states.size() >= 4); // Connecting, Waiting, Connecting, Waiting...
    QCOMPARE(stream.state() == EventStream::State::Connected, false);

    FakeEventServer server(port);
    QCOMPARE(server.url().port(), port);
    server.onConnect = [](QWebSocket *socket, int) {
        socket->sendTextMessage(helloMessage(1, 1));
        socket->sendTextMessage(liveEvent(1));
    };
    QTRY_COMPARE_WITH_TIMEOUT(delivered.seqs, QList<qint64> { 1 }, 5000);
    QCOMPARE(stream.state(), EventStream::State::Connected);
}

void tst_EventStream::resumesAcrossSimRestartWithoutLossOrDuplicates()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.error()));
    const auto generate = [](const QUrl &base, int count) {
        ApiClient admin(base, SimProcess::adminToken());
        const auto reply = admin.post(u"/sim/v1/deadletters/generate"_s,
            QJsonObject { { u"count"_s, count }, { u"source"_s, u"erp-order-export"_s } });
        return reply.status == 201 ? QByteArray() : reply.describe();
    };

    EventStream stream(sim.baseUrl());
    stream.setBearerToken(SimProcess::viewerToken());
    EventStream::Options options;
    options.backoff = Backoff { 300, 2.0, 2000, Backoff::Jitter::Full };
    stream.setOptions(options);
    Delivered delivered(stream);
    stream.start(0);
    QTRY_COMPARE(stream.state(), EventStream::State::Connected);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(generate(sim.baseUrl(), 10), QByteArray());
    QTRY_VERIFY(delivered.seqs.size() >= 3);

    SimProcess::Options same;
    same.dataDir = sim.dataDir();
    same.port = sim.port();
    sim.kill();
    QTRY_COMPARE(stream.state(), EventStream::State::Waiting);

    SimProcess restarted;
    QVERIFY2(restarted.start(same), qPrintable(restarted.error()));
    // Some of these land before the stream is back, some after: none may be lost.
    for (int i = 0; i < 3; ++i)
        QCOMPARE(generate(restarted.baseUrl(), 10), QByteArray());
    QTRY_COMPARE_WITH_TIMEOUT(stream.state(), EventStream::State::Connected, 10000);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(generate(restarted.baseUrl(), 10), QByteArray());

    EventClient probe(restarted.baseUrl(), SimProcess::viewerToken());
    QVERIFY(probe.connectAndWaitForHello());
    const qint64 serverLast
        = probe.hello().value(u"data"_s).toObject().value(u"lastSeq"_s).toInteger();
    QVERIFY(serverLast >= 8);
    QTRY_COMPARE_WITH_TIMEOUT(stream.lastSeq(), serverLast, 10000);
    QCOMPARE(delivered.seqs, range(1, serverLast));
    QCOMPARE(delivered.resyncs, 0);
}

QTEST_GUILESS_MAIN(tst_EventStream)
#include "tst_eventstream.moc"
