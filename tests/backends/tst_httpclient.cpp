// SPDX-License-Identifier: MIT
#include "backends/httpclient.h"
#include "tests/support/simprocess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <atomic>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

/** A loopback HTTP server that answers each request the way a test tells it to: or not at all. */
class FakeServer : public QObject {
public:
    using Responder = std::function<void(QTcpSocket *socket, const QByteArray &requestHead)>;

    explicit FakeServer(Responder responder)
        : m_responder(std::move(responder))
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++disconnects; });
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    QByteArray &buffer = m_buffers[socket];
                    buffer += socket->readAll();
                    const qsizetype end = buffer.indexOf("\r\n\r\n");
                    if (end < 0 || m_answered.contains(socket))
                        return;
                    m_answered.insert(socket);
                    requests.append(buffer.left(end));
                    m_responder(socket, buffer.left(end));
                });
            }
        });
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

    QList<QByteArray> requests;
    int disconnects = 0;

private:
    QTcpServer m_server;
    Responder m_responder;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered;
};

QByteArray response(int status, const QByteArray &contentType, const QByteArray &body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
}

FakeServer::Responder answer(int status, const QByteArray &contentType, const QByteArray &body)
{
    return [=](QTcpSocket *socket, const QByteArray &) {
        socket->write(response(status, contentType, body));
    };
}

/** Decodes `{"items":[...]}` into the item count; nullopt for any other shape. */
std::optional<qsizetype> countItems(const QJsonDocument &doc)
{
    if (!doc.isObject() || !doc.object().value(u"items"_s).isArray())
        return std::nullopt;
    return doc.object().value(u"items"_s).toArray().size();
}

/** Collects the answers of one client in a test. */
struct Answers {
    QList<Result<qsizetype>> results;
    HttpClient::Callback<qsizetype> callback()
    {
        return [this](const Result<qsizetype> &r) { results.append(r); };
    }
};

QByteArray nestedArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class tst_HttpClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesJsonAndSendsToken();
    void unauthenticatedRequestCarriesNoToken();
    void silentServerTimesOut();
    void oversizedAnswerIsAborted_data();
    void oversizedAnswerIsAborted();
    void malformedAnswer_data();
    void malformedAnswer();
    void httpErrors_data();
    void httpErrors();
    void refusedConnectionIsNetworkError();
    void cancelledRequestIsAbortedAndNeverAnswers();
    void destroyedContextCancels();
    void cancelAllAnswersCancelled();
    void largeBodyIsDecodedOffTheCallerThread();
    void staleOffThreadResultIsDropped();
    void realSimInfoAndMetrics();
    void realSimRefusesMissingToken();
};

void tst_HttpClient::decodesJsonAndSendsToken()
{
    FakeServer server(answer(200, "application/json", R"({"items":[1,2,3]})"));
    HttpClient client(server.url());
    client.setBearerToken("s3cret");
    Answers answers;
    QSignalSpy answered(&client, &HttpClient::answered);
    client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/breakers"_s }, this, countItems, answers.callback());
    QVERIFY(answers.results.isEmpty()); // never answered from inside the call
    QTRY_COMPARE(answers.results.size(), 1);
    QVERIFY(answers.results[0].ok());
    QCOMPARE(answers.results[0].value(), 3);
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered[0][0].toInt(), 200);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests[0].startsWith("GET /ops/v1/breakers HTTP/1.1"));
    QVERIFY(server.requests[0].contains("\r\nAuthorization: Bearer s3cret"));
    QCOMPARE(client.pendingCount(), 0);
}

