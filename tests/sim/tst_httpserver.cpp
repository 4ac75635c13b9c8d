// SPDX-License-Identifier: MIT
#include "sim/httpserver.h"
#include "sim/tokenauth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Response {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

/**
 * A client that speaks raw bytes, so tests can send what real clients never
 * would. Responses are parsed with no help from the code under test.
 */
class RawClient {
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    QTcpSocket &socket() { return m_socket; }
    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    /** Complete responses received so far; @p headRequests: how many of them answer HEAD. */
    QList<Response> responses(int headRequests = 0)
    {
        m_buffer += m_socket.readAll();
        QList<Response> out;
        QByteArray rest = m_buffer;
        while (true) {
            const qsizetype end = rest.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            Response r;
            const QList<QByteArray> lines = rest.left(end).split('\n');
            r.status = lines.first().split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const QByteArray line = lines[i].trimmed();
                const qsizetype colon = line.indexOf(':');
                r.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
            }
            const bool hasBody = headRequests-- <= 0 && r.status >= 200 && r.status != 204;
            const qsizetype length = hasBody ? r.header("Content-Length").toLongLong() : 0;
            if (rest.size() < end + 4 + length)
                break;
            r.body = rest.mid(end + 4, length);
            rest = rest.mid(end + 4 + length);
            out.append(r);
        }
        return out;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + extra + "\r\n";
}

