// SPDX-License-Identifier: MIT
#include "sim/httpserver.h"

#include "core/jsonlimits.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "breakwater.sim.http")

namespace {

// Stop reading pipelined requests while this much of our output is unsent:
// a client that does not read its answers must not make us buffer forever.
constexpr qint64 WriteBackpressureBytes = 1024 * 1024;
// Sockets (including ones being turned away) beyond which we abort at once.
constexpr int HardConnectionFactor = 2;

// Index just past the empty line ending the header block, or -1.
qsizetype headEnd(QByteArrayView bytes)
{
    for (qsizetype i = bytes.indexOf('\n'); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes[i + 1] == '\r' && bytes[i + 2] == '\n')
            return i + 3;
    }
    return -1;
}

std::optional<qint64> parseContentLength(const QByteArray &value)
{
    if (value.isEmpty() || value.size() > 18
        || !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return value.toLongLong();
}

// Half-close: the client sees the end of our answer even while it is still
// sending, instead of a reset that can destroy the answer in its buffers.
void shutdownWrite(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd == -1)
        return;
#if defined(Q_OS_WIN)
    ::shutdown(SOCKET(fd), SD_SEND);
#else
    ::shutdown(int(fd), SHUT_WR);
#endif
}

Problem problemOf(int status, const QString &detail)
{
    return Problem { status, {}, detail, {} };
}

} // namespace

/*
 * One accepted TCP connection and its request state machine. Deleted only
 * through deleteLater(), so code running inside a handler call can rely on it.
 */
class HttpServer::Connection : public QObject {
public:
    Connection(HttpServer *server, QTcpSocket *socket, bool counted)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_counted(counted)
    {
        m_socket->setParent(this);
        // Head and body are read straight from the socket's buffer (peek
        // for the head), so the buffer only needs to hold one header block.
        m_socket->setReadBufferSize(
            std::max<qint64>(64 * 1024, server->m_limits.maxHeaderBytes + 1024));
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Connection::onTimeout);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::onBytesWritten);
        connect(m_socket, &QTcpSocket::disconnected, this, &Connection::finish);
    }

    bool isCounted() const { return m_counted; }

    void start()
    {
        m_timer.start(m_server->m_limits.requestTimeoutMs);
        process();
    }

    void rejectBusy()
    {
        HttpResponse busy = HttpResponse::problem(503,
            QCoreApplication::translate(
                "HttpServer", "the server has too many open connections; try again shortly"));
        busy.setHeader("Retry-After", "1");
        respondAndClose(busy);
    }

    /** Server shutdown: flush what the kernel takes, then close. */
    void shutDown()
    {
        if (m_state == State::Done)
            return;
        m_state = State::Done;
        m_timer.stop();
        m_socket->disconnect(this);
        m_socket->flush();
        m_socket->disconnectFromHost();
        finish();
    }