void tst_HttpClient::unauthenticatedRequestCarriesNoToken()
{
    FakeServer server(answer(200, "text/plain", "up 1\n"));
    HttpClient client(server.url());
    client.setBearerToken("s3cret");
    std::optional<Result<QByteArray>> result;
    HttpClient::Request request { "GET", u"/metrics"_s };
    request.authenticated = false;
    client.sendRaw(request, this, [&](const Result<QByteArray> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->ok());
    QCOMPARE(result->value(), "up 1\n"_ba);
    QVERIFY(!server.requests[0].contains("Authorization"));
}

void tst_HttpClient::silentServerTimesOut()
{
    FakeServer server([](QTcpSocket *, const QByteArray &) {});
    HttpClient client(server.url());
    client.setLimits({ .timeoutMs = 300 });
    Answers answers;
    QSignalSpy unreachable(&client, &HttpClient::unreachable);
    QElapsedTimer elapsed;
    elapsed.start();
    client.sendJson<qsizetype>({ "GET", u"/ops/v1/info"_s }, this, countItems, answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 5000);
    QVERIFY(elapsed.elapsed() >= 250);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::Timeout);
    QVERIFY2(answers.results[0].error().message.contains(u"0.3 s"_s),
        qPrintable(answers.results[0].error().message));
    QCOMPARE(unreachable.size(), 1);
    QTRY_COMPARE(server.disconnects, 1); // the connection is dropped, not left hanging
}

void tst_HttpClient::oversizedAnswerIsAborted_data()
{
    QTest::addColumn<bool>("announced");
    QTest::addRow("Content-Length of 20 MiB") << true;
    QTest::addRow("20 MiB without Content-Length") << false;
}

void tst_HttpClient::oversizedAnswerIsAborted()
{
    QFETCH(bool, announced);
    const qint64 size = 20 * 1024 * 1024;
    FakeServer server([=](QTcpSocket *socket, const QByteArray &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n");
        if (announced)
            socket->write("Content-Length: " + QByteArray::number(size) + "\r\n");
        socket->write("\r\n[\"");
        socket->write(QByteArray(size - 4, 'x'));
        socket->write("\"]");
        socket->disconnectFromHost();
    });
    HttpClient client(server.url());
    Answers answers;
    client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/deadletters"_s }, this, countItems, answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 20000);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::TooLarge);
    QVERIFY2(answers.results[0].error().message.contains(u"16 MiB"_s),
        qPrintable(answers.results[0].error().message));
}

void tst_HttpClient::malformedAnswer_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addRow("100-deep JSON") << "{\"items\":" + nestedArrays(99) + "}";
    QTest::addRow("truncated JSON") << R"({"items":[1,2)"_ba;
    QTest::addRow("HTML error page") << "<html><body>Bad gateway</body></html>"_ba;
    QTest::addRow("empty body") << QByteArray();
    QTest::addRow("JSON of the wrong shape") << R"({"things":[]})"_ba;
}

void tst_HttpClient::malformedAnswer()
{
    QFETCH(QByteArray, body);
    FakeServer server(answer(200, "application/json", body));
    HttpClient client(server.url());
    Answers answers;
    client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/breakers"_s }, this, countItems, answers.callback());
    QTRY_COMPARE(answers.results.size(), 1);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::Malformed);
    QVERIFY(answers.results[0].error().message.contains(u"/ops/v1/breakers"_s));
}

void tst_HttpClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<BackendError::Kind>("kind");
    QTest::addColumn<QString>("inMessage");

    const auto problem = [](int status, const char *detail) {
        return Problem {
            status, Problem::titleFor(status), QString::fromUtf8(detail), {}
        }.toBytes();
    };
    QTest::addRow("401") << 401 << "application/problem+json"_ba
                         << problem(401, "token not recognised") << BackendError::Kind::Unauthorized
                         << u"token not recognised"_s;
    QTest::addRow("403 problem+json")
        << 403 << "application/problem+json"_ba
        << problem(403, "role viewer may not force-open breakers") << BackendError::Kind::Forbidden
        << u"role viewer may not force-open breakers"_s;
    QTest::addRow("404") << 404 << "application/problem+json"_ba
                         << problem(404, "no breaker named x") << BackendError::Kind::NotFound
                         << u"no breaker named x"_s;
    QTest::addRow("409") << 409 << "application/problem+json"_ba
                         << problem(409, "job already finished") << BackendError::Kind::Conflict
                         << u"job already finished"_s;
    QTest::addRow("413") << 413 << "application/problem+json"_ba
                         << problem(413, "payload over 1 MB") << BackendError::Kind::TooLarge
                         << u"payload over 1 MB"_s;
    QTest::addRow("422") << 422 << "application/problem+json"_ba
                         << problem(422, "payload is not JSON") << BackendError::Kind::Http
                         << u"payload is not JSON"_s;
    QTest::addRow("502 without problem")
        << 502 << "text/html"_ba
        << "<html>bad gateway</html>"_ba << BackendError::Kind::Http << u"(502)"_s;
    QTest::addRow("500 with 100-deep problem")
        << 500 << "application/problem+json"_ba << nestedArrays(100) << BackendError::Kind::Http
        << u"Internal Server Error"_s;
}