const QByteArray WebSocketHeaders = "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                    "Sec-WebSocket-Version: 13\r\n";

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<QWebSocket *>(); }
    void init()
    {
        m_handled.clear();
        m_server = std::make_unique<HttpServer>();
        m_server->setHandler([this](const HttpRequest &request) {
            m_handled.append(request);
            if (request.path == u"/throw"_s)
                throw std::runtime_error("engine exploded");
            return HttpResponse::json(200,
                QJsonObject { { u"method"_s, QString::fromLatin1(request.method) },
                    { u"path"_s, request.path }, { u"body"_s, QString::fromUtf8(request.body) },
                    { u"q"_s, request.queryValue(u"q"_s) } });
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        QVERIFY(m_server->port() != 0);
    }
    void cleanup() { m_server.reset(); }

    void keepAliveServesTwoRequestsOnOneConnection()
    {
        RawClient client(m_server->port());
        client.send(get("/first"));
        QTRY_COMPARE(client.responses().size(), 1);
        client.send(get("/second?q=a%20b"));
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 2);
        QCOMPARE(responses[1].status, 200);
        QCOMPARE(responses[1].json().value(u"path"_s).toString(), u"/second"_s);
        QCOMPARE(responses[1].json().value(u"q"_s).toString(), u"a b"_s);
        QVERIFY(responses[1].header("Connection").isEmpty());
        QVERIFY(!responses[1].header("Date").isEmpty());
        QCOMPARE(responses[1].header("Content-Type"), "application/json");
        QCOMPARE(m_handled.size(), 2);
        QCOMPARE(m_handled[0].peerPort, m_handled[1].peerPort);
        QCOMPARE(m_server->connectionCount(), 1);
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        RawClient client(m_server->port());
        client.send(get("/one") + "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
            + get("/three"));
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 3);
        QCOMPARE(responses[0].json().value(u"path"_s).toString(), u"/one"_s);
        QCOMPARE(responses[1].json().value(u"path"_s).toString(), u"/two"_s);
        QCOMPARE(responses[1].json().value(u"body"_s).toString(), u"hello"_s);
        QCOMPARE(responses[2].json().value(u"path"_s).toString(), u"/three"_s);
    }

    void bodyArrivingInPiecesIsReadWhole()
    {
        RawClient client(m_server->port());
        client.send(
            "PUT /p HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n");
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].status, 100); // the head is in, the body is not
        QVERIFY(m_handled.isEmpty());
        client.send("01234");
        QTRY_VERIFY(client.socket().bytesToWrite() == 0);
        client.send("56789");
        QTRY_COMPARE((responses = client.responses()).size(), 2);
        QCOMPARE(responses[1].json().value(u"body"_s).toString(), u"0123456789"_s);
        QCOMPARE(m_handled.size(), 1);
    }

    void oversizedBodyIsRefusedBeforeItIsSent()
    {
        RawClient client(m_server->port());
        // Only the head: a 413 can arrive only if the server answers without the body.
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    "Content-Length: 2097152\r\n\r\n");
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].status, 413);
        QCOMPARE(responses[0].header("Content-Type"), "application/problem+json");
        QCOMPARE(responses[0].header("Connection"), "close");
        QCOMPARE(responses[0].json().value(u"status"_s).toInt(), 413);
        QCOMPARE(responses[0].json().value(u"detail"_s).toString(),
            u"body of 2 MB exceeds the 1 MB limit"_s);
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_handled.isEmpty());
    }

    void oversizedBodyStillGets413WhileTheClientKeepsSending()
    {
        HttpServer::Limits limits;
        limits.maxBodyBytes = 1000;
        m_server->setLimits(limits);
        RawClient client(m_server->port());
        client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 300000\r\n\r\n"
            + QByteArray(300000, 'x'));
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].status, 413);
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
    }

    void badRequestsAreRefusedAndClosed_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::addRow("garbage") << "HELLO THERE\r\n\r\n"_ba << 400;
        QTest::addRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\r\n\r\n", 11) << 400;
        QTest::addRow("no version") << "GET /\r\n\r\n"_ba << 400;
        QTest::addRow("header without colon") << "GET / HTTP/1.1\r\nHost x\r\n\r\n"_ba << 400;
        QTest::addRow("space before colon") << "GET / HTTP/1.1\r\nHost : x\r\n\r\n"_ba << 400;
        QTest::addRow("folded header") << "GET / HTTP/1.1\r\nHost: x\r\n y\r\n\r\n"_ba << 400;
        QTest::addRow("no host") << "GET / HTTP/1.1\r\n\r\n"_ba << 400;
        QTest::addRow("bad escape") << get("/a%zz") << 400;
        QTest::addRow("bad length") << get("/", "Content-Length: 12x\r\n") << 400;
        QTest::addRow("chunked") << get("/", "Transfer-Encoding: chunked\r\n") << 411;
        QTest::addRow("http/2") << "GET / HTTP/2.0\r\nHost: x\r\n\r\n"_ba << 505;
        QTest::addRow("huge headers")
            << get("/", "X-Big: " + QByteArray(20000, 'a') + "\r\n") << 431;
        QTest::addRow("endless header")
            << "GET / HTTP/1.1\r\nX-Big: " + QByteArray(40000, 'a') << 431;
    }
    void badRequestsAreRefusedAndClosed()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        RawClient client(m_server->port());
        client.send(request);
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].status, status);
        QCOMPARE(responses[0].header("Content-Type"), "application/problem+json");
        QCOMPARE(responses[0].json().value(u"status"_s).toInt(), status);
        QVERIFY(!responses[0].json().value(u"detail"_s).toString().isEmpty());
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        QVERIFY(m_handled.isEmpty());
    }

    void headSendsLengthButNoBody()
    {
        RawClient client(m_server->port());
        client.send("HEAD /x HTTP/1.1\r\nHost: x\r\n\r\n" + get("/after"));
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses(1)).size(), 2);
        QCOMPARE(responses[0].status, 200);
        QVERIFY(responses[0].header("Content-Length").toInt() > 0);
        QVERIFY(responses[0].body.isEmpty());
        // Had the HEAD answer carried a body, this would not parse as the next answer.
        QCOMPARE(responses[1].json().value(u"path"_s).toString(), u"/after"_s);
        QCOMPARE(m_handled[0].method, "HEAD");
    }

    void optionsStarIsAnswered()
    {
        RawClient client(m_server->port());
        client.send("OPTIONS * HTTP/1.1\r\nHost: x\r\n\r\n");
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].status, 204);
        QVERIFY(responses[0].header("Content-Length").isEmpty());
    }

    void throwingHandlerGets500AndServerCarriesOn()
    {
        RawClient client(m_server->port());
        client.send(get("/throw") + get("/fine"));
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 2);
        QCOMPARE(responses[0].status, 500);
        QCOMPARE(responses[0].header("Content-Type"), "application/problem+json");
        QVERIFY(!responses[0].body.contains("exploded")); // internals stay in the log
        QCOMPARE(responses[1].status, 200);
    }

    void connectionCloseIsHonoured_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<bool>("closes");
        QTest::addRow("1.1 close") << get("/", "Connection: close\r\n") << true;
        QTest::addRow("1.0 default") << "GET / HTTP/1.0\r\n\r\n"_ba << true;
        QTest::addRow("1.0 keep-alive")
            << "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n"_ba << false;
        QTest::addRow("1.1 default") << get("/") << false;
    }
    void connectionCloseIsHonoured()
    {
        QFETCH(QByteArray, request);
        QFETCH(bool, closes);
        RawClient client(m_server->port());
        client.send(request);
        QList<Response> responses;
        QTRY_COMPARE((responses = client.responses()).size(), 1);
        QCOMPARE(responses[0].header("Connection") == "close", closes);
        if (closes) {
            QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        } else {
            client.send(get("/again"));
            QTRY_COMPARE(client.responses().size(), 2);
        }
    }

    void idleAndSlowClientsAreTimedOut()
    {
        HttpServer::Limits limits;
        limits.requestTimeoutMs = 200;
        m_server->setLimits(limits);
        RawClient idle(m_server->port());
        RawClient slow(m_server->port());
        slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n"); // never finished
        QTRY_COMPARE(idle.socket().state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(slow.socket().state(), QAbstractSocket::UnconnectedState);
        QVERIFY(idle.responses().isEmpty()); // idle: closed without a word
        const QList<Response> responses = slow.responses();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].status, 408);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void connectionsBeyondTheCapGet503()
    {
        HttpServer::Limits limits;
        limits.maxConnections = 2;
        m_server->setLimits(limits);
        RawClient a(m_server->port());
        RawClient b(m_server->port());
        QTRY_COMPARE(m_server->connectionCount(), 2);
        RawClient c(m_server->port());
        c.send(get("/"));
        QList<Response> responses;
        QTRY_COMPARE((responses = c.responses()).size(), 1);
        QCOMPARE(responses[0].status, 503);
        QCOMPARE(responses[0].header("Retry-After"), "1");
        QTRY_COMPARE(c.socket().state(), QAbstractSocket::UnconnectedState);
        a.send(get("/"));
        QTRY_COMPARE(a.responses().size(), 1); // the admitted ones still work

        a.socket().disconnectFromHost();
        QTRY_COMPARE(m_server->connectionCount(), 1);
        RawClient d(m_server->port());
        d.send(get("/"));
        QTRY_COMPARE((responses = d.responses()).size(), 1);
        QCOMPARE(responses[0].status, 200);
    }

    void realClientRoundTrip()
    {
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/ops/v1/things/a%20b?q=%C5%81"_s.arg(m_server->port())));
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        std::unique_ptr<QNetworkReply> reply(network.post(request, R"({"x":1})"_ba));
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject echoed = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(echoed.value(u"path"_s).toString(), u"/ops/v1/things/a b"_s);
        QCOMPARE(echoed.value(u"q"_s).toString(), u"Ł"_s);
        QCOMPARE(echoed.value(u"body"_s).toString(), uR"({"x":1})"_s);
        QCOMPARE(m_handled.first().rawPath, "/ops/v1/things/a%20b");
        QCOMPARE(m_handled.first().peerAddress, QHostAddress(QHostAddress::LocalHost));
        const auto body = m_handled.first().jsonBody();
        QVERIFY(std::holds_alternative<QJsonDocument>(body));
        QCOMPARE(std::get<QJsonDocument>(body)[u"x"_s].toInt(), 1);
    }

    void webSocketUpgradeNeedsAToken()
    {
        TokenAuth auth;
        auth.addToken(TokenAuth::Role::Viewer, "viewer-secret");
        m_server->setUpgradeFilter([&](const HttpRequest &request) -> std::optional<Problem> {
            if (request.path != u"/ops/v1/events"_s)
                return Problem { 404, {}, u"no such stream"_s, {} };
            const auto result = auth.authorize(request, TokenAuth::Role::Viewer);
            if (const auto *problem = std::get_if<Problem>(&result))
                return *problem;
            return std::nullopt;
        });
        QList<QWebSocket *> adopted;
        QList<HttpRequest> upgradeRequests;
        connect(m_server.get(), &HttpServer::newWebSocket, this,
            [&](QWebSocket *socket, const HttpRequest &request) {
                adopted.append(socket);
                upgradeRequests.append(request);
                connect(socket, &QWebSocket::textMessageReceived, socket,
                    [socket](const QString &text) { socket->sendTextMessage(u"echo "_s + text); });
            });

        // Without a token: a plain HTTP 401 problem, no upgrade.
        RawClient anonymous(m_server->port());
        anonymous.send(get("/ops/v1/events?since=3", WebSocketHeaders));
        QList<Response> responses;
        QTRY_COMPARE((responses = anonymous.responses()).size(), 1);
        QCOMPARE(responses[0].status, 401);
        QCOMPARE(responses[0].header("WWW-Authenticate"), "Bearer");
        QCOMPARE(responses[0].header("Content-Type"), "application/problem+json");
        QTRY_COMPARE(anonymous.socket().state(), QAbstractSocket::UnconnectedState);

        // Unknown path: a plain 404 even with a good token.
        RawClient lost(m_server->port());
        lost.send(
            get("/ops/v1/nowhere", WebSocketHeaders + "Authorization: Bearer viewer-secret\r\n"));
        QTRY_COMPARE((responses = lost.responses()).size(), 1);
        QCOMPARE(responses[0].status, 404);
        QVERIFY(adopted.isEmpty());

        // With a token: a real WebSocket that works both ways.
        QWebSocket client;
        QNetworkRequest request(
            QUrl(u"ws://127.0.0.1:%1/ops/v1/events?since=3"_s.arg(m_server->port())));
        request.setRawHeader("Authorization", "Bearer viewer-secret");
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.open(request);
        QTRY_COMPARE(client.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(adopted.size(), 1);
        QCOMPARE(upgradeRequests[0].path, u"/ops/v1/events"_s);
        QCOMPARE(upgradeRequests[0].queryValue(u"since"_s), u"3"_s);
        QCOMPARE(upgradeRequests[0].header("authorization"), "Bearer viewer-secret");
        QCOMPARE(m_server->connectionCount(), 0); // upgraded sockets are not HTTP connections
        client.sendTextMessage(u"ping"_s);
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(received[0][0].toString(), u"echo ping"_s);

        // The upgraded socket belongs to whoever took it: it outlives a closed server.
        adopted[0]->setParent(nullptr);
        std::unique_ptr<QWebSocket> owned(adopted[0]);
        m_server->close();
        client.sendTextMessage(u"still there"_s);
        QTRY_COMPARE(received.size(), 2);
    }

    void upgradeAfterPlainRequestsOnOneConnection()
    {
        m_server->setUpgradeFilter([](const HttpRequest &) { return std::optional<Problem>(); });
        QSignalSpy upgraded(m_server.get(), &HttpServer::newWebSocket);
        RawClient client(m_server->port());
        client.send(get("/plain") + get("/ws", WebSocketHeaders));
        QTRY_COMPARE(upgraded.size(), 1);
        QByteArray received;
        QTRY_VERIFY((received += client.socket().readAll())
                        .contains("}HTTP/1.1 101 Switching Protocols\r\n"));
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QVERIFY(received.contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
        delete upgraded[0][0].value<QWebSocket *>();
    }

    void closeStopsListeningAndDropsConnections()
    {
        RawClient client(m_server->port());
        client.send(get("/"));
        QTRY_COMPARE(client.responses().size(), 1);
        const quint16 port = m_server->port();
        m_server->close();
        QVERIFY(!m_server->isListening());
        QTRY_COMPARE(client.socket().state(), QAbstractSocket::UnconnectedState);
        RawClient late(port);
        QTRY_COMPARE(late.socket().state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(late.socket().error(), QAbstractSocket::ConnectionRefusedError);
    }

private:
    std::unique_ptr<HttpServer> m_server;
    QList<HttpRequest> m_handled;
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