private:
    enum class State { Head, Body, Closing, Lingering, Done };

    void onReadyRead()
    {
        if (m_state == State::Lingering || m_state == State::Closing)
            m_socket->skip(m_socket->bytesAvailable());
        else
            process();
    }

    void onBytesWritten()
    {
        if (m_state == State::Closing && m_socket->bytesToWrite() == 0) {
            linger();
        } else if (m_state == State::Head || m_state == State::Body) {
            m_timer.start(m_server->m_limits.requestTimeoutMs); // the client is reading: progress
            process();
        }
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::Head:
        case State::Body:
            if (m_socket->bytesToWrite() > 0) {
                // Our answers sit unread: nothing more to say to this client.
                m_socket->abort();
                finish();
            } else if (m_state == State::Head && m_socket->bytesAvailable() == 0) {
                closeGracefully(); // idle keep-alive connection
            } else {
                fail(problemOf(408,
                    QCoreApplication::translate(
                        "HttpServer", "the request did not arrive within %1 s")
                        .arg(m_server->m_limits.requestTimeoutMs / 1000.0)));
            }
            break;
        case State::Closing:
        case State::Lingering:
            m_socket->abort();
            finish();
            break;
        case State::Done:
            break;
        }
    }

    void process()
    {
        if (m_processing)
            return;
        QScopedValueRollback guard(m_processing, true);
        while (m_state == State::Head || m_state == State::Body) {
            if (m_socket->bytesToWrite() > WriteBackpressureBytes)
                break; // resumed by onBytesWritten
            if (m_state == State::Head && !readHead())
                break;
            if (m_state == State::Body) {
                if (!readBody())
                    break;
                dispatch();
            }
        }
        // Answers go out now, one write for a pipelined batch, instead of
        // waiting for another turn of the event loop.
        if ((m_state == State::Head || m_state == State::Body) && m_socket->bytesToWrite() > 0)
            m_socket->flush();
    }

    bool readHead()
    {
        const Limits &limits = m_server->m_limits;
        skipStrayLineEnds();
        const qint64 available = m_socket->bytesAvailable();
        if (available == 0)
            return false;
        const QByteArray peeked
            = m_socket->peek(std::min<qint64>(available, limits.maxHeaderBytes + 1));
        const qsizetype end = headEnd(peeked);
        if (end < 0 || end > limits.maxHeaderBytes) {
            if (peeked.size() > limits.maxHeaderBytes) {
                fail(problemOf(431,
                    QCoreApplication::translate("HttpServer", "request line and headers exceed %1")
                        .arg(formatByteSize(limits.maxHeaderBytes))));
            }
            return false; // else wait for the rest of the head
        }

        auto parsed = HttpRequest::parseHead(QByteArrayView(peeked).first(end));
        if (auto *problem = std::get_if<Problem>(&parsed)) {
            fail(*problem);
            return false;
        }
        m_request = std::get<HttpRequest>(std::move(parsed));
        m_request.peerAddress = m_socket->peerAddress();
        m_request.peerPort = m_socket->peerPort();

        if (m_request.isWebSocketUpgrade()) {
            upgrade(); // the head stays in the socket for QWebSocketServer
            return false;
        }
        m_socket->skip(end);

        if (m_request.hasHeader("Transfer-Encoding")) {
            fail(problemOf(411,
                QCoreApplication::translate("HttpServer",
                    "send the body with a Content-Length; chunked request bodies are not "
                    "accepted")));
            return false;
        }
        qint64 length = 0;
        if (m_request.hasHeader("Content-Length")) {
            const auto parsedLength = parseContentLength(m_request.header("Content-Length"));
            if (!parsedLength) {
                fail(problemOf(
                    400, QCoreApplication::translate("HttpServer", "malformed Content-Length")));
                return false;
            }
            length = *parsedLength;
        }
        if (length > limits.maxBodyBytes) {
            fail(problemOf(413,
                QCoreApplication::translate("HttpServer", "body of %1 exceeds the %2 limit")
                    .arg(formatByteSize(length), formatByteSize(limits.maxBodyBytes))));
            return false;
        }
        if (length > 0
            && m_request.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0
            && m_request.version == "HTTP/1.1")
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");

        m_bodyRemaining = length;
        m_request.body.reserve(length);
        m_state = State::Body;
        return true;
    }

    void skipStrayLineEnds()
    {
        char c = 0;
        while (m_socket->peek(&c, 1) == 1 && (c == '\r' || c == '\n'))
            m_socket->skip(1);
    }

    bool readBody()
    {
        if (m_bodyRemaining > 0) {
            const QByteArray chunk = m_socket->read(m_bodyRemaining);
            m_request.body += chunk;
            m_bodyRemaining -= chunk.size();
        }
        return m_bodyRemaining == 0;
    }

    void dispatch()
    {
        const HttpRequest request = std::exchange(m_request, {});
        const HttpResponse response = m_server->respondTo(request);
        if (m_state != State::Body)
            return; // the server was closed from inside the handler
        const bool close = !request.wantsKeepAlive() || !m_server->isListening();
        m_socket->write(response.toWire(request.method != "HEAD", close));
        if (close) {
            closeGracefully();
        } else {
            m_state = State::Head;
            m_timer.start(m_server->m_limits.requestTimeoutMs);
        }
    }

    void upgrade()
    {
        const auto problem = m_server->filterUpgrade(m_request);
        if (problem) {
            fail(*problem);
            return;
        }
        m_state = State::Done;
        m_timer.stop();
        m_socket->disconnect(this);
        QTcpSocket *socket = std::exchange(m_socket, nullptr);
        m_server->handOff(socket, m_request);
        finish();
    }

    void fail(const Problem &problem) { respondAndClose(HttpResponse::problem(problem)); }

    void respondAndClose(const HttpResponse &response)
    {
        m_socket->write(response.toWire(true, true));
        closeGracefully();
    }

    void closeGracefully()
    {
        m_state = State::Closing;
        m_timer.start(m_server->m_limits.lingerMs);
        m_socket->skip(m_socket->bytesAvailable());
        if (m_socket->bytesToWrite() == 0)
            linger();
    }

    // Our answer is out: end our side and drop whatever the client still
    // sends until it closes too (or the linger time runs out).
    void linger()
    {
        m_state = State::Lingering;
        shutdownWrite(m_socket);
        m_socket->skip(m_socket->bytesAvailable());
    }

    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_state = State::Done;
        m_timer.stop();
        m_server->forget(this);
        deleteLater(); // the socket, our child, goes with us
    }

    HttpServer *m_server;
    QTcpSocket *m_socket;
    QTimer m_timer;
    HttpRequest m_request;
    qint64 m_bodyRemaining = 0;
    State m_state = State::Head;
    bool m_counted;
    bool m_processing = false;
    bool m_finished = false;
};

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_tcpServer(new QTcpServer(this))
    , m_webSocketServer(
          new QWebSocketServer(u"breakwater-sim"_s, QWebSocketServer::NonSecureMode, this))
{
    connect(m_tcpServer, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    connect(
        m_webSocketServer, &QWebSocketServer::newConnection, this, &HttpServer::adoptWebSockets);
}

HttpServer::~HttpServer()
{
    close();
}

void HttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setUpgradeFilter(UpgradeFilter filter)
{
    m_upgradeFilter = std::move(filter);
}

void HttpServer::setLimits(const Limits &limits)
{
    m_limits = limits;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcpServer->listen(address, port);
}

bool HttpServer::isListening() const
{
    return m_tcpServer->isListening();
}

quint16 HttpServer::port() const
{
    return m_tcpServer->serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_tcpServer->serverAddress();
}

QString HttpServer::errorString() const
{
    return m_tcpServer->errorString();
}

void HttpServer::close()
{
    m_tcpServer->close();
    const auto connections = m_connections;
    for (Connection *connection : connections)
        connection->shutDown();
    const auto upgrading = m_upgrading.keys();
    for (QTcpSocket *socket : upgrading)
        socket->abort();
    m_upgrading.clear();
}

void HttpServer::acceptConnections()
{
    while (m_tcpServer->hasPendingConnections()) {
        QTcpSocket *socket = m_tcpServer->nextPendingConnection();
        // Answers are small and written in one go: Nagle's algorithm would hold
        // them back waiting for the client's delayed ACK.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (m_connections.size() >= HardConnectionFactor * m_limits.maxConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const bool accept = m_activeConnections < m_limits.maxConnections;
        auto *connection = new Connection(this, socket, accept);
        m_connections.insert(connection);
        if (accept) {
            ++m_activeConnections;
            connection->start();
        } else {
            qCWarning(lcHttp) << "turning away a connection: already" << m_activeConnections
                              << "open";
            connection->rejectBusy();
        }
    }
}

void HttpServer::forget(Connection *connection)
{
    if (m_connections.remove(connection) && connection->isCounted())
        --m_activeConnections;
}

HttpResponse HttpServer::respondTo(const HttpRequest &request) const
{
    if (request.method == "OPTIONS" && request.rawPath == "*")
        return HttpResponse(204);
    if (!m_handler)
        return HttpResponse::problem(
            404, QCoreApplication::translate("HttpServer", "nothing is served here"));
    try {
        return m_handler(request);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "handler failed on" << request.method << request.path << ":"
                          << e.what();
    } catch (...) {
        qCWarning(lcHttp) << "handler failed on" << request.method << request.path;
    }
    return HttpResponse::problem(500,
        QCoreApplication::translate(
            "HttpServer", "the server failed while answering this request"));
}

std::optional<Problem> HttpServer::filterUpgrade(const HttpRequest &request) const
{
    // Refuse here what QWebSocketServer would refuse with a bare close, so
    // the client gets a reason.
    if (request.method != "GET")
        return problemOf(400,
            QCoreApplication::translate("HttpServer", "a WebSocket upgrade must be a GET request"));
    if (request.header("Sec-WebSocket-Key").isEmpty())
        return problemOf(400,
            QCoreApplication::translate(
                "HttpServer", "a WebSocket upgrade needs a Sec-WebSocket-Key"));
    if (request.header("Sec-WebSocket-Version") != "13")
        return problemOf(426,
            QCoreApplication::translate("HttpServer", "only WebSocket version 13 is supported"));
    if (!m_upgradeFilter)
        return problemOf(404,
            QCoreApplication::translate("HttpServer", "no WebSocket endpoint at %1")
                .arg(request.path));
    try {
        return m_upgradeFilter(request);
    } catch (const std::exception &e) {
        qCWarning(lcHttp) << "upgrade filter failed on" << request.path << ":" << e.what();
    } catch (...) {
        qCWarning(lcHttp) << "upgrade filter failed on" << request.path;
    }
    return problemOf(500,
        QCoreApplication::translate(
            "HttpServer", "the server failed while answering this request"));
}

void HttpServer::handOff(QTcpSocket *socket, const HttpRequest &request)
{
    socket->setParent(this);
    socket->setReadBufferSize(0); // QWebSocket's own message limits apply from here
    m_upgrading.insert(socket, request);
    // A failed handshake closes and deletes the socket without a new connection.
    connect(socket, &QObject::destroyed, this, [this, socket] { m_upgrading.remove(socket); });
    m_webSocketServer->handleConnection(socket);
}

void HttpServer::adoptWebSockets()
{
    while (m_webSocketServer->hasPendingConnections()) {
        QWebSocket *webSocket = m_webSocketServer->nextPendingConnection();
        // QWebSocket does not say which QTcpSocket it wraps, but a peer
        // address and port name one TCP connection to our port.
        QTcpSocket *socket = nullptr;
        for (auto it = m_upgrading.cbegin(); it != m_upgrading.cend(); ++it) {
            if (it.key()->peerPort() == webSocket->peerPort()
                && it.key()->peerAddress() == webSocket->peerAddress()) {
                socket = it.key();
                break;
            }
        }
        if (!socket) {
            qCWarning(lcHttp) << "dropping a WebSocket that matches no upgrade request";
            webSocket->abort();
            webSocket->deleteLater();
            continue;
        }
        const HttpRequest request = m_upgrading.take(socket);
        socket->disconnect(this);
        socket->setParent(webSocket); // lives and dies with the QWebSocket that uses it
        webSocket->setParent(this);
        Q_EMIT newWebSocket(webSocket, request);
    }
}