void tst_HttpClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(BackendError::Kind, kind);
    QFETCH(QString, inMessage);

    FakeServer server(answer(status, contentType, body));
    HttpClient client(server.url());
    Answers answers;
    QSignalSpy answered(&client, &HttpClient::answered);
    client.sendJson<qsizetype>(
        { "POST", u"/ops/v1/breakers/x/force-open"_s, {}, QJsonObject { { u"reason"_s, u"t"_s } } },
        this, countItems, answers.callback());
    QTRY_COMPARE(answers.results.size(), 1);
    const BackendError &error = answers.results[0].error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(inMessage), qPrintable(error.message));
    QCOMPARE(error.problem.has_value(),
        contentType == "application/problem+json" && body.startsWith('{'));
    QCOMPARE(answered.size(), 1);
    QCOMPARE(answered[0][1].toString(), error.message);
}

void tst_HttpClient::refusedConnectionIsNetworkError()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    HttpClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    Answers answers;
    QSignalSpy unreachable(&client, &HttpClient::unreachable);
    client.sendJson<qsizetype>({ "GET", u"/ops/v1/info"_s }, this, countItems, answers.callback());
    QTRY_COMPARE(answers.results.size(), 1);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::Network);
    QVERIFY(answers.results[0].error().message.contains(u"127.0.0.1:%1"_s.arg(port)));
    QCOMPARE(unreachable.size(), 1);
}

void tst_HttpClient::cancelledRequestIsAbortedAndNeverAnswers()
{
    int requests = 0;
    FakeServer server([&](QTcpSocket *, const QByteArray &) { ++requests; });
    HttpClient client(server.url());
    client.setLimits({ .timeoutMs = 400 });
    bool firstCalled = false;
    const auto id = client.sendJson<qsizetype>({ "GET", u"/ops/v1/syncs"_s }, this, countItems,
        [&](const Result<qsizetype> &) { firstCalled = true; });
    QTRY_COMPARE(requests, 1);
    client.cancel(id);
    QCOMPARE(client.pendingCount(), 0);
    QTRY_COMPARE(server.disconnects, 1);
    // A second request times out after the first one's deadline passed: the cancelled one stayed
    // silent.
    Answers answers;
    client.sendJson<qsizetype>({ "GET", u"/ops/v1/syncs"_s }, this, countItems, answers.callback());
    QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, 5000);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::Timeout);
    QVERIFY(!firstCalled);
}

void tst_HttpClient::destroyedContextCancels()
{
    int requests = 0;
    FakeServer server([&](QTcpSocket *, const QByteArray &) { ++requests; });
    HttpClient client(server.url());
    auto *view = new QObject;
    bool called = false;
    client.sendJson<qsizetype>({ "GET", u"/ops/v1/syncs"_s }, view, countItems,
        [&](const Result<qsizetype> &) { called = true; });
    QTRY_COMPARE(requests, 1);
    delete view;
    QCOMPARE(client.pendingCount(), 0);
    QTRY_COMPARE(server.disconnects, 1);
    QVERIFY(!called);
}

void tst_HttpClient::cancelAllAnswersCancelled()
{
    FakeServer server([](QTcpSocket *, const QByteArray &) {});
    HttpClient client(server.url());
    Answers answers;
    client.sendJson<qsizetype>({ "GET", u"/a"_s }, this, countItems, answers.callback());
    client.sendJson<qsizetype>({ "GET", u"/b"_s }, this, countItems, answers.callback());
    client.cancelAll();
    QVERIFY(answers.results.isEmpty());
    QTRY_COMPARE(answers.results.size(), 2);
    QCOMPARE(answers.results[0].errorKind(), BackendError::Kind::Cancelled);
    QCOMPARE(answers.results[1].errorKind(), BackendError::Kind::Cancelled);
}

void tst_HttpClient::largeBodyIsDecodedOffTheCallerThread()
{
    QJsonArray items;
    for (int i = 0; i < 60'000; ++i)
        items.append(QJsonObject { { u"id"_s, i }, { u"source"_s, u"orders-export"_s } });
    const QByteArray big
        = QJsonDocument(QJsonObject { { u"items"_s, items } }).toJson(QJsonDocument::Compact);
    QVERIFY(big.size() > 1024 * 1024);

    for (const bool large : { true, false }) {
        FakeServer server(answer(200, "application/json", large ? big : R"({"items":[1]})"_ba));
        HttpClient client(server.url());
        std::atomic<QThread *> decodedOn = nullptr;
        QThread *deliveredOn = nullptr;
        std::optional<Result<qsizetype>> result;
        client.sendJson<qsizetype>(
            { "GET", u"/ops/v1/deadletters"_s }, this,
            [&](const QJsonDocument &doc) {
                decodedOn = QThread::currentThread();
                return countItems(doc);
            },
            [&](const Result<qsizetype> &r) {
                deliveredOn = QThread::currentThread();
                result = r;
            });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(result->value(), large ? 60'000 : 1);
        QCOMPARE(deliveredOn, QThread::currentThread());
        QCOMPARE(decodedOn != QThread::currentThread(), large);
    }
}

void tst_HttpClient::staleOffThreadResultIsDropped()
{
    FakeServer server(answer(
        200, "application/json", "{\"items\":[\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"]}"));
    HttpClient client(server.url());
    QSemaphore release;
    std::atomic<bool> decoding = false;
    bool called = false;
    const auto id = client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/deadletters"_s }, this,
        [&](const QJsonDocument &doc) {
            decoding = true;
            release.acquire();
            return countItems(doc);
        },
        [&](const Result<qsizetype> &) { called = true; });
    QTRY_VERIFY(decoding.load());
    client.cancel(id);
    release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(10000));
    // The worker's queued result is ahead of this marker; once the marker ran, the result was
    // dropped.
    bool marker = false;
    QMetaObject::invokeMethod(
        this, [&] { marker = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(marker);
    QVERIFY(!called);
}

void tst_HttpClient::realSimInfoAndMetrics()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.error()));
    HttpClient client(sim.baseUrl());
    client.setBearerToken(SimProcess::operatorToken());
    std::optional<Result<QString>> info;
    client.sendJson<QString>(
        { "GET", u"/ops/v1/info"_s }, this,
        [](const QJsonDocument &doc) -> std::optional<QString> {
            const QString role
                = doc.object().value(u"identity"_s).toObject().value(u"role"_s).toString();
            return role.isEmpty() ? std::nullopt : std::optional(role);
        },
        [&](const Result<QString> &r) { info = r; });
    std::optional<Result<QByteArray>> metrics;
    HttpClient::Request metricsRequest { "GET", u"/metrics"_s };
    metricsRequest.authenticated = false;
    client.sendRaw(metricsRequest, this, [&](const Result<QByteArray> &r) { metrics = r; });
    QTRY_VERIFY(info.has_value() && metrics.has_value());
    QVERIFY2(info->ok(), info->ok() ? "" : qPrintable(info->error().message));
    QCOMPARE(info->value(), u"operator"_s);
    QVERIFY2(metrics->ok(), metrics->ok() ? "" : qPrintable(metrics->error().message));
    QVERIFY(metrics->value().contains("# TYPE "));
}

void tst_HttpClient::realSimRefusesMissingToken()
{
    SimProcess sim;
    QVERIFY2(sim.start(), qPrintable(sim.error()));
    HttpClient client(sim.baseUrl());
    Answers answers;
    client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/breakers"_s }, this, countItems, answers.callback());
    client.setBearerToken("not-a-token");
    client.sendJson<qsizetype>(
        { "GET", u"/ops/v1/breakers"_s }, this, countItems, answers.callback());
    QTRY_COMPARE(answers.results.size(), 2);
    for (const auto &r : answers.results) {
        QCOMPARE(r.errorKind(), BackendError::Kind::Unauthorized);
        QVERIFY(r.error().problem.has_value());
        QCOMPARE(r.error().problem->status, 401);
    }
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_httpclient.moc"
